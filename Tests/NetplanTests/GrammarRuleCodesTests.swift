import Foundation
import Testing
@testable import NetplanCheck
@testable import NetplanViews

/// grammar.md names rules by code, often with the identifier next to it
/// (`NP206`, `need-uncovered`, or a table row `| NP206 | `need-uncovered` |`).
/// Every code it names must be in the rule catalogue with that identifier,
/// and every rule of the method must be named there with its identifier, so
/// the document cannot drift from the checker.
@Suite struct GrammarRuleCodesTests {
    /// A code named in the document and the identifier written next to it, if any.
    struct Mention: Equatable, CustomStringConvertible {
        var code: String
        var identifier: String?
        var line: Int

        var description: String { "grammar.md:\(line) \(code)\(identifier.map { " `\($0)`" } ?? "")" }
    }

    /// Every `NPnnn` in a text, with the identifier that follows it after a
    /// comma or a table bar (`NP206`, `need-uncovered`).
    static func mentions(in text: String) -> [Mention] {
        let pattern = #"NP[0-9]{3}(?![0-9])(`?\s*[,|]\s*`([a-z0-9-]+)`)?"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let whole = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: whole).compactMap { match in
            guard let codeRange = Range(NSRange(location: match.range.location, length: 5), in: text) else {
                return nil
            }
            let identifier = Range(match.range(at: 2), in: text).map { String(text[$0]) }
            let line = text[..<codeRange.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            return Mention(code: String(text[codeRange]), identifier: identifier, line: line)
        }
    }

    static func problems(in text: String) -> [String] {
        mentions(in: text).compactMap { mention in
            guard let rule = RuleDocumentation.all.first(where: { $0.code == mention.code }) else {
                return "\(mention): no rule has this code"
            }
            if let identifier = mention.identifier, identifier != rule.identifier {
                return "\(mention): the catalogue calls \(mention.code) `\(rule.identifier)`"
            }
            return nil
        }
    }

    @Test func everyCodeInGrammarIsInTheCatalogueWithItsIdentifier() throws {
        let text = try GrammarDocumentTests.document()
        #expect(!Self.mentions(in: text).isEmpty)
        #expect(Self.problems(in: text) == [])
    }

    @Test func everyRuleOfTheMethodIsNamedInGrammarWithItsIdentifier() throws {
        let mentions = Self.mentions(in: try GrammarDocumentTests.document())
        for rule in RuleRegistry.all.map(\.description) {
            #expect(
                mentions.contains { $0.code == rule.code && $0.identifier == rule.identifier },
                "grammar.md never names \(rule.code) with `\(rule.identifier)`")
        }
    }

    /// The extractor finds codes in prose, across a line break, and in tables,
    /// and the check catches a wrong code and a wrong identifier.
    @Test func theCheckCatchesAWrongCodeOrIdentifier() {
        let text = "a (`NP206`,\n  `need-uncovered`) b\n| NP201 | `core-team-size` |\nset NP210 warning\n"
        #expect(
            Self.mentions(in: text) == [
                Mention(code: "NP206", identifier: "need-uncovered", line: 1),
                Mention(code: "NP201", identifier: "core-team-size", line: 3),
                Mention(code: "NP210", identifier: nil, line: 4),
            ])
        #expect(Self.problems(in: text) == [])
        #expect(Self.problems(in: "(`NP299`)") == ["grammar.md:1 NP299: no rule has this code"])
        #expect(
            Self.problems(in: "| NP205 | `need-uncovered` |")
                == ["grammar.md:1 NP205 `need-uncovered`: the catalogue calls NP205 `competence-missing`"])
    }
}
