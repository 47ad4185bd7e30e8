import Foundation
import Testing
@testable import NetplanCLI

/// Every command, run twice on every sample, gives byte-identical output,
/// error output and exit code. The runs are two processes of the built
/// `netplan`: Swift seeds its hashing per process, so an output that follows
/// the order of a `Set` or a `Dictionary` is the same for two runs in one
/// process and differs between processes.
@Suite(.enabled(if: LSPBinaryTests.binary != nil, "the built `netplan` binary was not found next to the tests"))
struct RobustnessDeterminismTests {
    /// Runs the built `netplan ARGUMENTS` as its own process, with the time
    /// fixed (`ics` stamps it) and no deterministic hashing asked for.
    static func run(_ arguments: [String]) throws -> Robustness.Run {
        let binary = try #require(LSPBinaryTests.binary)
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        let outputURL = folder.appendingPathComponent("out")
        let errorsURL = folder.appendingPathComponent("err")
        FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        FileManager.default.createFile(atPath: errorsURL.path, contents: nil)
        let output = try FileHandle(forWritingTo: outputURL)
        let errors = try FileHandle(forWritingTo: errorsURL)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = ["LANG": "C", "NETPLAN_NOW": "2027-01-01T08:00:00Z"]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        try output.close()
        try errors.close()
        #expect(process.terminationReason == .exit, "\(arguments): ended by a signal")
        return Robustness.Run(
            code: process.terminationStatus,
            output: String(decoding: try Data(contentsOf: outputURL), as: UTF8.self),
            errors: String(decoding: try Data(contentsOf: errorsURL), as: UTF8.self))
    }

    /// The same command in two processes, compared byte for byte.
    static func twice(_ arguments: [String]) throws -> (Robustness.Run, Robustness.Run) {
        (try run(arguments), try run(arguments))
    }

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
            let (first, second) = try Self.twice(arguments)
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

    @Test func rulesAndExplainAreDeterministic() throws {
        for arguments in [["rules"], ["explain", "NP206"], ["rules", "--lang", "da"], ["explain", "need-uncovered"]] {
            let (first, second) = try Self.twice(arguments)
            #expect(first == second, "\(arguments)")
            #expect(first.code == 0, "\(arguments): \(first.errors)")
            #expect(!first.output.isEmpty)
        }
    }

    /// Checking all samples at once with several jobs gives the same output as one job.
    @Test func parallelCheckingIsDeterministic() throws {
        let folder = Robustness.absolute("samples")
        let one = try Self.run(["check", "--jobs", "1", "--format", "json", folder])
        for _ in 0..<3 {
            #expect(try Self.run(["check", "--jobs", "4", "--format", "json", folder]) == one)
        }
    }
}
