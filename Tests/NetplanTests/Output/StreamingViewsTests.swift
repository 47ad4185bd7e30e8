import Foundation
import Testing
import NetplanTesting
@testable import NetplanBase
@testable import NetplanSyntax
@testable import NetplanCheck
@testable import NetplanViews

/// The byte writers of `report` and `matrix` (issue 16): their escapers
/// against plain scalar-by-scalar escapers written here, and a writer with a
/// sink against one that keeps everything.
@Suite struct StreamingViewsTests {
    /// Pieces that need escaping in HTML, Markdown or CSV, or sit next to
    /// such in UTF-8: controls (C0, DEL, C1), quotes, formula starts, a quote
    /// or a `|` followed by a combining mark, a mark that takes the space
    /// after it (U+0600), emoji with joiners and flags, Danish letters.
    static let pieces: [String] = [
        "<", ">", "&", "\"", "'", "`", "|", "*", "_", "\\", "[", "]", "#", "~", "!", "=", "+", "-", "@", ",", ";",
        "\t", "\r", "\n", "\u{0}", "\u{1B}", "\u{1F}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{A0}", "§", "¢",
        "\u{301}", "\"\u{301}", "|\u{308}", "e\u{301}", "\u{600}", "\u{2028}", "😀", "👩‍👩‍👧", "🇩🇰", "æ", "ø", "å",
        "Æ", "Ø", "Å", "a", "Z", " ", "  ", "0", "Søren Kjær",
    ]

