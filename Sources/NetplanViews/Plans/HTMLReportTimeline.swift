import NetplanBase
import NetplanSyntax
import NetplanCheck

/// The report's meetings: a timeline of the phases with the meetings on it
/// (inline SVG, no script), then the meetings as a table.
///
/// The timeline is drawn only when the plan has dates. Each phase is a lane
/// (a band from its start to its end), and each meeting a row below its
/// phase: a mark at its date with its name, date and time. Meetings in no
/// phase come last, in a lane of their own, marked in red.
extension ReportPage {
    static let meetingsWord = Text(en: "Meetings", da: "Møder")
    static let noPhaseWord = Text(en: "In no phase", da: "Ikke i nogen fase")

    package mutating func meetings() {
        guard !plan.meetings.isEmpty else { return }
        out.append("<section class=\"meetings-section\" aria-labelledby=\"meetings-heading\">\n")
        say("<h2 id=\"meetings-heading\">", Self.meetingsWord, " <span class=\"count\">(")
        out.append(decimal: plan.meetings.count)
        out.append(")</span></h2>\n")
        if timelineSpan() != nil {
            out.append("<figure class=\"figure timeline-figure\">\n")
            timeline()
            out.append("\n</figure>\n")
        }
        meetingTable()
        out.append("</section>\n")
    }

    /// "6. jan. 14.00–16.00" / "6 Jan 14:00–16:00": digits, month names and
    /// punctuation, so nothing in it needs escaping.
    mutating func when(_ meeting: Meeting, withYear: Bool) {
        if let date = meeting.date {
            dayMonth(date)
            if withYear {
                out.append(" ")
                out.append(decimal: date.year)
            }
        }
        if let time = meeting.time, let start = time.start, let end = time.end {
            if meeting.date != nil { out.append(" ") }
            clock(start)
            out.append("–")
            clock(end)
        }
    }

    /// A time of day: "14.00" in Danish, "14:00" in English.
    mutating func clock(_ minutes: Int) {
        // `TimeSpan.clockText`, with a colon in English.
        let hours = minutes / 60, rest = minutes % 60
        if hours < 10 { out.append("0") }
        out.append(decimal: hours)
        out.append(language == .danish ? "." : ":")
        if rest < 10 { out.append("0") }
        out.append(decimal: rest)
    }

    // MARK: - The table

    mutating func meetingTable() {
        out.append("<table class=\"meetings\">\n<thead><tr>")
        let heads = [
            Text(en: "Meeting", da: "Møde"), Text(en: "When", da: "Hvornår"), Text(en: "Phase", da: "Fase"),
            Text(en: "Place", da: "Sted"), Text(en: "Note", da: "Note"),
        ]
        for head in heads { say("<th scope=\"col\">", head, "</th>") }
        out.append("</tr></thead>\n<tbody>\n")
        for meeting in plan.meetings {
            escape(meeting.phase == nil ? "<tr class=\"no-phase\"><th scope=\"row\">" : "<tr><th scope=\"row\">", meeting.name, "</th>")
            out.append("<td>")
            when(meeting, withYear: true)
            out.append("</td>")
            if let phase = meeting.phase, phase < plan.phases.count {
                escape("<td>", plan.phases[phase].name, "</td>")
            } else {
                say("<td class=\"alert\">⚠ ", Self.noPhaseWord, "</td>")
            }
            escape("<td>", meeting.place ?? "", "</td>")
            escape("<td>", meeting.note ?? "", "</td></tr>\n")
            out.flushIfFull()
        }
        out.append("</tbody>\n</table>\n")
    }
    // MARK: - The timeline

    /// The first and last day the timeline covers, or nil without dates.
    func timelineSpan() -> (first: CalendarDate, last: CalendarDate)? {
        let dates = plan.phases.flatMap { [$0.start, $0.end].compactMap { $0 } } + plan.meetings.compactMap(\.date)
        guard let first = dates.min(), let last = dates.max() else { return nil }
        return (first, last)
    }

    /// A coordinate with at most one decimal, the same on every machine.
    mutating func coordinate(_ value: Double) {
        let tenths = Int((value * 10).rounded())
        out.append(decimal: tenths / 10)
        if tenths % 10 != 0 {
            out.append(".")
            out.append(decimal: abs(tenths % 10))
        }
    }

    /// `name="value"` for a coordinate.
    mutating func coordinate(_ name: StaticString, _ value: Double) {
        out.append(name)
        coordinate(value)
        out.append("\"")
    }

