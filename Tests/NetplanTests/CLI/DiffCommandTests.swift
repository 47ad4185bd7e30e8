import Foundation
import Testing

@testable import NetplanBase
@testable import NetplanCLI

/// `netplan diff`: exit codes, standard input, plans with errors, `-o`, and
/// git's external-diff arguments (`--git`), in-process and with a real git.
@Suite(.serialized) struct DiffCommandTests {
    static let old = """
        network "Ensomhed" kind velfærdsnetværk
        leader "Mette Holm"
        codriver "Jonas Berg"
        reference "Lise Dam"
        core "Karin Wulff": faglighed status kontaktet
        core Bo: handlekraft status bekræftet
        core Carl: ressourcer status bekræftet
        core Dorte: indsigt status bekræftet
        phase Test from 2027-05-01 to 2027-08-31: invite Borgere for "fortæller"

        """
    static let new = old.replacingOccurrences(of: "status kontaktet", with: "status bekræftet")

    func withFiles(_ body: (URL, String, String) throws -> Void) throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        let a = folder.appendingPathComponent("old.netplan").path
        let b = folder.appendingPathComponent("new.netplan").path
        try Data(Self.old.utf8).write(to: URL(fileURLWithPath: a))
        try Data(Self.new.utf8).write(to: URL(fileURLWithPath: b))
        try body(folder, a, b)
    }

    @Test func changesAreMinutesAndExitZero() throws {
        try withFiles { _, a, b in
            let run = TestSupport.run(["diff", a, b, "--lang", "da"])
            #expect(run.exitCode == .success)
            #expect(run.output.contains("  - Karin Wulff er nu bekræftet (var kontaktet)\n"))
            let same = TestSupport.run(["diff", a, a])
            #expect(same.exitCode == .success)
            #expect(same.output.hasPrefix("No changes in the plan's meaning"))
        }
    }

    @Test func oneSideFromStandardInputButNotBoth() throws {
        try withFiles { _, a, _ in
            let run = TestSupport.run(["diff", a, "-"], standardInput: Self.new)
            #expect(run.exitCode == .success)
            #expect(run.output.contains("Karin Wulff is now confirmed (was contacted)"))
            #expect(run.output.contains(" to <stdin>"))
            let both = TestSupport.run(["diff", "-", "-"], standardInput: Self.new)
            #expect(both.exitCode == .usage)
        }
    }

    @Test func usageProblemsExitTwo() throws {
        try withFiles { folder, a, _ in
            #expect(TestSupport.run(["diff", a]).exitCode == .usage)
            #expect(TestSupport.run(["diff", a, folder.path]).exitCode == .usage)
            #expect(TestSupport.run(["diff", a, a, "--format", "html"]).exitCode == .usage)
            #expect(TestSupport.run(["diff", a, folder.appendingPathComponent("nothing.netplan").path]).exitCode == .usage)
        }
    }

    @Test func aPlanWithErrorsIsRefusedUnlessForced() throws {
        try withFiles { folder, a, _ in
            let broken = folder.appendingPathComponent("broken.netplan").path
            try Data((Self.new + "phase : invite\n").utf8).write(to: URL(fileURLWithPath: broken))
            let refused = TestSupport.run(["diff", a, broken])
            #expect(refused.exitCode == .findings)
            #expect(refused.output.isEmpty)
            #expect(refused.errors.contains("error[NP0"))
            let forced = TestSupport.run(["diff", a, broken, "--force"])
            #expect(forced.exitCode == .findings)
            #expect(forced.output.contains("Karin Wulff is now confirmed"))
            #expect(forced.output.contains("New error NP0"))
        }
    }

    @Test func outputToAFile() throws {
        try withFiles { folder, a, b in
            let out = folder.appendingPathComponent("changes.md").path
            let run = TestSupport.run(["diff", a, b, "--format", "markdown", "-o", out])
            #expect(run.exitCode == .success && run.output.isEmpty)
            let written = String(decoding: FileManager.default.contents(atPath: out) ?? Data(), as: UTF8.self)
            #expect(written.contains("### People\n\n- Karin Wulff is now confirmed (was contacted)\n"))
        }
    }

    @Test func gitsSevenArgumentsWithAnAddedFile() throws {
        try withFiles { _, a, b in
            let hex = String(repeating: "0", count: 40)
            let changed = TestSupport.run(["diff", "--git", "plan.netplan", a, hex, "100644", b, hex, "100644"])
            #expect(changed.exitCode == .success)
            #expect(changed.output.hasPrefix("diff --netplan a/plan.netplan b/plan.netplan\nChanges from a/plan.netplan to b/plan.netplan:\n"))
            let added = TestSupport.run(["diff", "--git", "--lang", "da", "plan.netplan", "/dev/null", ".", ".", b, hex, "100644"])
            #expect(added.exitCode == .success)
            #expect(added.output.contains("Ændringer fra (ingen plan) til b/plan.netplan:"))
            #expect(added.output.contains("  - Ny kernedeltager: Karin Wulff\n"))
            let deleted = TestSupport.run(["diff", "--git", "plan.netplan", a, hex, "100644", "/dev/null", ".", "."])
            #expect(deleted.output.contains("Karin Wulff is no longer in the plan (was a core participant)"))
            let renamed = TestSupport.run(
                ["diff", "--git", "old.netplan", a, hex, "100644", b, hex, "100644", "new.netplan", "similarity index 90%"])
            #expect(renamed.output.hasPrefix("diff --netplan a/old.netplan b/new.netplan\n"))
            #expect(TestSupport.run(["diff", "--git", "plan.netplan"]).output == "* Unmerged path plan.netplan\n")
            #expect(TestSupport.run(["diff", "--git", "plan.netplan", a, b]).exitCode == .usage)
        }
    }

    @Test func gitsArgumentsWithABrokenPlanStillExitZero() throws {
        try withFiles { folder, a, _ in
            let broken = folder.appendingPathComponent("broken.netplan").path
            try Data((Self.old + "phase : invite\n").utf8).write(to: URL(fileURLWithPath: broken))
            let hex = String(repeating: "0", count: 40)
            let run = TestSupport.run(["diff", "--git", "plan.netplan", a, hex, "100644", broken, hex, "100644"])
            #expect(run.exitCode == .success)
            #expect(run.output.contains("New error NP0"))
        }
    }

    /// `git diff` with `diff.netplan.command` set, in a temporary repository,
    /// running the built `netplan` executable.
    @Test func aRealGitRepositoryShowsPlanChangesInWords() throws {
        let git = ["/usr/bin/git", "/usr/local/bin/git", "/opt/homebrew/bin/git"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
        let binary = TestSupport.packageRoot.appendingPathComponent(".build/debug/netplan").path
        guard let git, FileManager.default.isExecutableFile(atPath: binary) else {
            print("skipped: git or .build/debug/netplan is not installed; the --git argument form is tested in-process")
            return
        }
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        func run(_ arguments: [String]) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: git)
            process.arguments = arguments
            process.currentDirectoryURL = folder
            process.environment = [
                "HOME": folder.path, "GIT_CONFIG_NOSYSTEM": "1", "LANG": "C", "PATH": "/usr/bin:/bin",
                "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.dk",
                "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.dk",
            ]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
        let plan = folder.appendingPathComponent("plan.netplan")
        _ = try run(["init", "-q"])
        _ = try run(["config", "diff.netplan.command", "\(binary) diff --git --lang da"])
        try Data("*.netplan diff=netplan\n".utf8).write(to: folder.appendingPathComponent(".gitattributes"))
        try Data(Self.old.utf8).write(to: plan)
        _ = try run(["add", "."])
        _ = try run(["commit", "-q", "-m", "first"])
        try Data(Self.new.utf8).write(to: plan)
        let diff = try run(["diff"])
        #expect(diff.contains("diff --netplan a/plan.netplan b/plan.netplan"), "\(diff)")
        #expect(diff.contains("Karin Wulff er nu bekræftet (var kontaktet)"), "\(diff)")
        _ = try run(["commit", "-qam", "second"])
        let log = try run(["log", "-p", "--ext-diff"])
        #expect(log.contains("Ny kernedeltager: Karin Wulff"), "\(log)")
    }
}
