import NetplanBase
import NetplanSyntax

/// Rule 14: a group of actors declared as a core participant.
public struct GroupAsCoreRule: Rule {
    public init() {}

    public let description = RuleDescription(
        code: "NP104", identifier: "group-as-core", severity: .error,
        title: Text(en: "A group declared core", da: "En gruppe skrevet som kernedeltager"),
        rationale: Text(
            en: "Core participants are people who take part in every phase and put in their own working hours. A group of actors, such as citizens or companies, cannot be that: it is involved where its insight or resources are needed. Declare it with `group` and invite it to those phases.",
            da: "Kernedeltagere er personer, der er med i alle faser og lægger deres egen arbejdstid i netværket. En gruppe af aktører, som borgere eller virksomheder, kan ikke være det: den inddrages, hvor dens indsigt eller ressourcer er nødvendige. Skriv den med `group`, og invitér den til de faser, hvor den skal med."),
        triggering: [
            "↓core Borgere: indsigt\nphase Start"
        ],
        nonTriggering: [
            "group Borgere: indsigt\ncore Anne: faglighed\nphase Start: invite Borgere"
        ])

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let groups = context.plan.participants.compactMap { participant -> (Participant, SourceRange)? in
            guard participant.isCore, BuiltInGroups.contains(participant.name),
                let statement = participant.statementRange
            else { return nil }
            return (participant, SourceRange(statement.start, statement.start + Keyword.core.rawValue.utf8.count))
        }
        return findings(groups, in: context, at: \.1) { participant, keyword in
            finding(
                Text(
                    en: "`\(participant.name)` is a group of actors and cannot be core",
                    da: "`\(participant.name)` er en gruppe af aktører og kan ikke være kernedeltager"),
                at: keyword, label: Text(en: "a group is never core", da: "en gruppe er aldrig kernedeltager"),
                help: Text(
                    en: "write `group` instead of `core`, and invite it where it is needed",
                    da: "skriv `group` i stedet for `core`, og invitér den, hvor den skal med"))
        }
    }
}
