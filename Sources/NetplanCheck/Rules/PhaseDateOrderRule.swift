import NetplanBase
import NetplanSyntax

/// A phase that ends before it starts.
public struct PhaseDateOrderRule: Rule {
    public init() {}

    public let description = RuleDescription(
        code: "NP211", identifier: "phase-ends-before-start", severity: .error,
        title: Text(en: "A phase that ends before it starts", da: "En fase, der slutter, før den begynder"),
        rationale: Text(
            en: "The dates on a phase are what the planning schema and the calendar show the participants. An end date before the start date is always a slip, often a swapped month and day, and would put wrong meetings in people's calendars.",
            da: "Datoerne på en fase er det, planlægningsskemaet og kalenderen viser deltagerne. En slutdato før startdatoen er altid en fejl, ofte fordi måned og dag er byttet om, og ville give forkerte møder i folks kalendere."),
        triggering: [
            "core Anne: faglighed\nphase Start from 2027-03-10 to ↓2027-03-01"
        ],
        nonTriggering: [
            "core Anne: faglighed\nphase Start from 2027-03-01 to 2027-03-01",
            "core Anne: faglighed\nphase Start from 2027-03-01 to 2027-03-10",
        ])

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let reversed = context.plan.phases.compactMap { phase -> (Phase, CalendarDate, CalendarDate, SourceRange)? in
            guard let start = phase.start, let end = phase.end, end < start, let endLiteral = phase.dates?.end
            else { return nil }
            return (phase, start, end, endLiteral.range)
        }
        return findings(reversed, in: context, at: \.3) { phase, start, end, range in
            finding(
                Text(
                    en: "`\(phase.name)` ends on \(end) before it starts on \(start)",
                    da: "`\(phase.name)` slutter \(end), før den begynder \(start)"),
                at: range, label: Text(en: "before the start", da: "før starten"),
                help: Text(
                    en: "swap the dates, or check month and day",
                    da: "byt om på datoerne, eller tjek måned og dag"))
        }
    }
}
