import Foundation
import Testing

@testable import NetplanCheck
@testable import NetplanCLI

/// Every view command on every sample (`samples/*.netplan`, whatever is there
/// when the tests run): it must succeed, print the same bytes twice, and
/// match its golden file under `Tests/NetplanTests/Goldens/views/`.
///
/// `NETPLAN_UPDATE_GOLDENS=1 swift test --filter ViewSampleTests` writes the
/// goldens instead (and removes those whose sample is gone). Without it, a
/// missing or different golden is a failure, never silently created.
@Suite struct ViewSampleTests {
    /// One view of one sample: the command line and the golden's file name.
    struct View: Sendable {
        var arguments: [String]
        var suffix: String
    }

    static let views: [View] = [
        View(arguments: ["matrix", "--width", "100"], suffix: "matrix.txt"),
        View(arguments: ["matrix", "--width", "60", "--lang", "da"], suffix: "matrix.da.txt"),
        View(arguments: ["matrix", "--format", "markdown"], suffix: "matrix.md"),
        View(arguments: ["matrix", "--format", "csv"], suffix: "matrix.csv"),
        View(arguments: ["graph"], suffix: "graph.dot"),
        View(arguments: ["graph", "--phases"], suffix: "phases.dot"),
        View(arguments: ["ics"], suffix: "ics"),
    ]

    static let isUpdating = ProcessInfo.processInfo.environment["NETPLAN_UPDATE_GOLDENS"] == "1"
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // CLI
        .deletingLastPathComponent()  // NetplanTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()
    static let samplesFolder = packageRoot.appendingPathComponent("samples")
    static let goldensFolder = packageRoot.appendingPathComponent("Tests/NetplanTests/Goldens/views")

    /// The samples' names without `.netplan`, sorted.
    static var samples: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: samplesFolder.path)) ?? []
        return names.filter { $0.hasSuffix(".netplan") }.map { String($0.dropLast(".netplan".count)) }.sorted()
    }

    static func run(_ arguments: [String]) -> (code: ExitCode, output: String, errors: String) {
        // The calendar's DTSTAMP and SEQUENCE come from the time of the run.
        let console = Console(arguments: arguments, environment: ["NETPLAN_NOW": "2027-01-01T08:00:00Z"])
        let code = Tool.run(console)
        return (code, console.output, console.errors)
    }

    @Test func everyViewOfEverySampleSucceedsIsDeterministicAndMatchesItsGolden() throws {
        if Self.isUpdating {
            try FileManager.default.createDirectory(at: Self.goldensFolder, withIntermediateDirectories: true)
        }
        var goldens: Set<String> = []
        for sample in Self.samples {
            let path = Self.samplesFolder.appendingPathComponent("\(sample).netplan").path
            let plan = Checker.check(try Inputs.read(path)).plan
            // `ics` needs a phase with dates or a meeting with a date.
            let hasDatedPhase = plan.phases.contains { phase in
                guard let start = phase.start, let end = phase.end else { return false }
                return start <= end
            } || plan.meetings.contains { $0.date != nil }
            for view in Self.views {
                let arguments = view.arguments + [path]
                let first = Self.run(arguments)
                let second = Self.run(arguments)
                #expect(
                    first.output == second.output,
                    "\(sample): `\(view.arguments.joined(separator: " "))` differs between runs")
                if view.suffix == "ics", !hasDatedPhase {
                    #expect(first.code == .findings && first.output.isEmpty, "\(sample): ics without dated phases or meetings")
                    continue
                }
                #expect(
                    first.code == .success,
                    "\(sample): `\(view.arguments.joined(separator: " "))` failed: \(first.errors)")
                goldens.insert("\(sample).\(view.suffix)")
                try Self.compare(first.output, golden: "\(sample).\(view.suffix)")
            }
        }
        try Self.checkForOrphans(expected: goldens)
    }

    static func compare(_ output: String, golden name: String) throws {
        let url = goldensFolder.appendingPathComponent(name)
        if isUpdating {
            try Data(output.utf8).write(to: url)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record(
                "missing golden Goldens/views/\(name): run NETPLAN_UPDATE_GOLDENS=1 swift test --filter ViewSampleTests and review it"
            )
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != output {
            let outputLines = output.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(outputLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
            let line = first.map { $0.offset + 1 } ?? min(outputLines.count, expectedLines.count) + 1
            Issue.record(
                "Goldens/views/\(name) differs from the output at line \(line): run NETPLAN_UPDATE_GOLDENS=1 swift test --filter ViewSampleTests and review the diff"
            )
        }
    }

    /// A golden no view produced (its sample is gone, or has no dated phase
    /// left for `ics`) fails, or is removed when updating.
    static func checkForOrphans(expected: Set<String>) throws {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: goldensFolder.path)) ?? []
        // `broken/` holds the goldens of plans with errors (BrokenViewGoldenTests).
        for name in names.sorted() where name != "README.md" && name != "broken" && !expected.contains(name) {
            if isUpdating {
                try FileManager.default.removeItem(at: goldensFolder.appendingPathComponent(name))
            } else {
                Issue.record(
                    "Goldens/views/\(name) belongs to no sample: remove it, or run with NETPLAN_UPDATE_GOLDENS=1")
            }
        }
    }
}
