import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanCheck

/// The corpus of realistic mistakes (`Tests/NetplanTests/Fixtures/mistakes/`):
/// plans as a network leader writes them, each with one or a few of the slips
/// people make. Each file says in its header comments what must happen:
///
///     # mistake: a name with a space, not in quotes
///     # errors: 3
///     # help 3: "Sanne Kjær"
///     # hjælp 3: "Sanne Kjær"
///     # warnings: 5
///     # no-code: NP101
///
/// - `errors:` the exact lines that have an error (`none` for a plan with no
///   error): no more, so a slip never cascades into errors on other lines.
/// - `help N:` / `hjælp N:` text that the help (or a note) of the error on line
///   N holds, in English / in Danish: the fix is spelt out. On a line without
///   an error (a slip netplan reads with a warning), the warning's help.
/// - `warnings:` (optional) the exact lines that have a warning.
/// - `no-code:` (optional) codes that must not be reported at all.
/// - `code N:` (optional) the code of the error on line N.
/// - `says N:` / `siger N:` (optional) text that a finding of any severity
///   on line N holds in its message, help or notes, in English / in Danish:
///   for warnings and notes, whose advice is the point.
///
/// Each case is checked through a `Workspace` reading from disk, as
/// `netplan check` does, so a case may `use` a register. The registers the
/// cases use are in the subfolder `registre/`, which is not itself read as
/// cases (a register there is checked when a case uses it).
@Suite struct MistakeCorpusTests {
    static let folder = TestSupport.testsFolder.appendingPathComponent("Fixtures/mistakes")

    struct Expectation: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var errorLines: Set<Int> = []
        var warningLines: Set<Int>?
        var help: [(line: Int, language: Language, text: String)] = []
        var codes: [(line: Int, code: String)] = []
        var absentCodes: [String] = []
        var says: [(line: Int, language: Language, text: String)] = []
        var hasErrorsLine = false
        var hasMistakeLine = false

        var testDescription: String { name }
    }

    static func lines(_ value: String) -> Set<Int> {
        if value.trimmingCharacters(in: .whitespaces) == "none" { return [] }
        return Set(value.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) })
    }

    static func parse(name: String, text: String) -> Expectation {
        var expectation = Expectation(name: name, text: text)
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard raw.hasPrefix("# ") else { continue }
            let line = raw.dropFirst(2)
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            let parts = key.split(separator: " ")
            switch (parts.first.map(String.init), parts.count) {
            case ("mistake", 1): expectation.hasMistakeLine = true
            case ("errors", 1):
                expectation.errorLines = lines(value)
                expectation.hasErrorsLine = true
            case ("warnings", 1): expectation.warningLines = lines(value)
            case ("no-code", 1): expectation.absentCodes += value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            case ("help", 2), ("hjælp", 2):
                if let number = Int(parts[1]) {
                    expectation.help.append((number, parts[0] == "help" ? .english : .danish, value))
                }
            case ("says", 2), ("siger", 2):
                if let number = Int(parts[1]) {
                    expectation.says.append((number, parts[0] == "says" ? .english : .danish, value))
                }
            case ("code", 2):
                if let number = Int(parts[1]) { expectation.codes.append((number, value)) }
            default: continue
            }
        }
        return expectation
    }

    static let cases: [Expectation] = {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".netplan") }.sorted()
        return names.compactMap { name in
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else {
                return nil
            }
            return parse(name: name, text: String(decoding: data, as: UTF8.self))
        }
    }()

    /// Checks a case with the registers it uses, read from disk.
    static func check(_ source: SourceFile) -> CheckResult? {
        var workspace = Workspace { path in
            guard let data = FileManager.default.contents(atPath: path) else {
                return .failure(
                    Workspace.LoadFailure(
                        reason: Text(en: "there is no such file or folder", da: "der findes ingen fil eller mappe med det navn")))
            }
            return .success(SourceFile(path: path, text: String(decoding: data, as: UTF8.self)))
        }
        return workspace.check([source]).first
    }

    @Test func theCorpusHoldsAtLeastFortyMistakes() {
        #expect(Self.cases.count >= 40, "\(Self.cases.count) mistaken plans")
    }

    @Test(arguments: cases)
    func eachMistakeGetsErrorsOnlyWhereItIsAndAFix(_ expectation: Expectation) throws {
        #expect(expectation.hasMistakeLine, "say what the mistake is: `# mistake: ...`")
        #expect(expectation.hasErrorsLine, "say where the errors are: `# errors: 3` or `# errors: none`")
        let source = SourceFile(path: Self.folder.appendingPathComponent(expectation.name).path, text: expectation.text)
        let result = try #require(Self.check(source))
        let line = { (diagnostic: Diagnostic) in source.lineIndex(of: diagnostic.range.start) + 1 }
        let errors = result.diagnostics.filter { $0.severity == .error }
        let shown = { (language: Language) in
            result.diagnostics.map { "\(line($0)): \($0.code) \($0.message(language)) | \($0.help?(language) ?? "")" }
                .joined(separator: "\n")
        }
        #expect(Set(errors.map(line)) == expectation.errorLines, "errors:\n\(shown(.english))")
        if let warnings = expectation.warningLines {
            #expect(
                Set(result.diagnostics.filter { $0.severity == .warning }.map(line)) == warnings,
                "warnings:\n\(shown(.english))")
        }
        for (number, language, text) in expectation.help {
            let candidates = expectation.errorLines.contains(number) ? errors : result.diagnostics
            let onLine = candidates.filter { line($0) == number }
            let said = onLine.map { diagnostic in
                ([diagnostic.message(language), diagnostic.help?(language) ?? ""]
                    + diagnostic.notes.map { $0(language) }).joined(separator: "\n")
            }
            #expect(said.contains { $0.contains(text) }, "line \(number) should say \(text):\n\(shown(language))")
        }
        for (number, language, text) in expectation.says {
            let said = result.diagnostics.filter { line($0) == number }.map { diagnostic in
                ([diagnostic.message(language), diagnostic.help?(language) ?? ""]
                    + diagnostic.notes.map { $0(language) }).joined(separator: "\n")
            }
            #expect(said.contains { $0.contains(text) }, "line \(number) should say \(text):\n\(shown(language))")
        }
        for (number, code) in expectation.codes {
            #expect(errors.contains { line($0) == number && $0.code == code }, "line \(number): \(code)\n\(shown(.english))")
        }
        for code in expectation.absentCodes {
            #expect(!result.diagnostics.contains { $0.code == code }, "\(code) must not be reported\n\(shown(.english))")
        }
    }
}
