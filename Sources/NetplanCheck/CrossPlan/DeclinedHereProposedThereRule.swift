import NetplanBase
import NetplanSyntax

/// Someone who has declined in one network and is proposed in another.
public struct DeclinedHereProposedThereRule: CrossPlanRule {
    public init() {}

    public let description = RuleDescription(
        code: "NP232", identifier: "declined-here-proposed-there", severity: .note,
        title: Text(
            en: "Someone who has declined in one network but is proposed in another",
            da: "En, der har sagt nej i ét netværk, men er foreslået i et andet"),
        rationale: Text(
            en: "When someone says no to one network, the reason (no time, no mandate, a move) often holds for the next one too, and asking again without knowing it costs goodwill. When several plans are checked together, netplan matches people by name; a plan that makes someone core or invites them to a phase, without `status afslået` there, while another plan has them as declined, gets a note naming that network. Triggers: `Henrik Vestergaard` has `status afslået` in one plan and is core in another. Does not trigger: declined in both, or only written as a participant without an invitation.",
            da: "Når en person siger nej til ét netværk, gælder grunden (ingen tid, intet mandat, et nyt job) ofte også det næste, og at spørge igen uden at vide det koster velvilje. Når flere planer tjekkes sammen, finder netplan de samme personer ud fra navnet; en plan, der gør en person til kernedeltager eller inviterer vedkommende til en fase uden `status afslået`, mens en anden plan har vedkommende som afslået, får en bemærkning, der nævner det netværk. Udløses af: `Henrik Vestergaard` har `status afslået` i én plan og er kernedeltager i en anden. Udløses ikke af: afslået i begge, eller kun skrevet som deltager uden en invitation."),
        triggering: [
            """
            # file: aeldre.netplan
            network "Ældre"
            participant "Henrik Vestergaard": handlekraft status afslået
            # file: unge.netplan
            network "Unge"
            core ↓"Henrik Vestergaard": handlekraft
            """,
            """
            # file: aeldre.netplan
            participant "Henrik Vestergaard": handlekraft status afslået
            # file: unge.netplan
            participant ↓"Henrik Vestergaard": handlekraft status kontaktet
            phase Opstart: invite "Henrik Vestergaard"
            """,
        ],
        nonTriggering: [
            """
            # file: aeldre.netplan
            participant "Henrik Vestergaard": handlekraft status afslået
            # file: unge.netplan
            core "Henrik Vestergaard": handlekraft status afslået
            """,
            """
            # file: aeldre.netplan
            participant "Henrik Vestergaard": handlekraft status afslået
            # file: unge.netplan
            participant "Henrik Vestergaard": handlekraft
            phase Opstart
            """,
        ])

    public func check(_ context: CrossPlanContext) -> [CrossPlanFinding] {
        let inputs = context.inputs
        var findings: [CrossPlanFinding] = []
        for person in context.people.shared {
            let declined = person.filter { inputs[$0.plan].plan.participants[$0.participant].isDeclined }
            guard !declined.isEmpty else { continue }
            for here in person where inputs[here.plan].proposes(here.participant) {
                let there = declined.filter { $0.plan != here.plan }
                guard !there.isEmpty, let range = inputs[here.plan].plan.participants[here.participant].nameRange
                else { continue }
                let name = inputs[here.plan].plan.participants[here.participant].name
                var names: [String] = []
                for other in there where names.count < CrossPlanRules.relatedLimit && !names.contains(inputs[other.plan].networkName) {
                    names.append(inputs[other.plan].networkName)
                }
                let networks = Text.list(names)
                let related = there.compactMap { other -> Annotation? in
                    let participant = inputs[other.plan].plan.participants[other.participant]
                    let label = Text(en: "declined here", da: "har sagt nej her")
                    if let status = participant.facts.statusWord {
                        return Annotation(status.range, label, file: inputs[other.plan].path)
                    }
                    return inputs[other.plan].place(of: other.participant, label)
                }
                findings.append(
                    finding(
                        in: here.plan,
                        Text(
                            en: "`\(name)` has declined in \(networks.en) but is proposed here",
                            da: "`\(name)` har sagt nej til \(networks.da), men er foreslået her"),
                        at: range,
                        label: Text(en: "declined elsewhere", da: "har sagt nej et andet sted"),
                        related: related,
                        help: Text(
                            en: "ask the leader of \(networks.en) why `\(name)` declined before asking again; if `\(name)` has said no here too, write `status afslået`",
                            da: "spørg lederen af \(networks.da), hvorfor `\(name)` sagde nej, før I spørger igen; har `\(name)` også sagt nej her, så skriv `status afslået`"),
                        action: Text(
                            en: "Find out why \(name) declined \(networks.en.replacingOccurrences(of: "`", with: "")) before asking again",
                            da: "Find ud af, hvorfor \(name) sagde nej til \(networks.da.replacingOccurrences(of: "`", with: "")), før I spørger igen")))
            }
        }
        return findings
    }
}
