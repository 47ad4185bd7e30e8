import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanViews

/// Every fixture (`Tests/NetplanTests/Fixtures/*.netplan`) and every sample
/// (`samples/*.netplan`, whatever is there when the tests run) is checked and
/// rendered as text (English, no colour), as JSON, and for fixtures also as
/// Danish text; each rendering must equal its golden file under
/// `Tests/NetplanTests/Goldens/<fixtures|samples>/`.
///
/// `NETPLAN_UPDATE_GOLDENS=1 swift test` writes the goldens instead. Without
/// it, a missing or different golden is a failure, never silently created.
@Suite struct GoldenTests {
    /// One input file and where its goldens live.
    struct Case: Sendable, CustomTestStringConvertible {
        /// `fixtures` or `samples`: the folder under `Goldens/`.
        var group: String
        /// The input's file name without `.netplan`.
        var name: String
        /// The absolute location of the input.
        var url: URL
        /// The path shown in the renderings, relative to the package root.
        var displayPath: String

        var testDescription: String { "\(group)/\(name)" }
    }

    static let isUpdating = ProcessInfo.processInfo.environment["NETPLAN_UPDATE_GOLDENS"] == "1"
    static let fixturesFolder = TestSupport.testsFolder.appendingPathComponent("Fixtures")
    static let samplesFolder = TestSupport.packageRoot.appendingPathComponent("samples")
    static let goldensFolder = TestSupport.testsFolder.appendingPathComponent("Goldens")

