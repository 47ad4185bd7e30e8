import Foundation
import NetplanBase
import NetplanSyntax
import NetplanCheck
import NetplanViews

/// `netplan report --watch PLAN -o FILE`: rewrites the page at every save of
/// the plan or of a register it uses, until Ctrl-C or SIGTERM.
///
/// - Changes are found by polling (`FileStamp`) every `interval` seconds:
///   the plan, and every file the check read (a register a new `use` line
///   names is watched from the next round; a missing one is watched so that
///   creating it is seen). A file's stamp is taken just before it is read, so
///   a save during a check is seen in the next round.
/// - Every page goes through `SafeWrite`: a reader never sees half a page.
/// - A plan with errors (or one that cannot be read) keeps the last page
///   without errors under a red banner saying what is wrong (`WatchProblem`);
///   when there was none yet, the page is only the banner. With `--force`, a
///   plan with errors is drawn marked as incomplete instead, as `report --force` does.
/// - While watching, the page reloads itself; when the watch ends, the page
///   is written once more without the reload, so the file left behind is an
///   ordinary report.
///
/// The clock, the sleep, the file stamps and the stop condition are
/// injectable, so tests drive the rounds in-process.
final class Watcher {
    /// What the loop uses from the outside world.
    struct Environment {
        var stamp: (String) -> FileStamp = FileStamp.of
        var sleep: (Double) -> Void = { seconds in usleep(UInt32(max(0, min(seconds, 1)) * 1_000_000)) }
        var now: () -> ClockTime = ClockTime.now
        var shouldStop: () -> Bool = { WatchSignals.stopRequested }
    }

    /// What the page shows now.
    enum Shown {
        /// The plan as it is (with `--force`, possibly marked as incomplete).
        case plan(CheckResult)
        /// The last plan without errors, under a banner about the latest save.
        case kept(CheckResult, WatchProblem)
        /// Only the banner: no version without errors yet.
        case banner(WatchProblem)
    }

    let plan: String
    let output: String
    let language: Language
    let today: CalendarDate?
    let force: Bool
    let interval: Double
    let console: Console
    var environment: Environment
    /// The files watched, with their stamps when they were last read.
    private(set) var watched: [String: FileStamp] = [:]
    private(set) var shown: Shown?
    private var lastGood: CheckResult?

    /// The longest single sleep, so a stop is noticed quickly whatever the interval.
    static let sleepStep = 0.1

    init(
        plan: String, output: String, language: Language, today: CalendarDate?, force: Bool = false,
        interval: Double = 0.5, console: Console, environment: Environment = Environment()
    ) {
        self.plan = plan
        self.output = output
        self.language = language
        self.today = today
        self.force = force
        self.interval = interval
        self.console = console
        self.environment = environment
    }

    /// Writes the first page, polls until stopped, then writes the page
    /// without its reload. Throws when the first page cannot be written.
    func run() throws(SafeWrite.Failure) {
        try start()
        while !environment.shouldStop() {
            var left = interval
            while left > 0, !environment.shouldStop() {
                let step = min(left, Self.sleepStep)
                environment.sleep(step)
                left -= step
            }
            if environment.shouldStop() { break }
            round()
        }
        finish()
    }

    /// Checks the plan and writes the first page; announces what is watched.
    func start() throws(SafeWrite.Failure) {
        refresh()
        try write(reloads: true)
        let registers = watched.count - 1
        let also = registers == 0
            ? Text(en: "", da: "")
            : Text(
                en: " and the \(registers == 1 ? "register" : "\(registers) registers") it uses",
                da: " og \(registers == 1 ? "det register" : "de \(registers) registre"), den bruger")
        let shownPlan = SystemError.shown(plan)
        let message = Text(
            en: "watching `\(shownPlan)`\(also.en); `\(shownOutput)` is rewritten at every save. Press Ctrl-C to stop.",
            da: "følger med i `\(shownPlan)`\(also.da); `\(shownOutput)` skrives igen, hver gang der gemmes. Tryk Ctrl-C for at stoppe.")
        console.writeError("netplan: \(message(language))\n")
        report()
    }

    /// One round: when a watched file changed, checks again and rewrites the
    /// page. Returns whether it did.
    @discardableResult
    func round() -> Bool {
        guard watched.contains(where: { environment.stamp($0.key) != $0.value }) else { return false }
        refresh()
        do {
            try write(reloads: true)
            report()
        } catch {
            console.writeError("netplan: \(error.message(language))\n")
        }
        return true
    }

