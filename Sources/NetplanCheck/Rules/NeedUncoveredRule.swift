import NetplanBase
import NetplanSyntax

/// Rule 6: a phase whose `needs` are not covered by those present.
public struct NeedUncoveredRule: Rule {
    public init() {}

    public let description = RuleDescription(
        code: "NP206", identifier: "need-uncovered", severity: .warning,
        title: Text(
            en: "A phase needs a competence that nobody present brings",
            da: "En fase har brug for en kompetence, som ingen af dem, der er med, bidrager med"),
        rationale: Text(
            en: "Planning the involvement means asking, phase by phase, which competences the work needs, and making sure someone present brings them. When a phase needs a competence and nobody present has it, invite someone who does: netplan names everyone in the plan who brings it and is free to come. A core participant the phase leaves out with `without` is named as left out, not proposed, since that was a choice. A built-in group such as `Borgere`, invited without a `group` line, brings nothing yet: netplan proposes the line that says what it brings.",
            da: "At planlægge inddragelsen betyder at spørge, fase for fase, hvilke kompetencer arbejdet kræver, og sikre, at en af dem, der er med, har dem. Når en fase mangler en kompetence, og ingen af dem, der er med, har den, så invitér en, der har den: netplan nævner alle i planen, der bidrager med den og kan komme. En kernedeltager, som fasen holder ude med `without`, nævnes som holdt ude og foreslås ikke, for det var et valg. En indbygget gruppe som `Borgere`, der er inviteret uden en `group`-linje, bidrager endnu ikke med noget: netplan foreslår den linje, der siger, hvad gruppen bidrager med."),
        triggering: [
            "core Anne: faglighed\nparticipant Fie: ressourcer\nphase Start: invite Fie\nphase Test: needs ↓ressourcer",
            "core Anne: faglighed\nphase Test: needs faglighed, ↓indsigt",
            "core Anne: faglighed, ressourcer\nparticipant Erik: ressourcer\nparticipant Fie: ressourcer\nphase Start: invite Erik, Fie\nphase Test: needs ↓ressourcer without Anne",
            "core Anne: faglighed\nphase Idé: invite Borgere needs ↓indsigt",
        ],
        nonTriggering: [
            "core Anne: faglighed\nparticipant Fie: ressourcer\nphase Test: invite Fie needs ressourcer, faglighed",
            "core Anne: faglighed\ngroup Borgere: indsigt\nphase Idé: invite Borgere needs indsigt",
        ])

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let plan = context.plan
        let uncovered = plan.phases.flatMap { phase in phase.needs.filter { !$0.isCovered }.map { (phase, $0) } }
        guard !uncovered.isEmpty else { return [] }
        // Who brings each competence, listed once for all phases. Nobody
        // present in a phase brings a competence it lacks (else it would be
        // covered), so everyone who brings it is a candidate to invite.
        var holders = [[Int]](repeating: [], count: plan.diamond.count)
        for (index, participant) in plan.participants.enumerated() where participant.counts {
            WorkProbe.add(.coverageTest, participant.competences.count)
            for competence in participant.competences { holders[competence].append(index) }
        }
        return findings(uncovered, in: context, at: \.1.range) { phase, need in
            let name = plan.diamond[need.competence].name
            let candidates = holders[need.competence]
            let left = phase.without.map(\.participant).filter {
                plan.participants[$0].counts && plan.participants[$0].competences.contains(need.competence)
            }
            let step: Text
            if let candidate = candidates.first(where: { !left.contains($0) }) ?? candidates.first {
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
            let groups = context.undeclaredGroups(
                among: phase.present.map(\.participant), couldBring: need.competence)
            let help = advice(for: need.competence, in: phase, holders: holders[need.competence], context: context)
            return finding(
                groups.isEmpty
                    ? Text(
                        en: "`\(phase.name)` needs `\(name)`, but nobody present brings it",
                        da: "`\(phase.name)` har brug for `\(name)`, men ingen af dem, der er med i fasen, bidrager med den")
                    : Text(
                        en: "`\(phase.name)` needs `\(name)`, but nobody present brings it yet: ",
                        da: "`\(phase.name)` har brug for `\(name)`, men ingen af dem, der er med i fasen, bidrager med den endnu: ")
                        + context.invitedWithoutGroupLine(groups),
                at: need.range, label: Text(en: "not covered", da: "ikke dækket"), help: help, action: step)
        }
    }

    /// What to do about one uncovered need. Undeclared built-in groups in
    /// the phase first (declaring what they bring is the smallest fix), then
    /// everyone in the plan who brings it and is not deliberately left out of
    /// the phase, all named; who is left out is said, not proposed.
    package func advice(for competence: Int, in phase: Phase, holders: [Int], context: RuleContext) -> Text {
        let plan = context.plan
        let name = plan.diamond[competence].name
        let leftOut = Set(phase.without.map(\.participant))
        let available = holders.filter { !leftOut.contains($0) }
        let left = holders.filter { leftOut.contains($0) }
        var parts: [Text] = []
        let groups = context.undeclaredGroups(among: phase.present.map(\.participant), couldBring: competence)
        if !groups.isEmpty { parts.append(context.declareGroupsHelp(groups, competence: competence)) }
        if !available.isEmpty {
            let first = quotedIfNeeded(plan.participants[available[0]].name)
            let who = context.someOf(available)
            parts.append(
                available.count == 1
                    ? Text(
                        en: "invite \(who.en), who brings `\(name)`: `invite \(first)`",
                        da: "invitér \(who.da), der bidrager med `\(name)`: `invite \(first)`")
                    : Text(
                        en: "invite \(who.en): they bring `\(name)`",
                        da: "invitér \(who.da), der bidrager med `\(name)`"))
        }
        if !left.isEmpty {
            let who = Text.list(left.map { plan.participants[$0].name })
            let verb = left.count == 1 ? Text(en: "is", da: "er") : Text(en: "are", da: "er")
            parts.append(
                available.isEmpty && groups.isEmpty
                    ? Text(
                        en: "only \(who.en) bring\(left.count == 1 ? "s" : "") `\(name)`, and \(verb.en) left out of this phase with `without`: take \(who.en) out of `without`, or find someone else who brings it",
                        da: "kun \(who.da) bidrager med `\(name)` og \(verb.da) holdt ude af fasen med `without`: tag \(who.da) ud af `without`, eller find en anden, der bidrager med den")
                    : Text(
                        en: "\(who.en) also bring\(left.count == 1 ? "s" : "") it but \(verb.en) left out of this phase with `without`",
                        da: "\(who.da) bidrager også med den, men \(verb.da) holdt ude af fasen med `without`"))
        }
        if parts.isEmpty {
            let actors = TypicalActors.forCompetence(name)
            return Text(
                en: "nobody in the plan brings `\(name)`; it typically comes from \(actors.en)",
                da: "ingen i planen bidrager med `\(name)`; den kommer typisk fra \(actors.da)")
        }
        return Text(
            en: parts.map(\.en).joined(separator: "; "), da: parts.map(\.da).joined(separator: "; "))
    }
}
