import NetplanBase
import NetplanSyntax
import NetplanCheck

/// `netplan overview`: a municipality's networks together. The model the
/// HTML page, the Markdown and the JSON are drawn from, so the three carry
/// the same tables:
///
/// - every network with its phases and meetings (for the timeline), its
///   competence coverage and its finding counts;
/// - people × networks: for each person (one name in any canonically
///   equivalent spelling, across plans) what they are in each network;
/// - units × networks: how many people of each unit take part in each network.
///
/// Groups (`group Borgere`) are not people and are left out of the people
/// and unit tables. Declined people show as declined and are counted in no unit.
public struct Overview: Sendable {
    /// One plan.
    public struct Network: Sendable {
        /// The theme from the `network` line, or nil.
        public var name: String?
        /// The plan's file, as it was read.
        public var file: String
        /// The `kind` word as written.
        public var kind: String?
        public var phases: [Phase]
        public var meetings: [Meeting]
        /// Who brings each competence of the plan's diamond.
        public var coverage: [DiamondSVG.Corner]
        public var errors: Int
        public var warnings: Int
        public var notes: Int
        /// The link to the plan's own report, when one was written.
        public var report: String?

        /// The first and last dated day of the plan's phases.
        public var period: (first: CalendarDate, last: CalendarDate)? {
            let starts = phases.compactMap { $0.start ?? $0.end }
            let ends = phases.compactMap { $0.end ?? $0.start }
            guard let first = starts.min(), let last = ends.max() else { return nil }
            return (first, last)
        }

        /// The competences nobody in the network brings.
        public var missing: [String] { coverage.filter(\.isMissing).map(\.name) }
    }

    /// What a person is in one network. Ordered as cells list them.
    public enum Involvement: String, Sendable, CaseIterable, Comparable {
        case leader, codriver, reference, core, asNeeded, declined

        public static func < (a: Involvement, b: Involvement) -> Bool {
            allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
        }

        /// The word in a cell.
        public var word: Text {
            switch self {
            case .leader: return Vocabulary.role(.leader)
            case .codriver: return Vocabulary.role(.codriver)
            case .reference: return Vocabulary.role(.reference)
            case .core: return Vocabulary.shortKind(.core)
            case .asNeeded: return Vocabulary.shortKind(.participant)
            case .declined: return RecruitmentStatus.declined.word
            }
        }
    }

    /// One person across the networks.
    public struct Person: Sendable {
        public var name: String
        /// The first unit any plan gives the person (in the order of the plans).
        public var unit: String?
        /// For each network (same order as `networks`), what the person is there; empty when not in it.
        public var cells: [[Involvement]]

        /// In how many networks the person is core (and has not declined).
        public var coreCount: Int { cells.filter { $0.contains(.core) }.count }
    }

    /// One unit across the networks.
    public struct Unit: Sendable {
        /// The unit as first written; nil for people whose plans give no unit.
        public var name: String?
        /// For each network, how many people of the unit take part (declined people not counted).
        public var counts: [Int]
    }

    public var networks: [Network]
    public var people: [Person]
    public var units: [Unit]

