import NetplanBase
import NetplanSyntax

/// A number per interned name (an index into the plan's participants,
/// diamond or phases), in an array indexed by the name's id: finding it is
/// an array read, with no hashing at all.
///
/// The array starts at the first id set (`base`), not at id 0: when many
/// plans share one workspace's `NameTable`, a plan's names have ids far
/// above 0, and an array from 0 would make each plan's resolve cost as much
/// as every name interned before it. The few ids outside the array (below
/// the base, or far beyond what the array holds so far: a name interned
/// after the parse) are kept in a dictionary.
struct NameIndex {
    /// The id of `values[0]`; -1 until the first id is set.
    private var base = -1
    private var values: [Int32] = []
    private var outside: [NameID: Int32] = [:]

    subscript(id: NameID) -> Int? {
        get {
            let offset = id.index - base
            if base >= 0, offset >= 0, offset < values.count {
                return values[offset] >= 0 ? Int(values[offset]) : nil
            }
            return outside[id].map { Int($0) }
        }
        set {
            let value = newValue.map { Int32(truncatingIfNeeded: $0) } ?? -1
            if base < 0 { base = id.index }
            let offset = id.index - base
            if offset >= 0, offset < values.count {
                values[offset] = value
            } else if offset >= 0, offset < Swift.max(2 * values.count, Self.minimumRoom) {
                // Grows by doubling, so a plan's ids, set in any order, take linear work.
                values.append(contentsOf: repeatElement(-1, count: Swift.max(offset + 1 - values.count, values.count)))
                values[offset] = value
                // Ids kept outside that the array now covers move into it.
                for (other, stored) in outside where other.index >= base && other.index - base < values.count {
                    values[other.index - base] = stored
                    outside[other] = nil
                }
            } else if value >= 0 {
                outside[id] = value
            } else {
                outside[id] = nil
            }
        }
    }

    /// The room the array takes before it first doubles.
    private static let minimumRoom = 64

    /// How many entries the index holds room for (array and dictionary), for the tests.
    var room: Int { values.count + outside.count }
}

extension Resolver {
    /// A name's identity: the id of its NFC form in the workspace's table.
    /// A name of the tree's own table (every name, when the workspace shares
    /// one) is looked up by its id, without reading its text.
    func key(_ name: Name) -> NameID {
        name.table === names ? names.canonical(name.id) : names.intern(name.text)
    }
}
