import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanTesting

/// The name table gives each distinct name one dense id, and agrees with
/// `NameKey` (the resolver's equality before names were interned) on which
/// names are the same.
@Suite struct NameTableTests {
    @Test func composedAndDecomposedAccentsAreOneID() {
        var table = NameTable()
        let composed = table.intern("Ren\u{E9} S\u{F8}rensen")
        let decomposed = table.intern("Rene\u{301} S\u{F8}rensen")
        #expect(composed == decomposed)
        #expect(table.count == 1)
        #expect(table.text(composed) == "Ren\u{E9} S\u{F8}rensen")
        #expect(table.id(of: "Rene\u{301} S\u{F8}rensen") == composed)
    }

    @Test func namesDifferingOnlyInCaseAreDifferentIDs() {
        var table = NameTable()
        let lower = table.intern("ældrerådet")
        let upper = table.intern("Ældrerådet")
        #expect(lower != upper)
        #expect(NameKey("ældrerådet") != NameKey("Ældrerådet"))
    }

    @Test func idsAreDenseAndStable() {
        var table = NameTable()
        let names = (0..<1_000).map { "Deltager \($0) æøå" }
        let first = names.map { table.intern($0) }
        #expect(first.map(\.index) == Array(0..<1_000))
        // Again, and in another order: the same ids, nothing new.
        for name in names.reversed() { _ = table.intern(name) }
        #expect(names.map { table.intern($0) } == first)
        #expect(table.count == 1_000)
        #expect(names.map { table.id(of: $0) } == first.map { Optional($0) })
        #expect(first.map { table.text($0) } == names)
        #expect(table.id(of: "Ukendt") == nil)
    }

    @Test func aCopyKeepsTheIDsOfTheOriginal() {
        var register = NameTable()
        let anne = register.intern("Anne Krogh")
        var plan = register
        let bo = plan.intern("Bo Nielsen")
        #expect(plan.intern("Anne Krogh") == anne)
        #expect(bo.index == 1)
        #expect(register.count == 1)
        #expect(register.id(of: "Bo Nielsen") == nil)
    }

    @Test func theEmptyNameIsAName() {
        var table = NameTable()
        let empty = table.intern("")
        #expect(table.intern("") == empty)
        #expect(table.text(empty) == "")
        #expect(table.intern("a") != empty)
    }

    /// Random names built from a small alphabet (so that repeats and near
    /// misses are common): ASCII, Danish letters, combining marks, emoji,
    /// invisible characters. Two names get one id exactly when `NameKey`
    /// calls them equal, and each id gives back the name in NFC.
    @Test(arguments: 0..<20)
    func agreesWithNameKeyOnRandomNames(seed: UInt64) {
        let alphabet: [String] = [
            "a", "A", "e", "é", "e\u{301}", "\u{301}", "\u{308}", "ø", "Ø", "å", "a\u{30A}", "æ", " ", "-",
            "😀", "👩‍👩‍👧", "\u{200B}", "\u{A0}", "o\u{308}", "ö", "ﬁ", "Å", "\u{212B}",
        ]
        var random = SeededRandom(seed: seed)
        var names: [String] = []
        for _ in 0..<200 {
            let length = random.below(4)
            names.append((0..<length).map { _ in alphabet[random.below(alphabet.count)] }.joined())
        }
        var table = NameTable()
        let ids = names.map { table.intern($0) }
        for i in names.indices {
            #expect(table.text(ids[i]) == NameKey(names[i]).text)
            for j in names.indices where j > i {
                #expect((ids[i] == ids[j]) == (NameKey(names[i]) == NameKey(names[j])), "\(names[i]) / \(names[j])")
            }
        }
        #expect(table.count == Set(names.map(NameKey.init)).count)
        #expect(Set(ids.map(\.index)) == Set(0..<table.count))
    }
}
