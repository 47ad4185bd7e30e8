import Foundation
import NetplanBase
import NetplanSyntax

/// Rule 7: a name or competence that names nothing declared.
public struct UnknownNameRule: Rule {
    public init() {}

    public let description = RuleDescription(
        code: "NP101", identifier: "unknown-name", severity: .error,
        title: Text(
            en: "A name or competence that is not declared",
            da: "Et navn eller en kompetence, der ikke står i planen"),
        rationale: Text(
            en: "A plan is only as good as its names. When a phase invites someone who is not declared, or a participant brings a competence that is not in the diamond, the plan says something nobody meant: usually a typo. netplan cannot guess who you meant, so it stops and asks, and suggests the closest name it knows, the built-in groups such as `Borgere` included.",
            da: "En plan er ikke bedre end sine navne. Når en fase inviterer en, der ikke står i planen, eller en deltager bidrager med en kompetence, der ikke er i diamanten, siger planen noget, ingen mente: som regel en slåfejl. netplan kan ikke gætte, hvem du mente, så den spørger og foreslår det nærmeste navn, den kender, også de indbyggede grupper som `Borgere`."),
        triggering: [
            "core Anne: faglighed\nphase Idé: invite ↓Borgre",
            "core Anne: ↓fagligheden\nphase Start",
            "core Anne: faglighed\nphase Test: without ↓Ane needs ↓resurser",
            "core Anne: faglighed\ngroup Lokalrådet: indsigt kind ↓Borgre\nphase Start: invite Lokalrådet",
            "core Anne: faglighed\nphase Opstart\nmeeting Kickoff on 2027-01-06 in ↓Opstrat",
        ],
        nonTriggering: [
            "core Anne: faglighed\nphase Idé: invite Borgere",
            "phase Start: invite Erik\nparticipant Erik: ressourcer",
            "diamond viden, mod, penge, vilje\ncore Anne: mod\nphase Start: needs vilje",
            "leader \"Mette Holm\"\ncore Anne: faglighed\nphase Start: invite \"Mette Holm\"",
        ])

    public func check(_ context: RuleContext) -> [Diagnostic] {
        var suggestions = PlanSuggestions(context.plan)
        var diamondNote: Text?
        let references = context.plan.unresolved.filter { $0.kind != .referrer }
        return findings(references, in: context, at: \.name.range) { reference in
            let name = reference.name.text
            let help = suggestions.help(for: reference)
            switch reference.kind {
            case .competence:
                let note = diamondNote ?? Text(en: "the diamond has ", da: "diamanten har ") + Text.list(context.plan.diamond.map(\.name))
                diamondNote = note
                return finding(
                    Text(
                        en: "`\(name)` is not a competence of the diamond",
                        da: "`\(name)` er ikke en kompetence i diamanten"),
                    at: reference.name.range,
                    label: Text(en: "unknown competence", da: "ukendt kompetence"),
                    notes: [note],
                    help: help)
            case .category:
                return finding(
                    Text(
                        en: "`\(name)` is not one of the built-in groups a `kind` can name",
                        da: "`\(name)` er ikke en af de indbyggede grupper, som `kind` kan nævne"),
                    at: reference.name.range,
                    label: Text(en: "unknown kind", da: "ikke en indbygget gruppe"),
                    help: help
                        ?? Text(
                            en: "use one of the built-in groups, for example `kind Borgere`, or remove `kind`",
                            da: "brug en af de indbyggede grupper, fx `kind Borgere`, eller fjern `kind`"))
            case .phase:
                let phases = context.plan.phases.map(\.name)
                return finding(
                    Text(en: "no phase is called `\(name)`", da: "ingen fase hedder `\(name)`"),
                    at: reference.name.range,
                    label: Text(en: "unknown phase", da: "ukendt fase"),
                    notes: phases.isEmpty ? [] : [Text(en: "the phases are ", da: "faserne er ") + Text.list(phases)],
                    help: help
                        ?? Text(
                            en: "name one of the plan's phases after `in`, or leave `in` out: a meeting then belongs to the phase whose dates hold it",
                            da: "skriv navnet på en af planens faser efter `in`, eller udelad `in`: så hører mødet til den fase, hvis datoer omfatter det"))
            case .invitee, .participant, .referrer:
                let what: Text
                switch reference.kind {
                case .participant:
                    what = Text(en: "no participant is called", da: "ingen deltager hedder")
                default:
                    what = Text(
                        en: "no participant or group is called",
                        da: "ingen deltager eller gruppe hedder")
                }
                return finding(
                    Text(en: "\(what.en) `\(name)`", da: "\(what.da) `\(name)`"),
                    at: reference.name.range,
                    label: Text(en: "unknown name", da: "ukendt navn"),
                    help: help
                        ?? Text(
                            en: "declare it, for example `participant \(quotedIfNeeded(name)): indsigt`, or check the spelling (names are case-sensitive)",
                            da: "skriv `\(name)` i planen, fx `participant \(quotedIfNeeded(name)): indsigt`, eller tjek stavningen (store og små bogstaver tæller)"))
            }
        }
    }
}
