import NetplanBase
import NetplanSyntax

/// Rule 9: the plan does not name its leader, co-driver or reference leader.
public struct MissingRoleRule: Rule {
    public init() {}

    public let description = RuleDescription(
        code: "NP207", identifier: "missing-role", severity: .warning,
        title: Text(
            en: "No network leader, co-driver or reference leader named",
            da: "Ingen netværksleder, co-driver eller referenceleder nævnt"),
        rationale: Text(
            en: "A network has a leader who writes the plan, a co-driver who designs it with them from start to end, and a reference leader who ties the theme to strategy, opens doors and finds money for testing. Naming them in the plan makes clear who to ask, and planning with your co-driver is part of the method.",
            da: "Et netværk har en netværksleder, der skriver planen, en co-driver, der designer den sammen med lederen fra start til slut, og en referenceleder, der knytter temaet til strategien, åbner døre og finder penge til afprøvning. At nævne dem i planen gør det klart, hvem man spørger, og at planlægge med sin co-driver er en del af metoden."),
        triggering: [
            "↓leader Mette\ncodriver Jonas\ncore Anne: faglighed\nphase Start",
            "↓core Anne: faglighed\nphase Start",
        ],
        nonTriggering: [
            "leader Mette\ncodriver Jonas\nreference Lise\ncore Anne: faglighed\nphase Start"
        ])

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let roles: [(RoleKind, Text, Text)] = [
            (
                .leader, Vocabulary.role(.leader),
                Text(en: "`leader \"Mette Holm\"`", da: "`leader \"Mette Holm\"`")
            ),
            (
                .codriver, Vocabulary.role(.codriver),
                Text(
                    en: "`codriver \"Jonas Berg\"` (plan the network with them; they are often a core participant too)",
                    da: "`codriver \"Jonas Berg\"` (planlæg netværket sammen med vedkommende; co-driveren er ofte også kernedeltager)")
            ),
            (
                .reference, Vocabulary.role(.reference),
                Text(
                    en: "`reference \"Lise Dam\"` (the sponsor who opens doors and finds money for testing)",
                    da: "`reference \"Lise Dam\"` (den strategiske sponsor, der åbner døre og finder penge til afprøvning)")
            ),
        ]
        let missing = roles.filter { context.plan.role($0.0) == nil }
        guard !missing.isEmpty else { return [] }
        let names = missing.map(\.1)
        func join(_ language: Language) -> String {
            let words = names.map { $0(language) }
            let and = language == .danish ? "og" : "and"
            return words.count == 1 ? words[0] : words.dropLast().joined(separator: ", ") + " \(and) " + words[words.count - 1]
        }
        let lines = missing.map(\.2)
        return [
            finding(
                Text(en: "the plan does not name its \(join(.english))", da: "planen nævner ikke sin \(join(.danish))"),
                at: context.planAnchor,
                help: Text(
                    en: "add " + lines.map { $0.en }.joined(separator: ", "),
                    da: "tilføj " + lines.map { $0.da }.joined(separator: ", ")),
                action: Text(
                    en: "Name the network's \(join(.english)) in the plan",
                    da: "Skriv netværkets \(join(.danish)) i planen"))
        ]
    }
}
