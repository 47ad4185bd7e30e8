import Foundation
import Testing

@testable import NetplanBase
@testable import NetplanCLI

/// `netplan diff` reads each side through the workspace: a plan's `use`
/// brings the register's people, so their competences, unit and status come
/// from it. Without `--git` each side reads its registers from its own
/// folder; with `--git` both sides read them from the folder of the real
/// path (git's first argument), as they are in the working tree.
@Suite(.serialized) struct DiffRegisterTests {
    static func register(unit: String, status: String) -> String {
        """
        person "Bo Nielsen": indsigt unit "\(unit)" status \(status)
        person "Karen Mølgaard": ressourcer, handlekraft unit "Social og Sundhed"

        """
    }

    static func plan(extra: String = "") -> String {
        """
        network "Ældre i fællesskab" kind velfærdsnetværk
        use "personer.netplan"
        leader "Mette Holm"
        codriver "Jonas Berg"
        reference "Lise Dam"
        core "Bo Nielsen"
        core "Karen Mølgaard"
        core Carl: faglighed status bekræftet
        core Dorte: indsigt status bekræftet\(extra)
        phase Test from 2027-05-01 to 2027-08-31: invite Borgere for "fortæller"

        """
    }

    func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Two versions of a plan next to its register: the register's people are
    /// known on both sides, so no "unknown name" finding appears or goes away.
    @Test func twoVersionsOfAPlanUsingARegisterHaveNoFindingsFromIt() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        _ = try write(Self.register(unit: "Demensteamet", status: "kontaktet"), "personer.netplan", in: folder)
        let old = try write(Self.plan(), "gammel.netplan", in: folder)
        let new = try write(Self.plan(extra: "\ncore Eva: handlekraft status bekræftet"), "ny.netplan", in: folder)
        let run = TestSupport.run(["diff", old, new, "--format", "json"])
        #expect(run.exitCode == .success, "\(run.errors)")
        #expect(!run.output.contains("NP101"), "\(run.output)")
        #expect(!run.output.contains("finding-"), "\(run.output)")
        #expect(run.output.contains("\"subject\": \"Eva\""), "\(run.output)")
    }

    /// The same plan text in two folders with different registers: the change
    /// in the register (a unit and a status) shows as a change in the plan.
    @Test func aChangeOnlyInTheRegisterShowsWhenThePlansAreInDifferentFolders() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        _ = try write(Self.register(unit: "Demensteamet", status: "kontaktet"), "2026/personer.netplan", in: folder)
        _ = try write(Self.register(unit: "Sundhedshuset", status: "bekræftet"), "2027/personer.netplan", in: folder)
        let old = try write(Self.plan(), "2026/plan.netplan", in: folder)
        let new = try write(Self.plan(), "2027/plan.netplan", in: folder)
        let run = TestSupport.run(["diff", old, new, "--lang", "da"])
        #expect(run.exitCode == .success, "\(run.errors)")
        #expect(run.output.contains("Bo Nielsen kommer nu fra Sundhedshuset"), "\(run.output)")
        #expect(run.output.contains("Bo Nielsen er nu bekræftet (var kontaktet)"), "\(run.output)")
        #expect(!run.output.contains("NP101"), "\(run.output)")
        #expect(!run.output.contains("Karen"), "\(run.output)")
    }

    /// git gives temporary copies somewhere else: `use` is resolved from the
    /// folder of the real path, for both sides.
    @Test func gitsTemporaryCopiesReadTheRegisterBesideTheRealPath() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        _ = try write(Self.register(unit: "Demensteamet", status: "kontaktet"), "kommune/personer.netplan", in: folder)
        let real = try write(Self.plan(), "kommune/plan.netplan", in: folder)
        let old = try write(Self.plan(extra: "\ncore Eva: handlekraft"), "tmp/XyZ1_plan.netplan", in: folder)
        let new = try write(Self.plan(), "tmp/AbC2_plan.netplan", in: folder)
        let hex = String(repeating: "0", count: 40)
        // Without the register, nobody would bring `handlekraft` once Eva is gone (NP205).
        let run = TestSupport.run(["diff", "--git", real, old, hex, "100644", new, hex, "100644"])
        #expect(run.exitCode == .success)
        #expect(run.output.contains("Eva is no longer in the plan"), "\(run.output)")
        #expect(!run.output.contains("NP"), "\(run.output)")
        let added = TestSupport.run(["diff", "--git", real, "/dev/null", ".", ".", new, hex, "100644"])
        #expect(added.output.contains("New core participant: Bo Nielsen"), "\(added.output)")
        #expect(!added.output.contains("NP"), "\(added.output)")
    }

    /// A real `git diff`, run from inside the plan's folder: git gives the
    /// path from the top of the repository, and runs the driver there.
    @Test func aRealGitDiffReadsTheRegisterInTheWorkingTree() throws {
        let git = ["/usr/bin/git", "/usr/local/bin/git", "/opt/homebrew/bin/git"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
        let binary = TestSupport.packageRoot.appendingPathComponent(".build/debug/netplan").path
        guard let git, FileManager.default.isExecutableFile(atPath: binary) else {
            print("skipped: git or .build/debug/netplan is not installed; the --git form is tested in-process")
            return
        }
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        func run(_ arguments: [String], in directory: URL) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: git)
            process.arguments = arguments
            process.currentDirectoryURL = directory
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
        let kommune = folder.appendingPathComponent("kommune")
        _ = try write(Self.register(unit: "Demensteamet", status: "kontaktet"), "kommune/personer.netplan", in: folder)
        let plan = try write(Self.plan(extra: "\ncore Eva: handlekraft"), "kommune/plan.netplan", in: folder)
        _ = try run(["init", "-q"], in: folder)
        _ = try run(["config", "diff.netplan.command", "\(binary) diff --git"], in: folder)
        try Data("*.netplan diff=netplan\n".utf8).write(to: folder.appendingPathComponent(".gitattributes"))
        _ = try run(["add", "."], in: folder)
        _ = try run(["commit", "-q", "-m", "first"], in: folder)
        try Data(Self.plan().utf8).write(to: URL(fileURLWithPath: plan))
        let diff = try run(["diff"], in: kommune)
        #expect(diff.contains("diff --netplan a/kommune/plan.netplan b/kommune/plan.netplan"), "\(diff)")
        #expect(diff.contains("Eva is no longer in the plan"), "\(diff)")
        #expect(!diff.contains("NP"), "\(diff)")
    }
}
