import NetplanBase

/// A comma-separated list of names, with the range of each comma.
///
/// The names and commas of every list of a tree are kept one after another
/// in one store that the parser fills; a list is where its names and its
/// commas start there and how many there are. A plan of many thousands of
/// lines then has two arrays for its lists, not two for each list.
public struct NameList: Hashable, Sendable {
    private(set) var store: NameListStore?
    private var nameStart: UInt32 = 0
    private var nameCount: UInt32 = 0
    private var commaStart: UInt32 = 0
    private var commaCount: UInt32 = 0

    /// A list of its own (outside a parse).
    public init(names: [Name] = [], commas: [SourceRange] = []) {
        guard let first = names.first else {
            if !commas.isEmpty {
                let store = NameListStore(table: NameTable())
                for comma in commas { appendComma(comma, in: store) }
            }
            return
        }
        let store = NameListStore(table: first.table)
        for name in names { append(name, in: store) }
        for comma in commas { appendComma(comma, in: store) }
    }

    /// The names, in the order written.
    public var names: NameSlice { NameSlice(store: store, start: Int(nameStart), count: Int(nameCount)) }

    /// The range of each comma, in the order written.
    public var commas: ArraySlice<SourceRange> {
        guard let store else { return [] }
        let start = Int(commaStart)
        return store.commas[start..<start + Int(commaCount)]
    }

    /// Appends a name, in `store` (the parser's).
    package mutating func append(_ name: Name, in store: NameListStore) {
        adopt(store)
        let id = name.table === store.table ? name.id : store.table.internWritten(name.text)
        Self.append(
            NameListStore.Item(id: id, range: name.range, isQuoted: name.isQuoted), to: &store.items,
            start: &nameStart, count: &nameCount)
    }

    /// Appends the range of a comma, in `store` (the parser's).
    package mutating func appendComma(_ range: SourceRange, in store: NameListStore) {
        adopt(store)
        Self.append(range, to: &store.commas, start: &commaStart, count: &commaCount)
    }

    /// Appends `element` to the run `start ..< start + count` of `array`:
    /// at its end, moving the run there first when another list was appended after it.
    private static func append<Element>(
        _ element: Element, to array: inout [Element], start: inout UInt32, count: inout UInt32
    ) {
        if count == 0 {
            start = UInt32(truncatingIfNeeded: array.count)
        } else if Int(start) + Int(count) != array.count {
            let moved = Array(array[Int(start)..<Int(start) + Int(count)])
            start = UInt32(truncatingIfNeeded: array.count)
            array.append(contentsOf: moved)
        }
        array.append(element)
        count += 1
    }

    /// Makes `store` this list's store, copying what the list holds from another one.
    private mutating func adopt(_ other: NameListStore) {
        guard store !== other else { return }
        let names = Array(self.names), commas = Array(self.commas)
        self = NameList()
        store = other
        for name in names { append(name, in: other) }
        for comma in commas { appendComma(comma, in: other) }
    }

    public static func == (a: NameList, b: NameList) -> Bool {
        a.names.elementsEqual(b.names) && a.commas.elementsEqual(b.commas)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(nameCount)
        for name in names { hasher.combine(name) }
        for comma in commas { hasher.combine(comma) }
    }
}

/// The names of a `NameList`: positions from 0.
public struct NameSlice: RandomAccessCollection, Sendable {
    fileprivate let store: NameListStore?
    fileprivate let start: Int
    public let count: Int

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    /// The name at `position` (from 0). A position outside `indices` reads
    /// the nearest name rather than stop the program.
    public subscript(position: Int) -> Name {
        guard let store, count > 0 else { return Name(text: "", range: SourceRange(0, 0), isQuoted: false) }
        let item = store.items[start + Swift.min(Swift.max(position, 0), count - 1)]
        return Name(id: item.id, range: item.range, isQuoted: item.isQuoted, in: store.table)
    }
}

/// The names and commas of a tree's lists, one after another. Only the
/// parser that made it appends to it, before its tree is handed out; after
/// that it is only read, by any thread.
public final class NameListStore: @unchecked Sendable {
    /// A name without its table: the store's `table` holds every item's text.
    struct Item {
        var id: NameID
        var range: SourceRange
        var isQuoted: Bool
    }

    let table: NameTable
    // Only the parser that made the store appends, before the tree is handed
    // out, and never while a list is read: no dynamic exclusivity check is
    // needed on the reads that every rule and writer makes.
    @exclusivity(unchecked) var items: [Item] = []
    @exclusivity(unchecked) var commas: [SourceRange] = []

    package init(table: NameTable) { self.table = table }

    /// Frees the room the arrays grew into beyond what they hold (the parser's last step).
    func trim() {
        items = Parser.trimmed(items)
        commas = Parser.trimmed(commas)
    }
}
