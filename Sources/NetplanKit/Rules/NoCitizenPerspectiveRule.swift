/// Rule 13: no citizen or user perspective anywhere in the plan.
public struct NoCitizenPerspectiveRule: Rule {
    public init() {}

    public let description = RuleDescription(
        code: "NP210", identifier: "no-citizen-perspective", severity: .note,
        title: Text(
            en: "No citizen or user perspective in the plan",
            da: "Intet borger- eller brugerperspektiv i planen"),
        rationale: Text(
            en: "The method asks that involving citizens is planned into the design on purpose, with a decided role, and that their input matters. A plan where no citizens, users or relatives take part in any phase may be right for its theme, but it should be a choice, not an oversight.",
            da: "Metoden beder om, at inddragelsen af borgere planlægges bevidst ind i designet, med en besluttet rolle, og at deres input gør en forskel. En plan, hvor ingen borgere, brugere eller pårørende deltager i nogen fase, kan være rigtig for temaet, men det bør være et valg og ikke en forglemmelse."),
        triggering: [
            "↓network Test\ncore Anne: faglighed\nphase Start",
            "↓core Anne: faglighed\ngroup Borgere: indsigt\nphase Start",
        ],
        nonTriggering: [
            "core Anne: faglighed\nphase Start: invite Borgere",
            "core Anne: faglighed\ngroup \"Unge brugere\": indsigt\nphase Start: invite \"Unge brugere\"",
            "core Anne: faglighed",
        ])

    static let citizenWords = [
        "borger", "bruger", "pårørend", "beboer", "elev", "forældre", "patient", "unge", "børn", "familie",
        "citizen", "user", "relative", "resident", "pupil", "parent", "patient",
    ]

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let plan = context.plan
        guard !plan.phases.isEmpty else { return [] }
        let involved = plan.participants.contains { participant in
            guard participant.isGroup, !participant.phases.isEmpty else { return false }
            if BuiltInGroups.citizenPerspective.contains(participant.name) { return true }
            let lowered = participant.name.lowercased()
            return Self.citizenWords.contains { lowered.contains($0) }
        }
        guard !involved else { return [] }
        return [
            finding(
                Text(
                    en: "no citizens, users or relatives take part in any phase",
                    da: "ingen borgere, brugere eller pårørende deltager i nogen fase"),
                at: context.planAnchor,
                help: Text(
                    en: "decide where their perspective matters and invite them, for example `invite Borgere` in a discovery or test phase; if it is a deliberate choice, add `allow no-citizen-perspective \"why\"` to the `network` line",
                    da: "beslut, hvor deres perspektiv betyder noget, og inviter dem, fx `invite Borgere` i en opdagelses- eller testfase; er det et bevidst valg, så tilføj `allow no-citizen-perspective \"hvorfor\"` til `network`-linjen"),
                action: Text(
                    en: "Decide in which phases citizens, users or relatives take part, and invite them",
                    da: "Beslut, i hvilke faser borgere, brugere eller pårørende skal være med, og invitér dem"))
        ]
    }
}
