import Foundation
import Testing
@testable import NetplanSyntax
@testable import NetplanCheck
@testable import NetplanTesting

/// Building only the findings that are shown changes nothing that is shown:
/// the check with the budget equals the check that builds every finding in
/// full, finding for finding, with the same "more findings" notes.
@Suite struct FindingBudgetTests {
    static func same(_ text: String, _ comment: Testing.Comment? = nil) {
        let source = TestSupport.source(text)
        let lazy = Checker.check(source)
        let full = Checker.check(source, rules: RuleRegistry.all, buildAll: true)
        #expect(lazy.diagnostics == full.diagnostics, comment)
        #expect(!lazy.diagnostics.contains { $0.message.en.isEmpty || $0.message.da.isEmpty }, "no placeholder is shown")
    }

    /// Hundreds of findings of many codes, some silenced by `allow`, with
    /// invalid and unused `allow`s beyond the cap too.
    static func crowded(_ n: Int) -> String {
        var out = "core K1: faglighed\ncore K1: indsigt\n"
        for i in 0..<n {
            let allow = i % 3 == 0 ? " allow never-involved \"kommer senere\"" : ""
            out += "participant P\(i): resurser\(i % 7)\(allow)\n"
            out += "participant Q\(i) via Ukendt\(i)\n"
            out += "group G\(i): indsigt\(i % 2 == 0 ? " allow no-competence \"ingen\"" : "")\n"
        }
        for i in 0..<n {
            let year = 2027 + i / 12
            let month = 1 + i % 12
            let dates = " from \(year)-\(month < 10 ? "0" : "")\(month)-01 to \(year + 1)-01-01"
            let allow: String
            switch i % 4 {
            case 0: allow = " allow overlapping-phases \"med vilje\""
            case 1: allow = " allow ingen-regel \"x\""
            case 2: allow = " allow empty-phase \"\""
            default: allow = ""
            }
            out += "phase F\(i)\(dates): without K1, Q\(i) needs ressourcer, viden\(i % 5)\(allow)\n"
        }
        return out
    }

    @Test func crowdedPlansShowTheSameFindings() {
        Self.same(Self.crowded(450))
        Self.same(Self.crowded(30))
    }

    @Test func randomPlansShowTheSameFindings() {
        for seed in UInt64(0)..<40 {
            Self.same(RandomPlanGenerator(seed: seed).plan(), "seed \(seed)")
        }
        for seed in UInt64(0)..<3 {
            let plan = RandomPlanGenerator(seed: seed, maxDeclarations: 500, maxPhases: 500).plan()
            Self.same(plan, "large plan, seed \(seed)")
        }
    }

    @Test func samplesShowTheSameFindings() throws {
        let folder = TestSupport.packageRoot.appendingPathComponent("samples")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".netplan") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            Self.same(text, "\(name)")
        }
    }

    @Test func theCrowdedPlanReachesTheCap() {
        let result = Checker.check(TestSupport.source(Self.crowded(450)))
        for code in ["NP101", "NP103", "NP203", "NP209", "NP212", "NP302", "NP303"] {
            #expect(result.diagnostics.filter { $0.code == code }.count == Checker.findingsPerCode, "\(code)")
        }
    }
}
