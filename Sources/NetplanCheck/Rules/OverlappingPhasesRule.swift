import NetplanBase
import NetplanSyntax

/// Dated phases that overlap or are out of order.
public struct OverlappingPhasesRule: Rule {
    public init() {}

    public let description = RuleDescription(
        code: "NP212", identifier: "overlapping-phases", severity: .warning,
        title: Text(en: "Phases whose dates overlap", da: "Faser, hvis datoer overlapper"),
        rationale: Text(
            en: "Phases follow each other in the order the plan writes them: each builds on what the one before found. When a phase starts before an earlier phase has ended, the order in the plan and in the calendar disagree, and participants get two phases' meetings at once.",
            da: "Faserne følger hinanden i den rækkefølge, de står i planen: hver fase bygger på det, den forrige fandt frem til. Når en fase begynder, før en tidligere fase er slut, er rækkefølgen i planen og i kalenderen uenige, og deltagerne får to fasers møder på én gang."),
        triggering: [
            "core Anne: faglighed\nphase Start from 2027-01-04 to 2027-01-29\nphase Næste from ↓2027-01-20 to 2027-02-26",
            "core Anne: faglighed\nphase A from 2027-03-01 to 2027-03-31\nphase B from ↓2027-01-01 to 2027-01-31",
        ],
        nonTriggering: [
            "core Anne: faglighed\nphase Start from 2027-01-04 to 2027-01-29\nphase Næste from 2027-02-01 to 2027-02-26",
            "core Anne: faglighed\nphase Start from 2027-01-04 to 2027-01-29\nphase Udateret\nphase Slut from 2027-03-01 to 2027-03-05",
        ])

    public func check(_ context: RuleContext) -> [Diagnostic] {
        // One pass in order, comparing each phase with the latest end so far:
        // linear, not every pair of phases.
        var overlaps: [(phase: Phase, start: CalendarDate, at: SourceRange, previous: (end: CalendarDate, phase: Phase))] = []
        var latest: (end: CalendarDate, phase: Phase)?
        for phase in context.plan.phases {
            guard let start = phase.start, let end = phase.end, start <= end, let startLiteral = phase.dates?.start
            else { continue }
            if let previous = latest, start <= previous.end {
                overlaps.append((phase, start, startLiteral.range, previous))
            }
            if end > (latest?.end ?? CalendarDate.distantPast) { latest = (end, phase) }
        }
        return findings(overlaps, in: context, at: \.at) { phase, start, range, previous in
            finding(
                Text(
                    en: "`\(phase.name)` starts on \(start), before `\(previous.phase.name)` ends on \(previous.end)",
                    da: "`\(phase.name)` begynder \(start), før `\(previous.phase.name)` slutter \(previous.end)"),
                at: range,
                secondary: previous.phase.dates?.end.map {
                    [Annotation($0.range, Text(en: "the earlier phase ends here", da: "den tidligere fase slutter her"))]
                } ?? [],
                help: Text(
                    en: "start `\(phase.name)` on \(previous.end.next) or later, or move it so the phases are in date order",
                    da: "lad `\(phase.name)` begynde \(previous.end.next) eller senere, eller flyt den, så faserne står i datoorden"))
        }
    }
}
