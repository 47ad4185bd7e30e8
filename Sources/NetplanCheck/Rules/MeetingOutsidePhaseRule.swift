import NetplanBase
import NetplanSyntax

/// A meeting `in` a phase whose dates do not hold the meeting's date.
public struct MeetingOutsidePhaseRule: Rule {
    public init() {}

    public let description = RuleDescription(
        code: "NP217", identifier: "meeting-outside-phase", severity: .warning,
        title: Text(en: "A meeting dated outside its phase", da: "Et møde, der ligger uden for sin fase"),
        rationale: Text(
            en: "Those present at a meeting are those present in its phase. When a meeting says `in Opstart` but its date lies outside `Opstart`'s dates, either the date or the phase is wrong, and the wrong people may be invited.",
            da: "Dem, der er med til et møde, er dem, der er med i mødets fase. Når et møde siger `in Opstart`, men datoen ligger uden for `Opstart`s datoer, er enten datoen eller fasen forkert, og de forkerte kan blive inviteret."),
        triggering: [
            "core Anne: faglighed\nphase Opstart from 2027-01-04 to 2027-01-29\nmeeting Kickoff on ↓2027-02-10 in Opstart",
            "core Anne: faglighed\nphase Opstart from 2027-01-04 to 2027-01-29\nphase Idé from 2027-02-01 to 2027-02-26\nmeeting Idémøde on ↓2027-02-10 in Opstart",
        ],
        nonTriggering: [
            "core Anne: faglighed\nphase Opstart from 2027-01-04 to 2027-01-29\nmeeting Kickoff on 2027-01-06 in Opstart",
            "core Anne: faglighed\nphase Opstart\nmeeting Kickoff on 2027-01-06 in Opstart",
        ])

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let plan = context.plan
        let outside = plan.meetings.compactMap { meeting -> (Meeting, CalendarDate, SourceRange, Phase)? in
            guard meeting.phaseName != nil, let index = meeting.phase, let date = meeting.date,
                let at = meeting.dateRange, let start = plan.phases[index].start, let end = plan.phases[index].end,
                start <= end, date < start || date > end
            else { return nil }
            return (meeting, date, at, plan.phases[index])
        }
        return findings(outside, in: context, at: \.2) { meeting, date, at, phase in
            let other = plan.phases.first { phase in
                guard let start = phase.start, let end = phase.end else { return false }
                return start <= date && date <= end
            }
            let start = phase.start.map(\.description) ?? ""
            let end = phase.end.map(\.description) ?? ""
            return finding(
                Text(
                    en: "`\(meeting.name)` on \(date) lies outside `\(phase.name)` (\(start) to \(end))",
                    da: "`\(meeting.name)` den \(date) ligger uden for `\(phase.name)` (\(start) til \(end))"),
                at: at,
                secondary: phase.dates.map {
                    [Annotation($0.start.range.union($0.end?.range ?? $0.start.range), Text(en: "the phase's dates", da: "fasens datoer"))]
                } ?? [],
                help: other.map { other in
                    Text(
                        en: "the date lies in `\(other.name)`: write `in \(quotedIfNeeded(other.name))`, or move the meeting to a date from \(start) to \(end)",
                        da: "datoen ligger i `\(other.name)`: skriv `in \(quotedIfNeeded(other.name))`, eller flyt mødet til en dato fra \(start) til \(end)")
                }
                    ?? Text(
                        en: "move the meeting to a date from \(start) to \(end), or check the phase's dates",
                        da: "flyt mødet til en dato fra \(start) til \(end), eller tjek fasens datoer"))
        }
    }
}
