import Foundation
import Testing

@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanCLI
@testable import NetplanViews

/// Every view of every plan with errors under `Fixtures/views/`: without
/// `--force` the view refuses (exit 1, nothing on standard output, the errors
/// on standard error); with `--force` it is drawn and marked as incomplete.
/// Both are compared with goldens under `Goldens/views/broken/`, in English
/// and Danish: `<name>.<view>.refused.txt` (standard error) and
/// `<name>.<view>.<extension>` (the marked output).
///
/// `NETPLAN_UPDATE_GOLDENS=1 swift test --filter BrokenViewGoldenTests` writes them.
@Suite struct BrokenViewGoldenTests {
    static let fixtures = TestSupport.testsFolder.appendingPathComponent("Fixtures/views")
    static let goldens = TestSupport.testsFolder.appendingPathComponent("Goldens/views/broken")
    static let isUpdating = ProcessInfo.processInfo.environment["NETPLAN_UPDATE_GOLDENS"] == "1"

    static let views: [(arguments: [String], suffix: String)] = [
        (["matrix", "--width", "100"], "matrix.txt"),
        (["matrix", "--width", "60", "--lang", "da"], "matrix.da.txt"),
        (["matrix", "--format", "markdown"], "matrix.md"),
        (["matrix", "--format", "csv"], "matrix.csv"),
        (["graph"], "graph.dot"),
        (["graph", "--lang", "da"], "graph.da.dot"),
        (["ics"], "ics"),
        (["ics", "--lang", "da"], "da.ics"),
    ]

    static var plans: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
        return names.filter { $0.hasSuffix(".netplan") }.map { String($0.dropLast(".netplan".count)) }.sorted()
    }

    /// Runs a view on the plan given on standard input, so every golden shows
    /// the same path (`<stdin>`) on every machine.
    static func run(_ arguments: [String], plan: String) -> TestSupport.Run {
        TestSupport.run(arguments + ["-"], environment: ["NETPLAN_NOW": "2027-01-01T08:00:00Z"], standardInput: plan)
    }

    static func compare(_ actual: String, _ name: String) throws {
        let url = goldens.appendingPathComponent(name)
        if isUpdating {
            try FileManager.default.createDirectory(at: goldens, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing golden Goldens/views/broken/\(name): run NETPLAN_UPDATE_GOLDENS=1 swift test --filter BrokenViewGoldenTests")
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        #expect(expected == actual, "Goldens/views/broken/\(name) differs: \(GoldenTests.firstDifference(expected, actual))")
    }

    @Test func theFixturesHaveErrors() throws {
        #expect(!Self.plans.isEmpty)
        for plan in Self.plans {
            let path = Self.fixtures.appendingPathComponent("\(plan).netplan").path
            #expect(Checker.check(try Inputs.read(path)).hasErrors, "\(plan) must have errors")
        }
    }

    @Test func everyViewRefusesOrIsMarked() throws {
        for plan in Self.plans {
            let url = Self.fixtures.appendingPathComponent("\(plan).netplan")
            let text = try String(contentsOf: url, encoding: .utf8)
            for view in Self.views {
                let refused = Self.run(view.arguments, plan: text)
                #expect(refused.exitCode == .findings)
                #expect(refused.output.isEmpty, "\(view.arguments) drew a plan with errors")
                try Self.compare(refused.errors, "\(plan).\(view.suffix).refused.txt")
                let forced = Self.run(view.arguments + ["--force"], plan: text)
                #expect(forced.exitCode == .findings)
                let language: Language = view.arguments.contains("da") ? .danish : .english
                #expect(forced.output.contains(IncompleteMark.word(language)), "\(view.arguments) is not marked")
                try Self.compare(forced.output, "\(plan).\(view.suffix)")
            }
        }
    }
}
