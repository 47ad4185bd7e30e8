import NetplanBase
import NetplanSyntax

/// One person core in more networks that run at the same time than
/// `set max-core-networks` allows (default 2).
public struct CoreInTooManyNetworksRule: CrossPlanRule {
    public init() {}

    public let description = RuleDescription(
        code: "NP230", identifier: "core-in-too-many-networks", severity: .warning,
        title: Text(
            en: "Someone core in more networks at the same time than the municipality allows",
            da: "En, der er kernedeltager i flere netværk på samme tid, end kommunen tillader"),
        rationale: Text(
            en: "A core participant carries the network: they come to every phase, test ideas in their own unit and bring the others along. Nobody can do that in many networks at once. When several plans are checked together (a folder or several files), netplan matches people by name and looks at when each network runs: from the start of its first dated phase to the end of its last. A network without dates runs at no known time and is not counted. When one person is core in more networks that run at the same time than `set max-core-networks` allows (2 unless the plan says otherwise), the networks that start later get the warning: the first ones were planned with that person already, so the plan to change is the newest. Triggers: `Anne Krogh` is core in three plans whose phases all run in spring 2027 (the third to start gets the warning). Does not trigger: the third network starts after the other two have ended, its plan says `set max-core-networks 3`, or it has no dates yet.",
            da: "En kernedeltager bærer netværket: vedkommende er med i alle faser, afprøver idéer i egen enhed og tager de andre med. Det kan ingen gøre i mange netværk på én gang. Når flere planer tjekkes sammen (en mappe eller flere filer), finder netplan de samme personer ud fra navnet og ser på, hvornår hvert netværk kører: fra starten af den første fase med datoer til slutningen af den sidste. Et netværk uden datoer kører ikke på noget kendt tidspunkt og tælles ikke med. Er én person kernedeltager i flere netværk, der kører samtidig, end `set max-core-networks` tillader (2, medmindre planen siger andet), får de netværk, der begynder senest, advarslen: de første blev planlagt med vedkommende, så det er den nyeste plan, der skal ændres. Udløses af: `Anne Krogh` er kernedeltager i tre planer, hvis faser alle ligger i foråret 2027 (den, der begynder sidst, får advarslen). Udløses ikke af: det tredje netværk begynder, efter de to andre er slut, dets plan siger `set max-core-networks 3`, eller det har endnu ingen datoer."),
        triggering: [
            """
            # file: aeldre.netplan
            network "Ældre" kind velfærdsnetværk
            core "Anne Krogh": faglighed
            phase Opstart from 2027-01-04 to 2027-04-30
            # file: unge.netplan
            network "Unge" kind læringsnetværk
            core "Anne Krogh": faglighed
            phase Opstart from 2027-02-01 to 2027-05-31
            # file: sundhed.netplan
            network "Sundhed" kind innovationsnetværk
            core ↓"Anne Krogh": faglighed
            phase Opstart from 2027-03-01 to 2027-06-30
            """
        ],
        nonTriggering: [
            """
            # file: aeldre.netplan
            core "Anne Krogh": faglighed
            phase Opstart from 2027-01-04 to 2027-04-30
            # file: unge.netplan
            core "Anne Krogh": faglighed
            phase Opstart from 2027-02-01 to 2027-05-31
            # file: sundhed.netplan
            core "Anne Krogh": faglighed
            phase Opstart from 2027-08-02 to 2027-10-29
            """,
            """
            # file: aeldre.netplan
            core "Anne Krogh": faglighed
            phase Opstart from 2027-01-04 to 2027-04-30
            # file: unge.netplan
            core "Anne Krogh": faglighed
            phase Opstart from 2027-02-01 to 2027-05-31
            # file: sundhed.netplan
            set max-core-networks 3
            core "Anne Krogh": faglighed
            phase Opstart from 2027-03-01 to 2027-06-30
            """,
            """
            # file: aeldre.netplan
            core "Anne Krogh": faglighed
            phase Opstart from 2027-01-04 to 2027-04-30
            # file: unge.netplan
            core "Anne Krogh": faglighed
            phase Opstart from 2027-02-01 to 2027-05-31
            # file: sundhed.netplan
            core "Anne Krogh": faglighed
            phase Opstart
            """,
        ])

