import Foundation
import Testing

/// `netplan report --watch` as a real process: it rewrites the page on a
/// save and ends cleanly on Ctrl-C (SIGINT). Every wait polls the page and
/// gives up after `patience` seconds with a clear failure; nothing asserts
/// on how long anything took.
@Suite struct WatchBinaryTests {
    static let patience = 20.0

    /// Polls until `condition` holds or `patience` runs out; whether it held.
    static func waitFor(_ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(patience)
        while Date() < deadline {
            if condition() { return true }
            usleep(50_000)
        }
        return condition()
    }

    @Test(.enabled(if: LSPBinaryTests.binary != nil, "the built `netplan` binary was not found next to the tests"))
    func ctrlCEndsTheWatchCleanlyAndLeavesAPageThatDoesNotReload() throws {
        let binary = try #require(LSPBinaryTests.binary)
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        let plan = folder.appendingPathComponent("plan.netplan")
        let page = folder.appendingPathComponent("plan.html")
        try Data(ReportCommandTests.plan.utf8).write(to: plan)

        let process = Process()
        process.executableURL = binary
        process.arguments = ["report", "--watch", plan.path, "-o", page.path, "--interval", "0.1"]
        process.environment = ["LANG": "C"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        let text = { ReportCommandTests.read(page) ?? "" }
        #expect(Self.waitFor { text().contains("Erik") && text().contains("location.reload()") }, "no first page within \(Self.patience) s")
        try Data((ReportCommandTests.plan + "\nparticipant Zoe: indsigt via Anne\nphase Slut: invite Zoe\n").utf8).write(to: plan)
        #expect(Self.waitFor { text().contains("Zoe") }, "the save was not seen within \(Self.patience) s")

        process.interrupt()
        let ended = Self.waitFor { !process.isRunning }
        #expect(ended, "netplan did not stop within \(Self.patience) s of SIGINT")
        guard ended else { return }
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        let final = text()
        #expect(final.contains("Zoe"))
        #expect(!final.contains("location.reload()"))
        #expect(!final.contains("http-equiv=\"refresh\""))
        let messages = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(messages.contains("no longer reloads itself"), "\(messages)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty, "temporary files left behind: \(leftovers)")
    }
}
