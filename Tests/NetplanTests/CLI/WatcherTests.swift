import Foundation
import Testing

@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanViews
@testable import NetplanCLI

/// `netplan report --watch`, driven round by round in-process: each test
/// edits files on disk and calls `round()`, so nothing depends on timing.
@Suite struct WatcherTests {
    static let plan = ReportCommandTests.plan
    static let register = "person \"Jens Holt\": indsigt unit \"Sundhed\"\n"
    /// The plan with one more participant, who comes from the register.
    static let planUsingRegister = plan.replacingOccurrences(
        of: "group Borgere: indsigt", with: "use \"personer.netplan\"\ngroup Borgere: indsigt")
        + "\nphase Evaluering: invite \"Jens Holt\"\n"

    /// A folder with `plan.netplan` (and any other files), a watcher on it writing `plan.html`.
    final class Setup {
        let folder: URL
        let watcher: Watcher
        let console = Console(arguments: [])
        var planURL: URL { folder.appendingPathComponent("plan.netplan") }
        var pageURL: URL { folder.appendingPathComponent("plan.html") }

        init(_ files: [String: String], language: Language = .english) throws {
            folder = try TestSupport.makeTemporaryFolder()
            for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
            var environment = Watcher.Environment()
            environment.now = { ClockTime(hour: 14, minute: 3, second: 12) }
            environment.shouldStop = { false }
            watcher = Watcher(
                plan: folder.appendingPathComponent("plan.netplan").path,
                output: folder.appendingPathComponent("plan.html").path, language: language, today: nil,
                console: console, environment: environment)
        }

        deinit { TestSupport.removeTemporaryFolder(folder) }

        func edit(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }

        var page: String { ReportCommandTests.read(pageURL) ?? "" }
    }

    static func reloads(_ page: String) -> Bool {
        page.contains("location.reload()") || page.contains("http-equiv=\"refresh\"")
    }

    @Test func aSaveOfThePlanRewritesThePage() throws {
        let setup = try Setup(["plan.netplan": Self.plan])
        try setup.watcher.start()
        #expect(setup.page.contains("Erik"))
        #expect(!setup.page.contains("Zoe"))
        #expect(setup.watcher.round() == false, "nothing changed yet")
        try setup.edit("plan.netplan", Self.plan + "\nparticipant Zoe: indsigt via Anne\nphase Slut: invite Zoe\n")
        #expect(setup.watcher.round())
        #expect(setup.page.contains("Zoe"))
        #expect(Self.reloads(setup.page))
        #expect(setup.console.errors.contains("Wrote \(setup.pageURL.path) at 14:03:12: 0 errors"), "\(setup.console.errors)")
    }

    @Test func aSaveOfAUsedRegisterRewritesThePage() throws {
        let setup = try Setup(["plan.netplan": Self.planUsingRegister, "personer.netplan": Self.register])
        try setup.watcher.start()
        #expect(setup.page.contains("Sundhed"))
        #expect(setup.watcher.watched.keys.contains { $0.hasSuffix("personer.netplan") })
        try setup.edit("personer.netplan", "person \"Jens Holt\": indsigt unit \"Ældre og Handicap\"\n")
        #expect(setup.watcher.round())
        #expect(setup.page.contains("Ældre og Handicap"))
        #expect(!setup.page.contains("Sundhed"))
    }

    @Test func aRegisterNamedByANewUseLineIsWatchedFromTheNextRound() throws {
        let setup = try Setup(["plan.netplan": Self.plan, "personer.netplan": Self.register])
        try setup.watcher.start()
        #expect(setup.watcher.watched.count == 1)
        try setup.edit("plan.netplan", Self.planUsingRegister)
        #expect(setup.watcher.round())
        #expect(setup.page.contains("Sundhed"))
        try setup.edit("personer.netplan", "person \"Jens Holt\": indsigt unit \"Kultur og Fritid\"\n")
        #expect(setup.watcher.round())
        #expect(setup.page.contains("Kultur og Fritid"))
    }

    @Test func aBrokenSaveKeepsTheLastGoodPageUnderABannerUntilItIsFixed() throws {
        let setup = try Setup(["plan.netplan": Self.plan])
        try setup.watcher.start()
        let broken = Self.plan + "\nphase Slut: invite Borgre\nparticipant Zoe: indsigt via Anne\n"
        try setup.edit("plan.netplan", broken)
        #expect(setup.watcher.round())
        let page = setup.page
        #expect(page.contains("class=\"watch-banner\""))
        let line = broken.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("Borgre") }
            .map { $0 + 1 } ?? 0
        #expect(page.contains("Line \(line): no participant or group is called <code>Borgre</code>"), "\(page)")
        #expect(page.contains("Below is the last version without errors"))
        // The content is the last good version: Zoe of the broken save is not on it.
        #expect(page.contains("Erik"))
        #expect(!page.contains("Zoe"))
        #expect(Self.reloads(page))
        #expect(setup.console.errors.contains("has an error in its latest save"), "\(setup.console.errors)")

