import Foundation
import Testing

@testable import NetplanCLI

/// The built `netplan` with broken standard streams: a full disk, closed
/// streams, a reader that went away. Each must end in an ordinary exit (never
/// a trap or a signal) with the expected code and, where standard error
/// works, a short message.
@Suite struct StandardStreamsTests {
    static let plan = "core Anne: faglighed\nphase P: invite Borgere\n"

    struct Outcome {
        var reason: Process.TerminationReason
        var status: Int32
        var errors: String
    }

    /// Runs `netplan ARGUMENTS` through `/bin/sh` with `redirections` (such as `>&-`).
    static func run(_ arguments: [String], redirections: String, standardOutput: Any? = nil) throws -> Outcome {
        let binary = try #require(LSPBinaryTests.binary)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exec \"$0\" \"$@\" \(redirections)", binary.path] + arguments
        process.environment = ["LANG": "C"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = standardOutput ?? FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Outcome(reason: process.terminationReason, status: process.terminationStatus, errors: text)
    }

    static func withPlan(_ body: (String) throws -> Void) throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        let path = folder.appendingPathComponent("plan.netplan").path
        try Data(plan.utf8).write(to: URL(fileURLWithPath: path))
        try body(path)
    }

    static let available = LSPBinaryTests.binary != nil && FileManager.default.fileExists(atPath: "/bin/sh")

    @Test(.enabled(if: available && FileManager.default.fileExists(atPath: "/dev/full"), "needs the built binary, /bin/sh and /dev/full"))
    func standardOutputOnAFullDisk() throws {
        try Self.withPlan { plan in
            let outcome = try Self.run(["check", plan], redirections: ">/dev/full")
            #expect(outcome.reason == .exit)
            #expect(outcome.status == 2)
            #expect(outcome.errors == "netplan: cannot write to standard output: the disk is full\n")
        }
    }

    @Test(.enabled(if: available, "needs the built binary and /bin/sh"))
    func closedStandardOutput() throws {
        try Self.withPlan { plan in
            let outcome = try Self.run(["check", plan], redirections: ">&-")
            #expect(outcome.reason == .exit)
            #expect(outcome.status == 2)
            #expect(outcome.errors == "netplan: cannot write to standard output: it is closed\n")
        }
    }

    /// With standard error closed, a usage problem still ends with exit 2,
    /// and ordinary output still works.
    @Test(.enabled(if: available, "needs the built binary and /bin/sh"))
    func closedStandardError() throws {
        try Self.withPlan { plan in
            let missing = try Self.run(["check", plan + ".missing"], redirections: "2>&-")
            #expect(missing.reason == .exit)
            #expect(missing.status == 2)
            let fine = try Self.run(["check", plan], redirections: "2>&-")
            #expect(fine.reason == .exit)
            #expect(fine.status == 0)
        }
    }

    /// A closed standard input is an error (exit 2), not an empty plan.
    @Test(.enabled(if: available, "needs the built binary and /bin/sh"))
    func closedStandardInput() throws {
        let outcome = try Self.run(["check", "-"], redirections: "<&-")
        #expect(outcome.reason == .exit)
        #expect(outcome.status == 2)
        #expect(outcome.errors == "netplan: cannot read standard input: it is closed\n")
    }

    /// The reader has gone before netplan writes: SIGPIPE is ignored, so the
    /// write fails with EPIPE and netplan exits 2.
    @Test(.enabled(if: available, "needs the built binary and /bin/sh"))
    func aBrokenPipe() throws {
        try Self.withPlan { plan in
            let pipe = Pipe()
            try pipe.fileHandleForReading.close()
            let outcome = try Self.run(["check", plan], redirections: "", standardOutput: pipe)
            #expect(outcome.reason == .exit)
            #expect(outcome.status == 2)
            #expect(outcome.errors == "netplan: cannot write to standard output: the receiving program has stopped reading\n")
        }
    }

    /// A closed standard output does not matter when nothing is printed on it.
    @Test(.enabled(if: available, "needs the built binary and /bin/sh"))
    func aClosedStandardOutputIsNoProblemWhenTheOutputGoesToAFile() throws {
        try Self.withPlan { plan in
            let page = plan + ".html"
            let outcome = try Self.run(["report", plan, "-o", page], redirections: ">&-")
            #expect(outcome.reason == .exit)
            #expect(outcome.status == 0, "\(outcome.errors)")
            #expect(FileManager.default.contents(atPath: page)?.isEmpty == false)
            // The page went to the file, not into the place of the closed standard output.
            #expect(String(decoding: FileManager.default.contents(atPath: page) ?? Data(), as: UTF8.self)
                .hasPrefix("<!DOCTYPE html>"))
        }
    }
}