    static func randomString(_ random: inout SeededRandom) -> String {
        var text = ""
        for _ in 0..<random.below(10) { text += pieces[random.below(pieces.count)] }
        return text
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    static func shown(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return "\\u{" + (digits.count == 1 ? "0" : "") + digits + "}"
    }

    static func referenceHTML(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n": out += "\n"
            default: out += isControl(scalar) ? shown(scalar) : String(scalar)
            }
        }
        return out
    }

    static func referenceMarkdown(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                out += shown(scalar)
            } else {
                if "\\|*_`[]<>#~!".unicodeScalars.contains(scalar) { out += "\\" }
                out += String(scalar)
            }
        }
        return out
    }

    static func referenceCSV(_ text: String, separator: Unicode.Scalar) -> String {
        let scalars = Array(text.unicodeScalars)
        let first = scalars.first { $0 != "'" }
        let guarded = first.map { ["=", "+", "-", "@", "\t", "\r"].contains($0) } ?? false
        let body = (guarded ? "'" : "") + text
        guard body.unicodeScalars.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return body
        }
        var out = "\""
        for scalar in body.unicodeScalars { out += scalar == "\"" ? "\"\"" : String(scalar) }
        return out + "\""
    }

    static func bytes(_ write: (inout ByteWriter) -> Void) -> String {
        var out = ByteWriter(capacity: 16)
        write(&out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    @Test func theByteEscapersAgreeWithScalarByScalarEscaping() {
        var random = SeededRandom(seed: 16)
        let wide = CSVDialect(separator: "§", byteOrderMark: false)
        for _ in 0..<5_000 {
            let text = Self.randomString(&random)
            #expect(Self.bytes { $0.appendHTML(text) } == Self.referenceHTML(text), "\(text.debugDescription)")
            #expect(Self.bytes { $0.appendMarkdown(text) } == Self.referenceMarkdown(text), "\(text.debugDescription)")
            for dialect in [CSVDialect.rfc4180, .excel, wide] {
                #expect(
                    Self.bytes { $0.appendCSVField(text, dialect) }
                        == Self.referenceCSV(text, separator: dialect.separator), "\(text.debugDescription)")
            }
            #expect(Self.bytes { $0.appendVisible(text) } == ControlCharacters.visible(text))
            #expect(
                Self.bytes { $0.appendVisible(text, keepingLineFeeds: false) }
                    == ControlCharacters.visible(text, keepingLineFeeds: false))
        }
    }

    /// Backticks mark code in a message; an unpaired one stays as it is.
    @Test func messagesShowTheirQuotedPartsAsCode() {
        var random = SeededRandom(seed: 61)
        for _ in 0..<2_000 {
            let text = Self.randomString(&random) + (random.chance(0.5) ? "`" : "") + Self.randomString(&random)
            let parts = text.split(separator: "`", omittingEmptySubsequences: false).map(String.init)
            let expected =
                parts.count % 2 == 0
                ? Self.referenceHTML(text)
                : parts.enumerated().map { $0.offset % 2 == 1 ? "<code>\(Self.referenceHTML($0.element))</code>" : Self.referenceHTML($0.element) }
                    .joined()
            #expect(Self.bytes { $0.appendHTMLMessage(text) } == expected, "\(text.debugDescription)")
        }
    }

    /// A line of the text matrix loses its trailing spaces as `Character`s
    /// would: a space that belongs to the character before it (after U+0600) stays.
    @Test func textLinesLoseTheirTrailingSpacesByCharacter() {
        var random = SeededRandom(seed: 7)
        for _ in 0..<2_000 {
            let lines = (0..<3).map { _ in Self.randomString(&random).replacingOccurrences(of: "\n", with: "") + String(repeating: " ", count: random.below(3)) }
            var writer = TextLineWriter()
            for line in lines { writer.line(line) }
            let expected = lines.map { TextCells.trimTrailingSpaces($0) + "\n" }.joined()
            #expect(String(decoding: writer.out.bytes, as: UTF8.self) == expected, "\(lines.debugDescription)")
        }
    }

    /// Everything a writer with a sink hands over, and what it still holds.
    static func chunked(size: Int, _ write: (inout ByteWriter) -> Void) -> (bytes: [UInt8], chunks: Int) {
        var chunks: [[UInt8]] = []
        var out = ByteWriter(chunkSize: size) { chunks.append($0) }
        write(&out)
        out.flush()
        return (chunks.flatMap { $0 }, chunks.count)
    }

    static let formats: [(PlanningMatrix.Format, Bool, CSVDialect)] = [
        (.text, false, .rfc4180), (.text, true, .rfc4180), (.markdown, true, .rfc4180), (.csv, false, .rfc4180),
        (.csv, true, .excel),
    ]

    /// A large plan written through a sink in chunks comes out byte for byte
    /// as the whole buffer, in more than one chunk.
    @Test func aSinkGetsTheSameBytesInChunks() {
        let text = PlanGenerator(seed: 5).healthyPlan(lines: 800).text
        let result = Checker.check(SourceFile(path: "big.netplan", text: text))
        for language in [Language.english, .danish] {
            let whole = HTMLReport.bytes(result, language: language, watched: WatchedPage(reloads: true))
            let streamed = Self.chunked(size: 16 * 1024) {
                HTMLReport.write(result, language: language, watched: WatchedPage(reloads: true), into: &$0)
            }
            #expect(streamed.bytes == whole)
            #expect(streamed.chunks > 1)
            #expect(whole == Array(HTMLReport.render(result, language: language, watched: WatchedPage(reloads: true)).utf8))
            for (format, units, dialect) in Self.formats {
                let expected = Array(
                    PlanningMatrix.render(result.plan, format: format, language: language, width: 80, units: units, dialect: dialect).utf8)
                let streamed = Self.chunked(size: 1024) {
                    PlanningMatrix.write(
                        result.plan, format: format, language: language, width: 80, units: units, dialect: dialect, into: &$0)
                }
                #expect(streamed.bytes == expected, "\(format)")
                #expect(streamed.chunks > 1, "\(format)")
            }
        }
    }

    /// Tiny chunks on varied plans: every place a writer hands over a chunk
    /// keeps the bytes as they were.
    @Test func tinyChunksKeepEveryPlansBytes() {
        for seed in UInt64(0)..<60 {
            let text = RandomPlanGenerator(seed: seed).plan()
            let result = Checker.check(SourceFile(path: "seed-\(seed).netplan", text: text))
            let report = Self.chunked(size: 64) { HTMLReport.write(result, language: .danish, into: &$0) }
            #expect(report.bytes == HTMLReport.bytes(result, language: .danish), "seed \(seed)")
            for (format, units, dialect) in Self.formats {
                let whole = Array(
                    PlanningMatrix.render(result.plan, format: format, language: .english, width: 60, units: units, dialect: dialect).utf8)
                let streamed = Self.chunked(size: 64) {
                    PlanningMatrix.write(
                        result.plan, format: format, language: .english, width: 60, units: units, dialect: dialect, into: &$0)
                }
                #expect(streamed.bytes == whole, "seed \(seed) \(format)")
            }
        }
    }
}
