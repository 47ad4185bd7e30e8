import Foundation
import Testing
@testable import NetplanCLI

/// The one safe-write routine, through the commands that write files
/// (`report -o`, `fmt --write`), run in-process: what is not a plain file is
/// refused and left alone; links, modes, owners and hard links survive; a
/// long name works.
@Suite struct SafeWriteTests {
    static let plan = "core Anne: faglighed\nphase P: invite Borgere\n"
    static let messy = "core   Anne:faglighed ;core Bo: indsigt # c\n\n\n\nphase P: invite Borgere"
    static let tidy = "core Anne: faglighed\ncore Bo: indsigt  # c\n\nphase P: invite Borgere\n"

    static func run(_ arguments: [String]) -> (code: ExitCode, output: String, errors: String) {
        let console = Console(arguments: arguments)
        let code = Tool.run(console)
        return (code, console.output, console.errors)
    }

    /// A fresh folder holding `plan.netplan`, removed when `body` returns.
    static func withFolder(_ body: (URL, String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("netplan-safe-write-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.netplan").path
        try Data(Self.plan.utf8).write(to: URL(fileURLWithPath: plan))
        try body(folder, plan)
    }

    static func text(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    static func status(_ path: String) -> stat? {
        var status = stat()
        return lstat(path, &status) == 0 ? status : nil
    }

    static func names(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    /// A FIFO is never opened (that would wait for a reader): refused at once and left a FIFO.
    @Test func aFIFOIsRefusedPromptlyAndLeftAsItWas() throws {
        try Self.withFolder { folder, plan in
            let fifo = folder.appendingPathComponent("page.html").path
            #expect(mkfifo(fifo, 0o644) == 0)
            let run = Self.run(["report", plan, "-o", fifo])
            #expect(run.code == .usage)
            #expect(run.errors.contains("cannot write `\(fifo)`: it is a FIFO (named pipe), not a plain file"))
            #expect(!run.errors.contains("netplan --help"))
            #expect(Self.status(fifo).map { $0.st_mode & S_IFMT } == S_IFIFO)
            #expect(Self.names(in: folder) == ["page.html", "plan.netplan"])
        }
    }

    @Test func aSocketIsRefusedAndLeftAsItWas() throws {
        try Self.withFolder { folder, plan in
            let path = folder.appendingPathComponent("s.html").path
            let socket = Foundation.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
            #expect(socket >= 0)
            defer { close(socket) }
            var address = sockaddr_un()
            address.sun_family = sa_family_t(AF_UNIX)
            let capacity = MemoryLayout.size(ofValue: address.sun_path)
            try #require(path.utf8.count < capacity, "the folder's path is too long for a socket")
            withUnsafeMutableBytes(of: &address.sun_path) { raw in
                for (index, byte) in path.utf8.enumerated() { raw[index] = byte }
            }
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(socket, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
                }
            }
            #expect(bound == 0)
            let run = Self.run(["--lang", "da", "report", plan, "-o", path])
            #expect(run.code == .usage)
            #expect(run.errors.contains("det er en socket, ikke en almindelig fil"))
            #expect(Self.status(path).map { $0.st_mode & S_IFMT } == S_IFSOCK)
        }
    }

    /// A device node of its own (a copy of /dev/null made with mknod), so that
    /// the real /dev/null is never at risk; skipped where mknod is not allowed.
    @Test func aDeviceIsRefusedAndLeftAsItWas() throws {
        try Self.withFolder { folder, plan in
            let path = folder.appendingPathComponent("null.html").path
            var null = stat()
            guard stat("/dev/null", &null) == 0, mknod(path, S_IFCHR | 0o666, null.st_rdev) == 0 else {
                print("skipped: this process may not make a device node (mknod), so the device case is not run")
                return
            }
            let run = Self.run(["report", plan, "-o", path])
            #expect(run.code == .usage)
            #expect(run.errors.contains("it is a device, not a plain file"))
            #expect(Self.status(path).map { $0.st_mode & S_IFMT } == S_IFCHR)
            let fmt = Self.run(["fmt", "--write", path])
            #expect(fmt.code == .usage)
            #expect(Self.status(path).map { $0.st_mode & S_IFMT } == S_IFCHR)
        }
    }

    @Test func aFolderIsRefused() throws {
        try Self.withFolder { folder, plan in
            let run = Self.run(["report", plan, "-o", folder.path])
            #expect(run.code == .usage)
            #expect(run.errors.contains("cannot write `\(folder.path)`: it is a folder; name a file in it"))
            #expect(Self.names(in: folder) == ["plan.netplan"])
        }
    }

    @Test func aSymlinkIsWrittenThroughAndStaysALink() throws {
        try Self.withFolder { folder, plan in
            let real = folder.appendingPathComponent("real.html").path
            let link = folder.appendingPathComponent("link.html").path
            try Data("old".utf8).write(to: URL(fileURLWithPath: real))
            #expect(symlink("real.html", link) == 0)
            let run = Self.run(["report", plan, "-o", link])
            #expect(run.code == .success, "\(run.errors)")
            #expect(Self.status(link).map { $0.st_mode & S_IFMT } == S_IFLNK)
            #expect(Self.text(real)?.hasPrefix("<!DOCTYPE html>") == true)
            #expect(Self.names(in: folder) == ["link.html", "plan.netplan", "real.html"])
        }
    }

    @Test func modeOwnerAndGroupAreKept() throws {
        try Self.withFolder { folder, plan in
            let page = folder.appendingPathComponent("page.html").path
            try Data("old".utf8).write(to: URL(fileURLWithPath: page))
            #expect(chmod(page, 0o640) == 0)
            let owned = geteuid() == 0 && chown(page, 4321, 4322) == 0
            let run = Self.run(["report", plan, "-o", page])
            #expect(run.code == .success, "\(run.errors)")
            let after = try #require(Self.status(page))
            #expect(after.st_mode & 0o7777 == 0o640)
            if owned {
                #expect(after.st_uid == 4321 && after.st_gid == 4322)
            } else {
                print("skipped: not root, so the owner cannot be given away to check that it is kept")
            }
            #expect(Self.text(page)?.hasPrefix("<!DOCTYPE html>") == true)
        }
    }

    @Test func aHardLinkedFileIsUpdatedInPlace() throws {
        try Self.withFolder { folder, plan in
            let page = folder.appendingPathComponent("page.html").path
            let other = folder.appendingPathComponent("other.html").path
            try Data("old".utf8).write(to: URL(fileURLWithPath: page))
            #expect(link(page, other) == 0)
            let run = Self.run(["report", plan, "-o", page])
            #expect(run.code == .success, "\(run.errors)")
            #expect(Self.status(page)?.st_nlink == 2)
            #expect(Self.status(page)?.st_ino == Self.status(other)?.st_ino)
            #expect(Self.text(other)?.hasPrefix("<!DOCTYPE html>") == true)
            #expect(Self.text(page) == Self.text(other))

            let messy = folder.appendingPathComponent("messy.netplan").path
            let twin = folder.appendingPathComponent("twin.txt").path
            try Data(Self.messy.utf8).write(to: URL(fileURLWithPath: messy))
            #expect(link(messy, twin) == 0)
            #expect(Self.run(["fmt", "--write", messy]).code == .success)
            #expect(Self.text(twin) == Self.tidy)
            #expect(Self.status(twin)?.st_nlink == 2)
            #expect(Self.names(in: folder) == ["messy.netplan", "other.html", "page.html", "plan.netplan", "twin.txt"])
        }
    }

    /// 255 bytes is the longest name Linux allows; the temporary name must still fit.
    @Test func aNameOfTheLongestLegalLengthWorks() throws {
        try Self.withFolder { folder, plan in
            let page = folder.appendingPathComponent(String(repeating: "r", count: 250) + ".html").path
            let run = Self.run(["report", plan, "-o", page])
            #expect(run.code == .success, "\(run.errors)")
            #expect(Self.text(page)?.hasPrefix("<!DOCTYPE html>") == true)

            let name = String(repeating: "æ", count: 123) + ".netplan"  // 246 + 8 = 254 bytes
            let messy = folder.appendingPathComponent(name).path
            try Data(Self.messy.utf8).write(to: URL(fileURLWithPath: messy))
            let fmt = Self.run(["fmt", "--write", messy])
            #expect(fmt.code == .success, "\(fmt.errors)")
            #expect(Self.text(messy) == Self.tidy)
            #expect(Self.names(in: folder).count == 3, "no temporary file is left: \(Self.names(in: folder))")
        }
    }

    /// A file name that starts with a combining mark: `/` and the mark form one
    /// `Character`, but the temporary file must still go in the same folder.
    @Test func aNameStartingWithACombiningMarkIsWrittenInItsFolder() throws {
        try Self.withFolder { folder, plan in
            let page = folder.path + "/\u{301}side.html"
            let run = Self.run(["report", plan, "-o", page])
            #expect(run.code == .success, "\(run.errors)")
            #expect(Self.text(page)?.hasPrefix("<!DOCTYPE html>") == true)
            // Compared as bytes: `String` comparison would join `.` and the mark.
            #expect(Array(SafeWrite.split(page).0.utf8) == Array((folder.path + "/").utf8))
            #expect(SafeWrite.temporaryPath(for: page).utf8.starts(with: (folder.path + "/.").utf8))
        }
    }
}
