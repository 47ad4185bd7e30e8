import NetplanBase
import NetplanSyntax

/// Rule 12: a phase with nobody present.
public struct EmptyPhaseRule: Rule {
    public init() {}

    public let description = RuleDescription(
        code: "NP209", identifier: "empty-phase", severity: .warning,
        title: Text(en: "A phase with nobody present", da: "En fase uden deltagere"),
        rationale: Text(
            en: "A phase is work done by people. When no core participant is present and nobody is invited, the phase has no one to do it. Usually the plan has no core participants yet, or every one of them is left out with `without`.",
            da: "En fase er arbejde, som mennesker udfører. Når ingen kernedeltager er med, og ingen er inviteret, har fasen ingen til at gøre arbejdet. Som regel har planen endnu ingen kernedeltagere, eller de er alle holdt ude med `without`."),
        triggering: [
            "participant Erik: ressourcer\nphase Start: invite Erik\nphase ↓Slut",
            "core Anne: faglighed\nphase ↓Test: without Anne",
        ],
        nonTriggering: [
            "phase Start: invite Borgere",
            "core Anne: faglighed\nphase Start",
        ])

    public func check(_ context: RuleContext) -> [Diagnostic] {
        // Those who have declined take part in nothing.
        let empty = context.plan.phases.filter { phase in
            !phase.present.contains { context.plan.participants[$0.participant].counts }
        }
        return findings(empty, in: context, at: \.nameRange) { phase in
            finding(
                Text(en: "nobody takes part in `\(phase.name)`", da: "ingen er med i `\(phase.name)`"),
                at: phase.nameRange, label: Text(en: "empty phase", da: "tom fase"),
                help: Text(
                    en: "declare core participants (they are in every phase) or invite someone: `phase \(quotedIfNeeded(phase.name)): invite ...`",
                    da: "tilføj kernedeltagere (de er med i alle faser), eller invitér nogen: `phase \(quotedIfNeeded(phase.name)): invite ...`"),
                action: Text(
                    en: "Invite someone to \(phase.name), or take the phase out of the plan",
                    da: "Invitér nogen til \(phase.name), eller tag fasen ud af planen"))
        }
    }
}
