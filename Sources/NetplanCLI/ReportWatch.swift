import Foundation
import NetplanBase

/// The options of `netplan report --watch` and their checks; the loop is `Watcher`.
enum ReportWatch {
    static let flag = "--watch"
    static let interval = "--interval"

    static func run(_ parsed: Arguments, output: String?, language: Language, console: Console) throws -> ExitCode {
        guard parsed.flags.contains(flag) else {
            throw UsageError(
                message: Text(
                    en: "`--interval` only works with `--watch`", da: "`--interval` virker kun sammen med `--watch`"))
        }
        guard let output, output != "-" else {
            throw UsageError(
                message: Text(
                    en: "`--watch` needs a file to keep up to date: add `-o plan.html` (the page cannot be rewritten on standard output)",
                    da: "`--watch` skal have en fil at holde opdateret: tilføj `-o plan.html` (siden kan ikke skrives igen på standard output)"))
        }
        guard parsed.positional.count == 1, let plan = parsed.positional.first, plan != "-" else {
            throw UsageError(
                message: Text(
                    en: "`report --watch` needs exactly one plan file to watch (not `-`: standard input cannot be saved again)",
                    da: "`report --watch` skal have præcis én planfil at følge med i (ikke `-`: standard input kan ikke gemmes igen)"))
        }
        let seconds = try self.seconds(parsed)
        // A typo in the plan's name is a usage error now, not a banner forever.
        _ = try Inputs.read(plan)
        let planStamp = FileStamp.of(plan)
        let outputStamp = FileStamp.of(output)
        if outputStamp.exists, planStamp.device == outputStamp.device, planStamp.inode == outputStamp.inode {
            throw UsageError(
                message: Text(
                    en: "`-o` names the plan itself; write the page to another file, such as `plan.html`",
                    da: "`-o` angiver selve planen; skriv siden til en anden fil, fx `plan.html`"))
        }
        let watcher = Watcher(
            plan: plan, output: output, language: language, today: try Today.read(parsed, console: console),
            force: parsed.flags.contains(ViewInput.force), interval: seconds, console: console)
        WatchSignals.install()
        do {
            try watcher.run()
        } catch {
            throw UsageError(message: error.message, showsHelp: false)
        }
        return .success
    }

    /// `--interval SECONDS`: a number from 0.05 to 60 (a comma works as the decimal sign too).
    static func seconds(_ parsed: Arguments) throws -> Double {
        guard let given = parsed.values[interval] else { return 0.5 }
        guard let value = Double(given.replacingOccurrences(of: ",", with: ".")), value >= 0.05, value <= 60 else {
            throw UsageError(
                message: Text(
                    en: "`--interval` must be a number of seconds from 0.05 to 60, such as `0.5`, not `\(given)`",
                    da: "`--interval` skal være et antal sekunder fra 0,05 til 60, fx `0.5`, ikke `\(given)`"))
        }
        return value
    }
}
