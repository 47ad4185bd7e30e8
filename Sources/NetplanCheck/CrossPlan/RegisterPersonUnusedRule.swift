import NetplanBase
import NetplanSyntax

/// A `person` or `group` of a register that no plan of the checked folder names.
public struct RegisterPersonUnusedRule: CrossPlanRule {
    public init() {}

    /// Only a whole folder shows every plan that could name someone: with
    /// single files, the plans that use the register may simply not be given.
    public var needsWholeFolder: Bool { true }

    public let description = RuleDescription(
        code: "NP233", identifier: "register-person-unused", severity: .note,
        title: Text(
            en: "Someone in the register whom no plan in the folder names",
            da: "En i registeret, som ingen plan i mappen nævner"),
        rationale: Text(
            en: "A register is the municipality's shared list of the people its networks draw on. Someone in it whom no network names is either left over from an earlier round (a move, a new job) or waiting for a network that needs them; both are worth a look, so the register stays a list people can trust. When a folder is checked (`netplan check DIR`), each `person` and `group` of a register in it that no plan in the folder names gets a note on its line in the register. A plan names someone by declaring them (`core \"Anne Krogh\"`), inviting them to a phase, or giving them a role (`leader`, `codriver`, `reference`). When single files are given, netplan cannot know whether the plans that use the register are all among them, so the rule stays quiet. To keep someone on purpose, write `allow register-person-unused \"reason\"` at the end of their `person` line; `set register-person-unused off` in the register turns the rule off for that register (in a plan it changes nothing, since the notes are never in a plan). Triggers: `person \"Jens Hald\"` in `personer.netplan`, and no plan in the folder names him. Does not trigger: a plan makes him core, invites him to a phase or makes him leader.",
            da: "Et register er kommunens fælles liste over de personer, netværkene trækker på. En person på listen, som intet netværk nævner, er enten tilbage fra en tidligere runde (et nyt job, en flytning) eller venter på et netværk, der har brug for vedkommende; begge dele er værd at se på, så registeret er en liste, man kan stole på. Når en mappe tjekkes (`netplan check MAPPE`), får hver `person` og `group` i et register i mappen, som ingen plan i mappen nævner, en bemærkning på sin linje i registeret. En plan nævner en person ved at skrive vedkommende i planen (`core \"Anne Krogh\"`), invitere vedkommende til en fase eller give vedkommende en rolle (`leader`, `codriver`, `reference`). Når der kun angives enkelte filer, kan netplan ikke vide, om alle de planer, der bruger registeret, er med, så reglen siger ingenting. Vil I beholde en person med vilje, så skriv `allow register-person-unused \"begrundelse\"` sidst på personens linje; `set register-person-unused off` i registeret slår reglen fra for det register (i en plan ændrer det ingenting, for bemærkningerne står aldrig i en plan). Udløses af: `person \"Jens Hald\"` i `personer.netplan`, og ingen plan i mappen nævner ham. Udløses ikke af: en plan gør ham til kernedeltager, inviterer ham til en fase eller gør ham til leder."),
        triggering: [
            """
            # file: personer.netplan
            person "Karen Mølgaard": ressourcer unit "Social og Sundhed"
            person ↓"Jens Hald": faglighed unit "Ældreplejen"
            group ↓"Pårørenderådet"
            # file: aeldre.netplan
            use "personer.netplan"
            network "Ældre"
            core "Karen Mølgaard"
            """
        ],
        nonTriggering: [
            """
            # file: personer.netplan
            person "Karen Mølgaard": ressourcer unit "Social og Sundhed"
            person "Jens Hald": faglighed unit "Ældreplejen"
            person "Bo Nielsen": indsigt
            group "Pårørenderådet"
            # file: aeldre.netplan
            use "personer.netplan"
            network "Ældre"
            leader "Jens Hald"
            core "Karen Mølgaard"
            phase Opstart: invite "Bo Nielsen", "Pårørenderådet"
            """,
            """
            # file: personer.netplan
            person "Karen Mølgaard": ressourcer unit "Social og Sundhed"
            person "Jens Hald": faglighed allow register-person-unused "afløser, når Karen har orlov"
            # file: aeldre.netplan
            use "personer.netplan"
            core "Karen Mølgaard"
            """,
        ])

    public func check(_ context: CrossPlanContext) -> [CrossPlanFinding] {
        let inputs = context.inputs
        var named: Set<NameKey> = []
        for input in inputs where !input.isRegister {
            for participant in input.plan.participants where !participant.isBuiltIn {
                named.insert(NameKey(participant.name))
            }
            for role in input.plan.roles { named.insert(NameKey(role.name.text)) }
        }
        var findings: [CrossPlanFinding] = []
        for (index, input) in inputs.enumerated() where input.isRegister {
            // A name written twice is the register's own finding (NP102): one note, on the first.
            var seen: Set<NameKey> = []
            for entry in input.plan.registerEntries {
                let key = NameKey(entry.name)
                guard seen.insert(key).inserted, !named.contains(key) else { continue }
                findings.append(unused(entry, in: index))
            }
        }
        return findings
    }

    private func unused(_ entry: RegisterEntry, in register: Int) -> CrossPlanFinding {
        let name = entry.name
        return finding(
            in: register,
            Text(
                en: "`\(name)` is in the register but in no plan in this folder",
                da: "`\(name)` står i registeret, men er ikke med i nogen plan i denne mappe"),
            at: entry.nameRange,
            label: Text(en: "in no plan", da: "ikke med i nogen plan"),
            help: Text(
                en: "remove `\(name)` from the register if no network needs them any more, or add them to the plan that needs them, such as `participant \"\(name)\"` or `invite \"\(name)\"` in a phase",
                da: "slet `\(name)` fra registeret, hvis intet netværk har brug for vedkommende længere, eller tilføj vedkommende i den plan, der har brug for det, fx `participant \"\(name)\"` eller `invite \"\(name)\"` i en fase"),
            action: Text(
                en: "Remove \(name) from the register, or find the network that needs them",
                da: "Slet \(name) fra registeret, eller find det netværk, der har brug for vedkommende"))
    }
}
