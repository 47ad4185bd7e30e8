/// Rule 5: a competence of the diamond that nobody in the network brings.
public struct CompetenceMissingRule: Rule {
    public init() {}

    public let description = RuleDescription(
        code: "NP205", identifier: "competence-missing", severity: .warning,
        title: Text(
            en: "A competence of the diamond that nobody brings",
            da: "En kompetence i diamanten, som ingen bidrager med"),
        rationale: Text(
            en: "The competence diamond names the four kinds of contribution a network needs. Before inviting anyone, the method asks which of them the network still lacks, and which actors could bring them. A competence nobody in the plan brings is a gap in the network itself, not just in one phase.",
            da: "Kompetencediamanten nævner de fire slags bidrag, et netværk har brug for. Før man inviterer nogen, spørger metoden, hvilke af dem netværket stadig mangler, og hvilke aktører der kunne bringe dem. En kompetence, som ingen i planen bringer, er et hul i selve netværket, ikke kun i én fase."),
        triggering: [
            "↓network Test\ncore Anne: faglighed, indsigt, ressourcer\nphase Start",
            "diamond viden, ↓mod\ncore Anne: viden\nphase Start",
        ],
        nonTriggering: [
            "core Anne: faglighed, indsigt\ncore Bo: ressourcer\ngroup Ledere: handlekraft\nphase Start: invite Ledere",
            "diamond viden, mod\ncore Anne: viden, mod\nphase Start",
        ])

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let plan = context.plan
        var brought = [Bool](repeating: false, count: plan.diamond.count)
        for participant in plan.participants {
            for competence in participant.competences { brought[competence] = true }
        }
        let missing = plan.diamond.indices.filter { !brought[$0] }
        return findings(missing, in: context, at: { plan.diamond[$0].range ?? context.planAnchor }) { competence in
            let name = plan.diamond[competence].name
            let actors = TypicalActors.forCompetence(name)
            return finding(
                Text(
                    en: "nobody in the network brings `\(name)`",
                    da: "ingen i netværket bidrager med `\(name)`"),
                at: plan.diamond[competence].range ?? context.planAnchor,
                label: Text(en: "missing from the network", da: "mangler i netværket"),
                help: Text(
                    en: "`\(name)` is typically brought by \(actors.en); find one and declare them with `: \(name)`",
                    da: "`\(name)` bringes typisk af \(actors.da); find en og erklær dem med `: \(name)`"),
                action: Text(
                    en: "Find someone for the network who brings \(name): typically \(actors.en)",
                    da: "Find en til netværket, der bidrager med \(name): typisk \(actors.da)"))
        }
    }
}
