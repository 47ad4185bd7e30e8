import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanViews

/// The cells a text takes in a terminal, as `DisplayWidth` counts them: one
/// per letter, two per wide (East Asian) character and per emoji glyph, none
/// for combining marks. An emoji glyph may be made of several scalars.
@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("æ", 1), ("王", 2), ("🌱", 2),
        ("🚀", 2),  // U+1F680, Transport and Map Symbols: emoji presentation
        ("🛰", 1), ("🛰\u{FE0F}", 2),  // text by default, emoji with VS16
        ("❤", 1), ("❤\u{FE0F}", 2), ("⌚", 2), ("☕", 2),
        ("🌡", 1), ("🌡\u{FE0F}", 2),  // a text-default pictograph in the old wide range
        ("🥇", 2), ("🫠", 2),  // Supplemental Symbols and Pictographs, Extended-A
        ("👩\u{200D}👩\u{200D}👧", 2),  // a ZWJ sequence is one glyph
        ("👍🏽", 2),  // a skin-tone modifier joins its emoji
        ("🇩🇰", 2), ("🇩🇰🇸🇪", 4),  // regional indicators pair into flags
        ("1\u{FE0F}\u{20E3}", 2),  // keycap
        ("e\u{301}", 1), ("a\u{200D}b", 2),  // a ZWJ between letters joins nothing
    ])
    func cells(text: String, expected: Int) {
        #expect(TextCells.width(text) == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    /// The caret lands under the name after any kind of emoji.
    @Test(arguments: ["🚀", "👩\u{200D}👩\u{200D}👧", "❤\u{FE0F}", "🇩🇰", "👍🏽", "王"])
    func caretAfterEmoji(emoji: String) {
        let text = "phase \"\(emoji) Start\": invite Borgre"
        let source = SourceFile(path: "t.netplan", text: text)
        let range = TestSupport.range(of: "Borgre", in: text)
        let diagnostic = Diagnostic(
            code: "NP999", severity: .error, message: .verbatim("something is wrong"),
            primary: Annotation(range, Text.verbatim("here")))
        let output = TextRenderer(language: .english, color: false).render(diagnostic, in: source)
        // phase(5) space(1) "(1) emoji(2) space(1) Start(5) "(1) :(1) space(1) invite(6) space(1) = 25 cells.
        #expect(output.contains("  | " + String(repeating: " ", count: 25) + "^^^^^^ here\n"), "\(output)")
    }

    /// Each byte of an emoji sequence maps to the cell where its glyph starts,
    /// and the glyph after it starts two cells later.
    @Test func sequenceBytesShareTheirGlyphsCell() {
        let text = "x👩\u{200D}👧y"
        let line = DisplayLine(bytes: ArraySlice(Array(text.utf8)))
        let y = text.utf8.count - 1
        #expect(line.cellAt[y] == 3)
        #expect((1..<y).allSatisfy { line.cellAt[$0] == 1 })
        #expect(line.width == 4)
        #expect(line.text(cells: 1, 3) == "👩\u{200D}👧")
        #expect(line.text(cells: 2, 4) == " y", "a glyph cut by the edge becomes spaces")
    }
}
