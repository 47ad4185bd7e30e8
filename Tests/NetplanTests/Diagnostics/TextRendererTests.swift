import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanViews

@Suite struct TextRendererTests {
    private let plain = TextRenderer(language: .english, color: false)

    /// A diagnostic at `range`, made by hand so the test does not depend on rules.
    private func diagnostic(
        _ range: SourceRange, label: String? = "here", secondary: [Annotation] = [], help: String? = nil
    ) -> Diagnostic {
        Diagnostic(
            code: "NP999", severity: .error, message: .verbatim("something is wrong"),
            primary: Annotation(range, label.map(Text.verbatim)), secondary: secondary,
            help: help.map(Text.verbatim))
    }

    private func render(_ text: String, _ range: SourceRange, label: String? = "here") -> String {
        plain.render(diagnostic(range, label: label), in: SourceFile(path: "t.netplan", text: text))
    }

    /// The source row and the underline row that follows it.
    private func rows(_ output: String, line: Int) -> (source: String, underline: String)? {
        let lines = output.components(separatedBy: "\n")
        guard let index = lines.firstIndex(where: { $0.hasPrefix("\(line) | ") || $0.hasPrefix(" \(line) | ") }),
            index + 1 < lines.count
        else { return nil }
        return (lines[index], lines[index + 1])
    }

    // MARK: Layout

