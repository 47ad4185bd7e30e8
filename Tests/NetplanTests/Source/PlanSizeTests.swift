import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanCLI

/// No plan larger than its offsets hold (`PlanSize`, 4 GiB - 1) is read:
/// a clear reason, never a trap, and never the whole file in memory.
@Suite struct PlanSizeTests {
    /// A sparse file one byte over the limit: its size is real, its bytes take no disk and are never read.
    @Test func aFileOverFourGiBIsRefusedBeforeItIsRead() throws {
        let path = NSTemporaryDirectory() + "netplan-plansize-\(getpid()).netplan"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        try #require(descriptor >= 0, "cannot create a file in the temporary folder")
        defer { unlink(path) }
        let grown = ftruncate(descriptor, off_t(PlanSize.maximumBytes) + 1)
        close(descriptor)
        guard grown == 0 else {
            // A file system without sparse files (or a size limit): nothing to prove here.
            print("PlanSizeTests: skipped, this file system cannot hold a sparse 4 GiB file (errno \(errno))")
            return
        }
        switch PlainFile.read(path) {
        case .success: Issue.record("a file over 4 GiB was read")
        case .failure(let failure):
            #expect(failure.reason.en == "it is larger than 4095 MB")
            #expect(failure.reason.da == "den er større end 4095 MB")
        }
    }

    @Test func aLowerLimitStillApplies() throws {
        let path = NSTemporaryDirectory() + "netplan-plansize-small-\(getpid()).netplan"
        try Data("core Anne\n".utf8).write(to: URL(fileURLWithPath: path))
        defer { unlink(path) }
        guard case .failure(let failure) = PlainFile.read(path, maximumBytes: 4) else {
            Issue.record("a file over the given limit was read")
            return
        }
        #expect(failure.reason.en == "it is larger than 0 MB")
        guard case .success = PlainFile.read(path) else {
            Issue.record("a small file was refused")
            return
        }
    }

    @Test func standardInputOverTheLimitIsRefused() throws {
        let console = Console(arguments: [], standardInput: Array("core Anne\n".utf8))
        #expect(throws: UsageError.self) { try Inputs.standardInput(console, maximumBytes: 4) }
        do {
            _ = try Inputs.standardInput(console, maximumBytes: 4)
        } catch let error as UsageError {
            #expect(error.message.en == "cannot read `-`: it is larger than 0 MB")
        }
        #expect(try Inputs.standardInput(console).bytes == Array("core Anne\n".utf8))
    }
}
