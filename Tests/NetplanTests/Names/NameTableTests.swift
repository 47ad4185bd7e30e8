import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanTesting

/// The name table gives each distinct name one dense id, and agrees with
/// `NameKey` (the resolver's equality before names were interned) on which
/// names are the same.
@Suite struct NameTableTests {
    @Test func composedAndDecomposedAccentsAreOneID() {
        let table = NameTable()
        let composed = table.intern("Ren\u{E9} S\u{F8}rensen")
        let decomposed = table.intern("Rene\u{301} S\u{F8}rensen")
        #expect(composed == decomposed)
        #expect(table.count == 1)
        #expect(table.text(composed) == "Ren\u{E9} S\u{F8}rensen")
        #expect(table.id(of: "Rene\u{301} S\u{F8}rensen") == composed)
    }

    @Test func namesDifferingOnlyInCaseAreDifferentIDs() {
        let table = NameTable()
        let lower = table.intern("ældrerådet")
        let upper = table.intern("Ældrerådet")
        #expect(lower != upper)
        #expect(NameKey("ældrerådet") != NameKey("Ældrerådet"))
    }

    @Test func idsAreDenseAndStable() {
        let table = NameTable()
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

    @Test func aSharedTableKeepsTheIDsItGaveOut() {
        // One table per workspace: what a plan adds never changes an id the register has.
        let workspace = NameTable()
        let anne = workspace.intern("Anne Krogh")
        let plan = workspace
        let bo = plan.intern("Bo Nielsen")
        #expect(plan.intern("Anne Krogh") == anne)
        #expect(bo.index == 1)
        #expect(workspace.text(anne) == "Anne Krogh")
        #expect(workspace.id(of: "Bo Nielsen") == bo)
    }

    @Test func aNameAsWrittenHasTheIDOfItsNFCFormAsItsIdentity() {
        let table = NameTable()
        let decomposed = table.internWritten("Rene\u{301}")
        let composed = table.internWritten("René")
        #expect(decomposed != composed)
        #expect(table.text(decomposed) == "Rene\u{301}")
        #expect(table.canonical(decomposed) == table.canonical(composed))
        #expect(table.canonical(composed) == composed)
        #expect(table.intern("Rene\u{301}") == composed)
    }

    @Test func parsersSharingATableInParallelAgreeOnEveryID() async {
        let table = NameTable()
        let names = (0..<2_000).map { "Person \($0 % 500) Ærø" }
        let results = await withTaskGroup(of: [NameID].self) { group in
            for _ in 0..<8 { group.addTask { names.map { table.internWritten($0) } } }
            var all: [[NameID]] = []
            for await ids in group { all.append(ids) }
            return all
        }
        #expect(table.count == 500)
        #expect(results.allSatisfy { $0 == results[0] })
        #expect(zip(names, results[0]).allSatisfy { table.text($0.1) == $0.0 })
    }

    @Test func theEmptyNameIsAName() {
        let table = NameTable()
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
        let table = NameTable()
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
