import Foundation
import Testing

@testable import NetplanBase
@testable import NetplanCLI

/// The views of the plans under `Fixtures/views-facts/`, which use what
/// leaders track (unit, status, note, contact, `for`, phase notes,
/// meetings): the matrix with purposes and `--units` in every format, and
/// the report, in English and Danish. Goldens under `Goldens/views-facts/`.
///
/// `NETPLAN_UPDATE_GOLDENS=1 swift test --filter FactsViewGoldenTests`
/// writes them instead (and removes those whose plan is gone).
@Suite struct FactsViewGoldenTests {
    static let views: [(arguments: [String], suffix: String)] = [
        (["matrix", "--width", "100", "--units"], "matrix.txt"),
        (["matrix", "--width", "60", "--lang", "da"], "matrix.da.txt"),
        (["matrix", "--format", "markdown", "--units"], "matrix.md"),
        (["matrix", "--format", "markdown", "--lang", "da"], "matrix.da.md"),
        (["matrix", "--format", "csv", "--units"], "matrix.csv"),
        (["matrix", "--format", "csv", "--units", "--lang", "da"], "matrix.da.csv"),
        (["report"], "report.html"),
        (["report", "--lang", "da"], "report.da.html"),
    ]

    static let isUpdating = ProcessInfo.processInfo.environment["NETPLAN_UPDATE_GOLDENS"] == "1"
    static let fixtures = TestSupport.testsFolder.appendingPathComponent("Fixtures/views-facts")
    static let goldens = TestSupport.testsFolder.appendingPathComponent("Goldens/views-facts")

    static var plans: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
        return names.filter { $0.hasSuffix(".netplan") }.map { String($0.dropLast(".netplan".count)) }.sorted()
    }

    /// The output with what depends on the machine or the release replaced:
    /// the package's folder (the report names the file) and the version.
    static func portable(_ output: String) -> String {
        output.replacingOccurrences(of: TestSupport.packageRoot.path + "/", with: "")
            .replacingOccurrences(of: "netplan \(Release.version)", with: "netplan VERSION")
    }

    @Test func everyViewMatchesItsGolden() throws {
        #expect(!Self.plans.isEmpty, "no plans under Fixtures/views-facts")
        if Self.isUpdating { try FileManager.default.createDirectory(at: Self.goldens, withIntermediateDirectories: true) }
        var expected: Set<String> = []
        for plan in Self.plans {
            let path = Self.fixtures.appendingPathComponent("\(plan).netplan").path
            for view in Self.views {
                let run = TestSupport.run(view.arguments + [path])
                #expect(run.exitCode == .success, "\(plan) \(view.suffix): \(run.errors)")
                let name = "\(plan).\(view.suffix)"
                expected.insert(name)
                let output = Self.portable(run.output)
                let url = Self.goldens.appendingPathComponent(name)
                if Self.isUpdating {
                    try Data(output.utf8).write(to: url)
                } else if let data = FileManager.default.contents(atPath: url.path) {
                    #expect(
                        String(decoding: data, as: UTF8.self) == output,
                        "Goldens/views-facts/\(name) differs: run NETPLAN_UPDATE_GOLDENS=1 swift test --filter FactsViewGoldenTests and review the diff")
                } else {
                    Issue.record("missing golden Goldens/views-facts/\(name)")
                }
            }
        }
        let files = (try? FileManager.default.contentsOfDirectory(atPath: Self.goldens.path)) ?? []
        for file in files where !expected.contains(file) {
            if Self.isUpdating {
                try FileManager.default.removeItem(at: Self.goldens.appendingPathComponent(file))
            } else {
                Issue.record("Goldens/views-facts/\(file) belongs to no plan under Fixtures/views-facts")
            }
        }
    }
}
