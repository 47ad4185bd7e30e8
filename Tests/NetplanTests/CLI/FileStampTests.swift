import Foundation
import Testing

@testable import NetplanCLI

/// `report --watch` sees a save by rename even at the same size and within
/// the same second: the inode changes.
@Suite struct FileStampTests {
    @Test func aSaveByRenameAtTheSameSizeChangesTheStamp() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        let plan = folder.appendingPathComponent("plan.netplan")
        let saved = folder.appendingPathComponent(".plan.netplan.new")
        try Data("core Anne: faglighed\n".utf8).write(to: plan)
        let before = FileStamp.of(plan.path)
        try Data("core Bent: faglighed\n".utf8).write(to: saved)
        // Same size; the modification time made to match, as a fast save in one tick can.
        var times = [timespec](repeating: timespec(), count: 2)
        times[0] = timespec(tv_sec: before.modified[0], tv_nsec: before.modified[1])
        times[1] = times[0]
        #expect(utimensat(AT_FDCWD, saved.path, &times, 0) == 0)
        #expect(rename(saved.path, plan.path) == 0)
        let after = FileStamp.of(plan.path)
        #expect(after.size == before.size)
        #expect(after.modified == before.modified)
        #expect(after != before)
    }

    @Test func aMissingFileHasAStampThatChangesWhenItAppears() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        let register = folder.appendingPathComponent("personer.netplan")
        let missing = FileStamp.of(register.path)
        #expect(!missing.exists)
        try Data().write(to: register)
        #expect(FileStamp.of(register.path) != missing)
    }
}
