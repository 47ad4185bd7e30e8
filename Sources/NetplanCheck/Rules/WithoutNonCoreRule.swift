import NetplanBase
import NetplanSyntax

/// `without` naming someone who is not core, which changes nothing.
public struct WithoutNonCoreRule: Rule {
    public init() {}

    public let description = RuleDescription(
        code: "NP213", identifier: "without-not-core", severity: .warning,
        title: Text(
            en: "`without` names someone who is not core", da: "`without` nævner en, der ikke er kernedeltager"),
        rationale: Text(
            en: "Only core participants are present in a phase by default, so only they can be left out with `without`. Leaving out an as-needed participant or a group changes nothing: they are only present where they are invited. Such a line usually means a misunderstanding worth clearing up.",
            da: "Kun kernedeltagere er med i en fase som udgangspunkt, så kun de kan holdes ude med `without`. At holde en deltager, der inddrages løbende, eller en gruppe ude ændrer intet: de er kun med, hvor de bliver inviteret. Sådan en linje skyldes som regel en misforståelse, der er værd at rydde op i."),
        triggering: [
            "core Anne: faglighed\nparticipant Erik: ressourcer\nphase Start: invite Erik\nphase Test: without ↓Erik"
        ],
        nonTriggering: [
            "core Anne: faglighed\nphase Test: without Anne"
        ])

    public func check(_ context: RuleContext) -> [Diagnostic] {
        // `mark[p] == phase` means p is invited to that phase: one array for
        // all phases instead of a search of the invitations per name.
        var mark = [Int](repeating: -1, count: context.plan.participants.count)
        var needless: [(Phase, ParticipantReference)] = []
        for (index, phase) in context.plan.phases.enumerated() {
            for reference in phase.invited { mark[reference.participant] = index }
            for reference in phase.without
            where !context.plan.participants[reference.participant].isCore && mark[reference.participant] != index {
                needless.append((phase, reference))
            }
        }
        return findings(needless, in: context, at: \.1.range) { phase, reference in
            let name = context.plan.participants[reference.participant].name
            return finding(
                Text(
                    en: "`\(name)` is not core, so `without` changes nothing in `\(phase.name)`",
                    da: "`\(name)` er ikke kernedeltager, så `without` ændrer intet i `\(phase.name)`"),
                at: reference.range,
                help: Text(
                    en: "remove `\(name)` from `without`; as-needed participants are only present where they are invited",
                    da: "fjern `\(name)` fra `without`; deltagere, der inddrages løbende, og grupper er kun med, hvor de bliver inviteret"))
        }
    }
}
