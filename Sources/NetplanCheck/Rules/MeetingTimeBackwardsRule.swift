import NetplanBase
import NetplanSyntax

/// A meeting whose time ends before, or when, it starts.
public struct MeetingTimeBackwardsRule: Rule {
    public init() {}

    public let description = RuleDescription(
        code: "NP106", identifier: "meeting-time-backwards", severity: .error,
        title: Text(en: "A meeting that ends before it starts", da: "Et møde, der slutter, før det begynder"),
        rationale: Text(
            en: "A meeting's time is written start first: `14.00-16.00`. A time that ends before it starts, or when it starts, is a slip: the calendar would get a meeting of no length, or one that runs backwards. Network meetings do not run past midnight, so netplan does not read `22.00-01.00` as a night meeting.",
            da: "Et mødes tidspunkt skrives med starten først: `14.00-16.00`. Et tidspunkt, der slutter, før det begynder, eller samtidig med, er en slåfejl: kalenderen ville få et møde uden længde eller et, der går baglæns. Netværksmøder går ikke over midnat, så netplan læser ikke `22.00-01.00` som et natmøde."),
        triggering: [
            "core Anne: faglighed\nphase Opstart\nmeeting Kickoff on 2027-01-06 ↓16.00-14.00 in Opstart",
            "core Anne: faglighed\nphase Opstart\nmeeting Kickoff on 2027-01-06 ↓14.00-14.00 in Opstart",
        ],
        nonTriggering: [
            "core Anne: faglighed\nphase Opstart\nmeeting Kickoff on 2027-01-06 14.00-16.00 in Opstart",
            "core Anne: faglighed\nphase Opstart\nmeeting Kickoff on 2027-01-06 in Opstart",
        ])

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let backwards = context.plan.meetings.compactMap { meeting -> (Meeting, TimeSpan, Int, Int)? in
            guard let time = meeting.time, let start = time.start, let end = time.end, end <= start else { return nil }
            return (meeting, time, start, end)
        }
        return findings(backwards, in: context, at: \.1.range) { meeting, time, start, end in
            let from = TimeSpan.clockText(start)
            let to = TimeSpan.clockText(end)
            let fix = end < start ? "\(to)-\(from)" : "\(from)-\(TimeSpan.clockText(min(start + 60, 24 * 60)))"
            return finding(
                end < start
                    ? Text(
                        en: "`\(meeting.name)` ends at \(to), before it starts at \(from)",
                        da: "`\(meeting.name)` slutter kl. \(to), før det begynder kl. \(from)")
                    : Text(
                        en: "`\(meeting.name)` starts and ends at \(from)",
                        da: "`\(meeting.name)` begynder og slutter kl. \(from)"),
                at: time.range,
                label: Text(en: "start first, then end", da: "først start, så slut"),
                help: end < start
                    ? Text(
                        en: "write the start first: `\(fix)`",
                        da: "skriv starten først: `\(fix)`")
                    : Text(
                        en: "write when the meeting ends, such as `\(fix)`",
                        da: "skriv, hvornår mødet slutter, fx `\(fix)`"))
        }
    }
}
