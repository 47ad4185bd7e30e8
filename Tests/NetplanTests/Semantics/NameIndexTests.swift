import Testing
@testable import NetplanBase
@testable import NetplanCheck

/// `NameIndex`: a number per name id, in an array from the first id set, so
/// a plan whose names come late in a shared workspace table takes room for
/// its own names only.
@Suite struct NameIndexTests {
    @Test func aHighIdSetOnceTakesLittleRoom() {
        var index = NameIndex()
        index[NameID(raw: 100_000)] = 3
        #expect(index[NameID(raw: 100_000)] == 3)
        #expect(index[NameID(raw: 0)] == nil)
        #expect(index[NameID(raw: 99_999)] == nil)
        #expect(index.room <= 64)
    }

    /// Ids in any order, below the first, far above, cleared: read back as a dictionary would.
    @Test(arguments: [1, 2, 3])
    func readsBackWhatADictionaryWould(seed: UInt64) {
        var generator = SplitMix(seed: seed)
        var index = NameIndex()
        var reference: [NameID: Int] = [:]
        let base = UInt32(50_000 + Int(generator.next() % 1_000))
        for step in 0..<3_000 {
            let spread = generator.next() % 10
            let raw: UInt32
            switch spread {
            case 0: raw = UInt32(generator.next() % 50_000)  // below the first
            case 1: raw = base + 200_000 + UInt32(generator.next() % 1_000)  // interned long after
            default: raw = base + UInt32(generator.next() % 4_000)
            }
            let id = NameID(raw: raw)
            let value: Int? = generator.next() % 5 == 0 ? nil : step
            index[id] = value
            reference[id] = value
        }
        for raw in Set(reference.keys.map(\.raw) + [0, base, base + 4_000, base + 300_000]) {
            #expect(index[NameID(raw: raw)] == reference[NameID(raw: raw)], "id \(raw)")
        }
        // Room for the plan's own span of ids, not for every id below it.
        #expect(index.room < 20_000)
    }

    /// A plan resolved in a table that already holds many names (a folder of
    /// plans sharing one workspace table) keeps its indices small.
    @Test func aSmallPlanInABigTableKeepsItsIndexSmall() {
        let table = NameTable()
        for number in 0..<100_000 { _ = table.intern("earlier \(number)") }
        var index = NameIndex()
        for name in ["Anne", "Bo", "Carl"] { index[table.intern(name)] = index.room }
        #expect(index[table.intern("Bo")] != nil)
        #expect(index.room <= 64)
    }
}

/// A small seeded generator, so the test is the same on every run.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
