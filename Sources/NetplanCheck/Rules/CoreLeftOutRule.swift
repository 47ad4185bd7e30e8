import NetplanBase
import NetplanSyntax

/// Rule 2: a core participant left out of a phase with `without`.
public struct CoreLeftOutRule: Rule {
    public init() {}

    public let description = RuleDescription(
        code: "NP202", identifier: "core-left-out", severity: .note,
        title: Text(en: "A core participant left out of a phase", da: "En kernedeltager er holdt ude af en fase"),
        rationale: Text(
            en: "Core participants take part, as far as possible, in every phase: that continuity is what makes them core. Leaving one out of a phase is sometimes right (a holiday, a phase that is not theirs), so this is only a note: make sure it is deliberate, and that someone tells them what happened while they were away.",
            da: "Kernedeltagere er så vidt muligt med i alle faser: den kontinuitet er det, der gør dem til kernedeltagere. Nogle gange er det rigtigt at holde en kernedeltager ude af en fase (ferie, en fase, der ikke vedrører vedkommende), så dette er kun en bemærkning: sørg for, at det er et bevidst valg, og at nogen fortæller vedkommende, hvad der skete i mellemtiden."),
        triggering: [
            "core Anne: faglighed\ncore Bo: indsigt\nphase Test: without ↓Anne",
            "core Anne: faglighed\nphase Start: without ↓Anne\nphase Slut: without ↓Anne",
        ],
        nonTriggering: [
            "core Anne: faglighed\nphase Start",
            "core Anne: faglighed\nparticipant Erik: ressourcer\nphase Test: invite Erik",
        ])

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let leftOut = context.plan.phases.flatMap { phase in
            phase.without.filter { context.plan.participants[$0.participant].isCore }.map { (phase, $0) }
        }
        return findings(leftOut, in: context, at: \.1.range) { phase, reference in
            let name = context.plan.participants[reference.participant].name
            return finding(
                Text(
                    en: "core participant `\(name)` is left out of `\(phase.name)`",
                    da: "kernedeltageren `\(name)` er holdt ude af `\(phase.name)`"),
                at: reference.range,
                help: Text(
                    en: "if this is deliberate, add `allow core-left-out \"why\"` to the phase; if they are out of most phases, maybe they are better involved as needed",
                    da: "er det bevidst, så tilføj `allow core-left-out \"hvorfor\"` til fasen; er `\(name)` ude af de fleste faser, skal vedkommende måske hellere inddrages løbende"),
                action: Text(
                    en: "Agree with \(name) that they are not in \(phase.name), and how they hear what happens there",
                    da: "Aftal med \(name), at vedkommende ikke er med i \(phase.name), og hvordan vedkommende hører, hvad der sker der"))
        }
    }
}