    @Test func layoutWithLabelAndHelp() {
        let text = "core Anne: faglighed\nphase Idé: invite Borgre\n"
        let output = plain.render(
            diagnostic(TestSupport.range(of: "Borgre", in: text), label: "unknown name", help: "did you mean `Borgere`?"),
            in: SourceFile(path: "plan.netplan", text: text))
        #expect(
            output == """
                error[NP999]: something is wrong
                 --> plan.netplan:2:19
                  |
                2 | phase Idé: invite Borgre
                  |                   ^^^^^^ unknown name
                  |
                  = help: did you mean `Borgere`?

                """)
    }

    @Test func noTrailerWithoutNotesOrHelp() {
        let output = render("core @", SourceRange(5, 6), label: nil)
        #expect(
            output == """
                error[NP999]: something is wrong
                 --> t.netplan:1:6
                  |
                1 | core @
                  |      ^

                """)
    }

    @Test func notesComeBeforeHelp() {
        var d = diagnostic(SourceRange(0, 4), help: "try this")
        d.notes = [.verbatim("first note"), .verbatim("second note")]
        let output = plain.render(d, in: SourceFile(path: "t", text: "core"))
        #expect(output.hasSuffix("  |\n  = note: first note\n  = note: second note\n  = help: try this\n"))
    }

    // MARK: Characters that are not one cell of one byte

    @Test func tabsAreExpandedAndTheCaretFollows() {
        let text = "phase\tStart:\tinvite\tBorgre"
        let output = render(text, TestSupport.range(of: "Borgre", in: text))
        #expect(output.contains(" --> t.netplan:1:21\n"), "the column counts a tab as one character")
        #expect(output.contains("1 | phase    Start:    invite    Borgre\n"))
        #expect(output.contains("  | " + String(repeating: " ", count: 29) + "^^^^^^ here\n"))
        #expect(!output.contains("\t"))
    }

    @Test func wideCharactersTakeTwoCells() {
        let text = "core \"王芳\": x @"
        let output = render(text, TestSupport.range(of: "@", in: text))
        #expect(output.contains(" --> t.netplan:1:14\n"))
        // core(4) space(1) "(1) 王芳(4) "(1) :(1) space(1) x(1) space(1) = 15 cells before @.
        #expect(output.contains("  | " + String(repeating: " ", count: 15) + "^ here\n"))
    }

    @Test func emojiTakeTwoCellsAndAreUnderlinedWhole() {
        let text = "phase \"🌱🌱\": invite 🌱"
        let output = render(text, TestSupport.range(of: "🌱", in: text, occurrence: 3))
        #expect(output.contains(" --> t.netplan:1:20\n"))
        #expect(output.contains("  | " + String(repeating: " ", count: 21) + "^^ here\n"))
    }

    @Test func multiByteLettersTakeOneCell() {
        let text = "core Søren: ærø"
        let output = render(text, TestSupport.range(of: "ærø", in: text))
        #expect(output.contains(" --> t.netplan:1:13\n"))
        #expect(output.contains("  | " + String(repeating: " ", count: 12) + "^^^ here\n"))
    }

    @Test func combiningMarksTakeNoCell() {
        let text = "core Ide\u{301}: x"
        let output = render(text, TestSupport.range(of: "x", in: text))
        #expect(output.contains(" --> t.netplan:1:11\n"))
        #expect(output.contains("  | " + String(repeating: " ", count: 10) + "^ here\n"))
    }

    @Test func controlCharactersAreShownAsSymbols() {
        let file = SourceFile(path: "t", bytes: Array("core Bo".utf8) + [0] + Array(": x".utf8))
        let output = plain.render(diagnostic(SourceRange(7, 8)), in: file)
        #expect(output.contains("1 | core Bo\u{2400}: x\n"))
        #expect(output.contains("  |        ^ here\n"))
    }

    @Test func invalidBytesAreShownAsReplacementCharacters() {
        let file = SourceFile(path: "t", bytes: Array("core S".utf8) + [0xF8, 0xFF] + Array("ren".utf8))
        let output = plain.render(diagnostic(SourceRange(6, 8)), in: file)
        #expect(output.contains("1 | core S\u{FFFD}\u{FFFD}ren\n"))
        #expect(output.contains("  |       ^^ here\n"))
    }

    @Test func crlfLinesAreShownWithoutTheCarriageReturn() {
        let text = "core A\r\nphase B: @\r\nphase C\r\n"
        let output = render(text, TestSupport.range(of: "@", in: text))
        #expect(output.contains(" --> t.netplan:2:10\n"))
        #expect(output.contains("2 | phase B: @\n"))
        #expect(output.contains("  |          ^ here\n"))
        #expect(!output.contains("\r"))
    }

    // MARK: End of file

    @Test func rangeAtEndOfFileWithoutFinalNewline() {
        let text = "core Anne\nphase X"
        let output = render(text, SourceRange(text.utf8.count, text.utf8.count))
        #expect(
            output == """
                error[NP999]: something is wrong
                 --> t.netplan:2:8
                  |
                2 | phase X
                  |        ^ here

                """)
    }

    @Test func rangeAtEndOfFileAfterFinalNewline() {
        let text = "core Anne\nphase X\n"
        let output = render(text, SourceRange(text.utf8.count, text.utf8.count))
        // The last line is the empty one after the final line break.
        #expect(
            output
                == [
                    "error[NP999]: something is wrong",
                    " --> t.netplan:3:1",
                    "  |",
                    "3 | ",
                    "  | ^ here",
                ].joined(separator: "\n") + "\n")
    }

    @Test func rangePastTheLineEndIsClampedToTheLine() {
        // A range from the last word over the line break: underlined to the line end.
        let text = "phase X\nphase Y"
        let output = render(text, SourceRange(6, 12))
        #expect(output.contains("1 | phase X\n  |       ^ here\n"))
    }

    @Test func emptyFile() {
        let output = render("", SourceRange(0, 0))
        #expect(output.contains(" --> t.netplan:1:1\n  |\n1 | \n  | ^ here\n"))
    }

    // MARK: Secondary annotations

    @Test func secondaryAnnotationsOnOtherLinesWithAGap() {
        var lines = (1...12).map { "participant P\($0): faglighed" }
        lines[2] = "core Anne: faglighed"
        lines[11] = "participant Anne: indsigt"
        let text = lines.joined(separator: "\n") + "\n"
        let first = TestSupport.range(of: "Anne", in: text, occurrence: 1)
        let second = TestSupport.range(of: "Anne", in: text, occurrence: 2)
        let output = plain.render(
            diagnostic(second, label: "declared again here", secondary: [Annotation(first, .verbatim("first declared here"))]),
            in: SourceFile(path: "t.netplan", text: text))
        #expect(
            output == """
                error[NP999]: something is wrong
                  --> t.netplan:12:13
                   |
                 3 | core Anne: faglighed
                   |      ---- first declared here
                ..
                12 | participant Anne: indsigt
                   |             ^^^^ declared again here

                """)
    }

    @Test func adjacentLinesHaveNoGapMarker() {
        let text = "core Anne: faglighed\nparticipant Anne: indsigt"
        let output = plain.render(
            diagnostic(
                TestSupport.range(of: "Anne", in: text, occurrence: 2),
                secondary: [Annotation(TestSupport.range(of: "Anne", in: text), nil)]),
            in: SourceFile(path: "t", text: text))
        #expect(output.contains("1 | core Anne: faglighed\n  |      ----\n2 | participant Anne: indsigt\n"))
        #expect(!output.contains("\n.\n"))
    }

    @Test func primaryAndSecondaryOnTheSameLine() {
        let text = "diamond a, b, c, a"
        let output = plain.render(
            diagnostic(SourceRange(17, 18), label: "again", secondary: [Annotation(SourceRange(8, 9), .verbatim("first"))]),
            in: SourceFile(path: "t", text: text))
        // One source row, the primary underline first, then the secondary.
        #expect(output.contains("1 | diamond a, b, c, a\n  |                  ^ again\n  |         - first\n"))
        #expect(output.components(separatedBy: "1 | ").count == 2)
    }

    // MARK: Long lines

    /// The cell at which `needle` starts in a rendered row (… and ASCII are one cell, CJK two).
    private func cell(of needle: String, in row: String) -> Int? {
        guard let range = row.range(of: needle) else { return nil }
        return row[..<range.lowerBound].unicodeScalars.reduce(0) { $0 + (($1.value >= 0x4E00 && $1.value <= 0x9FFF) ? 2 : 1) }
    }

    @Test func veryLongLineIsShortenedAroundTheCaretAtTheEnd() throws {
        let text = "phase Start: invite " + String(repeating: "Borgere, ", count: 116_000) + "Borgre\n"
        #expect(text.utf8.count > 1_000_000)
        // How fast is for netplan-bench (shared machines make a timed test flaky); here, what it shows.
        let output = render(text, SourceRange(text.utf8.count - 7, text.utf8.count - 1))
        #expect(output.count < 1_000, "output must stay short, was \(output.count) characters")
        #expect(output.contains(" --> t.netplan:1:\(text.count - 6)\n"))
        let (source, underline) = try #require(rows(output, line: 1))
        #expect(source.hasPrefix("1 | …"))
        #expect(source.hasSuffix("Borgere, Borgre"))
        #expect(source.count <= 4 + 1 + 100 + 1)
        #expect(cell(of: "^", in: underline) == cell(of: "Borgre", in: source))
        #expect(underline.hasSuffix("^^^^^^ here"))
    }

    @Test func longLineIsShortenedAroundTheCaretAtTheStartAndInTheMiddle() throws {
        let middle = String(repeating: "a, ", count: 200)
        let text = "phase Start: invite " + middle + "@ " + middle
        // At the start: no leading ellipsis, a trailing one.
        let atStart = render(text, SourceRange(0, 5))
        let (startRow, startUnderline) = try #require(rows(atStart, line: 1))
        #expect(startRow.hasPrefix("1 | phase Start"))
        #expect(startRow.hasSuffix("…"))
        #expect(startUnderline == "  | ^^^^^ here")
        // In the middle: ellipses on both sides, the caret under the @.
        let atMiddle = render(text, TestSupport.range(of: "@", in: text))
        let (middleRow, middleUnderline) = try #require(rows(atMiddle, line: 1))
        #expect(middleRow.hasPrefix("1 | …"))
        #expect(middleRow.hasSuffix("…"))
        #expect(middleRow.count <= 4 + 1 + 100 + 1)
        #expect(cell(of: "^", in: middleUnderline) == cell(of: "@", in: middleRow))
    }

    @Test func shortenedLineKeepsTheCaretUnderAWideCharacterWindow() throws {
        // With one or two spaces before the @, the window starts on a wide
        // character's first cell or on its second one.
        for gap in [" ", "  "] {
            let text = String(repeating: "王", count: 200) + gap + "@ " + String(repeating: "王", count: 100)
            let output = render(text, TestSupport.range(of: "@", in: text))
            let (row, underline) = try #require(rows(output, line: 1))
            #expect(row.hasPrefix("1 | …"))
            #expect(
                cell(of: "^", in: underline) == cell(of: "@", in: row),
                "gap of \(gap.count): caret not under @:\n\(row)\n\(underline)")
        }
    }

    @Test func maxLineWidthIsHonoured() throws {
        let renderer = TextRenderer(language: .english, color: false, maxLineWidth: 40)
        let text = String(repeating: "abc ", count: 50) + "@"
        let output = renderer.render(diagnostic(TestSupport.range(of: "@", in: text)), in: SourceFile(path: "t", text: text))
        let (row, underline) = try #require(rows(output, line: 1))
        #expect(row.count <= 4 + 1 + 40)
        #expect(cell(of: "^", in: underline) == cell(of: "@", in: row))
    }

    // MARK: Language, colour, summary

    @Test func danishWords() {
        let renderer = TextRenderer(language: .danish, color: false)
        var d = diagnostic(SourceRange(0, 4), help: "x")
        d.message = Text(en: "english", da: "dansk")
        d.notes = [Text(en: "a note", da: "en note")]
        let output = renderer.render(d, in: SourceFile(path: "t", text: "core"))
        #expect(output.hasPrefix("fejl[NP999]: dansk\n"))
        #expect(output.contains("= bemærk: en note"))
        #expect(output.contains("= hjælp: x"))
        d.severity = .warning
        #expect(renderer.render(d, in: SourceFile(path: "t", text: "core")).hasPrefix("advarsel[NP999]"))
        d.severity = .note
        #expect(renderer.render(d, in: SourceFile(path: "t", text: "core")).hasPrefix("bemærkning[NP999]"))
    }

    @Test func colourOnlyWhenAskedFor() {
        let file = SourceFile(path: "t", text: "core @")
        let coloured = TextRenderer(language: .english, color: true).render(diagnostic(SourceRange(5, 6)), in: file)
        #expect(coloured.contains("\u{1B}[1;31merror[NP999]\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;34m|\u{1B}[0m"))
        #expect(!plain.render(diagnostic(SourceRange(5, 6)), in: file).contains("\u{1B}"))
        // Without the escapes, the coloured text is the plain text.
        let stripped = coloured.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        #expect(stripped == plain.render(diagnostic(SourceRange(5, 6)), in: file))
    }

    @Test func summaryLine() {
        #expect(plain.summary(errors: 2, warnings: 3, notes: 0, files: 4) == "2 errors, 3 warnings in 4 files")
        #expect(plain.summary(errors: 1, warnings: 1, notes: 1, files: 1) == "1 error, 1 warning, 1 note in 1 file")
        #expect(plain.summary(errors: 0, warnings: 0, notes: 2, files: 0) == "0 errors, 0 warnings, 2 notes in 0 files")
        let danish = TextRenderer(language: .danish)
        #expect(danish.summary(errors: 1, warnings: 2, notes: 0, files: 1) == "1 fejl, 2 advarsler i 1 fil")
        #expect(danish.summary(errors: 2, warnings: 1, notes: 3, files: 2) == "2 fejl, 1 advarsel, 3 bemærkninger i 2 filer")
    }

    @Test func renderingAFileSeparatesDiagnosticsWithBlankLines() {
        let file = SourceFile(path: "t", text: "@ core\n@")
        let first = diagnostic(SourceRange(0, 1))
        let second = diagnostic(SourceRange(7, 8))
        let output = plain.render(FileDiagnostics(source: file, diagnostics: [first, second]))
        #expect(output == plain.render(first, in: file) + "\n" + plain.render(second, in: file) + "\n")
    }
}
