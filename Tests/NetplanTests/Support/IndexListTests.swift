import Testing
@testable import NetplanBase

/// `IndexList`: the short lists of a participant (competences, phases) held
/// without an allocation up to two entries, and behaving as an array.
@Suite struct IndexListTests {
    @Test(arguments: [0, 1, 2, 3, 17])
    func keepsWhatIsAppendedInOrder(count: Int) {
        var list = IndexList()
        var reference: [Int] = []
        for step in 0..<count {
            let index = (step * 7_919) % 40_000
            list.append(index)
            reference.append(index)
        }
        #expect(Array(list) == reference)
        #expect(list.count == reference.count)
        #expect(list == IndexList(reference))
        #expect(list.hashValue == IndexList(reference).hashValue)
        #expect(reference.indices.allSatisfy { list[$0] == reference[$0] })
    }

    @Test func indicesBeyond32BitsAndNegativeOnesAreKept() {
        let reference = [Int(UInt32.max) + 5, -1, 3]
        #expect(Array(IndexList(reference)) == reference)
        #expect(Array(IndexList([-2])) == [-2])
    }

    @Test func listsThatDifferAreNotEqual() {
        #expect(IndexList([1, 2]) != IndexList([2, 1]))
        #expect(IndexList([1]) != IndexList([1, 1]))
        #expect(IndexList() == [])
    }

    @Test func aCopyIsNotChangedByAnAppendToTheOriginal() {
        var list: IndexList = [1, 2, 3]
        let copy = list
        list.append(4)
        #expect(Array(copy) == [1, 2, 3])
        #expect(Array(list) == [1, 2, 3, 4])
    }

    @Test func aShortListTakesNoMoreRoomThanTheArrayReferenceAndItsTag() {
        #expect(MemoryLayout<IndexList>.stride <= 16)
    }
}
