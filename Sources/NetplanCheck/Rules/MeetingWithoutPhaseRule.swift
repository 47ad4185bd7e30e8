import NetplanBase
import NetplanSyntax

/// A meeting without `in` whose date no phase holds.
public struct MeetingWithoutPhaseRule: Rule {
    public init() {}

    public let description = RuleDescription(
        code: "NP218", identifier: "meeting-without-phase", severity: .warning,
        title: Text(en: "A meeting that belongs to no phase", da: "Et møde, der ikke hører til nogen fase"),
        rationale: Text(
            en: "Those present at a meeting are those present in its phase. Without `in`, a meeting belongs to the phase whose dates hold its date. When no phase does, because the date lies between or outside the phases, or the phases have no dates, nobody is invited to it.",
            da: "Dem, der er med til et møde, er dem, der er med i mødets fase. Uden `in` hører et møde til den fase, hvis datoer omfatter mødets dato. Når ingen fase gør det, fordi datoen ligger mellem eller uden for faserne, eller faserne ikke har datoer, bliver ingen inviteret til mødet."),
        triggering: [
            "core Anne: faglighed\nphase Opstart from 2027-01-04 to 2027-01-29\nmeeting ↓Borgermøde on 2027-05-03",
            "core Anne: faglighed\nphase Opstart\nmeeting ↓Kickoff on 2027-01-06",
        ],
        nonTriggering: [
            "core Anne: faglighed\nphase Opstart from 2027-01-04 to 2027-01-29\nmeeting Kickoff on 2027-01-06",
            "core Anne: faglighed\nphase Opstart\nmeeting Kickoff on 2027-01-06 in Opstart",
        ])

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let plan = context.plan
        let homeless = plan.meetings.filter { $0.phaseName == nil && $0.phase == nil && $0.date != nil }
        guard !homeless.isEmpty else { return [] }
        let dated = plan.phases.filter { phase in
            guard let start = phase.start, let end = phase.end else { return false }
            return start <= end
        }
        return findings(homeless, in: context, at: \.nameRange) { meeting in
            let date = meeting.date.map(\.description) ?? ""
            let example = quotedIfNeeded(plan.phases.first?.name ?? "Opstart")
            let help: Text
            if let nearest = meeting.date.flatMap({ nearestPhase(to: $0, among: dated) }),
                let start = nearest.start, let end = nearest.end
            {
                help = Text(
                    en: "write `in PHASE` after the date to say which phase it belongs to, such as `in \(quotedIfNeeded(nearest.name))`, or move it into a phase's dates (the nearest is `\(nearest.name)`, \(start) to \(end))",
                    da: "skriv `in FASE` efter datoen for at sige, hvilken fase mødet hører til, fx `in \(quotedIfNeeded(nearest.name))`, eller flyt det ind i en fases datoer (den nærmeste er `\(nearest.name)`, \(start) til \(end))")
            } else {
                help = Text(
                    en: "the phases have no dates: write `in PHASE` after the date, such as `in \(example)`, or give the phases dates with `from ... to ...`",
                    da: "faserne har ingen datoer: skriv `in FASE` efter datoen, fx `in \(example)`, eller giv faserne datoer med `from ... to ...`")
            }
            return finding(
                Text(
                    en: "`\(meeting.name)` on \(date) belongs to no phase",
                    da: "`\(meeting.name)` den \(date) hører ikke til nogen fase"),
                at: meeting.nameRange,
                label: Text(en: "no phase holds this date", da: "ingen fase omfatter datoen"),
                help: help)
        }
    }

    /// The dated phase closest to a date.
    func nearestPhase(to date: CalendarDate, among phases: [Phase]) -> Phase? {
        phases.min { distance($0, date) < distance($1, date) }
    }

    private func distance(_ phase: Phase, _ date: CalendarDate) -> Int {
        guard let start = phase.start, let end = phase.end else { return Int.max }
        if date < start { return start.dayNumber - date.dayNumber }
        if date > end { return date.dayNumber - end.dayNumber }
        return 0
    }
}
