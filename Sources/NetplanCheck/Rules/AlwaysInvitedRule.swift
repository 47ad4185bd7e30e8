import NetplanBase
import NetplanSyntax

/// Rule 4: an as-needed participant invited to every phase.
public struct AlwaysInvitedRule: Rule {
    public init() {}

    public let description = RuleDescription(
        code: "NP204", identifier: "always-invited", severity: .note,
        title: Text(
            en: "An as-needed participant invited to every phase",
            da: "En deltager, der inddrages løbende, men er inviteret til alle faser"),
        rationale: Text(
            en: "Someone who takes part in every phase is in effect a core participant. Saying so in the plan makes the core team honest: its size, its competences and who carries the work all the way. If they really are only a guest each time, keep them as needed and leave this note.",
            da: "En, der er med i alle faser, er i praksis kernedeltager. At skrive det i planen giver et retvisende billede af kerneholdet: hvor stort det er, hvilke kompetencer det har, og hvem der bærer arbejdet hele vejen. Er vedkommende virkelig kun gæst hver gang, så lad personen blive inddraget løbende, og lad bemærkningen stå."),
        triggering: [
            "core Anne: faglighed\nparticipant ↓Erik: ressourcer\nphase Start: invite Erik\nphase Slut: invite Erik"
        ],
        nonTriggering: [
            "core Anne: faglighed\nparticipant Erik: ressourcer\nphase Start: invite Erik\nphase Slut",
            "core Anne: faglighed\nparticipant Erik: ressourcer\nphase Start: invite Erik",
            "core Anne: faglighed\ngroup Borgere: indsigt\nphase Start: invite Borgere\nphase Slut: invite Borgere",
        ])

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let plan = context.plan
        guard plan.phases.count >= 2 else { return [] }
        let always = plan.participants.filter {
            $0.kind == .participant && $0.phases.count == plan.phases.count && $0.nameRange != nil && $0.counts
        }
        return findings(always, in: context, at: { $0.nameRange ?? context.planAnchor }) { participant in
            finding(
                Text(
                    en: "`\(participant.name)` is invited to all \(plan.phases.count) phases",
                    da: "`\(participant.name)` er inviteret til alle \(plan.phases.count) faser"),
                at: participant.nameRange ?? context.planAnchor,
                help: Text(
                    en: "maybe `\(participant.name)` is a core participant: write `core` instead of `participant` and drop the invites",
                    da: "måske er `\(participant.name)` kernedeltager: skriv `core` i stedet for `participant`, og fjern invitationerne"),
                action: Text(
                    en: "Consider making \(participant.name) a core participant",
                    da: "Overvej at gøre \(participant.name) til kernedeltager"))
        }
    }
}
