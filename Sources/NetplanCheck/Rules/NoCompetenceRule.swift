import NetplanBase
import NetplanSyntax

/// Rule 10: a participant or group that brings no competence.
public struct NoCompetenceRule: Rule {
    public init() {}

    public let description = RuleDescription(
        code: "NP208", identifier: "no-competence", severity: .warning,
        title: Text(en: "A participant who brings no competence", da: "En deltager, der ikke bidrager med nogen kompetence"),
        rationale: Text(
            en: "Contact with a participant is personal: you explain why you need exactly their competence. If the plan does not say what someone brings, nobody can tell why they are there, and netplan cannot see whether the diamond and each phase's needs are covered.",
            da: "Kontakten til en deltager er personlig: du forklarer, hvorfor du har brug for netop vedkommendes kompetence. Hvis planen ikke siger, hvad en person bidrager med, kan ingen se, hvorfor vedkommende er med, og netplan kan ikke se, om diamanten og hver fases behov er dækket."),
        triggering: [
            "core Anne: faglighed\nparticipant ↓Erik\nphase Start: invite Erik",
            "core ↓Anne:\nphase Start",
        ],
        nonTriggering: [
            "core Anne: faglighed\nphase Start: invite Borgere"
        ])

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let silent = context.plan.participants.filter {
            // A role holder invited by name has no declaration to list
            // competences on: what they bring is not the question there.
            !$0.isBuiltIn && !$0.listsCompetences && $0.nameRange != nil && $0.roleHolder == nil
        }
        let competences = silent.isEmpty ? [] : context.plan.diamond.map(\.name)
        let list = Text.list(competences)
        return findings(silent, in: context, at: { $0.nameRange ?? context.planAnchor }) { participant in
            finding(
                Text(
                    en: "`\(participant.name)` brings no competence",
                    da: "`\(participant.name)` bidrager ikke med nogen kompetence"),
                at: participant.nameRange ?? context.planAnchor,
                help: Text(
                    en: "write what they bring after a colon, one or more of \(list.en): `\(participant.kind.rawValue) \(quotedIfNeeded(participant.name)): \(competences.first ?? "")`",
                    da: "skriv efter et kolon, hvad `\(participant.name)` bidrager med (én eller flere af \(list.da)): `\(participant.kind.rawValue) \(quotedIfNeeded(participant.name)): \(competences.first ?? "")`"),
                action: Text(
                    en: "Write down what \(participant.name) brings to the network",
                    da: "Skriv i planen, hvad \(participant.name) bidrager med"))
        }
    }
}