        try setup.edit("plan.netplan", broken.replacingOccurrences(of: "Borgre", with: "Borgere"))
        #expect(setup.watcher.round())
        #expect(!setup.page.contains("watch-banner"))
        #expect(setup.page.contains("Zoe"))
    }

    @Test func aFirstVersionWithErrorsGivesAPageThatIsOnlyTheBannerInThePagesLanguage() throws {
        let setup = try Setup(["plan.netplan": "network X\ncore Anne: faglighed\nphase Start: invite Borgre\n"], language: .danish)
        try setup.watcher.start()
        let page = setup.page
        #expect(page.contains("class=\"watch-banner\""))
        #expect(page.contains("Linje 3: "), "\(page)")
        #expect(page.contains("Der er endnu ingen udgave uden fejl"))
        #expect(!page.contains("<header class=\"masthead\""))
        #expect(Self.reloads(page))
        #expect(setup.console.errors.contains("Skrev \(setup.pageURL.path) kl. 14.03.12"), "\(setup.console.errors)")
    }

    @Test func aMissingRegisterShowsTheBannerAndCreatingItRemovesIt() throws {
        let setup = try Setup(["plan.netplan": Self.planUsingRegister])
        try setup.watcher.start()
        #expect(setup.page.contains("watch-banner"))
        #expect(setup.page.contains("personer.netplan"))
        try setup.edit("personer.netplan", Self.register)
        #expect(setup.watcher.round())
        #expect(!setup.page.contains("watch-banner"))
        #expect(setup.page.contains("Sundhed"))
    }

    @Test func aPlanThatCannotBeReadKeepsTheLastPageUnderABanner() throws {
        let setup = try Setup(["plan.netplan": Self.plan])
        try setup.watcher.start()
        try FileManager.default.removeItem(at: setup.planURL)
        #expect(setup.watcher.round())
        #expect(setup.page.contains("cannot be read"))
        #expect(setup.page.contains("Erik"))
        try setup.edit("plan.netplan", Self.plan)
        #expect(setup.watcher.round())
        #expect(!setup.page.contains("watch-banner"))
    }

    /// The loop itself: the injected sleep saves the plan once, the stop
    /// condition ends the loop after a few rounds; the page left behind has the
    /// save and no reload.
    @Test func theLoopRewritesOnASaveAndLeavesAPageThatDoesNotReload() throws {
        let setup = try Setup(["plan.netplan": Self.plan])
        var sleeps = 0
        setup.watcher.environment.sleep = { _ in
            sleeps += 1
            if sleeps == 1 { try? setup.edit("plan.netplan", Self.plan + "\nparticipant Zoe: indsigt via Anne\nphase Slut: invite Zoe\n") }
        }
        setup.watcher.environment.shouldStop = { sleeps >= 40 }
        try setup.watcher.run()
        #expect(setup.page.contains("Zoe"))
        #expect(!Self.reloads(setup.page))
        #expect(setup.console.errors.contains("no longer reloads itself"))
        #expect(setup.console.errors.components(separatedBy: "Wrote ").count == 3, "the first page and one rewrite: \(setup.console.errors)")
    }

    @Test func aPageWrittenWithoutWatchNeverReloads() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        let plan = folder.appendingPathComponent("plan.netplan")
        try Data(Self.plan.utf8).write(to: plan)
        let page = folder.appendingPathComponent("plan.html")
        let run = ReportCommandTests.run(["report", plan.path, "-o", page.path])
        #expect(run.code == .success)
        let text = ReportCommandTests.read(page) ?? ""
        #expect(text.contains("Erik"))
        #expect(!Self.reloads(text))
        #expect(!text.contains("<script"))
    }

    @Test(arguments: [
        (["report", "--watch", "plan.netplan"], "`--watch` needs a file to keep up to date"),
        (["report", "--watch", "plan.netplan", "-o", "-"], "`--watch` needs a file to keep up to date"),
        (["report", "--watch", "-", "-o", "x.html"], "needs exactly one plan file to watch"),
        (["report", "plan.netplan", "-o", "x.html", "--interval", "1"], "`--interval` only works with `--watch`"),
        (["report", "--watch", "plan.netplan", "-o", "x.html", "--interval", "nu"], "`--interval` must be a number of seconds"),
    ])
    func watchWithoutAFileToWriteIsAUsageError(arguments: [String], message: String) {
        let run = ReportCommandTests.run(arguments)
        #expect(run.code == .usage)
        #expect(run.errors.contains(message), "\(run.errors)")
        #expect(run.output.isEmpty)
    }
}
