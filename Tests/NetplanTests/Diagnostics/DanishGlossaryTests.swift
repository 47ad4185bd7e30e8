import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanSyntax
@testable import NetplanViews
@testable import NetplanCLI

/// The Danish texts keep to the glossary (docs/ordliste.md): no anglicisms, one
/// term for one thing, and the marks of the planning schema spelt in one place.
///
/// The words are looked for in the Danish half of every `Text(en:da:)` in
/// Sources (a `da:` string, on one line or in a `"""` block), and in the Danish
/// documentation (docs/*.da.md, docs/ordliste.md's prose is skipped: it names
/// the words to avoid).
@Suite struct DanishGlossaryTests {
    /// A word to avoid (a regular expression, case-insensitive) and what to write instead.
    static let avoided: [(pattern: String, instead: String)] = [
        (#"\bbring(e|er|es|ende)\b|\bbragt"#, "bidrager med / har"),
        (#"\berklær"#, "skriv / tilføj ... i planen; står i planen"),
        (#"\bsætning"#, "linje"),
        (#"\bundvig"#, "tegn, der skal skrives med \\ foran"),
        (#"\bihjel\b|\btavsgør"#, "slå reglen fra på linjen"),
        (#"\bfund\b"#, "det, netplan har fundet; fejl / advarsel / bemærkning"),
        (#"\befter behov\b"#, "inddrages løbende"),
        (#"\bkerneteam"#, "kerneholdet"),
        (#"\bmedchauffør|\bmedkører"#, "co-driver"),
        (#"\budeladt"#, "holdt ude"),
    ]

    /// The Danish texts of a Swift source: each `da:` string with its line number.
    static func danishTexts(inSwift source: String) -> [(line: Int, text: String)] {
        var result: [(Int, String)] = []
        var block: (line: Int, text: String)?
        for (number, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if var open = block {
                if line.trimmingCharacters(in: .whitespaces).hasPrefix("\"\"\"") {
                    result.append(open)
                    block = nil
                } else {
                    open.text += line + "\n"
                    block = open
                }
                continue
            }
            guard let marker = line.range(of: "da: ") else { continue }
            let rest = line[marker.upperBound...]
            if rest.hasPrefix("\"\"\"") {
                block = (number + 1, "")
            } else if rest.hasPrefix("\"") {
                result.append((number + 1, String(rest)))
            }
        }
        return result
    }

    /// The words to avoid in a text, with what to write instead.
    static func avoidedWords(in text: String) -> [String] {
        avoided.compactMap { entry in
            guard let found = text.range(of: entry.pattern, options: [.regularExpression, .caseInsensitive]) else {
                return nil
            }
            return "\"\(text[found])\" (write: \(entry.instead))"
        }
    }

    static func files(under folder: String, ending suffix: String) -> [URL] {
        let root = TestSupport.packageRoot.appendingPathComponent(folder)
        let walk = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        return (walk?.allObjects as? [URL] ?? []).filter { $0.path.hasSuffix(suffix) }.sorted { $0.path < $1.path }
    }

    static func relative(_ url: URL) -> String {
        String(url.path.dropFirst(TestSupport.packageRoot.path.count + 1))
    }

    @Test func theExtractorFindsDanishStringsOnOneLineAndInBlocks() {
        let source = """
            let a = Text(en: "brings", da: "bringer")  // a comment that says bringer
            let b = Text(
                en: \"\"\"
                    statement
                    \"\"\",
                da: \"\"\"
                    én sætning
                    \"\"\")
            let c = bringers
            """
        let texts = Self.danishTexts(inSwift: source)
        #expect(texts.map(\.line) == [1, 6])
        #expect(Self.avoidedWords(in: texts[0].text).count == 1)
        #expect(texts[1].text.contains("én sætning"))
        #expect(!texts.contains { $0.text.contains("statement") })
        #expect(Self.avoidedWords(in: "bidrager med faglighed; bringers; fundet") == [])
    }

    /// Awaits part B of issue 11's item 14 (docs/ordliste.md): the files of the
    /// parser, rules and views (SyntaxMessages.swift, Rules/*, HTMLReport.swift, ...)
    /// still have words the glossary avoids. /work/notes/danish-review.md lists them.
    @Test func danishTextsUseTheGlossary() throws {
        var hits: [String] = []
        var scanned = 0
        for file in Self.files(under: "Sources", ending: ".swift") {
            let source = try String(contentsOf: file, encoding: .utf8)
            for (line, text) in Self.danishTexts(inSwift: source) {
                scanned += 1
                for word in Self.avoidedWords(in: text) { hits.append("\(Self.relative(file)):\(line): \(word)") }
            }
        }
        for file in Self.files(under: "docs", ending: ".da.md") {
            let text = try String(contentsOf: file, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for word in Self.avoidedWords(in: String(line)) { hits.append("\(Self.relative(file)):\(number + 1): \(word)") }
            }
        }
        #expect(scanned > 300, "the scan should see every Danish text in Sources, saw \(scanned)")
        #expect(hits.isEmpty, "\(hits.count) Danish texts use words the glossary avoids:\n\(hits.joined(separator: "\n"))")
    }

    /// Awaits the views' switch to `Vocabulary.Mark` (PlanningMatrix*.swift,
    /// HTMLReport.swift, MatrixCommand.swift): the marks are spelt only in Vocabulary.swift.
    @Test func marksAreSpeltOnlyInTheVocabulary() throws {
        var hits: [String] = []
        for file in Self.files(under: "Sources", ending: ".swift") where file.lastPathComponent != "Vocabulary.swift" {
            let source = try String(contentsOf: file, encoding: .utf8)
            for (number, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for symbol in ["●", "○", "◆", "✕"] where line.contains(symbol) {
                    hits.append("\(Self.relative(file)):\(number + 1): \(symbol)")
                }
            }
        }
        #expect(hits.isEmpty, "use Vocabulary.Mark instead of spelling a mark:\n\(hits.joined(separator: "\n"))")
    }
}