    /// The overview of checked plans, in the order given. `reports` holds,
    /// for each plan, the link to its report (or nil).
    /// The overview of checked plans. Their findings are counted with the
    /// rules across networks merged in (`CrossPlanRules.merged`), as `check`
    /// of the same files reports them.
    public init(_ results: [CheckResult], reports: [String?] = []) {
        let findings = CrossPlanRules.merged(results)
        networks = results.enumerated().map { index, result in
            Self.network(result, findings: findings[index], report: index < reports.count ? reports[index] : nil)
        }
        var people: [Person] = []
        var personIndex: [NameKey: Int] = [:]
        for (column, result) in results.enumerated() {
            for (name, unit, involvement) in Self.involvements(result.plan) {
                let key = NameKey(name)
                let row: Int
                if let known = personIndex[key] {
                    row = known
                } else {
                    row = people.count
                    personIndex[key] = row
                    people.append(Person(name: name, unit: nil, cells: Array(repeating: [], count: results.count)))
                }
                if people[row].unit == nil { people[row].unit = unit }
                if !people[row].cells[column].contains(involvement) { people[row].cells[column].append(involvement) }
            }
        }
        for row in people.indices {
            for column in people[row].cells.indices {
                var cell = people[row].cells[column]
                // Declined in a network means taking no part there: the kind is not shown as well.
                if cell.contains(.declined) { cell.removeAll { $0 == .core || $0 == .asNeeded } }
                people[row].cells[column] = cell.sorted()
            }
        }
        // Most networks first, then by name, so the people carrying the load are on top.
        self.people = people.sorted {
            let a = $0.cells.filter { !$0.isEmpty }.count, b = $1.cells.filter { !$0.isEmpty }.count
            return a != b ? a > b : $0.name.lowercased() < $1.name.lowercased()
        }
        units = Self.units(self.people, networks: results.count)
    }

    static func network(_ result: CheckResult, findings: [Diagnostic], report: String?) -> Network {
        let plan = result.plan
        let count = { (severity: Severity) in findings.filter { $0.severity == severity }.count }
        return Network(
            name: plan.network?.name.text, file: plan.source.path, kind: plan.network?.kind?.text,
            phases: plan.phases, meetings: plan.meetings, coverage: DiamondSVG.corners(plan),
            errors: count(.error), warnings: count(.warning), notes: count(.note), report: report)
    }

    /// Everyone named in a plan (roles, then core and as-needed participants), with unit and involvement.
    static func involvements(_ plan: ResolvedPlan) -> [(String, String?, Involvement)] {
        var out: [(String, String?, Involvement)] = []
        for role in plan.roles {
            let kind: Involvement = role.role == .leader ? .leader : role.role == .codriver ? .codriver : .reference
            let facts = role.participant.map { plan.participants[$0].facts }
            out.append((role.name.text, role.facts.unit ?? facts?.unit, kind))
        }
        for participant in plan.participants where !participant.isGroup && !participant.isBuiltIn {
            let kind: Involvement = participant.isDeclined ? .declined : participant.isCore ? .core : .asNeeded
            out.append((participant.name, participant.facts.unit, kind))
        }
        return out
    }

    /// People per unit per network; the unit-less last.
    static func units(_ people: [Person], networks: Int) -> [Unit] {
        var units: [Unit] = []
        var index: [NameKey: Int] = [:]
        var unknown = Unit(name: nil, counts: Array(repeating: 0, count: networks))
        for person in people {
            let taking = person.cells.map { !$0.isEmpty && $0 != [.declined] ? 1 : 0 }
            guard taking.contains(1) else { continue }
            guard let name = person.unit else {
                unknown.counts = zip(unknown.counts, taking).map { $0 + $1 }
                continue
            }
            let key = NameKey(name)
            if index[key] == nil {
                index[key] = units.count
                units.append(Unit(name: name, counts: Array(repeating: 0, count: networks)))
            }
            if let row = index[key] { units[row].counts = zip(units[row].counts, taking).map { $0 + $1 } }
        }
        units.sort { $0.counts.reduce(0, +) != $1.counts.reduce(0, +)
            ? $0.counts.reduce(0, +) > $1.counts.reduce(0, +) : ($0.name ?? "").lowercased() < ($1.name ?? "").lowercased() }
        if unknown.counts.contains(where: { $0 > 0 }) { units.append(unknown) }
        return units
    }

    /// The plan's shown name: its theme, else its file name.
    public static func title(_ network: Network) -> String {
        network.name ?? fileName(network.file)
    }

    /// The last component of a path.
    public static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// Whether a checked file is a plan (it has a `network` or a `phase` line);
    /// other files, such as registers of people, are left out of the overview.
    public static func isPlan(_ result: CheckResult) -> Bool {
        result.plan.network != nil || !result.plan.phases.isEmpty
    }
}
