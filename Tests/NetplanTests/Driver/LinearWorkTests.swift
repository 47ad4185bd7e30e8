import Testing
@testable import NetplanBase
@testable import NetplanCheck

/// The checker's work grows linearly with the plan: counted with `WorkProbe`,
/// not timed, so the tests are exact and do not depend on the machine. Each
/// test checks a plan of n units and of 4n units: linear work counts about 4
/// times as much, quadratic work 16 times.
@Suite struct LinearWorkTests {
    /// The units of `kind` counted while checking `text`, and the result.
    static func work(_ kind: WorkProbe.Kind, _ text: String) -> (units: Int, result: CheckResult) {
        let probe = WorkProbe()
        let result = WorkProbe.$current.withValue(probe) { Checker.check(TestSupport.source(text)) }
        return (probe.count(kind), result)
    }

    /// The growth of `kind` from the plan at n to the plan at 4n.
    static func growth(_ kind: WorkProbe.Kind, n: Int, _ plan: (Int) -> String) -> Double {
        let one = work(kind, plan(n)).units
        let four = work(kind, plan(4 * n)).units
        #expect(one > 0, "the plan at n must do some of this work")
        return Double(four) / Double(max(1, one))
    }

    static let core = "core K1: faglighed\ncore K2: indsigt\ncore K3: ressourcer\ncore K4: handlekraft\n"

    /// n participants and n misspelt invitations of them.
    static func misspelt(_ n: Int) -> String {
        var out = core
        for i in 0..<n { out += "participant \"Deltager nummer \(i)\": indsigt\n" }
        for i in 0..<n { out += "phase F\(i): invite \"Deltager nummer \(i)\", \"Deltagr nummer \(i)\"\n" }
        return out
    }

    @Test func suggestionsAreComputedOnlyForShownFindings() {
        #expect(Self.growth(.suggestionCandidate, n: 400, Self.misspelt) <= 5)
        // At most the shown findings each look at every candidate.
        let (units, result) = Self.work(.suggestionCandidate, Self.misspelt(1_000))
        #expect(units <= Checker.findingsPerCode * 1_004)
        // The suggestions themselves are still made.
        let first = result.diagnostics.first { $0.code == "NP101" }
        #expect(first?.help?.en == "did you mean `Deltager nummer 0`?")
    }

    @Test func suggestionsLookOnlyAtCandidatesOfAFittingLength() {
        // Names of every length from 1 to 2,000: with at most 3 edits, only
        // names within 3 of the length can match.
        let candidates = (1...2_000).map { String(repeating: "a", count: $0) }
        let index = SuggestionIndex(candidates)
        let probe = WorkProbe()
        let suggestions = WorkProbe.$current.withValue(probe) {
            ["aaaaab", "b", String(repeating: "a", count: 149) + "b"].map { index.closest(to: $0) }
        }
        #expect(suggestions == ["aaaaa", "a", String(repeating: "a", count: 149)])
        // Lengths 3-9, 0-2 and 147-153.
        #expect(probe.count(.suggestionCandidate) <= 7 + 2 + 7)
    }

    /// n phases leaving a core participant out, each with `allow`.
    static func allowed(_ n: Int) -> String {
        var out = core
        for i in 0..<n { out += "phase F\(i): without K1 allow core-left-out \"K1 er på kursus\"\n" }
        return out
    }

    @Test func suppressionsAreMatchedInLinearWork() {
        #expect(Self.growth(.suppressionTest, n: 500, Self.allowed) <= 5)
        let result = Self.work(.suppressionTest, Self.allowed(500)).result
        #expect(!result.diagnostics.contains { $0.code == "NP202" || $0.code == Suppressions.unusedCode })
    }

    /// n participants never invited, and n phases needing what only they bring.
    static func uncovered(_ n: Int) -> String {
        var out = "core K1: faglighed\ncore K2: faglighed\ncore K3: faglighed\ncore K4: faglighed, indsigt, handlekraft\n"
        for i in 0..<n { out += "participant P\(i): ressourcer\n" }
        for i in 0..<n { out += "phase F\(i): needs ressourcer\n" }
        return out
    }

    @Test func uncoveredNeedsAreFoundInLinearWork() {
        #expect(Self.growth(.coverageTest, n: 300, Self.uncovered) <= 5)
        let result = Self.work(.coverageTest, Self.uncovered(300)).result
        let need = result.diagnostics.first { $0.code == "NP206" }
        #expect(need?.help?.en.hasPrefix("invite `P0`, `P1`, `P2`") == true)
        #expect(need?.help?.en.contains("or 292 more: they bring `ressourcer`") == true)
        let never = result.diagnostics.first { $0.code == "NP203" }
        #expect(never?.help?.en.hasPrefix("`F0` needs what `P0` brings") == true)
    }

    /// Many findings of several codes, far beyond the per-code cap.
    static func manyFindings(_ n: Int) -> String {
        var out = ""
        for i in 0..<n { out += "participant P\(i): resurser\(i % 10)\n" }
        for i in 0..<n { out += "phase F\(i)\n" }
        return out
    }

    @Test func findingsBeyondTheCapAreNotBuilt() {
        let (built, result) = Self.work(.findingBuilt, Self.manyFindings(1_000))
        // Every shown finding is built once; none of the hidden ones is.
        #expect(built <= result.diagnostics.count)
        // The count of those not shown stays exact.
        let codes = ["NP101", "NP203", "NP209"]
        for code in codes {
            let shown = result.diagnostics.filter { $0.code == code }
            #expect(shown.count == Checker.findingsPerCode)
            #expect(shown.last?.notes.last?.en == "800 more findings of \(code) in this file not shown; fix these first")
        }
    }
}
