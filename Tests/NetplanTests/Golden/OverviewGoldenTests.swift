import Foundation
import Testing

@testable import NetplanBase
@testable import NetplanCLI

/// `netplan overview` of the three plans under `Fixtures/overview/` (which
/// share people), as HTML, Markdown and JSON in English and Danish, compared
/// with `Goldens/overview/overview.<format>` and `overview.da.<format>`. The
/// fixture folder's path is written as `Fixtures/overview`, so the goldens do
/// not depend on where the package is checked out.
///
/// `NETPLAN_UPDATE_GOLDENS=1 swift test --filter OverviewGoldenTests` writes them.
@Suite struct OverviewGoldenTests {
    static let fixtures = TestSupport.testsFolder.appendingPathComponent("Fixtures/overview").path
    static let goldens = TestSupport.testsFolder.appendingPathComponent("Goldens/overview")
    static let isUpdating = ProcessInfo.processInfo.environment["NETPLAN_UPDATE_GOLDENS"] == "1"

    @Test(arguments: ["html", "markdown", "json"], ["en", "da"])
    func theOverviewMatchesItsGolden(format: String, language: String) throws {
        let run = TestSupport.run(["overview", Self.fixtures, "--format", format, "--lang", language])
        #expect(run.exitCode == .success, "\(run.errors)")
        let again = TestSupport.run(["overview", Self.fixtures, "--format", format, "--lang", language])
        #expect(run.output == again.output, "the output differs between runs")
        let output = run.output.replacingOccurrences(of: Self.fixtures, with: "Fixtures/overview")
        let name = "overview" + (language == "da" ? ".da." : ".") + (format == "markdown" ? "md" : format)
        let url = Self.goldens.appendingPathComponent(name)
        if Self.isUpdating {
            try FileManager.default.createDirectory(at: Self.goldens, withIntermediateDirectories: true)
            try Data(output.utf8).write(to: url)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing golden Goldens/overview/\(name): run NETPLAN_UPDATE_GOLDENS=1 swift test --filter OverviewGoldenTests")
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        #expect(expected == output, "Goldens/overview/\(name) differs: \(GoldenTests.firstDifference(expected, output))")
    }
}
