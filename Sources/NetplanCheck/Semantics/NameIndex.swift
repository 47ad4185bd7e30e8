import NetplanBase
import NetplanSyntax

/// A number per interned name (an index into the plan's participants,
/// diamond or phases), in an array indexed by the name's id: finding it is
/// an array read, with no hashing at all.
struct NameIndex {
    private var values: [Int32] = []

    subscript(id: NameID) -> Int? {
        get {
            guard id.index < values.count, values[id.index] >= 0 else { return nil }
            return Int(values[id.index])
        }
        set {
            if id.index >= values.count {
                values.append(contentsOf: repeatElement(-1, count: max(id.index + 1 - values.count, values.count)))
            }
            values[id.index] = newValue.map { Int32(truncatingIfNeeded: $0) } ?? -1
        }
    }
}

extension Resolver {
    /// A name's identity: the id of its NFC form in the workspace's table.
    /// A name of the tree's own table (every name, when the workspace shares
    /// one) is looked up by its id, without reading its text.
    func key(_ name: Name) -> NameID {
        name.table === names ? names.canonical(name.id) : names.intern(name.text)
    }
}