    /// The `*.netplan` files directly in a folder, sorted; none if the folder is missing.
    static func plans(in folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".netplan") }.map { String($0.dropLast(".netplan".count)) }.sorted()
    }

    static let fixtures: [Case] = plans(in: fixturesFolder).map {
        Case(
            group: "fixtures", name: $0, url: fixturesFolder.appendingPathComponent("\($0).netplan"),
            displayPath: "Tests/NetplanTests/Fixtures/\($0).netplan")
    }

    static let samples: [Case] = plans(in: samplesFolder).map {
        Case(
            group: "samples", name: $0, url: samplesFolder.appendingPathComponent("\($0).netplan"),
            displayPath: "samples/\($0).netplan")
    }

    // MARK: Rendering

    /// What `netplan check --color never FILE` prints for one file.
    static func text(_ result: CheckResult, language: Language) -> String {
        let renderer = TextRenderer(language: language, color: false)
        let file = FileDiagnostics(source: result.source, diagnostics: result.diagnostics)
        let count = { (severity: Severity) in file.count(severity) }
        return renderer.render(file)
            + renderer.summary(errors: count(.error), warnings: count(.warning), notes: count(.note), files: 1) + "\n"
    }

    /// What `netplan check --format json FILE` prints for one file.
    static func json(_ result: CheckResult) -> String {
        JSONRenderer(language: .english).render([FileDiagnostics(source: result.source, diagnostics: result.diagnostics)])
    }

    static func check(_ testCase: Case) throws -> CheckResult {
        let bytes = try [UInt8](Data(contentsOf: testCase.url))
        return Checker.check(SourceFile(path: testCase.displayPath, bytes: bytes))
    }

    // MARK: Comparing

    /// Compares `actual` with the golden file, or writes it when updating.
    static func compare(_ actual: String, golden name: String, of testCase: Case, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = goldensFolder.appendingPathComponent(testCase.group).appendingPathComponent(name)
        let existing = try? String(contentsOf: url, encoding: .utf8)
        if isUpdating {
            if existing != actual {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url, options: .atomic)
            }
            return
        }
        guard let expected = existing else {
            Issue.record(
                "missing golden Goldens/\(testCase.group)/\(name); run `NETPLAN_UPDATE_GOLDENS=1 swift test` and review it",
                sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record(
                "Goldens/\(testCase.group)/\(name) differs: \(firstDifference(expected, actual)); if the change is intended, run `NETPLAN_UPDATE_GOLDENS=1 swift test` and review the diff",
                sourceLocation: sourceLocation)
        }
    }

    /// The first line where two texts differ, for a readable failure.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let a = expected.components(separatedBy: "\n")
        let b = actual.components(separatedBy: "\n")
        for index in 0..<max(a.count, b.count) {
            let left = index < a.count ? a[index] : "<end>"
            let right = index < b.count ? b[index] : "<end>"
            if left != right {
                return "line \(index + 1): expected \(left.debugDescription), got \(right.debugDescription)"
            }
        }
        return "same lines, different bytes"
    }

    // MARK: Tests

    @Test(arguments: fixtures + samples)
    func renderingsMatchTheGoldens(_ testCase: Case) throws {
        let result = try Self.check(testCase)
        try Self.compare(Self.text(result, language: .english), golden: "\(testCase.name).txt", of: testCase)
        let json = Self.json(result)
        try Self.compare(json, golden: "\(testCase.name).json", of: testCase)
        if testCase.group == "fixtures" {
            try Self.compare(Self.text(result, language: .danish), golden: "\(testCase.name).da.txt", of: testCase)
        }
        // Whatever the goldens say, the JSON must parse and name the file by its relative path.
        let elements = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(elements.count == result.diagnostics.count)
        #expect(elements.allSatisfy { $0["file"] as? String == testCase.displayPath })
        #expect(!testCase.displayPath.hasPrefix("/"))
    }

    /// Every sample must check without errors (the README runs `netplan check samples`).
    @Test(arguments: samples)
    func samplesHaveNoErrors(_ testCase: Case) throws {
        let result = try Self.check(testCase)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(testCase.displayPath): \(errors.map { "\(TestSupport.position($0, in: result.source)) \($0.message.en)" })")
    }

    /// The fixtures the test plan promises are all there.
    @Test func fixturesCoverTheBadInputs() {
        let names = Set(Self.fixtures.map(\.name))
        let required = [
            "invalid-utf8", "nul-bytes", "bom", "crlf", "tabs", "unterminated-string", "stray-characters", "empty",
            "only-comments", "keywords-as-quoted-names", "danish-names", "several-syntax-errors", "unknown-names",
            "duplicates", "broken-referrals", "wide-characters", "no-final-newline", "decomposed-accents",
        ]
        for name in required {
            #expect(names.contains(name), "missing fixture \(name).netplan")
        }
    }

    /// A golden whose input is gone is stale: it fails, and updating removes it.
    @Test func noGoldenWithoutItsInput() throws {
        for (group, cases) in [("fixtures", Self.fixtures), ("samples", Self.samples)] {
            let folder = Self.goldensFolder.appendingPathComponent(group)
            let names = Set(cases.map(\.name))
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for file in files {
                let suffix = [".da.txt", ".txt", ".json"].first { file.hasSuffix($0) } ?? ""
                let base = String(file.dropLast(suffix.count))
                guard !names.contains(base) else { continue }
                if Self.isUpdating {
                    try FileManager.default.removeItem(at: folder.appendingPathComponent(file))
                } else {
                    Issue.record("Goldens/\(group)/\(file) has no input \(group == "samples" ? "samples" : "Fixtures")/\(base).netplan")
                }
            }
        }
    }

    /// The golden text is what the command line really prints.
    @Test func commandLineOutputMatchesTheGoldenRendering() throws {
        let testCase = try #require(Self.fixtures.first { $0.name == "several-syntax-errors" })
        let run = TestSupport.run(["check", "--color", "never", testCase.url.path])
        #expect(run.exitCode == .findings)
        let library = Self.text(try Self.check(testCase), language: .english)
        #expect(run.output == library.replacingOccurrences(of: testCase.displayPath, with: testCase.url.path))
        let json = TestSupport.run(["check", "--format", "json", testCase.url.path])
        #expect(json.output == Self.json(try Self.check(testCase)).replacingOccurrences(of: testCase.displayPath, with: testCase.url.path))
    }
}
