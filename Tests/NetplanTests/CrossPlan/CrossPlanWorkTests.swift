import Testing
@testable import NetplanBase
@testable import NetplanCheck

/// A folder of many plans that share people: the rules across plans look at
/// each person's appearances once when the plans agree, not every pair of
/// plans (counted with `WorkProbe`, not timed).
@Suite struct CrossPlanWorkTests {
    static func plans(_ count: Int, differing: Int? = nil) -> [CheckResult] {
        (0..<count).map { index in
            let brings = index == differing ? "faglighed" : "indsigt, ressourcer"
            let text = "network \"Netværk \(index)\"\ncore \"Bo Nielsen\": \(brings)\ncore \"Anne Krogh\": faglighed\n"
            return Checker.check(SourceFile(path: "plan\(index).netplan", text: text))
        }
    }

    static func comparisons(_ results: [CheckResult]) -> (units: Int, merged: [[Diagnostic]]) {
        let probe = WorkProbe()
        let merged = WorkProbe.$current.withValue(probe) { CrossPlanRules.merged(results) }
        return (probe.count(.crossPlanComparison), merged)
    }

    @Test func plansThatAgreeAreComparedOncePerAppearance() {
        let small = Self.comparisons(Self.plans(50)).units
        let large = Self.comparisons(Self.plans(200)).units
        #expect(small > 0)
        // Every pair of 200 plans would be 16 times the work of 50.
        #expect(large <= small * 5)
    }

    @Test func onePlanThatDiffersStillGetsItsNoteAndTheOthersTheirs() {
        let (_, merged) = Self.comparisons(Self.plans(12, differing: 3))
        let notes = merged.map { $0.filter { $0.code == "NP231" } }
        #expect(notes[3].count == 1)
        // The plan that differs names the first of the others, and how many more.
        #expect(notes[3].first?.secondary.count == CrossPlanRules.relatedLimit)
        #expect(notes[3].first?.notes.contains { $0.en.contains("3 more places") } == true)
        for index in 0..<12 where index != 3 {
            #expect(notes[index].count == 1)
            #expect(notes[index].first?.secondary.count == 1)
        }
    }
}