    public func check(_ context: CrossPlanContext) -> [CrossPlanFinding] {
        let inputs = context.inputs
        let periods = inputs.map { NetworkPeriod($0.plan) }
        var findings: [CrossPlanFinding] = []
        for person in context.people.shared {
            let core = person.filter { appearance in
                let participant = inputs[appearance.plan].plan.participants[appearance.participant]
                return participant.isCore && participant.counts && periods[appearance.plan] != nil
            }
            guard core.count > 1 else { continue }
            for here in core {
                guard let period = periods[here.plan] else { continue }
                let limit = inputs[here.plan].configuration.maxCoreNetworks
                let overlapping = core.filter { other in
                    guard other.plan != here.plan, let otherPeriod = periods[other.plan] else { return false }
                    return otherPeriod.overlaps(period)
                }
                // Those that start first were planned first: only a plan
                // with `limit` or more of them starting before it is beyond.
                let earlier = overlapping.filter { other in
                    guard let otherPeriod = periods[other.plan] else { return false }
                    return (otherPeriod.start, other.plan) < (period.start, here.plan)
                }
                guard earlier.count >= limit,
                    let range = inputs[here.plan].plan.participants[here.participant].nameRange
                else { continue }
                findings.append(report(here, range: range, overlapping: overlapping, limit: limit, in: context, periods: periods))
            }
        }
        return findings
    }

    private func report(
        _ here: CrossPlanPeople.Appearance, range: SourceRange, overlapping: [CrossPlanPeople.Appearance], limit: Int,
        in context: CrossPlanContext, periods: [NetworkPeriod?]
    ) -> CrossPlanFinding {
        let inputs = context.inputs
        let name = inputs[here.plan].plan.participants[here.participant].name
        let total = overlapping.count + 1
        func networks(_ word: String) -> [String] {
            overlapping.prefix(CrossPlanRules.relatedLimit).map { other in
                let input = inputs[other.plan]
                let when = periods[other.plan].map { ", \($0.start) \(word) \($0.end)" } ?? ""
                return "`\(input.networkName)` (\(input.path)\(when))"
            }
        }
        let list = Text(en: Text.list(networks("to"), quoted: false).en, da: Text.list(networks("til"), quoted: false).da)
        let related = overlapping.compactMap { other in
            inputs[other.plan].place(
                of: other.participant,
                Text(en: "also core in `\(inputs[other.plan].networkName)`", da: "også kernedeltager i `\(inputs[other.plan].networkName)`"))
        }
        return finding(
            in: here.plan,
            Text(
                en: "`\(name)` is core in \(total) networks that run at the same time (at most \(limit))",
                da: "`\(name)` er kernedeltager i \(total) netværk, der kører samtidig (højst \(limit))"),
            at: range,
            label: Text(en: "core here too", da: "også kernedeltager her"),
            related: related,
            notes: [Text(en: "`\(name)` is also core in \(list.en)", da: "`\(name)` er også kernedeltager i \(list.da)")],
            help: Text(
                en: "ask whether `\(name)` has time for all of them; find another core participant here, or make `\(name)` a participant invited to the phases that need them; if the municipality allows more, write `set max-core-networks \(total)` in the plan, or `allow core-in-too-many-networks \"reason\"` at the end of this line",
                da: "spørg, om `\(name)` har tid til dem alle; find en anden kernedeltager her, eller gør `\(name)` til deltager, der inddrages løbende i de faser, der har brug for vedkommende; tillader kommunen flere, så skriv `set max-core-networks \(total)` i planen eller `allow core-in-too-many-networks \"begrundelse\"` sidst på denne linje"),
            action: Text(
                en: "Ask \(name) whether there is time to be core in \(total) networks at once",
                da: "Spørg \(name), om der er tid til at være kernedeltager i \(total) netværk på én gang"))
    }
}
