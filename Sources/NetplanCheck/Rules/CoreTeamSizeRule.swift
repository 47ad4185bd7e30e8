import NetplanBase
import NetplanSyntax

/// Rule 1: a core team outside the recommended size (4-6 unless `set core-team`).
public struct CoreTeamSizeRule: Rule {
    public init() {}

    public let description = RuleDescription(
        code: "NP201", identifier: "core-team-size", severity: .warning,
        title: Text(en: "Core team too small or too large", da: "Kerneholdet er for lille eller for stort"),
        rationale: Text(
            en: "The core participants carry the network through every phase: they bring what matters all the way, test ideas in their own units and build backing. The method's experience is that this works best as a small team on fire of about four to six people. Fewer, and the work stands on too few shoulders; more, and the team stops being a team. A plan can set its own range with `set core-team 3-7`.",
            da: "Kernedeltagerne bærer netværket gennem alle faser: de bidrager med det, der betyder noget hele vejen, afprøver idéer i egne enheder og skaber opbakning. Metodens erfaring er, at det fungerer bedst med et lille hold på fire til seks personer, der brænder for temaet. Med færre hviler arbejdet på for få skuldre; med flere holder holdet op med at være et hold. En plan kan sætte sit eget interval med `set core-team 3-7`."),
        triggering: [
            "↓core Anne: faglighed\ncore Bo: indsigt\nphase Start",
            "↓phase Start: invite Borgere",
            "core A: faglighed\ncore B: faglighed\ncore C: faglighed\ncore D: faglighed\ncore E: faglighed\ncore F: faglighed\n↓core G: faglighed\nphase Start",
            "↓core Anne: faglighed\ncore Bo: indsigt\ncore Carl: ressourcer\nparticipant Erik: handlekraft\nphase Start: invite Erik\nphase Idé: invite Erik\nphase Test",
        ],
        nonTriggering: [
            "core A: faglighed\ncore B: indsigt\ncore C: ressourcer\ncore D: handlekraft\nphase Start",
            "set core-team 1-3\ncore Anne: faglighed\nphase Start",
        ])

    public func check(_ context: RuleContext) -> [Diagnostic] {
        // Someone who has declined is not on the team, whatever the plan says.
        let core = context.plan.countedCore
        let range = context.coreTeam
        guard !range.contains(core.count) else { return [] }
        let declined = context.plan.coreParticipants.filter { context.plan.participants[$0].isDeclined }
        let declinedNote = declined.isEmpty ? [] : [context.declinedNote(declined)]
        let sizeText = Text(
            en: "the method recommends \(range.lowerBound) to \(range.upperBound)",
            da: "metoden anbefaler \(range.lowerBound) til \(range.upperBound)")
        if core.count > range.upperBound {
            let extra = core[range.upperBound]
            let rest = core[range.upperBound...].map { context.plan.participants[$0].name }
            return [
                finding(
                    Text(
                        en: "the core team has \(core.count) participants; \(sizeText.en)",
                        da: "kerneholdet har \(core.count) \(Vocabulary.plural(.core).da); \(sizeText.da)"),
                    at: context.plan.participants[extra].statementRange ?? context.planAnchor,
                    label: Text(en: "one too many from here", da: "herfra er der for mange"),
                    notes: declinedNote,
                    help: Text(
                        en: "consider involving \(Text.list(rest).en) as needed (`participant`) in the phases where they matter most",
                        da: "overvej at inddrage \(Text.list(rest).da) løbende (`participant`) i de faser, hvor \(rest.count == 1 ? "vedkommende" : "de") betyder mest"),
                    action: Text(
                        en: "Involve \(ActionWords.all(rest).en) as needed, in the phases where they matter most",
                        da: "Inddrag \(ActionWords.all(rest).da) løbende i de faser, hvor \(rest.count == 1 ? "vedkommende" : "de") betyder mest"))
            ]
        }
        // Too few: suggest the as-needed participants who already take part
        // in two phases or more, those in most phases first.
        let plan = context.plan
        let candidates = plan.participants.indices
            .filter {
                plan.participants[$0].kind == .participant && plan.participants[$0].counts
                    && plan.participants[$0].phases.count >= 2
            }
            .sorted { plan.participants[$0].phases.count > plan.participants[$1].phases.count }
            .prefix(range.lowerBound - core.count)
        let anchor =
            (core.first ?? plan.coreParticipants.first).flatMap { plan.participants[$0].statementRange }
            ?? context.planAnchor
        let help: Text
        if let only = candidates.first, candidates.count == 1 {
            let name = plan.participants[only].name
            let phases = plan.participants[only].phases.count
            help = Text(
                en: "`\(name)` already takes part in \(phases) of the \(plan.phases.count) phases: could `\(name)` be a core participant?",
                da: "`\(name)` er allerede med i \(phases) af de \(plan.phases.count) faser: kunne `\(name)` være kernedeltager?")
        } else if !candidates.isEmpty {
            let names = Text.list(candidates.map { plan.participants[$0].name })
            help = Text(
                en: "\(names.en) already take part in several phases: could they be core participants?",
                da: "\(names.da) er allerede med i flere faser: kunne de være kernedeltagere?")
        } else {
            help = Text(
                en: "find people with expertise or insight that matters in every phase, and add them to the plan with `core`",
                da: "find personer med faglighed eller indsigt, der betyder noget i alle faser, og skriv dem i planen med `core`")
        }
        let names = candidates.map { plan.participants[$0].name }
        let action =
            candidates.isEmpty
            ? Text(
                en: "Find more core participants: people whose expertise or insight matters in every phase",
                da: "Find flere kernedeltagere: personer, hvis faglighed eller indsigt betyder noget i alle faser")
            : Text(
                en: "Consider making \(ActionWords.all(names).en) core participant\(names.count == 1 ? "" : "s")",
                da: "Overvej at gøre \(ActionWords.all(names).da) til kernedeltager\(names.count == 1 ? "" : "e")")
        return [
            finding(
                core.isEmpty
                    ? Text(en: "the plan has no core participants; \(sizeText.en)", da: "planen har ingen kernedeltagere; \(sizeText.da)")
                    : Text(
                        en: "the core team has only \(core.count) participant\(core.count == 1 ? "" : "s"); \(sizeText.en)",
                        da: "kerneholdet har kun \(core.count) \((core.count == 1 ? Vocabulary.kind(.core) : Vocabulary.plural(.core)).da); \(sizeText.da)"),
                at: anchor, notes: declinedNote, help: help, action: action)
        ]
    }
}
