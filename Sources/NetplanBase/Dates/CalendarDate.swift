/// A calendar date without time or zone: what a phase's `from` and `to` name.
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// The last date a plan can name. A calendar file marks the end of a
    /// phase by the day after its last day (iCalendar's DTEND is exclusive),
    /// and that day must be written with a four-digit year: the day after
    /// 9999-12-31 cannot be. So every date, and the day after it, fits in
    /// `YYYY-MM-DD`.
    public static let latest = CalendarDate(year: 9999, month: 12, day: 30)

    /// What a `YYYY-MM-DD` literal turned out to be.
    public enum Reading: Hashable, Sendable {
        case date(CalendarDate)
        /// Not written year-month-day with 4, 2 and 2 digits, or not in the calendar.
        case notADate
        /// A real date, but after `latest`.
        case tooLate
    }

    /// Reads `YYYY-MM-DD`: a date of the Gregorian calendar, no later than `latest`.
    public static func read(_ text: String) -> Reading {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year)
        else { return .notADate }
        let date = CalendarDate(year: year, month: month, day: day)
        return date > latest ? .tooLate : .date(date)
    }

    /// Parses `YYYY-MM-DD`; nil when it is not a real date in the Gregorian
    /// calendar, or is later than `latest`.
    public init?(_ text: String) {
        guard case .date(let date) = CalendarDate.read(text) else { return nil }
        self = date
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for ordering and spans.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = (month + 9) % 12
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date of a day number (days since 1970-01-01): the inverse of `dayNumber`.
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// Monday is 0, Sunday 6.
    public var weekday: Int { ((dayNumber + 3) % 7 + 7) % 7 }

    /// The next day. For a date no later than `latest`, the next day still
    /// has a four-digit year.
    public var next: CalendarDate {
        var copy = self
        if day < CalendarDate.daysIn(month: month, year: year) {
            copy.day += 1
        } else if month < 12 {
            copy.month += 1
            copy.day = 1
        } else {
            copy.year += 1
            copy.month = 1
            copy.day = 1
        }
        return copy
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}

extension CalendarDate {
    /// A date before any a plan can write.
    package static let distantPast = CalendarDate(year: 0, month: 1, day: 1)

    package init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }
}
