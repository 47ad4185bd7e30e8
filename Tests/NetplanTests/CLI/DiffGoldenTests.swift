import Foundation
import Testing

@testable import NetplanBase
@testable import NetplanCLI

/// `netplan diff` on the plan pairs under `Fixtures/diff/` (`NAME.old.netplan`
/// and `NAME.new.netplan`), in text, Markdown and JSON, in English and
/// Danish. Goldens under `Goldens/diff/`.
///
/// `NETPLAN_UPDATE_GOLDENS=1 swift test --filter DiffGoldenTests` writes them
/// instead (and removes those whose pair is gone).
@Suite struct DiffGoldenTests {
    static let views: [(arguments: [String], suffix: String)] = [
        ([], "txt"), (["--lang", "da"], "da.txt"),
        (["--format", "markdown"], "md"), (["--format", "markdown", "--lang", "da"], "da.md"),
        (["--format", "json"], "json"), (["--format", "json", "--lang", "da"], "da.json"),
    ]

    static let isUpdating = ProcessInfo.processInfo.environment["NETPLAN_UPDATE_GOLDENS"] == "1"
    static let fixtures = TestSupport.testsFolder.appendingPathComponent("Fixtures/diff")
    static let goldens = TestSupport.testsFolder.appendingPathComponent("Goldens/diff")

    static var pairs: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
        return names.filter { $0.hasSuffix(".old.netplan") }.map { String($0.dropLast(".old.netplan".count)) }.sorted()
    }

    @Test func everyPairMatchesItsGolden() throws {
        #expect(!Self.pairs.isEmpty, "no plan pairs under Fixtures/diff")
        if Self.isUpdating { try FileManager.default.createDirectory(at: Self.goldens, withIntermediateDirectories: true) }
        var expected: Set<String> = []
        for pair in Self.pairs {
            let old = Self.fixtures.appendingPathComponent("\(pair).old.netplan").path
            let new = Self.fixtures.appendingPathComponent("\(pair).new.netplan").path
            for view in Self.views {
                let run = TestSupport.run(["diff", old, new] + view.arguments)
                #expect(run.exitCode == .success, "\(pair) \(view.suffix): \(run.errors)")
                let name = "\(pair).\(view.suffix)"
                expected.insert(name)
                let output = run.output.replacingOccurrences(of: TestSupport.packageRoot.path + "/", with: "")
                let url = Self.goldens.appendingPathComponent(name)
                if Self.isUpdating {
                    try Data(output.utf8).write(to: url)
                } else if let data = FileManager.default.contents(atPath: url.path) {
                    #expect(
                        String(decoding: data, as: UTF8.self) == output,
                        "Goldens/diff/\(name) differs: run NETPLAN_UPDATE_GOLDENS=1 swift test --filter DiffGoldenTests and review the diff")
                } else {
                    Issue.record("missing golden Goldens/diff/\(name)")
                }
            }
        }
        let files = (try? FileManager.default.contentsOfDirectory(atPath: Self.goldens.path)) ?? []
        for file in files where !expected.contains(file) {
            if Self.isUpdating {
                try FileManager.default.removeItem(at: Self.goldens.appendingPathComponent(file))
            } else {
                Issue.record("Goldens/diff/\(file) belongs to no pair under Fixtures/diff")
            }
        }
    }
}
