import NetplanBase
import NetplanSyntax

/// Rule 11: a referral (`via`) to nobody, to oneself, or in a cycle.
public struct ReferralRule: Rule {
    public init() {}

    public let description = RuleDescription(
        code: "NP103", identifier: "broken-referral", severity: .error,
        title: Text(
            en: "A referral that points to nobody, to oneself, or in a circle",
            da: "En henvisning, der peger på ingen, på en selv eller i ring"),
        rationale: Text(
            en: "`via` records who pointed you to a participant on the relationship tour: who knows someone who knows someone. That trail is worth keeping, to thank people and to see which doors the network came through. A referral must name someone in the plan, never the person themselves, and cannot go round in a circle: somebody was asked first.",
            da: "`via` noterer, hvem der pegede dig hen til en deltager på relationsrundturen: hvem kender nogen, der kender nogen. Det spor er værd at gemme, for at kunne takke og for at se, hvilke døre netværket kom ind ad. En henvisning skal nævne en, der er med i planen, aldrig personen selv, og kan ikke gå i ring: nogen blev spurgt først."),
        triggering: [
            "core Anne: faglighed via ↓Karen\nphase Start",
            "core Anne: faglighed via ↓Anne\nphase Start",
            "core ↓Anne: faglighed via Bo\ncore Bo: indsigt via Carl\ncore Carl: ressourcer via Anne\nphase Start",
        ],
        nonTriggering: [
            "core Anne: faglighed\ncore Bo: indsigt via Anne\nparticipant Carl: ressourcer via Bo\nphase Start: invite Carl",
            "core Anne: faglighed via Borgere\nphase Start",
            "reference \"Lise Dam\"\ncore Anne: faglighed via \"Lise Dam\"\nphase Start",
        ])

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let plan = context.plan
        // Three kinds of finding share the code, so they are listed first and
        // built together: only the shown ones in full.
        var problems: [Problem] = []
        for reference in plan.unresolved where reference.kind == .referrer {
            problems.append(.unknown(reference))
        }
        for (index, participant) in plan.participants.enumerated() where participant.referrer == index {
            guard let via = participant.via else { continue }
            problems.append(.selfReferral(participant, via))
        }
        for cycle in Self.cycles(in: plan) {
            guard let first = cycle.first, let range = plan.participants[first].nameRange else { continue }
            problems.append(.cycle(cycle, range))
        }
        var suggestions = PlanSuggestions(plan)
        return findings(problems, in: context, at: \.range) { problem in
            switch problem {
            case .unknown(let reference):
                return unknown(reference, suggestions.help(for: reference))
            case .selfReferral(let participant, let via):
                return selfReferral(participant, via)
            case .cycle(let cycle, let range):
                return self.cycle(cycle, at: range, in: plan)
            }
        }
    }

    private enum Problem {
        case unknown(UnresolvedReference)
        case selfReferral(Participant, Name)
        case cycle([Int], SourceRange)

        package var range: SourceRange {
            switch self {
            case .unknown(let reference): return reference.name.range
            case .selfReferral(_, let via): return via.range
            case .cycle(_, let range): return range
            }
        }
    }

    private func unknown(_ reference: UnresolvedReference, _ help: Text?) -> Diagnostic {
        return finding(
            Text(
                en: "the referral names `\(reference.name.text)`, who is not in the plan",
                da: "henvisningen nævner `\(reference.name.text)`, som ikke er med i planen"),
            at: reference.name.range, label: Text(en: "unknown name", da: "ukendt navn"),
            help: help
                ?? Text(
                    en: "declare the person who made the suggestion (or name them as `leader`, `codriver` or `reference`), or remove `via`",
                    da: "tilføj den person, der kom med forslaget, til planen (eller nævn vedkommende som `leader`, `codriver` eller `reference`), eller fjern `via`"))
    }

    private func selfReferral(_ participant: Participant, _ via: Name) -> Diagnostic {
        return finding(
            Text(
                en: "`\(participant.name)` is referred by themselves",
                da: "`\(participant.name)` har foreslået sig selv"),
            at: via.range, label: Text(en: "points back to the same participant", da: "peger tilbage på samme deltager"),
            help: Text(
                en: "write who suggested `\(participant.name)`, or remove `via`",
                da: "skriv, hvem der har foreslået `\(participant.name)`, eller fjern `via`"))
    }

    private func cycle(_ cycle: [Int], at range: SourceRange, in plan: ResolvedPlan) -> Diagnostic {
        let first = cycle.first ?? -1
        // A long circle is shown by its first and last few members.
        let shown = cycle.count > 12 ? Array(cycle.prefix(6)) + [-1] + Array(cycle.suffix(5)) : cycle
        let names = (shown + [first]).map { $0 < 0 ? "…" : plan.participants[$0].name }.joined(separator: " → ")
        let secondary = cycle.dropFirst().prefix(11).compactMap { index in
            plan.participants[index].via.map {
                Annotation($0.range, Text(en: "part of the circle", da: "en del af ringen"))
            }
        }
        return finding(
            Text(
                en: "the referrals go round in a circle: \(names)",
                da: "henvisningerne går i ring: \(names)"),
            at: range, label: Text(en: "the circle starts here", da: "ringen begynder her"),
            secondary: secondary,
            help: Text(
                en: "find out who was asked first and remove that person's `via`",
                da: "find ud af, hvem der blev spurgt først, og fjern den persons `via`"))
    }

    /// Every cycle of length two or more in the referral graph, each once,
    /// starting at its earliest declared participant. Each participant has at
    /// most one referrer, so one walk per participant finds them in linear time.
    static func cycles(in plan: ResolvedPlan) -> [[Int]] {
        let count = plan.participants.count
        var state = [UInt8](repeating: 0, count: count)  // 0 new, 1 on the current walk, 2 done
        var cycles: [[Int]] = []
        for start in 0..<count where state[start] == 0 {
            var path: [Int] = []
            var node: Int? = start
            while let current = node, state[current] == 0 {
                state[current] = 1
                path.append(current)
                let next = plan.participants[current].referrer
                node = next == current ? nil : next
            }
            if let current = node, state[current] == 1, let position = path.firstIndex(of: current) {
                var cycle = Array(path[position...])
                if let minimum = cycle.indices.min(by: { cycle[$0] < cycle[$1] }) {
                    cycle = Array(cycle[minimum...] + cycle[..<minimum])
                }
                cycles.append(cycle)
            }
            for visited in path { state[visited] = 2 }
        }
        return cycles.sorted { $0[0] < $1[0] }
    }
}