    /// Writes the page without its reload, so the file left behind stays still.
    func finish() {
        do {
            try write(reloads: false)
            let message = Text(
                en: "stopped watching; `\(shownOutput)` no longer reloads itself.",
                da: "følger ikke længere med; `\(shownOutput)` genindlæser ikke længere sig selv.")
            console.writeError("netplan: \(message(language))\n")
        } catch {
            console.writeError("netplan: \(error.message(language))\n")
        }
    }

    /// Reads and checks the plan, noting the stamp of every file just before it is read.
    func refresh() {
        var stamps: [String: FileStamp] = [plan: environment.stamp(plan)]
        let keptPage = lastGood != nil
        switch PlainFile.read(plan, named: true) {
        case .failure(let failure):
            let problem = WatchProblem(unreadable: plan, reason: failure.reason, keptPage: keptPage)
            shown = lastGood.map { .kept($0, problem) } ?? .banner(problem)
        case .success(let source):
            let stamp = environment.stamp
            let result = LoadedWorkspace.check(source, today: today) { path in stamps[path] = stamp(path) }
            if let problem = WatchProblem(result, keptPage: keptPage), !force {
                shown = lastGood.map { .kept($0, problem) } ?? .banner(problem)
            } else {
                if !result.hasErrors { lastGood = result }
                shown = .plan(result)
            }
        }
        watched = stamps
    }

    /// The page for what is shown now.
    func page(reloads: Bool) -> [UInt8] {
        switch shown {
        case .plan(let result):
            return HTMLReport.bytes(result, language: language, watched: WatchedPage(reloads: reloads))
        case .kept(let result, let problem):
            return HTMLReport.bytes(
                result, language: language, watched: WatchedPage(reloads: reloads, problem: problem))
        case .banner(let problem):
            var out = ByteWriter(capacity: 32 * 1024)
            WatchedPage.writeBannerOnly(problem, reloads: reloads, language: language, into: &out)
            return out.bytes
        case nil:
            return []
        }
    }

    private func write(reloads: Bool) throws(SafeWrite.Failure) {
        try SafeWrite.write(page(reloads: reloads), to: output, .existingOrNew, calls: console.fileCalls)
    }

    private var shownOutput: String { SystemError.shown(output) }

    /// "Wrote plan.html at 14:03:12: 0 errors, 2 warnings" / "Skrev plan.html kl. 14.03.12: …".
    private func report() {
        let time = environment.now()
        let at = Text(en: "at \(time.text(":"))", da: "kl. \(time.text("."))")
        let what: Text
        switch shown {
        case .plan(let result):
            let file = FileDiagnostics(source: result.source, diagnostics: result.diagnostics)
            let counts = [Severity.error, .warning, .note].map { Vocabulary.count(file.count($0), $0) }
            what = Text(en: counts.map(\.en).joined(separator: ", "), da: counts.map(\.da).joined(separator: ", "))
        case .kept(_, let problem), .banner(let problem):
            what = lastGood != nil
                ? Text(
                    en: "\(problem.headline.en); the page keeps the last version without errors, under a red banner",
                    da: "\(problem.headline.da); siden viser den seneste udgave uden fejl under et rødt banner")
                : Text(
                    en: "\(problem.headline.en); the page is only a red banner saying so",
                    da: "\(problem.headline.da); siden er kun et rødt banner, der siger det")
        case nil:
            what = .verbatim("")
        }
        let line = Text(en: "Wrote \(shownOutput) \(at.en): \(what.en)", da: "Skrev \(shownOutput) \(at.da): \(what.da)")
        console.writeError(line(language) + "\n")
    }
}

/// A time of day on this machine's clock, for the line each rewrite prints.
struct ClockTime: Sendable, Hashable {
    var hour: Int
    var minute: Int
    var second: Int

    /// "14:03:12" with `:`, "14.03.12" with `.` (the Danish way).
    func text(_ separator: String) -> String {
        [hour, minute, second].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: separator)
    }

    static func now() -> ClockTime {
        var seconds = time(nil)
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return ClockTime(hour: 0, minute: 0, second: 0) }
        return ClockTime(hour: Int(parts.tm_hour), minute: Int(parts.tm_min), second: Int(parts.tm_sec))
    }
}
