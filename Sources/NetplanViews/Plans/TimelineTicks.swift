import NetplanBase

/// The month ticks along a timeline (the report's meetings, the overview's
/// networks): the first of each month from `first` to `last`, at most about
/// a dozen however long the span (then years), each labelled with the
/// month's short name, and the year at January and at the first tick.
enum TimelineTicks {
    struct Tick {
        var date: CalendarDate
        var label: String
    }

    static func ticks(from first: CalendarDate, to last: CalendarDate, language: Language) -> [Tick] {
        let months = (last.year - first.year) * 12 + last.month - first.month
        let step = max(1, (months + 11) / 12)
        var result: [Tick] = []
        var tick = 0
        while tick <= months {
            let total = first.year * 12 + first.month - 1 + tick
            let date = CalendarDate(year: total / 12, month: total % 12 + 1, day: 1)
            let names = language == .danish ? ReportPage.monthsDanish : ReportPage.monthsEnglish
            let label = step >= 12
                ? "\(date.year)" : names[date.month - 1] + (date.month == 1 || tick == 0 ? " \(date.year)" : "")
            result.append(Tick(date: date, label: label))
            tick += step
        }
        return result
    }
}
