/// Rule 6: a phase whose `needs` are not covered by those present.
public struct NeedUncoveredRule: Rule {
    public init() {}

    public let description = RuleDescription(
        code: "NP206", identifier: "need-uncovered", severity: .warning,
        title: Text(
            en: "A phase needs a competence that nobody present brings",
            da: "En fase har brug for en kompetence, som ingen af de tilstedeværende bidrager med"),
        rationale: Text(
            en: "Planning the involvement means asking, phase by phase, which competences the work needs, and making sure someone present brings them. When a phase needs a competence and nobody present has it, invite someone who does: netplan names the participants and groups in the plan who bring it.",
            da: "At planlægge inddragelsen betyder at spørge, fase for fase, hvilke kompetencer arbejdet kræver, og sikre, at en af de tilstedeværende har dem. Når en fase mangler en kompetence, og ingen til stede har den, så inviter en, der har: netplan nævner de deltagere og grupper i planen, der bringer den."),
        triggering: [
            "core Anne: faglighed\nparticipant Fie: ressourcer\nphase Start: invite Fie\nphase Test: needs ↓ressourcer",
            "core Anne: faglighed\nphase Test: needs faglighed, ↓indsigt",
        ],
        nonTriggering: [
            "core Anne: faglighed\nparticipant Fie: ressourcer\nphase Test: invite Fie needs ressourcer, faglighed"
        ])

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let plan = context.plan
        let uncovered = plan.phases.flatMap { phase in phase.needs.filter { !$0.isCovered }.map { (phase, $0) } }
        guard !uncovered.isEmpty else { return [] }
        // Who brings each competence, listed once for all phases. Nobody
        // present in a phase brings a competence it lacks (else it would be
        // covered), so everyone who brings it is a candidate to invite.
        var holders = [[Int]](repeating: [], count: plan.diamond.count)
        for (index, participant) in plan.participants.enumerated() {
            WorkProbe.add(.coverageTest, participant.competences.count)
            for competence in participant.competences { holders[competence].append(index) }
        }
        return findings(uncovered, in: context, at: \.1.range) { phase, need in
            let name = plan.diamond[need.competence].name
            let candidates = holders[need.competence]
            let left = phase.without.map(\.participant).filter {
                plan.participants[$0].competences.contains(need.competence)
            }
            let help: Text
            let step: Text
            if let candidate = candidates.first {
                let who = plan.participants[candidate].name
                step = left.contains(candidate)
                    ? Text(
                        en: "Take \(who) back into \(phase.name), so \(name) is covered",
                        da: "Tag \(who) med i \(phase.name) igen, så \(name) er dækket")
                    : Text(
                        en: "Invite \(who) to \(phase.name), so \(name) is covered",
                        da: "Invitér \(who) til \(phase.name), så \(name) er dækket")
            } else {
                let actors = TypicalActors.forCompetence(name)
                step = Text(
                    en: "Find someone who brings \(name) to \(phase.name): typically \(actors.en)",
                    da: "Find en, der bidrager med \(name), til \(phase.name): typisk \(actors.da)")
            }
            if !candidates.isEmpty {
                let list = context.candidateList(candidates, competence: need.competence)
                let first = quotedIfNeeded(plan.participants[candidates[0]].name)
                let action = left.contains(candidates[0])
                    ? Text(en: "remove `\(first)` from `without`", da: "fjern `\(first)` fra `without`")
                    : Text(en: "`invite \(first)`", da: "`invite \(first)`")
                help = Text(
                    en: "in the plan, \(list) bring\(candidates.count == 1 ? "s" : "") it: \(action.en)",
                    da: "i planen bidrager \(list) med den: \(action.da)")
            } else {
                let actors = TypicalActors.forCompetence(name)
                help = Text(
                    en: "nobody in the plan brings `\(name)`; it typically comes from \(actors.en)",
                    da: "ingen i planen bidrager med `\(name)`; den kommer typisk fra \(actors.da)")
            }
            return finding(
                Text(
                    en: "`\(phase.name)` needs `\(name)`, but nobody present brings it",
                    da: "`\(phase.name)` har brug for `\(name)`, men ingen af de tilstedeværende bidrager med den"),
                at: need.range, label: Text(en: "not covered", da: "ikke dækket"), help: help, action: step)
        }
    }
}
