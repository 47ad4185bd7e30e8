import NetplanBase
import NetplanSyntax

/// One person written with different competences in two plans.
public struct CompetencesDifferAcrossNetworksRule: CrossPlanRule {
    public init() {}

    public let description = RuleDescription(
        code: "NP231", identifier: "competences-differ-across-networks", severity: .note,
        title: Text(
            en: "Someone with different competences in two plans",
            da: "En, der har forskellige kompetencer i to planer"),
        rationale: Text(
            en: "What a person brings is who they are, not which network they are in: a manager with `ressourcer` in one plan and only `faglighed` in another is either described wrongly in one of them, or brings something different on purpose. When several plans are checked together, netplan matches people by name and compares the competences each plan writes for them (by name, whatever the plan's diamond calls them); a plan that writes none is not compared. A register settles it: when any of the plans uses a register whose `person` line lists competences for that name, the register is the agreed description, and a plan that writes other competences replaces them for its own network on purpose, so there is no note. Each plan gets a note naming what the others say, so the leaders can agree. Triggers: `Bo Nielsen: indsigt` in one plan and `Bo Nielsen: faglighed, indsigt` in another. Does not trigger: the same competences in any order, or a register that lists competences for `Bo Nielsen`.",
            da: "Det, en person bidrager med, hænger sammen med, hvem vedkommende er, ikke med hvilket netværk vedkommende er med i: en chef med `ressourcer` i én plan og kun `faglighed` i en anden er enten beskrevet forkert i den ene, eller bidrager med noget andet med vilje. Når flere planer tjekkes sammen, finder netplan de samme personer ud fra navnet og sammenligner de kompetencer, hver plan skriver for dem (efter navn, uanset hvad planens diamant kalder dem); en plan, der ikke skriver nogen, sammenlignes ikke. Et register afgør sagen: bruger en af planerne et register, hvis `person`-linje skriver kompetencer for navnet, er registeret den aftalte beskrivelse, og en plan, der skriver andre kompetencer, erstatter dem med vilje i sit eget netværk, så der kommer ingen bemærkning. Hver plan får en bemærkning om, hvad de andre siger, så netværkslederne kan blive enige. Udløses af: `Bo Nielsen: indsigt` i én plan og `Bo Nielsen: faglighed, indsigt` i en anden. Udløses ikke af: de samme kompetencer i en anden rækkefølge, eller et register, der skriver kompetencer for `Bo Nielsen`."),
        triggering: [
            """
            # file: aeldre.netplan
            network "Ældre"
            core ↓"Bo Nielsen": indsigt
            # file: unge.netplan
            network "Unge"
            participant ↓"Bo Nielsen": faglighed, indsigt
            """
        ],
        nonTriggering: [
            """
            # file: aeldre.netplan
            core "Bo Nielsen": indsigt, faglighed
            # file: unge.netplan
            participant "Bo Nielsen": faglighed, indsigt
            """,
            """
            # file: personer.netplan
            person "Bo Nielsen": indsigt unit "Demensteamet"
            # file: aeldre.netplan
            use "personer.netplan"
            core "Bo Nielsen"
            # file: unge.netplan
            use "personer.netplan"
            participant "Bo Nielsen": faglighed, indsigt
            """,
        ])

    public func check(_ context: CrossPlanContext) -> [CrossPlanFinding] {
        let inputs = context.inputs
        var findings: [CrossPlanFinding] = []
        for person in context.people.shared where !settledByRegister(person, in: inputs) {
            let written = person.compactMap { appearance -> (CrossPlanPeople.Appearance, Set<NameKey>, [String])? in
                let plan = inputs[appearance.plan].plan
                let participant = plan.participants[appearance.participant]
                guard participant.listsCompetences, !participant.competences.isEmpty else { return nil }
                let names = participant.competences.map { plan.diamond[$0].name }
                return (appearance, Set(names.map(NameKey.init)), names)
            }
            // Each distinct set of competences once, as a number: when everyone
            // agrees (the usual case) there is nothing to compare, and otherwise
            // an appearance is compared with the others by that number.
            var setNumbers: [Set<NameKey>: Int] = [:]
            let numbers = written.map { _, keys, _ in
                if let number = setNumbers[keys] { return number }
                setNumbers[keys] = setNumbers.count
                return setNumbers.count - 1
            }
            WorkProbe.add(.crossPlanComparison, written.count)
            guard setNumbers.count > 1 else { continue }
            for (position, (here, _, _)) in written.enumerated() {
                WorkProbe.add(.crossPlanComparison, written.count)
                let different = written.indices
                    .filter { written[$0].0.plan != here.plan && numbers[$0] != numbers[position] }
                    .map { written[$0] }
                guard !different.isEmpty,
                    let range = inputs[here.plan].plan.participants[here.participant].nameRange
                else { continue }
                let name = inputs[here.plan].plan.participants[here.participant].name
                // The note names as many other plans as the related places do.
                let shown = different.prefix(CrossPlanRules.relatedLimit)
                let elsewhere = shown.map { other, _, names in
                    "\(Text.list(names).en) in `\(inputs[other.plan].networkName)` (\(inputs[other.plan].path))"
                }
                let elsewhereDa = shown.map { other, _, names in
                    "\(Text.list(names).da) i `\(inputs[other.plan].networkName)` (\(inputs[other.plan].path))"
                }
                let related = different.compactMap { other, _, _ in
                    inputs[other.plan].place(
                        of: other.participant,
                        Text(en: "in `\(inputs[other.plan].networkName)`", da: "i `\(inputs[other.plan].networkName)`"))
                }
                findings.append(
                    finding(
                        in: here.plan,
                        Text(
                            en: "`\(name)` has other competences in another plan",
                            da: "`\(name)` har andre kompetencer i en anden plan"),
                        at: range,
                        label: Text(en: "competences differ", da: "andre kompetencer"),
                        related: related,
                        notes: [
                            Text(
                                en: "elsewhere `\(name)` brings \(elsewhere.joined(separator: "; "))",
                                da: "andre steder bidrager `\(name)` med \(elsewhereDa.joined(separator: "; "))")
                        ],
                        help: Text(
                            en: "agree with the other network leaders what `\(name)` brings, and write the same competences in every plan",
                            da: "bliv enige med de andre netværksledere om, hvad `\(name)` bidrager med, og skriv de samme kompetencer i alle planerne"),
                        action: Text(
                            en: "Agree with the other network leaders what \(name) brings",
                            da: "Bliv enige med de andre netværksledere om, hvad \(name) bidrager med")))
            }
        }
        return findings
    }

    /// Whether a register settles what the person brings: a plan compared
    /// reaches a register entry for the name that lists competences. A plan
    /// that writes other competences replaces the register's for its own
    /// network on purpose; the register stays the agreed description.
    private func settledByRegister(_ person: [CrossPlanPeople.Appearance], in inputs: [CrossPlanInput]) -> Bool {
        person.contains { appearance in
            let plan = inputs[appearance.plan].plan
            let entry = plan.register.entry(named: plan.participants[appearance.participant].name)
            return !(entry?.competences.isEmpty ?? true)
        }
    }
}
