/// A stable sort of large records without a scratch copy of them.
///
/// The standard library's sort is stable but takes a buffer of up to half the
/// array's records while it merges; for the name record of a plan of many
/// thousands of lines (a million records of 56 bytes) that buffer was the
/// peak of `check`. Here the records' keys are sorted as 32-bit positions
/// (4 bytes a record), and the records are then moved into place along the
/// cycles of that order, one record at a time.
extension Array {
    /// Sorts by `key`, keeping the order of records with equal keys.
    /// Inlinable, so that it is specialised for the caller's records.
    @inlinable package mutating func sortInPlace(by key: (Element) -> Int) {
        guard count > 1, count <= Int(UInt32.max) else {
            if count > 1 { self = sorted { key($0) < key($1) } }  // never on a plan (see `PlanSize`)
            return
        }
        // Each record's key and position in one 64-bit number: sorting the
        // numbers sorts by key, and by position among equal keys (stable),
        // with plain integer comparisons. Keys are source offsets, which fit
        // in 32 bits; any other key takes the general comparison.
        var packed = [UInt64]()
        packed.reserveCapacity(count)
        var fits = true
        for position in indices {
            let value = key(self[position])
            guard value >= 0, value <= Int(UInt32.max) else {
                fits = false
                break
            }
            packed.append(UInt64(value) << 32 | UInt64(position))
        }
        var order: [UInt32]
        if fits {
            packed.sort()
            order = packed.map { UInt32(truncatingIfNeeded: $0) }
        } else {
            let keys = map(key)
            order = (0..<UInt32(count)).map { $0 }
            order.sort { keys[Int($0)] != keys[Int($1)] ? keys[Int($0)] < keys[Int($1)] : $0 < $1 }
        }
        // Position `target` takes the record at `order[target]`: follow each cycle once.
        var done = [Bool](repeating: false, count: count)
        for start in 0..<count where !done[start] {
            let first = self[start]
            var target = start
            while true {
                done[target] = true
                let source = Int(order[target])
                if source == start {
                    self[target] = first
                    break
                }
                self[target] = self[source]
                target = source
            }
        }
    }
}
