import NetplanBase
import NetplanSyntax

/// Someone who has declined (`status afslået`) but is still core or invited.
public struct DeclinedStillInvolvedRule: Rule {
    public init() {}

    public let description = RuleDescription(
        code: "NP215", identifier: "declined-still-involved", severity: .warning,
        title: Text(
            en: "Someone who has declined but is still in the plan's phases",
            da: "En, der har sagt nej, men stadig er med i planens faser"),
        rationale: Text(
            en: "The method says: if someone is not motivated, find someone else. A person who has declined counts nowhere in netplan (not in the core team, not in what the network brings, not in a phase's needs), but while they are still core or invited, the plan and the calendar say they take part. netplan names who else brings what they would have brought, so the gap is visible.",
            da: "Metoden siger: er en person ikke motiveret, så find en anden. En, der har sagt nej, tæller ikke med nogen steder i netplan (hverken i kerneholdet, i det, netværket bidrager med, eller i en fases behov), men så længe vedkommende stadig er kernedeltager eller inviteret, siger planen og kalenderen, at vedkommende er med. netplan nævner, hvem der ellers bidrager med det, vedkommende skulle have bidraget med, så hullet kan ses."),
        triggering: [
            "core ↓Anne: faglighed status afslået\ncore Bo: faglighed\nphase Start",
            "core Anne: faglighed\nparticipant Erik: indsigt status declined\nphase Start: invite ↓Erik",
        ],
        nonTriggering: [
            "core Anne: faglighed\nparticipant Erik: indsigt status afslået\nphase Start",
            "core Anne: faglighed status bekræftet\nparticipant Erik: indsigt status kontaktet\nphase Start: invite Erik",
        ])

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let plan = context.plan
        var places: [(participant: Int, range: SourceRange, phase: String?)] = []
        for (index, participant) in plan.participants.enumerated() where participant.isDeclined && participant.isCore {
            if let range = participant.nameRange { places.append((index, range, nil)) }
        }
        // Once per person and phase, at the first invitation there.
        var seen = [Int](repeating: -1, count: plan.participants.count)
        for (phaseIndex, phase) in plan.phases.enumerated() {
            for reference in phase.invited
            where plan.participants[reference.participant].isDeclined && seen[reference.participant] != phaseIndex {
                seen[reference.participant] = phaseIndex
                places.append((reference.participant, reference.range, phase.name))
            }
        }
        return findings(places, in: context, at: \.range) { index, range, phase in
            let person = plan.participants[index]
            let name = person.name
            return finding(
                phase.map { phase in
                    Text(
                        en: "`\(name)` has declined but is invited to `\(phase)`",
                        da: "`\(name)` har sagt nej, men er inviteret til `\(phase)`")
                }
                    ?? Text(
                        en: "`\(name)` has declined but is still a core participant",
                        da: "`\(name)` har sagt nej, men er stadig kernedeltager"),
                at: range,
                label: Text(en: "declined", da: "har sagt nej"),
                notes: others(for: index, in: context).map { [$0] } ?? [],
                help: phase == nil
                    ? Text(
                        en: "find someone else for the core team and take `\(name)` off it; if `\(name)` has said yes after all, change the status",
                        da: "find en anden til kerneholdet, og tag `\(name)` ud af det; har `\(name)` alligevel sagt ja, så ret status")
                    : Text(
                        en: "take `\(name)` out of the invitation and find someone else; if `\(name)` has said yes after all, change the status",
                        da: "tag `\(name)` ud af invitationen, og find en anden; har `\(name)` alligevel sagt ja, så ret status"),
                action: Text(
                    en: "Find someone to take the place of \(name), who has declined",
                    da: "Find en i stedet for \(name), der har sagt nej"))
        }
    }

    /// "`Bo Holm` and `Eva Lund` also bring `indsigt`; nobody else brings
    /// `faglighed`": who else, not declined, brings each competence of the
    /// declined person. Nil when they bring none.
    func others(for index: Int, in context: RuleContext) -> Text? {
        let plan = context.plan
        let parts = plan.participants[index].competences.map { competence -> Text in
            let name = plan.diamond[competence].name
            let holders = context.holders(of: competence).filter { $0 != index }
            guard !holders.isEmpty else {
                return Text(en: "nobody else brings `\(name)`", da: "ingen andre bidrager med `\(name)`")
            }
            var who = Text.list(holders.prefix(4).map { plan.participants[$0].name })
            if holders.count > 4 {
                who = who + Text(en: " and \(holders.count - 4) more", da: " og \(holders.count - 4) andre")
            }
            return holders.count == 1
                ? Text(en: "\(who.en) also brings `\(name)`", da: "\(who.da) bidrager også med `\(name)`")
                : Text(en: "\(who.en) also bring `\(name)`", da: "\(who.da) bidrager også med `\(name)`")
        }
        guard !parts.isEmpty else { return nil }
        return Text(en: parts.map(\.en).joined(separator: "; "), da: parts.map(\.da).joined(separator: "; "))
    }
}