    /// The timeline's SVG; the caller checks that there are dates (`timelineSpan`).
    mutating func timeline() {
        guard let (first, last) = timelineSpan() else { return }
        let width = 1000.0, left = 220.0, right = 16.0, top = 26.0
        let chart = width - left - right
        // A little room after the last day, so a mark there is not on the edge.
        let span = last.dayNumber - first.dayNumber + 1
        let days = Double(span + max(2, span / 40))
        func x(_ date: CalendarDate) -> Double { left + Double(date.dayNumber - first.dayNumber) / days * chart }

        // Lanes: each phase, its meetings below it; then meetings in no phase.
        enum Lane { case phase(Int), meeting(Int), noPhase }
        var lanes: [Lane] = []
        for index in plan.phases.indices {
            lanes.append(.phase(index))
            for (number, meeting) in plan.meetings.enumerated() where meeting.phase == index && meeting.date != nil {
                lanes.append(.meeting(number))
            }
        }
        let homeless = plan.meetings.indices.filter { plan.meetings[$0].phase == nil && plan.meetings[$0].date != nil }
        if !homeless.isEmpty {
            lanes.append(.noPhase)
            lanes += homeless.map { .meeting($0) }
        }
        let rowHeight = 22.0
        let height = top + Double(lanes.count) * rowHeight + 8

        let label = Text(
            en: "Timeline: the phases as bands over their dates, the meetings as marks",
            da: "Tidslinje: faserne som bånd over deres datoer, møderne som mærker")
        out.append("<svg class=\"timeline\" viewBox=\"0 0 ")
        coordinate(width)
        out.append(" ")
        coordinate(height)
        say("\" role=\"img\" aria-label=\"", label, "\">\n")
        for tick in TimelineTicks.ticks(from: first, to: last, language: language) {
            let at = tick.date < first ? left : x(tick.date)
            coordinate("<line class=\"tick\" x1=\"", at)
            coordinate(" y1=\"", top - 6)
            coordinate(" x2=\"", at)
            coordinate(" y2=\"", height - 4)
            coordinate("/><text class=\"tick-label\" x=\"", at + 3)
            coordinate(" y=\"", top - 10)
            escape(">", tick.label, "</text>\n")
        }
        for (row, lane) in lanes.enumerated() {
            let y = top + Double(row) * rowHeight
            switch lane {
            case .phase(let index):
                let phase = plan.phases[index]
                escape("<g class=\"lane phase\"><title>", phase.name, "</title>")
                coordinate("<text class=\"lane-label\" x=\"8\" y=\"", y + 15)
                escape(">", TextCells.truncate(phase.name, to: 30), "</text>")
                if let start = phase.start ?? phase.end {
                    let end = phase.end ?? start
                    let from = x(min(start, end)), to = x(max(start, end)) + chart / days
                    out.append(index % 2 == 0 ? "<rect class=\"band band0\"" : "<rect class=\"band band1\"")
                    coordinate(" x=\"", from)
                    coordinate(" y=\"", y + 3)
                    coordinate(" width=\"", max(3, to - from))
                    out.append(" height=\"16\" rx=\"3\"/>")
                } else {
                    coordinate("<text class=\"undated\" x=\"", left + 4)
                    coordinate(" y=\"", y + 15)
                    say(">", Text(en: "no dates", da: "ingen datoer"), "</text>")
                }
                out.append("</g>\n")
            case .noPhase:
                coordinate("<text class=\"lane-label no-phase\" x=\"8\" y=\"", y + 15)
                say(">⚠ ", Self.noPhaseWord, "</text>\n")
            case .meeting(let number):
                let meeting = plan.meetings[number]
                guard let date = meeting.date else { continue }
                let at = x(date) + chart / days / 2, mid = y + 11
                let flip = at > left + chart * 0.6
                escape(
                    meeting.phase == nil ? "<g class=\"meeting no-phase\"><title>" : "<g class=\"meeting\"><title>",
                    meeting.name, " · ")
                when(meeting, withYear: true)
                out.append("</title><path class=\"mark\" d=\"M")
                coordinate(at)
                out.append(" ")
                coordinate(mid - 7)
                coordinate("l6 7l-6 7l-6 -7z\"/><text x=\"", flip ? at - 10 : at + 10)
                coordinate(" y=\"", mid + 4)
                escape(flip ? " text-anchor=\"end\">" : ">", TextCells.truncate(meeting.name, to: 40), " · ")
                when(meeting, withYear: false)
                out.append("</text></g>\n")
            }
        }
        out.append("</svg>")
    }
}
