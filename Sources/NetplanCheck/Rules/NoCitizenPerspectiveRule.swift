import NetplanBase
import NetplanSyntax

/// Rule 13: no citizen or user perspective anywhere in the plan.
public struct NoCitizenPerspectiveRule: Rule {
    public init() {}

    public let description = RuleDescription(
        code: "NP210", identifier: "no-citizen-perspective", severity: .note,
        title: Text(
            en: "No citizen or user perspective in the plan",
            da: "Intet borger- eller brugerperspektiv i planen"),
        rationale: Text(
            en: "The method asks that involving citizens is planned into the design on purpose, with a decided role, and that their input matters. A plan where no citizens, users or relatives take part in any phase may be right for its theme, but it should be a choice, not an oversight. netplan counts the built-in groups `Borgere`, `Brugere` and `Pårørende`, groups whose names say who they are (`\"Ældre i Nordby\"`, `Unge-panelet`, `Forældrerådet`), and anyone declared with `kind Borgere`, `kind Brugere` or `kind Pårørende` (`group Lokalrådet: indsigt kind Borgere`).",
            da: "Metoden beder om, at borgernes inddragelse bliver planlagt bevidst, med en rolle, der er besluttet på forhånd, og at det, de bidrager med, gør en forskel. En plan, hvor ingen borgere, brugere eller pårørende deltager i nogen fase, kan være rigtig for temaet, men det bør være et valg og ikke en forglemmelse. netplan regner de indbyggede grupper `Borgere`, `Brugere` og `Pårørende` med, grupper, hvis navn siger, hvem de er (`\"Ældre i Nordby\"`, `Unge-panelet`, `Forældrerådet`), og alle, der står med `kind Borgere`, `kind Brugere` eller `kind Pårørende` (`group Lokalrådet: indsigt kind Borgere`)."),
        triggering: [
            "↓network Test\ncore Anne: faglighed\nphase Start",
            "↓core Anne: faglighed\ngroup Borgere: indsigt\nphase Start",
            "↓core Anne: faglighed\ngroup Lokalrådet: indsigt\nphase Start: invite Lokalrådet",
            "↓core Anne: faglighed\ngroup \"Unge medarbejdere\": faglighed kind Medarbejdere\nphase Start: invite \"Unge medarbejdere\"",
        ],
        nonTriggering: [
            "core Anne: faglighed\nphase Start: invite Borgere",
            "core Anne: faglighed\ngroup \"Unge brugere\": indsigt\nphase Start: invite \"Unge brugere\"",
            "core Anne: faglighed\ngroup \"Ældre i Nordby\": indsigt\nphase Start: invite \"Ældre i Nordby\"",
            "core Anne: faglighed\ngroup Unge-panelet: indsigt\nphase Start: invite Unge-panelet",
            "core Anne: faglighed\ngroup Lokalrådet: indsigt kind Borgere\nphase Start: invite Lokalrådet",
            "core Anne: faglighed\ngroup Ældresagen: indsigt\nphase Start: invite Ældresagen",
            "core Anne: faglighed",
        ])

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let plan = context.plan
        guard !plan.phases.isEmpty else { return [] }
        let involved = plan.participants.contains { !$0.phases.isEmpty && $0.counts && $0.bringsCitizenPerspective }
        guard !involved else { return [] }
        return [
            finding(
                Text(
                    en: "no citizens, users or relatives take part in any phase",
                    da: "ingen borgere, brugere eller pårørende deltager i nogen fase"),
                at: context.planAnchor,
                help: Text(
                    en: "decide where their perspective matters and invite them, for example `invite Borgere` in a discovery or test phase; a group of citizens with a name of its own is counted when you add `kind Borgere` to its line; if leaving them out is a deliberate choice, add `allow no-citizen-perspective \"why\"` to the `network` line",
                    da: "beslut, hvor deres perspektiv betyder noget, og invitér dem, fx `invite Borgere` i en opdagelses- eller testfase; en gruppe af borgere med sit eget navn tælles med, når du tilføjer `kind Borgere` på dens linje; er det et bevidst valg at lade dem være ude, så tilføj `allow no-citizen-perspective \"hvorfor\"` til `network`-linjen"),
                action: Text(
                    en: "Decide in which phases citizens, users or relatives take part, and invite them",
                    da: "Beslut, i hvilke faser borgere, brugere eller pårørende skal være med, og invitér dem"))
        ]
    }
}
