/// Who is present in one phase: a slice of one array shared by every phase
/// of a plan, read as `Attendance`s.
///
/// A plan of many phases keeps no array per phase: the resolver writes every
/// phase's attendances one after the other into one array of 32-bit entries
/// (the participant's index and, in the lowest bit, whether they are invited),
/// and each phase keeps where its slice starts and how long it is. A second
/// array holds each slice sorted by participant, so `presence(of:)` is a
/// binary search instead of a walk through the phase.
public struct PresenceList: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
    /// The entries of every phase of a plan, in order, and each slice sorted.
    final class Store: Sendable {
        let entries: [UInt32]
        let sorted: [UInt32]

        init(entries: [UInt32], sorted: [UInt32]) {
            self.entries = entries
            self.sorted = sorted
        }

        static let empty = Store(entries: [], sorted: [])
    }

    private let store: Store
    private let start: UInt32
    private let length: UInt32

    /// Nobody.
    public init() { self.init(store: .empty, start: 0, count: 0) }

    /// A list of its own holding `attendances`, in order.
    public init<S: Sequence>(_ attendances: S) where S.Element == Attendance {
        var builder = Builder()
        for attendance in attendances { builder.append(attendance) }
        let slice = builder.endSlice()
        let store = builder.finish()
        self.init(store: store, start: slice.start, count: slice.count)
    }

    public init(arrayLiteral elements: Attendance...) { self.init(elements) }

    fileprivate init(store: Store, start: UInt32, count: UInt32) {
        self.store = store
        self.start = start
        self.length = count
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { Int(length) }

    /// The attendance at `position`. A position outside `indices` reads the
    /// nearest entry (participant 0 for an empty list) rather than stop the program.
    public subscript(position: Int) -> Attendance {
        guard length > 0 else { return Attendance(participant: 0, presence: .core) }
        let clamped = Swift.min(Swift.max(position, 0), Int(length) - 1)
        return Self.attendance(store.entries[Int(start) + clamped])
    }

    /// How `participant` is present here, or nil when they are not: a binary
    /// search of the phase's sorted slice.
    public func presence(of participant: Int) -> Presence? {
        guard participant >= 0, let key = UInt32(exactly: participant << 1) else { return nil }
        let sorted = store.sorted
        var low = Int(start)
        var high = Int(start) + Int(length)
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < key { low = middle + 1 } else { high = middle }
        }
        guard low < Int(start) + Int(length), sorted[low] >> 1 == UInt32(participant) else { return nil }
        return Self.attendance(sorted[low]).presence
    }

    /// Whether `participant` is present here.
    public func contains(participant: Int) -> Bool { presence(of: participant) != nil }

    public static func == (a: PresenceList, b: PresenceList) -> Bool { a.elementsEqual(b) }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for attendance in self { hasher.combine(attendance) }
    }

    static func entry(_ attendance: Attendance) -> UInt32 {
        let participant = UInt32(clamping: Swift.max(attendance.participant, 0)) & (UInt32.max >> 1)
        return participant << 1 | (attendance.presence == .invited ? 1 : 0)
    }

    static func attendance(_ entry: UInt32) -> Attendance {
        Attendance(participant: Int(entry >> 1), presence: entry & 1 == 1 ? .invited : .core)
    }

    /// Writes the lists of a plan's phases, one after the other, into one store.
    struct Builder {
        private var entries: [UInt32] = []
        private var sorted: [UInt32] = []
        /// Where the slice being written starts.
        private var sliceStart = 0

        init(capacity: Int = 0) {
            entries.reserveCapacity(capacity)
            sorted.reserveCapacity(capacity)
        }

        /// Adds an attendance to the slice being written.
        mutating func append(_ attendance: Attendance) { entries.append(PresenceList.entry(attendance)) }

        /// The attendances of the slice being written, in order.
        var current: ArraySlice<UInt32> { entries[sliceStart...] }

        /// Ends the slice being written: its start and length.
        mutating func endSlice() -> (start: UInt32, count: UInt32) {
            let slice = entries[sliceStart...]
            // The core participants come first in ascending order; the invited
            // after them, in the order written.
            let isSorted = zip(slice, slice.dropFirst()).allSatisfy { $0 < $1 }
            if isSorted { sorted.append(contentsOf: slice) } else { sorted.append(contentsOf: slice.sorted()) }
            let result = (UInt32(truncatingIfNeeded: sliceStart), UInt32(truncatingIfNeeded: slice.count))
            sliceStart = entries.count
            return result
        }

        /// The store of every slice ended.
        func finish() -> Store { Store(entries: entries, sorted: sorted) }

        /// The list of a slice of `store`.
        static func list(_ slice: (start: UInt32, count: UInt32), in store: Store) -> PresenceList {
            PresenceList(store: store, start: slice.start, count: slice.count)
        }
    }
}
