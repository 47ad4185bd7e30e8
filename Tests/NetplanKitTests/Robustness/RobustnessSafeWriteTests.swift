import Foundation
import Testing
@testable import NetplanKit

/// `fmt --write` when the file is gone by the time it is written, and when the
/// disk is full: a clear error, exit 2, the original byte-identical, no
/// temporary file left behind and nothing created.
@Suite struct RobustnessSafeWriteTests {
    static let messy = "core   Anne:faglighed ;core Bo: indsigt # c\n\n\n\nphase P: invite Borgere"
    static let tidy = "core Anne: faglighed\ncore Bo: indsigt  # c\n\nphase P: invite Borgere\n"

    static func withFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("netplan-robust-write-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    static func contents(of folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func writeOntoAPathThatDoesNotExistIsAUsageErrorAndCreatesNothing() throws {
        try Self.withFolder { (folder: URL) throws -> Void in
            let path = folder.appendingPathComponent("gone.netplan").path
            let run = Robustness.run(["fmt", "--write", path])
            #expect(run.code == ExitCode.usage.rawValue)
            let named = run.errors.range(of: path) != nil
            #expect(named, "the error names the file: \(run.errors)")
            #expect(run.output.isEmpty)
            #expect(try Self.contents(of: folder).isEmpty)
        }
    }

    /// The file is listed and read, then deleted before it is written.
    @Test func aFileThatVanishedBetweenReadingAndWritingIsNotRecreated() throws {
        try Self.withFolder { (folder: URL) throws -> Void in
            let path = folder.appendingPathComponent("plan.netplan").path
            try Data(Self.messy.utf8).write(to: URL(fileURLWithPath: path))
            let sources = try Inputs.collect([folder.path], console: Console(arguments: []))
            #expect(sources.count == 1)
            try FileManager.default.removeItem(atPath: path)
            var failure: AtomicFile.Failure?
            do {
                try AtomicFile.replaceContents(of: sources[0].path, with: Array(Self.tidy.utf8))
            } catch let error as AtomicFile.Failure {
                failure = error
            } catch {
                Issue.record("unexpected error \(error)")
            }
            #expect(failure != nil, "writing a vanished file must fail")
            #expect(failure?.message.en.contains("the file is unchanged") == true)
            #expect(try Self.contents(of: folder).isEmpty, "nothing is created, no temporary file is left")
        }
    }

    /// A full disk, simulated through the rename hook (ENOSPC).
    @Test func aFullDiskLeavesTheOriginalByteIdenticalAndNoTemporaryFile() throws {
        try Self.withFolder { (folder: URL) throws -> Void in
            let url = folder.appendingPathComponent("plan.netplan")
            let original = Array(Self.messy.utf8)
            try Data(original).write(to: url)
            var failure: AtomicFile.Failure?
            do {
                try AtomicFile.replaceContents(of: url.path, with: Array(Self.tidy.utf8)) { _, _ in
                    errno = ENOSPC
                    return -1
                }
            } catch let error as AtomicFile.Failure {
                failure = error
            } catch {
                Issue.record("unexpected error \(error)")
            }
            let reason = String(cString: strerror(ENOSPC))
            #expect(failure?.message.en.contains(reason) == true, "\(String(describing: failure?.message.en))")
            #expect([UInt8](try Data(contentsOf: url)) == original)
            #expect(try Self.contents(of: folder) == ["plan.netplan"])
        }
    }

    /// A rename hook that fails without setting errno still fails cleanly (EIO).
    @Test func aFailedRenameWithoutErrnoStillFails() throws {
        try Self.withFolder { (folder: URL) throws -> Void in
            let url = folder.appendingPathComponent("plan.netplan")
            try Data(Self.messy.utf8).write(to: url)
            #expect(throws: AtomicFile.Failure.self) {
                try AtomicFile.replaceContents(of: url.path, with: Array(Self.tidy.utf8)) { _, _ in
                    errno = 0
                    return -1
                }
            }
            #expect(try Data(contentsOf: url) == Data(Self.messy.utf8))
            #expect(try Self.contents(of: folder) == ["plan.netplan"])
        }
    }

    /// A real short write: /dev/full is not a regular file, so it is refused before anything is written.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func writingToADeviceIsRefused() {
        #expect(throws: AtomicFile.Failure.self) {
            try AtomicFile.replaceContents(of: "/dev/full", with: Array(Self.tidy.utf8))
        }
    }
}
