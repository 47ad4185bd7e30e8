import NetplanBase
import NetplanSyntax

/// Rule 3: an as-needed participant (or a declared group) invited to no
/// phase, unless they have declined.
public struct NeverInvolvedRule: Rule {
    public init() {}

    public let description = RuleDescription(
        code: "NP203", identifier: "never-involved", severity: .warning,
        title: Text(
            en: "An as-needed participant or group invited to no phase",
            da: "En deltager eller gruppe, der ikke er inviteret til nogen fase"),
        rationale: Text(
            en: "Participants involved as needed take part only in the phases that invite them. One who is invited nowhere is never involved: the plan found them, maybe on the relationship tour, and then forgot them. Decide in which phase their knowledge, insight or resources are needed, or take them out of the plan.",
            da: "Deltagere, der inddrages løbende, og grupper er kun med i de faser, der inviterer dem. En, der ikke er inviteret nogen steder, bliver aldrig inddraget: planen fandt vedkommende, måske på relationsrundturen, og glemte vedkommende igen. Beslut, i hvilken fase vedkommendes viden, indsigt eller ressourcer er nødvendige, eller tag vedkommende ud af planen."),
        triggering: [
            "core Anne: faglighed\nparticipant ↓Erik: ressourcer\nphase Start",
            "core Anne: faglighed\ngroup ↓Borgere: indsigt\nphase Start: needs indsigt",
        ],
        nonTriggering: [
            "core Anne: faglighed\nparticipant Erik: ressourcer\nphase Start: invite Erik",
            "core Anne: faglighed\nphase Start",
            "core Anne: faglighed\nparticipant Erik: ressourcer status afslået\nphase Start",
        ])

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let plan = context.plan
        let never = plan.participants.filter {
            // One who has said no (`status afslået`) is rightly invited nowhere.
            !$0.isCore && !$0.isBuiltIn && $0.phases.isEmpty && $0.nameRange != nil && $0.counts
        }
        // The first phase with an uncovered need of each competence: one pass
        // over the phases, not one per participant.
        var firstNeeding = [Int?](repeating: nil, count: never.isEmpty ? 0 : plan.diamond.count)
        if !never.isEmpty {
            for (index, phase) in plan.phases.enumerated().reversed() {
                WorkProbe.add(.coverageTest, phase.needs.count)
                for need in phase.needs where !need.isCovered { firstNeeding[need.competence] = index }
            }
        }
        return findings(never, in: context, at: { $0.nameRange ?? context.planAnchor }) { participant in
            // The first phase whose needs this participant would cover.
            WorkProbe.add(.coverageTest, participant.competences.count)
            let help: Text
            if let index = participant.competences.compactMap({ firstNeeding[$0] }).min() {
                let phase = plan.phases[index].name
                help = Text(
                    en: "`\(phase)` needs what `\(participant.name)` brings: `phase \(quotedIfNeeded(phase)): invite \(quotedIfNeeded(participant.name))`",
                    da: "`\(phase)` mangler det, `\(participant.name)` bidrager med: `phase \(quotedIfNeeded(phase)): invite \(quotedIfNeeded(participant.name))`")
            } else {
                help = Text(
                    en: "add `invite \(quotedIfNeeded(participant.name))` to the phases where they are needed, or remove them from the plan",
                    da: "tilføj `invite \(quotedIfNeeded(participant.name))` til de faser, hvor `\(participant.name)` skal med, eller fjern `\(participant.name)` fra planen")
            }
            let brings = participant.competences.map { plan.diamond[$0].name }
            let action =
                brings.isEmpty
                ? Text(
                    en: "Invite \(participant.name) to the phases where they can contribute, or take them out of the plan",
                    da: "Invitér \(participant.name) til de faser, hvor der er brug for \(participant.name), eller tag \(participant.name) ud af planen")
                : Text(
                    en: "Invite \(participant.name) to the phases that need \(ActionWords.either(brings).en)",
                    da: "Invitér \(participant.name) til de faser, der har brug for \(ActionWords.either(brings).da)")
            return finding(
                Text(
                    en: "`\(participant.name)` is not invited to any phase",
                    da: "`\(participant.name)` er ikke inviteret til nogen fase"),
                at: participant.nameRange ?? context.planAnchor, label: Text(en: "never involved", da: "inddrages aldrig"), help: help,
                action: action)
        }
    }
}
