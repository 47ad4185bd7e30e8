import Foundation
import Testing

@testable import NetplanCLI

/// Folder walks tell the truth: what cannot be read is an error naming it
/// (exit 2), editor lock files are passed over without stopping the others,
/// links to folders named on the command line are followed, and paths longer
/// than the system allows are an error, not silence.
@Suite struct FolderWalkTests {
    static let plan = "core Anne: faglighed\nphase P: invite Borgere\n"

    static func run(_ arguments: [String]) -> TestSupport.Run { TestSupport.run(arguments) }

    static func withFolder(_ body: (URL) throws -> Void) throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { removeAll(folder) }
        try Data(plan.utf8).write(to: folder.appendingPathComponent("a.netplan"))
        try body(folder)
    }

    /// `rm -rf`, which copes with paths longer than PATH_MAX.
    static func removeAll(_ folder: URL) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/rm")
        process.arguments = ["-rf", folder.path]
        if (try? process.run()) != nil { process.waitUntilExit() }
        TestSupport.removeTemporaryFolder(folder)
    }

    /// The number of files a check summary counts ("… in N files").
    static func checkedFiles(_ output: String) -> String? {
        output.split(separator: "\n").last.map(String.init)
    }

    @Test func anEditorLockFileIsPassedOverAndTheOtherPlansAreChecked() throws {
        try Self.withFolder { folder in
            #expect(symlink("root@host.1234:1700000000", folder.appendingPathComponent(".#a.netplan").path) == 0)
            try Data("not a plan".utf8).write(to: folder.appendingPathComponent(".#b.netplan"))
            let run = Self.run(["check", folder.path])
            #expect(run.exitCode == .success, "\(run.errors)")
            #expect(Self.checkedFiles(run.output)?.hasSuffix("in 1 file") == true, "\(run.output)")
        }
    }

    @Test func aDanglingLinkNamedLikeAPlanIsAnErrorNamingIt() throws {
        try Self.withFolder { folder in
            let link = folder.appendingPathComponent("b.netplan").path
            #expect(symlink("gone.netplan", link) == 0)
            let run = Self.run(["check", folder.path])
            #expect(run.exitCode == .usage)
            #expect(run.errors.contains("cannot read `\(link)`: it is a symbolic link to something that does not exist"))
        }
    }

    /// A FIFO is never opened by a walk (opening it would wait for a writer).
    @Test func aFIFONamedLikeAPlanIsAnErrorAndDoesNotBlock() throws {
        try Self.withFolder { folder in
            let sub = folder.appendingPathComponent("sub")
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            let fifo = sub.appendingPathComponent("x.netplan").path
            #expect(mkfifo(fifo, 0o644) == 0)
            let run = Self.run(["check", folder.path])
            #expect(run.exitCode == .usage)
            #expect(run.errors.contains("cannot read `\(fifo)`: it is a FIFO (named pipe), not a plain file\n"))
            let fmt = Self.run(["fmt", "--check", folder.path])
            #expect(fmt.exitCode == .usage)
        }
    }

    @Test(arguments: ["", "/"])
    func aLinkToAFolderOnTheCommandLineIsFollowed(_ ending: String) throws {
        try Self.withFolder { folder in
            let link = folder.path + "-link"
            #expect(symlink(folder.path, link) == 0)
            defer { unlink(link) }
            let run = Self.run(["check", link + ending])
            #expect(run.exitCode == .success, "\(run.errors)")
            #expect(run.errors.isEmpty)
            #expect(Self.checkedFiles(run.output)?.hasSuffix("in 1 file") == true, "\(run.output)")
        }
    }

    @Test func aPathLongerThanTheSystemAllowsIsAnError() {
        let path = String(repeating: "mappe/", count: 800) + "plan.netplan"  // 4,812 bytes
        let run = Self.run(["check", path])
        #expect(run.exitCode == .usage)
        #expect(run.errors.contains("the name is longer than the system allows"), "\(run.errors.prefix(300))")
        #expect(!run.errors.contains("there is no such file"))
        #expect(run.errors.utf8.count < 400, "the path is shown shortened: \(run.errors)")
    }

    /// Folders nested deeper than PATH_MAX (4,096 bytes), made with `mkdirat`.
    @Test func aPlanBelowTheSystemsPathLimitIsAnErrorNotSilence() throws {
        try Self.withFolder { folder in
            var descriptor = open(folder.path, O_RDONLY | O_DIRECTORY)
            #expect(descriptor >= 0)
            let name = String(repeating: "d", count: 200)
            for _ in 0..<22 {
                #expect(mkdirat(descriptor, name, 0o755) == 0)
                let next = openat(descriptor, name, O_RDONLY | O_DIRECTORY)
                close(descriptor)
                descriptor = next
            }
            let file = openat(descriptor, "deep.netplan", O_WRONLY | O_CREAT, 0o644)
            #expect(file >= 0)
            close(file)
            close(descriptor)
            let run = Self.run(["check", folder.path])
            #expect(run.exitCode == .usage)
            #expect(run.errors.contains("the name is longer than the system allows"), "\(run.errors.prefix(300))")
        }
    }

    static let permissionsAreEnforced = geteuid() != 0

    @Test(.enabled(if: permissionsAreEnforced, "skipped as root: root reads a folder even with mode 000"))
    func aFolderThatCannotBeReadIsAnErrorNamingIt() throws {
        try Self.withFolder { folder in
            let locked = folder.appendingPathComponent("locked")
            try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
            try Data(Self.plan.utf8).write(to: locked.appendingPathComponent("c.netplan"))
            chmod(locked.path, 0o000)
            defer { chmod(locked.path, 0o755) }
            let run = Self.run(["check", folder.path])
            #expect(run.exitCode == .usage)
            #expect(run.errors.contains("cannot read the folder `\(locked.path)`: permission denied"))
        }
    }
}
