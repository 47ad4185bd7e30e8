import Testing
@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanSyntax
@testable import NetplanTesting
@testable import NetplanViews

/// `matrix --format csv` (plain, `--excel`, `--units`) → `import` keeps every
/// person, kind, competence, phase, invitation, purpose, left-out, date and
/// unit: a property over random plans, comparing resolved plans.
@Suite struct ImportRoundTripTests {
    /// What the schema carries of a resolved plan, by name.
    struct Essence: Equatable, CustomStringConvertible {
        var people: [String: String] = [:]
        var phases: [String] = []

        init(_ plan: ResolvedPlan, units: Bool) {
            for participant in plan.participants where participant.kind != .person {
                let competences = participant.competences.map { plan.diamond[$0].name }.sorted()
                people[participant.name] =
                    "\(participant.kind) \(competences) \(units ? participant.facts.unit ?? "-" : "")"
            }
            for phase in plan.phases {
                let present = phase.present.map { attendance -> String in
                    let name = plan.participants[attendance.participant].name
                    return "\(name)=\(attendance.presence)/\(phase.purpose(of: attendance.participant)?.text ?? "")"
                }.sorted()
                let without = Set(phase.without.map { plan.participants[$0.participant].name }).sorted()  // a name twice in a list is one cell
                phases.append("\(phase.name) \(String(describing: phase.start))-\(String(describing: phase.end)) \(present) without \(without)")
            }
        }

        var description: String { "\(people.sorted { $0.key < $1.key })\n\(phases.joined(separator: "\n"))" }
    }

    /// Plans the schema can carry whole: no duplicated names, the default
    /// diamond, nobody who declined (a declined core participant is absent
    /// without `without`, which a spreadsheet cannot tell from left out).
    static func carriable(_ plan: ResolvedPlan) -> Bool {
        plan.duplicates.isEmpty && plan.diamondIsDefault && !plan.participants.contains { $0.isDeclined }
    }

    @Test(arguments: [(CSVDialect.rfc4180, false), (.excel, false), (.rfc4180, true), (.excel, true)])
    func matrixThenImportKeepsThePlan(dialect: CSVDialect, units: Bool) {
        var tried = 0
        for seed in UInt64(0)..<300 {
            let original = Checker.check(SourceFile(path: "p.netplan", text: RandomPlanGenerator(seed: seed).plan())).plan
            guard Self.carriable(original) else { continue }
            tried += 1
            let csv = dialect.start
                + PlanningMatrix.render(original, format: .csv, language: seed % 2 == 0 ? .danish : .english,
                    units: units, dialect: dialect)
            switch PlanImport.formattedPlan(Array(csv.utf8), header: ["Importeret fra test"]) {
            case .failure(let problems):
                Issue.record("seed \(seed): \(problems.map { "\($0.row):\($0.column) \($0.message.en)" })\n\(csv)")
            case .success(let text):
                let imported = Checker.check(SourceFile(path: "i.netplan", text: text)).plan
                let before = Essence(original, units: units)
                let after = Essence(imported, units: units)
                #expect(before == after, "seed \(seed)\n\(csv)\n\(text)")
                if before != after { return }
            }
        }
        #expect(tried >= 100, "only \(tried) random plans could be carried")
    }
}
