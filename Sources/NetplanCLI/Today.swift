import Foundation
import NetplanBase

/// The date "today" that checking measures from (rule NP216): `--today
/// YYYY-MM-DD`, else the environment variable `NETPLAN_TODAY`, else the
/// system date in the local time zone. Reproducible runs set
/// `NETPLAN_TODAY`; a test console has no system date, so tests that give
/// none get no calendar checks and never depend on the day they run.
enum Today {
    /// The option every command that checks a plan takes.
    package static let option = "--today"
    /// The environment variable that sets the date when `--today` is not given.
    package static let variable = "NETPLAN_TODAY"

    /// The date for a command's arguments; a usage error when `--today` or
    /// `NETPLAN_TODAY` is not a date.
    package static func read(_ parsed: Arguments, console: Console) throws -> CalendarDate? {
        if let given = parsed.values[option] { return try date(given, from: "`\(option)`") }
        if let given = console.environment[variable], !given.isEmpty {
            return try date(given, from: "`\(variable)`")
        }
        return console.systemToday()
    }

    /// Today's date on this machine's clock, in its time zone.
    static func system() -> CalendarDate {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    private static func date(_ text: String, from source: String) throws -> CalendarDate {
        guard let date = CalendarDate(text) else {
            let shown = ControlCharacters.visible(String(text.prefix(40)), keepingLineFeeds: false)
            throw UsageError(
                message: Text(
                    en: "\(source) must be a date written YYYY-MM-DD, such as `2027-01-04`, not `\(shown)`",
                    da: "\(source) skal være en dato skrevet ÅÅÅÅ-MM-DD, fx `2027-01-04`, ikke `\(shown)`"))
        }
        return date
    }
}
