/// A short list of array indices (the competences a participant brings, the
/// phases they are in) that takes no memory of its own for up to two
/// entries: most participants bring one or two competences and are invited
/// to one or two phases, and an array for each would be an allocation of
/// 48 bytes or more per list. A longer list (a core participant is in every
/// phase) is an ordinary array.
///
/// The entries keep the order they are appended in; indices from 0 to
/// `UInt32.max` are kept inline, any other in the array.
public struct IndexList: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
    private enum Storage: Hashable, Sendable {
        case none
        case one(UInt32)
        case two(UInt32, UInt32)
        case many([Int])
    }

    private var storage: Storage = .none

    public init() {}

    public init<S: Sequence>(_ indices: S) where S.Element == Int {
        for index in indices { append(index) }
    }

    public init(arrayLiteral elements: Int...) { self.init(elements) }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .none: return 0
        case .one: return 1
        case .two: return 2
        case .many(let array): return array.count
        }
    }

    /// The entry at `position`. A position outside `indices` reads the
    /// nearest entry (0 for an empty list) rather than stop the program.
    public subscript(position: Int) -> Int {
        switch storage {
        case .none: return 0
        case .one(let a): return Int(a)
        case .two(let a, let b): return position <= 0 ? Int(a) : Int(b)
        case .many(let array): return array[Swift.min(Swift.max(position, 0), array.count - 1)]
        }
    }

    /// Appends an index at the end.
    public mutating func append(_ index: Int) {
        let small = UInt32(exactly: index)
        switch storage {
        case .none:
            storage = small.map { .one($0) } ?? .many([index])
        case .one(let a):
            storage = small.map { .two(a, $0) } ?? .many([Int(a), index])
        case .two(let a, let b):
            storage = .many([Int(a), Int(b), index])
        case .many(var array):
            storage = .none  // the array's only reference, so the append below does not copy it
            array.append(index)
            storage = .many(array)
        }
    }

    /// The entries as an array.
    public var array: [Int] { Array(self) }

    public static func == (a: IndexList, b: IndexList) -> Bool { a.elementsEqual(b) }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for index in self { hasher.combine(index) }
    }
}
