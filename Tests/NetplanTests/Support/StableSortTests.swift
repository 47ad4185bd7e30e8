import Testing
@testable import NetplanBase
@testable import NetplanTesting

/// `sortInPlace(by:)`: the same order as sorting by key and then by the
/// original position, for any array (with many equal keys, or none).
@Suite struct StableSortTests {
    @Test func sortsByKeyAndKeepsTheOrderOfEqualKeys() {
        var random = SeededRandom(seed: 16)
        for round in 0..<300 {
            let count = random.below(round < 10 ? 4 : 400)
            let spread = 1 + random.below(round % 3 == 0 ? 3 : 1_000)
            let records = (0..<count).map { (key: random.below(spread), tag: $0) }
            let expected = records.enumerated().sorted { ($0.element.key, $0.offset) < ($1.element.key, $1.offset) }
                .map(\.element.tag)
            var sorted = records
            sorted.sortInPlace(by: \.key)
            #expect(sorted.map(\.tag) == expected, "round \(round): \(records.map(\.key))")
        }
    }

    /// Keys that do not fit the packed 32-bit form (negative, or beyond
    /// 32 bits) take the general comparison, with the same result.
    @Test func keysOutsideThirtyTwoBitsSortTheSame() {
        var random = SeededRandom(seed: 17)
        for round in 0..<100 {
            let count = 1 + random.below(300)
            let records = (0..<count).map { tag -> (key: Int, tag: Int) in
                let small = random.below(50)
                let key = round % 2 == 0 ? small - 25 : (small % 3 == 0 ? Int(UInt32.max) + small : small)
                return (key, tag)
            }
            let expected = records.enumerated().sorted { ($0.element.key, $0.offset) < ($1.element.key, $1.offset) }
                .map(\.element.tag)
            var sorted = records
            sorted.sortInPlace(by: \.key)
            #expect(sorted.map(\.tag) == expected, "round \(round)")
        }
    }

    @Test func aNameRecordIsInSourceOrder() {
        let text = "phase Start: invite Bo, Anne\ncore Anne: faglighed\nparticipant Bo: indsigt via Anne\n"
        let result = TestSupport.check(text)
        let starts = result.plan.names.occurrences.map(\.range.start)
        #expect(starts.count >= 6)
        #expect(starts == starts.sorted())
    }
}
