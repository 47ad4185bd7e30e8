import Foundation
import Testing
@testable import NetplanCLI

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
            var failure: SafeWrite.Failure?
            do {
                try SafeWrite.write(Array(Self.tidy.utf8), to: sources[0].path, .existing)
            } catch let error as SafeWrite.Failure {
                failure = error
            } catch {
                Issue.record("unexpected error \(error)")
            }
            #expect(failure != nil, "writing a vanished file must fail")
            #expect(failure?.message.en.contains("there is no such file or folder; nothing was written") == true)
            #expect(try Self.contents(of: folder).isEmpty, "nothing is created, no temporary file is left")
        }
    }

    /// A full disk, simulated through the rename hook (ENOSPC); see also `SafeWriteFullDiskTests`.
    @Test func aFullDiskLeavesTheOriginalByteIdenticalAndNoTemporaryFile() throws {
        try Self.withFolder { (folder: URL) throws -> Void in
            let url = folder.appendingPathComponent("plan.netplan")
            let original = Array(Self.messy.utf8)
            try Data(original).write(to: url)
            var failure: SafeWrite.Failure?
            var calls = SafeWrite.Calls()
            calls.rename = { _, _ in
                errno = ENOSPC
                return -1
            }
            do {
                try SafeWrite.write(Array(Self.tidy.utf8), to: url.path, .existing, calls: calls)
            } catch let error as SafeWrite.Failure {
                failure = error
            } catch {
                Issue.record("unexpected error \(error)")
            }
            #expect(failure?.message.en.contains("the disk is full") == true, "\(String(describing: failure?.message.en))")
            #expect([UInt8](try Data(contentsOf: url)) == original)
            #expect(try Self.contents(of: folder) == ["plan.netplan"])
        }
    }

    /// A rename hook that fails without setting errno still fails cleanly (EIO).
    @Test func aFailedRenameWithoutErrnoStillFails() throws {
        try Self.withFolder { (folder: URL) throws -> Void in
            let url = folder.appendingPathComponent("plan.netplan")
            try Data(Self.messy.utf8).write(to: url)
            var calls = SafeWrite.Calls()
            calls.rename = { _, _ in
                errno = 0
                return -1
            }
            #expect(throws: SafeWrite.Failure.self) {
                try SafeWrite.write(Array(Self.tidy.utf8), to: url.path, .existing, calls: calls)
            }
            #expect(try Data(contentsOf: url) == Data(Self.messy.utf8))
            #expect(try Self.contents(of: folder) == ["plan.netplan"])
        }
    }

    /// /dev/full is not a plain file, so it is refused before anything is opened, and stays a device.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func writingToADeviceIsRefused() {
        #expect(throws: SafeWrite.Failure.self) {
            try SafeWrite.write(Array(Self.tidy.utf8), to: "/dev/full", .existingOrNew)
        }
        var status = stat()
        #expect(stat("/dev/full", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    }
}
