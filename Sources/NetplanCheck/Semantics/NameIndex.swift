import NetplanBase

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
