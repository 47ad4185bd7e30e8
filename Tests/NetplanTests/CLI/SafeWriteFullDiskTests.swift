import Foundation
import Testing
@testable import NetplanCLI

/// A full disk at each step of a safe write, simulated through the console's
/// system calls (`write`, `fsync`, `rename`) and run through the commands:
/// the message says the disk is full (in both languages), no temporary file
/// is left, and an existing file keeps its bytes.
@Suite struct SafeWriteFullDiskTests {
    /// Which system call fails with ENOSPC, and on which of its calls (1 = the first).
    enum Step: Sendable { case write(Int), fsync, rename }

    /// Calls that fail with ENOSPC at `step`; a failing write first writes part of its bytes.
    static func fullDisk(at step: Step) -> SafeWrite.Calls {
        var calls = SafeWrite.Calls()
        switch step {
        case .write(let failing):
            let counter = Counter()
            calls.write = { descriptor, bytes, count in
                counter.value += 1
                if counter.value < failing { return Foundation.write(descriptor, bytes, count) }
                if counter.value == failing, count > 1 { return Foundation.write(descriptor, bytes, count / 2) }
                errno = ENOSPC
                return -1
            }
        case .fsync:
            calls.fsync = { _ in
                errno = ENOSPC
                return -1
            }
        case .rename:
            calls.rename = { _, _ in
                errno = ENOSPC
                return -1
            }
        }
        return calls
    }

    final class Counter: @unchecked Sendable { var value = 0 }

    static func run(_ arguments: [String], _ calls: SafeWrite.Calls) -> (code: ExitCode, errors: String) {
        let console = Console(arguments: arguments)
        console.fileCalls = calls
        let code = Tool.run(console)
        return (code, console.errors)
    }

    @Test(arguments: [Step.write(1), .fsync, .rename])
    func aNewReportOnAFullDiskLeavesNothing(_ step: Step) throws {
        try SafeWriteTests.withFolder { folder, plan in
            let page = folder.appendingPathComponent("page.html").path
            let run = Self.run(["report", plan, "-o", page], Self.fullDisk(at: step))
            #expect(run.code == .usage)
            #expect(run.errors.contains("cannot write `\(page)`: the disk is full; nothing was written"), "\(run.errors)")
            #expect(!run.errors.contains("folder"))
            #expect(SafeWriteTests.names(in: folder) == ["plan.netplan"])
        }
    }

    @Test func anExistingFileOnAFullDiskIsUnchangedAndTheMessageIsDanishToo() throws {
        try SafeWriteTests.withFolder { folder, plan in
            let messy = folder.appendingPathComponent("messy.netplan").path
            try Data(SafeWriteTests.messy.utf8).write(to: URL(fileURLWithPath: messy))
            let run = Self.run(["--lang", "da", "fmt", "--write", messy], Self.fullDisk(at: .write(1)))
            #expect(run.code == .usage)
            #expect(run.errors.contains("kan ikke skrive `\(messy)`: disken er fuld; filen er uændret"), "\(run.errors)")
            #expect(SafeWriteTests.text(messy) == SafeWriteTests.messy)
            #expect(SafeWriteTests.names(in: folder) == ["messy.netplan", "plan.netplan"])
        }
    }

    /// A hard-linked file: the full text is first written to a temporary file
    /// (call 1); if that fails, the file is never touched. If the rewrite in
    /// place then fails (call 2), the old bytes are put back.
    @Test(arguments: [1, 2])
    func aHardLinkedFileOnAFullDiskKeepsItsTextAndItsLinks(_ failing: Int) throws {
        try SafeWriteTests.withFolder { folder, plan in
            let page = folder.appendingPathComponent("page.html").path
            let other = folder.appendingPathComponent("other.html").path
            try Data("old page".utf8).write(to: URL(fileURLWithPath: page))
            #expect(link(page, other) == 0)
            let run = Self.run(["report", plan, "-o", page], Self.fullDisk(at: .write(failing)))
            #expect(run.code == .usage)
            #expect(run.errors.contains("the disk is full; the file is unchanged"), "\(run.errors)")
            #expect(SafeWriteTests.text(page) == "old page")
            #expect(SafeWriteTests.text(other) == "old page")
            #expect(SafeWriteTests.status(page)?.st_nlink == 2)
            #expect(SafeWriteTests.names(in: folder) == ["other.html", "page.html", "plan.netplan"])
        }
    }
}
