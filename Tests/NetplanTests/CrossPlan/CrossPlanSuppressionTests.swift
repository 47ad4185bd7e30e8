import Testing
@testable import NetplanBase
@testable import NetplanCheck

/// `allow RULE "reason"` for the rules across networks goes through the
/// plan's own suppressions: it silences the finding on its statement, is
/// reported unused (NP303) only when its rule looked at the plan together
/// with others, and is never called unknown (NP302).
@Suite struct CrossPlanSuppressionTests {
    static func plan(_ name: String, from: String, to: String, core: String = "core \"Anne Krogh\": faglighed") -> String {
        "network \"\(name)\"\n\(core)\nphase Start from \(from) to \(to)\n"
    }

    static let allowed = "core \"Anne Krogh\": faglighed allow core-in-too-many-networks \"hun har tid i foråret\""

    static func three(thirdCore: String) -> [CheckResult] {
        [
            ("a.netplan", plan("A", from: "2027-01-04", to: "2027-04-30")),
            ("b.netplan", plan("B", from: "2027-02-01", to: "2027-05-31")),
            ("c.netplan", plan("C", from: "2027-03-01", to: "2027-06-30", core: thirdCore)),
        ].map { Checker.check(SourceFile(path: $0.0, text: $0.1)) }
    }

    @Test func anAllowOnTheStatementSilencesTheWarningAcrossNetworks() {
        let without = CrossPlanRules.merged(Self.three(thirdCore: "core \"Anne Krogh\": faglighed"))
        #expect(without[2].map(\.code).contains("NP230"))
        let with = CrossPlanRules.merged(Self.three(thirdCore: Self.allowed))
        #expect(with[2].filter { ["NP230", "NP302", "NP303"].contains($0.code) }.isEmpty, "\(with[2].map(\.code))")
    }

    @Test func anAllowOfARuleAcrossNetworksIsNotUnknownNorUnusedInAPlanCheckedAlone() {
        let alone = Checker.check(SourceFile(path: "c.netplan", text: Self.plan("C", from: "2027-03-01", to: "2027-06-30", core: Self.allowed)))
        #expect(alone.diagnostics.filter { ["NP302", "NP303"].contains($0.code) }.isEmpty, "\(alone.diagnostics.map(\.message.en))")
        #expect(CrossPlanRules.merged([alone])[0] == alone.diagnostics)
    }

    @Test func anAllowThatSilencesNothingAcrossNetworksIsReportedWhenTheRuleLooked() throws {
        // The third network starts after the others: nothing to silence.
        let results = [
            ("a.netplan", Self.plan("A", from: "2027-01-04", to: "2027-04-30")),
            ("b.netplan", Self.plan("B", from: "2027-02-01", to: "2027-05-31")),
            ("c.netplan", Self.plan("C", from: "2027-08-02", to: "2027-10-29", core: Self.allowed)),
        ].map { Checker.check(SourceFile(path: $0.0, text: $0.1)) }
        let merged = CrossPlanRules.merged(results)
        let unused = try #require(merged[2].first { $0.code == "NP303" })
        #expect(unused.message.en == "`allow core-in-too-many-networks` silences nothing here")
        #expect(merged[2].filter { $0.code == "NP303" }.count == 1)
    }

    @Test func aRuleTurnedOffInThePlanDoesNotCallItsAllowUnused() {
        let third = "set core-in-too-many-networks off\n" + Self.plan("C", from: "2027-08-02", to: "2027-10-29", core: Self.allowed)
        let results = [
            ("a.netplan", Self.plan("A", from: "2027-01-04", to: "2027-04-30")),
            ("c.netplan", third),
        ].map { Checker.check(SourceFile(path: $0.0, text: $0.1)) }
        #expect(CrossPlanRules.merged(results)[1].filter { $0.code == "NP303" }.isEmpty)
    }

    @Test func aMisspelledRuleAcrossNetworksIsSuggested() throws {
        let text = "core \"Anne Krogh\": faglighed allow core-in-to-many-networks \"x\"\n"
        let result = Checker.check(SourceFile(path: "p.netplan", text: text))
        let wrong = try #require(result.diagnostics.first { $0.code == "NP302" })
        #expect(wrong.help?.en == "did you mean `core-in-too-many-networks`?")
        // Reported once, by the plan's own check, not again across plans.
        let merged = CrossPlanRules.merged([result, Checker.check(SourceFile(path: "q.netplan", text: "core \"Bo\": faglighed\n"))])
        #expect(merged[0].filter { $0.code == "NP302" }.count == 1)
    }
}
