import Foundation
import Testing

@testable import NetplanCLI

/// The command line's own rules: after `--` every argument is a path,
/// `--lang` works before the command, and `-` may be given once.
@Suite struct ArgumentsTests {
    static let plan = "core Anne: faglighed\nphase P: invite Borgere\n"

    @Test(arguments: ["--help", "-h", "--lang"])
    func afterTwoDashesEveryArgumentIsAPath(_ name: String) {
        let run = TestSupport.run(["check", "--", name])
        #expect(run.exitCode == .usage)
        #expect(run.errors.contains("cannot read `\(name)`: there is no such file or folder"), "\(run.errors)")
        #expect(!run.output.contains("Usage:"))
    }

    @Test func aFileNamedLikeAnOptionIsCheckedAfterTwoDashes() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        let path = folder.appendingPathComponent("--lang").path
        try Data(Self.plan.utf8).write(to: URL(fileURLWithPath: path))
        let run = TestSupport.run(["check", "--", path, "--lang", "da"])
        #expect(run.exitCode == .usage)
        #expect(run.errors.contains("cannot read `--lang`"), "\(run.errors)")
        let alone = TestSupport.run(["check", "--", path])
        #expect(alone.exitCode == .success, "\(alone.errors)")
    }

    @Test func langBeforeTheCommandWorks() {
        let run = TestSupport.run(["--lang", "da", "check", "-"], standardInput: Self.plan)
        #expect(run.output.contains("advarsel"))
        let equals = TestSupport.run(["--lang=da", "check", "-"], standardInput: Self.plan)
        #expect(equals.output == run.output)
    }

    @Test func standardInputTwiceIsAUsageError() {
        let run = TestSupport.run(["check", "-", "-"], standardInput: Self.plan)
        #expect(run.exitCode == .usage)
        #expect(run.errors.contains("`-` (standard input) can be given only once"))
        #expect(run.output.isEmpty)
        let danish = TestSupport.run(["--lang", "da", "fmt", "--check", "-", "-"], standardInput: Self.plan)
        #expect(danish.errors.contains("`-` (standard input) kan kun angives én gang"))
    }
}
