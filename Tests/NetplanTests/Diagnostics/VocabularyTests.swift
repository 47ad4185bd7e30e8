import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanSyntax
@testable import NetplanCheck
@testable import NetplanViews
@testable import NetplanLanguageServer

/// Severities, participant kinds, roles and marks come from one vocabulary, and
/// every Danish output says "fejl", "advarsel" and "bemærkning".
@Suite struct VocabularyTests {
    /// What a person reads in Danish output: without plan text (the source
    /// lines under a finding, `2 | phase ...`; examples, indented or fenced),
    /// the `-->` location lines (paths), and code spans (keywords and names such
    /// as `set missing-role warning` stay as written).
    static func prose(_ output: String) -> String {
        var inFence = false
        return output.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
            if line.hasPrefix("```") {
                inFence.toggle()
                return false
            }
            if inFence || (line.hasPrefix("    ") && !line.hasPrefix("    →")) { return false }
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("-->") { return false }
            let digits = trimmed.prefix { $0.isNumber }
            return digits.isEmpty || !trimmed.dropFirst(digits.count).hasPrefix(" |")
        }.map { line in
            line.split(separator: "`", omittingEmptySubsequences: false).enumerated()
                .filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: " ")
        }.joined(separator: "\n")
    }

    /// English severity words (and the "help" lead) left in a Danish text, with
    /// their lines. A rule identifier such as `syntax-error` is a name, not a word.
    static func englishSeverityWords(in output: String) -> [String] {
        let words: Set<String> = ["error", "errors", "warning", "warnings", "note", "notes", "help", "severity"]
        return prose(output).split(separator: "\n").filter { line in
            line.lowercased().split { !$0.isLetter && $0 != "-" }.contains { words.contains(String($0)) }
        }.map(String.init)
    }

    static let plans: [String] = [
        TestSupport.packageRoot.appendingPathComponent("samples").path,
        TestSupport.testsFolder.appendingPathComponent("Fixtures").path,
    ]

    @Test func proseDropsSourceLinesPathsAndCodeSpans() {
        let output = """
            fejl[NP101]: ingen deltager hedder `warning` (syntax-error)
             --> errors/plan.netplan:2:19
              |
            2 | phase Idé: invite warning
              |                   ^^^^^^^ note
            ```netplan
            set core-left-out warning
            ```
                set core-left-out note
                → 1:1: fejl: help
            """
        #expect(Self.englishSeverityWords(in: output) == ["  |                   ^^^^^^^ note", "    → 1:1: fejl: help"])
    }

    @Test func rulesInDanishUseDanishSeverityWords() {
        for arguments in [["rules"], ["rules", "--markdown"]] {
            let run = TestSupport.run(arguments + ["--lang", "da"])
            #expect(run.exitCode == .success)
            #expect(Self.englishSeverityWords(in: run.output) == [], "netplan \(arguments.joined(separator: " ")) --lang da")
            #expect(run.output.contains("advarsel"))
        }
    }

    @Test func explainInDanishUsesDanishSeverityWords() {
        for description in RuleDocumentation.all {
            let run = TestSupport.run(["explain", description.code, "--lang", "da"])
            #expect(run.exitCode == .success)
            #expect(Self.englishSeverityWords(in: run.output) == [], "netplan explain \(description.code) --lang da")
        }
    }

    @Test func checkInDanishUsesDanishSeverityWords() {
        let run = TestSupport.run(["check", "--lang", "da"] + Self.plans)
        #expect(run.output.contains("fejl["))
        #expect(run.output.contains("advarsel["))
        #expect(run.output.contains("bemærkning["))
        #expect(run.output.contains("= hjælp: "))
        #expect(Self.englishSeverityWords(in: run.output) == [])
    }

    @Test func theSummaryLineCountsInDanish() {
        let renderer = TextRenderer(language: .danish)
        #expect(renderer.summary(errors: 1, warnings: 2, notes: 1, files: 1) == "1 fejl, 2 advarsler, 1 bemærkning i 1 fil")
        #expect(renderer.summary(errors: 2, warnings: 1, notes: 3, files: 2) == "2 fejl, 1 advarsel, 3 bemærkninger i 2 filer")
        #expect(TextRenderer().summary(errors: 1, warnings: 2, notes: 0, files: 3) == "1 error, 2 warnings in 3 files")
    }

    @Test func marksAreDistinctAndTheLegendShowsTheSymbol() {
        let symbols = Vocabulary.Mark.allCases.map(\.symbol)
        #expect(Set(symbols).count == symbols.count)
        for mark in Vocabulary.Mark.allCases {
            for language in Language.allCases {
                #expect(mark.legend(language).hasPrefix(mark.symbol + " "))
                #expect(mark.legend(language).hasSuffix(mark.meaning(language)))
            }
        }
    }

    @Test func theLanguageServerSaysInvolvedAsNeededLikeTheRest() throws {
        let plan = TestSupport.check("participant Erik: indsigt\ncore Anne: faglighed\n").plan
        let erik = try #require(plan.participants.first { $0.name == "Erik" })
        #expect(Hover.kindWord(erik, .danish) == "deltager, der inddrages løbende")
        #expect(Hover.kindWord(erik, .english) == "participant involved as needed")
    }

    /// Counted words of the vocabulary ("3 core, 2 as needed, 1 group",
    /// "3 errors", "4 kernedeltagere") that a file spells itself, outside
    /// Vocabulary.swift: each such place would drift from the vocabulary. An
    /// interpolation of words (`Text`, `ActionWords`, `Vocabulary`) is not a
    /// count: "involve Erik as needed" is a sentence, not a tally.
    static func countedWordsSpelledOutside() throws -> [String] {
        let words = [ParticipantKind.core, .participant, .group].flatMap { kind in
            [Vocabulary.kind(kind), Vocabulary.plural(kind), Vocabulary.shortKind(kind)]
        } + [Severity.error, .warning, .note].flatMap { [Vocabulary.severity($0), Vocabulary.count(2, $0)] }
        let spelled = Set(words.flatMap { [$0.en, $0.da] }.map { $0.hasPrefix("2 ") ? String($0.dropFirst(2)) : $0 })
        let pattern = try NSRegularExpression(pattern: #"\\\((?!Text\.|ActionWords\.|Vocabulary\.)[^"\\]*?\) ([^\\"(),;:]+)"#)
        let sources = TestSupport.packageRoot.appendingPathComponent("Sources")
        var found: [String] = []
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "swift", file.lastPathComponent != "Vocabulary.swift" else { continue }
            let text = try String(contentsOf: file, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = String(line)
                for match in pattern.matches(in: line, range: NSRange(line.startIndex..., in: line)) {
                    guard let range = Range(match.range(at: 1), in: line) else { continue }
                    let after = line[range].trimmingCharacters(in: .whitespaces)
                    if spelled.contains(where: { after == $0 || after.hasPrefix($0 + " og") }) {
                        found.append("\(file.lastPathComponent):\(number + 1): \(after)")
                    }
                }
            }
        }
        return found
    }

    @Test func noFileCountsKindsOrSeveritiesInWordsOfItsOwn() throws {
        let found = try Self.countedWordsSpelledOutside()
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }

    @Test func someFindingsReadAsASentenceSaysThem() {
        #expect(Vocabulary.some(1, .error)(.english) == "an error")
        #expect(Vocabulary.some(1, .warning)(.english) == "a warning")
        #expect(Vocabulary.some(3, .error)(.english) == "3 errors")
        #expect(Vocabulary.some(1, .note)(.danish) == "en bemærkning")
        #expect(Vocabulary.some(2, .warning)(.danish) == "2 advarsler")
    }
}
