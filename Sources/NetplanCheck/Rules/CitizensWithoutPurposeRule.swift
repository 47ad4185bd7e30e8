import NetplanBase
import NetplanSyntax

/// Citizens, users or relatives invited to a phase with no `for "..."`.
public struct CitizensWithoutPurposeRule: Rule {
    public init() {}

    public let description = RuleDescription(
        code: "NP222", identifier: "citizens-without-purpose", severity: .note,
        title: Text(
            en: "Citizens invited without a decided role",
            da: "Borgere inviteret uden en besluttet rolle"),
        rationale: Text(
            en: "The method asks that citizens are involved on purpose, with a role decided beforehand, and that what they contribute makes a difference. `invite Borgere for \"fortæller om hverdagen\"` writes that role down, so everyone, the citizens included, knows why they are there. netplan asks for it wherever citizens, users or relatives are invited: the built-in groups `Borgere`, `Brugere` and `Pårørende`, groups whose names say who they are, and anyone with `kind Borgere`, `kind Brugere` or `kind Pårørende`.",
            da: "Metoden beder om, at borgerne bliver inddraget bevidst, med en rolle, der er besluttet på forhånd, og at det, de bidrager med, gør en forskel. `invite Borgere for \"fortæller om hverdagen\"` skriver rollen ned, så alle, også borgerne selv, ved, hvorfor de er med. netplan spørger efter den, hvor borgere, brugere eller pårørende bliver inviteret: de indbyggede grupper `Borgere`, `Brugere` og `Pårørende`, grupper, hvis navn siger, hvem de er, og alle med `kind Borgere`, `kind Brugere` eller `kind Pårørende`."),
        triggering: [
            "core Anne: faglighed\nphase Opdagelse: invite ↓Borgere",
            "core Anne: faglighed\ngroup Lokalrådet: indsigt kind Borgere\nphase Opdagelse: invite ↓Lokalrådet",
        ],
        nonTriggering: [
            "core Anne: faglighed\nphase Opdagelse: invite Borgere for \"fortæller om hverdagen\"",
            "core Anne: faglighed\ngroup Ledere: handlekraft\nphase Opdagelse: invite Ledere",
        ])

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let plan = context.plan
        var bare: [(reference: ParticipantReference, phase: String)] = []
        // Once per group and phase, at its first invitation there: a name
        // invited again in the same phase is one invitation.
        var seen = [Int](repeating: -1, count: plan.participants.count)
        for (index, phase) in plan.phases.enumerated() {
            let purposed = Set(phase.purposes.map(\.participant))
            for reference in phase.invited where seen[reference.participant] != index {
                seen[reference.participant] = index
                if plan.participants[reference.participant].bringsCitizenPerspective
                    && !purposed.contains(reference.participant)
                {
                    bare.append((reference, phase.name))
                }
            }
        }
        return findings(bare, in: context, at: \.reference.range) { reference, phase in
            let name = plan.participants[reference.participant].name
            return finding(
                Text(
                    en: "`\(name)` is invited to `\(phase)` without a purpose",
                    da: "`\(name)` er inviteret til `\(phase)` uden et formål"),
                at: reference.range,
                label: Text(en: "why are they here?", da: "hvorfor er de med?"),
                help: Text(
                    en: "write the role they have in this phase after the name, such as `invite \(quotedIfNeeded(name)) for \"fortæller om hverdagen\"`",
                    da: "skriv efter navnet, hvilken rolle de har i fasen, fx `invite \(quotedIfNeeded(name)) for \"fortæller om hverdagen\"`"),
                action: Text(
                    en: "Decide the role of \(name) in \(phase)",
                    da: "Beslut, hvilken rolle \(name) har i \(phase)"))
        }
    }
}
