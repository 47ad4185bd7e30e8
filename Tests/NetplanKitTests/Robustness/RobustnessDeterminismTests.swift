import Foundation
import Testing
@testable import NetplanKit

/// Every command, run twice in-process on every sample, gives byte-identical
/// output, error output and exit code.
@Suite struct RobustnessDeterminismTests {
    static func commands(for path: String) throws -> [[String]] {
        let file = Robustness.absolute(path)
        var commands: [[String]] = [
            ["check", file], ["check", "--format", "json", file], ["check", "--format", "sarif", file],
            ["check", "--strict", "--color", "always", file],
            ["json", file], ["fmt", file],
            ["matrix", file], ["matrix", "--format", "markdown", file], ["matrix", "--format", "csv", file],
            ["graph", file], ["graph", "--phases", file], ["report", file],
            ["check", "--lang", "da", file], ["matrix", "--lang", "da", file],
        ]
        let text = String(decoding: try Robustness.bytes(path), as: UTF8.self)
        if text.contains(" from 2") { commands.append(["ics", file]) }
        return commands
    }

    @Test(arguments: Robustness.samples)
    func everyCommandIsDeterministic(path: String) throws {
        for arguments in try Self.commands(for: path) {
            let first = Robustness.run(arguments)
            let second = Robustness.run(arguments)
            #expect(first.code == second.code, "\(arguments): exit \(first.code) then \(second.code)")
            #expect(first.output == second.output, "\(arguments): the output differs between two runs")
            #expect(first.errors == second.errors, "\(arguments): the error output differs between two runs")
            #expect(first.code != ExitCode.usage.rawValue, "\(arguments): \(first.errors)")
            #expect(!first.output.isEmpty, "\(arguments): no output")
        }
    }

    @Test func theSamplesIncludeADatedPlan() throws {
        #expect(try Robustness.samples.contains { try Self.commands(for: $0).contains { $0.first == "ics" } })
    }

    @Test func rulesAndExplainAreDeterministic() {
        for arguments in [["rules"], ["explain", "NP206"], ["rules", "--lang", "da"], ["explain", "need-uncovered"]] {
            let first = Robustness.run(arguments)
            let second = Robustness.run(arguments)
            #expect(first == second, "\(arguments)")
            #expect(first.code == 0, "\(arguments): \(first.errors)")
            #expect(!first.output.isEmpty)
        }
    }

    /// Checking all samples at once with several jobs gives the same output as one job.
    @Test func parallelCheckingIsDeterministic() {
        let folder = Robustness.absolute("samples")
        let one = Robustness.run(["check", "--jobs", "1", "--format", "json", folder])
        for _ in 0..<3 {
            #expect(Robustness.run(["check", "--jobs", "4", "--format", "json", folder]) == one)
        }
    }
}
