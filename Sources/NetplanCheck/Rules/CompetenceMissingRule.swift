import NetplanBase
import NetplanSyntax

/// Rule 5: a competence of the diamond that nobody in the network brings.
public struct CompetenceMissingRule: Rule {
    public init() {}

    public let description = RuleDescription(
        code: "NP205", identifier: "competence-missing", severity: .warning,
        title: Text(
            en: "A competence of the diamond that nobody brings",
            da: "En kompetence i diamanten, som ingen bidrager med"),
        rationale: Text(
            en: "The competence diamond names the four kinds of contribution a network needs. Before inviting anyone, the method asks which of them the network still lacks, and which actors could bring them. A competence nobody in the plan brings is a gap in the network itself, not just in one phase. A built-in group such as `Borgere` that a phase invites without a `group` line brings nothing yet: when it could bring the missing competence, netplan proposes the line that says so.",
            da: "Kompetencediamanten nævner de fire slags bidrag, et netværk har brug for. Før man inviterer nogen, spørger metoden, hvilke af dem netværket stadig mangler, og hvilke aktører der kunne bidrage med dem. En kompetence, som ingen i planen bidrager med, er et hul i selve netværket, ikke kun i én fase. En indbygget gruppe som `Borgere`, som en fase inviterer uden en `group`-linje, bidrager endnu ikke med noget: kan den bidrage med den manglende kompetence, foreslår netplan den linje, der siger det."),
        triggering: [
            "↓network Test\ncore Anne: faglighed, indsigt, ressourcer\nphase Start",
            "diamond viden, ↓mod\ncore Anne: viden\nphase Start",
            "↓network Test\ncore Anne: faglighed, ressourcer, handlekraft\nphase Idé: invite Borgere",
        ],
        nonTriggering: [
            "core Anne: faglighed, indsigt\ncore Bo: ressourcer\ngroup Ledere: handlekraft\nphase Start: invite Ledere",
            "diamond viden, mod\ncore Anne: viden, mod\nphase Start",
            "core Anne: faglighed, ressourcer, handlekraft\ngroup Borgere: indsigt\nphase Idé: invite Borgere",
        ])

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let plan = context.plan
        var brought = [Bool](repeating: false, count: plan.diamond.count)
        var declined = [[Int]](repeating: [], count: plan.diamond.count)
        for (index, participant) in plan.participants.enumerated() {
            for competence in participant.competences {
                if participant.counts { brought[competence] = true } else { declined[competence].append(index) }
            }
        }
        let missing = plan.diamond.indices.filter { !brought[$0] }
        // Built-in groups exist in the resolved plan only when a phase invites them.
        let invitedGroups = plan.participants.indices.filter { plan.participants[$0].isBuiltIn }
        return findings(missing, in: context, at: { plan.diamond[$0].range ?? context.planAnchor }) { competence in
            let name = plan.diamond[competence].name
            let groups = context.undeclaredGroups(among: invitedGroups, couldBring: competence)
            let actors = TypicalActors.forCompetence(name)
            return finding(
                groups.isEmpty
                    ? Text(
                        en: "nobody in the network brings `\(name)`",
                        da: "ingen i netværket bidrager med `\(name)`")
                    : Text(
                        en: "nobody in the network brings `\(name)` yet: ",
                        da: "ingen i netværket bidrager med `\(name)` endnu: ")
                        + context.invitedWithoutGroupLine(groups),
                at: plan.diamond[competence].range ?? context.planAnchor,
                label: Text(en: "missing from the network", da: "mangler i netværket"),
                notes: declined[competence].isEmpty ? [] : [context.declinedNote(declined[competence])],
                help: groups.isEmpty
                    ? Text(
                        en: "`\(name)` is typically brought by \(actors.en); find someone who brings it and add `: \(name)` to their line",
                        da: "`\(name)` kommer typisk fra \(actors.da); find en, der bidrager med den, og tilføj `: \(name)` på vedkommendes linje")
                    : context.declareGroupsHelp(groups, competence: competence),
                action: Text(
                    en: "Find someone for the network who brings \(name): typically \(actors.en)",
                    da: "Find en til netværket, der bidrager med \(name): typisk \(actors.da)"))
        }
    }
}
