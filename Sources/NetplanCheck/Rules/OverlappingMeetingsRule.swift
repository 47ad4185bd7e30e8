import NetplanBase
import NetplanSyntax

/// Two meetings on the same date whose times overlap.
public struct OverlappingMeetingsRule: Rule {
    public init() {}

    public let description = RuleDescription(
        code: "NP219", identifier: "overlapping-meetings", severity: .warning,
        title: Text(en: "Meetings at overlapping times", da: "Møder, hvis tidspunkter overlapper"),
        rationale: Text(
            en: "Core participants are present in every phase, so two meetings at the same time ask them to be in two places at once. netplan compares meetings on the same date that both have a time; a meeting without a time is not compared, since it may be at any hour of the day.",
            da: "Kernedeltagerne er med i alle faser, så to møder på samme tid beder dem om at være to steder på én gang. netplan sammenligner møder på samme dato, som begge har et tidspunkt; et møde uden tidspunkt sammenlignes ikke, da det kan ligge når som helst på dagen."),
        triggering: [
            "core Anne: faglighed\nphase Opstart\nmeeting Kickoff on 2027-01-06 14.00-16.00 in Opstart\nmeeting Styregruppe on 2027-01-06 ↓15.00-16.00 in Opstart"
        ],
        nonTriggering: [
            "core Anne: faglighed\nphase Opstart\nmeeting Kickoff on 2027-01-06 14.00-16.00 in Opstart\nmeeting Styregruppe on 2027-01-06 16.00-17.00 in Opstart",
            "core Anne: faglighed\nphase Opstart\nmeeting Kickoff on 2027-01-06 14.00-16.00 in Opstart\nmeeting Frokost on 2027-01-06 in Opstart",
            "core Anne: faglighed\nphase Opstart\nmeeting Kickoff on 2027-01-06 14.00-16.00 in Opstart\nmeeting Opfølgning on 2027-01-07 14.00-16.00 in Opstart",
        ])

    /// A meeting with a date and a time that runs forwards.
    private struct Timed {
        var meeting: Meeting
        var date: CalendarDate
        var start: Int
        var end: Int
        var range: SourceRange
    }

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let timed = context.plan.meetings.compactMap { meeting -> Timed? in
            guard let date = meeting.date, let time = meeting.time, let start = time.start, let end = time.end,
                start < end
            else { return nil }
            return Timed(meeting: meeting, date: date, start: start, end: end, range: time.range)
        }
        // Sorted by date and start, each meeting is compared with the one that
        // ends latest so far that day: n log n, not every pair.
        let sorted = timed.sorted { ($0.date, $0.start, $0.range.start) < ($1.date, $1.start, $1.range.start) }
        var clashes: [(later: Timed, earlier: Timed)] = []
        var latest: Timed?
        for meeting in sorted {
            if let previous = latest, previous.date == meeting.date, meeting.start < previous.end {
                clashes.append((meeting, previous))
                if meeting.end > previous.end { latest = meeting }
            } else if latest?.date != meeting.date || meeting.end > (latest?.end ?? 0) {
                latest = meeting
            }
        }
        return findings(clashes, in: context, at: \.later.range) { later, earlier in
            let laterTime = "\(TimeSpan.clockText(later.start))-\(TimeSpan.clockText(later.end))"
            let earlierTime = "\(TimeSpan.clockText(earlier.start))-\(TimeSpan.clockText(earlier.end))"
            return finding(
                Text(
                    en: "`\(later.meeting.name)` (\(laterTime)) overlaps `\(earlier.meeting.name)` (\(earlierTime)) on \(later.date)",
                    da: "`\(later.meeting.name)` (\(laterTime)) overlapper `\(earlier.meeting.name)` (\(earlierTime)) den \(later.date)"),
                at: later.range,
                secondary: [Annotation(earlier.range, Text(en: "the other meeting", da: "det andet møde"))],
                help: Text(
                    en: "start `\(later.meeting.name)` at \(TimeSpan.clockText(earlier.end)) or later, or move it to another day",
                    da: "lad `\(later.meeting.name)` begynde kl. \(TimeSpan.clockText(earlier.end)) eller senere, eller flyt det til en anden dag"))
        }
    }
}
