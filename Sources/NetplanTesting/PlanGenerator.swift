import NetplanCheck
import NetplanSyntax

/// Generates healthy plans of a chosen size, for the benchmark and for tests:
/// five core participants covering the diamond, as-needed participants each
/// invited to a few phases, groups with citizens among them, phases whose
/// needs are covered, referrals forming a tree, and comments.
public struct PlanGenerator {
    public var seed: UInt64

    public init(seed: UInt64 = 42) {
        self.seed = seed
    }

    static let firstNames = [
        "Anne", "Bo", "Carl", "Dorte", "Erik", "Fie", "Gitte", "Hans", "Ida", "Jonas", "Karen", "Lars",
        "Mette", "Niels", "Ole", "Pia", "Rasmus", "Signe", "Søren", "Tove", "Ulla", "Vibeke", "Åse", "Ærtebjerg",
    ]
    static let lastNames = ["Holm", "Berg", "Dam", "Nielsen", "Jensen", "Østergaard", "Lund", "Krogh", "Bæk", "Friis"]
    package static let competences = DefaultDiamond.competences

    /// A healthy plan of about `lines` lines. Returns its text and the number of statements.
    public func healthyPlan(lines: Int) -> (text: String, statements: Int) {
        var random = SeededRandom(seed: seed)
        let target = max(lines, 30)
        // Of the lines: ~80% participants, ~2% groups, ~8% phases, ~10% comments.
        let participants = max(6, target * 8 / 10)
        let groups = max(3, target / 50)
        let phases = max(4, target * 8 / 100)
        var out = ""
        out.reserveCapacity(target * 48)
        var statements = 0
        func line(_ text: String) {
            out += text
            out += "\n"
        }
        line("# Genereret plan til måling (seed \(seed))")
        line("network \"Genereret netværk \(seed)\" kind velfærdsnetværk")
        line("leader \"Mette Holm\"")
        line("codriver \"Jonas Berg\"")
        line("reference \"Lise Dam\"")
        statements += 4
        let core = ["Kerne-Anne", "Kerne-Bo", "Kerne-Carl", "Kerne-Dorte", "Kerne-Erik"]
        for (index, name) in core.enumerated() {
            let competence = Self.competences[index % Self.competences.count]
            line("core \(name): \(competence), faglighed")
            statements += 1
        }
        var names: [String] = []
        names.reserveCapacity(participants)
        for index in 0..<participants {
            let first = Self.firstNames[random.below(Self.firstNames.count)]
            let last = Self.lastNames[random.below(Self.lastNames.count)]
            let name = "\"\(first) \(last) \(index)\""
            names.append(name)
            let count = 1 + random.below(2)
            var brings: [String] = []
            for _ in 0..<count {
                let competence = Self.competences[random.below(Self.competences.count)]
                if !brings.contains(competence) { brings.append(competence) }
            }
            // Referrals form a tree: each may point to someone declared before.
            let via = index > 0 && random.chance(0.5) ? " via \(names[random.below(index)])" : ""
            if index % 10 == 9 { line("# deltagere fundet på relationsrundturen, runde \(index / 10)") }
            line("participant \(name): \(brings.joined(separator: ", "))\(via)")
            statements += 1
        }
        var groupNames = ["Borgere"]
        line("group Borgere: indsigt")
        for index in 1..<groups {
            let name = "\"Gruppe \(index)\""
            groupNames.append(name)
            line("group \(name): \(Self.competences[index % Self.competences.count])")
        }
        statements += groups
        // Each participant is invited to one or two phases; each phase to a slice.
        let perPhase = max(1, (participants + phases - 1) / phases)
        for phase in 0..<phases {
            var invites: [String] = []
            let start = phase * perPhase
            if start < participants {
                invites += names[start..<min(participants, start + perPhase)]
            }
            if phase > 0, random.chance(0.3) { invites.append(names[random.below(participants)]) }
            invites.append(groupNames[phase % groupNames.count])
            let needs = [Self.competences[phase % Self.competences.count], "faglighed"]
            if phase % 8 == 0 { line("# fase \(phase + 1)") }
            // Long invite lists are split over several `invite` clauses on one line.
            line("phase \"Fase \(phase + 1)\": invite \(invites.joined(separator: ", ")) needs \(needs.joined(separator: ", "))")
            statements += 1
        }
        return (out, statements)
    }
}
