import Foundation

/// A name interned in a `NameTable`: a dense 32-bit number, the first name
/// 0, the next new one 1, and so on. Two ids of one table are equal exactly
/// when the names are (`NameKey`'s equality: the same text in NFC, case
/// counts), so comparing and hashing names are integer operations.
public struct NameID: Hashable, Comparable, Sendable {
    public let raw: UInt32

    package init(raw: UInt32) { self.raw = raw }

    /// The id as an array index.
    public var index: Int { Int(raw) }

    public static func < (a: NameID, b: NameID) -> Bool { a.raw < b.raw }
}

/// The names of one check (of one workspace, when registers and plans are
/// checked together), each stored once.
///
/// A name is normalised to NFC once, when it is first interned; its UTF-8
/// bytes go into one shared byte arena, and an open-addressing hash table
/// (FNV-1a over the bytes) finds it again by its bytes without building a
/// `String`. Interning only ever appends, so a copy of a table that is
/// extended (a plan's resolver extending its registers' table) keeps every
/// id of the original.
public struct NameTable: Sendable {
    /// Every name's UTF-8 bytes, one after another.
    private var arena: [UInt8] = []
    /// Name `i` is `arena[starts[i] ..< starts[i + 1]]`.
    private var starts: [UInt32] = [0]
    /// Each name's hash, so growing the table never rehashes bytes.
    private var hashes: [UInt32] = []
    /// Open addressing: 0 is empty, else the id plus one. The count is a power of two.
    private var slots: [UInt32] = Array(repeating: 0, count: 64)

    public init() {}

    /// How many distinct names the table holds; ids are `0 ..< count`.
    public var count: Int { hashes.count }

    /// The id of a name, interning it if it is new.
    public mutating func intern(_ name: String) -> NameID {
        Self.withNormalisedBytes(name) { bytes in intern(bytes: bytes) }
    }

    /// The id of a name already in the table, without adding it.
    public func id(of name: String) -> NameID? {
        Self.withNormalisedBytes(name) { bytes in
            find(bytes, hash: Self.hash(bytes)).id
        }
    }

    /// The name of an id, in NFC.
    public func text(_ id: NameID) -> String {
        guard id.index < count else { return "" }
        let start = Int(starts[id.index]), end = Int(starts[id.index + 1])
        return arena.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
        }
    }

    /// Interns NFC bytes.
    private mutating func intern(bytes: UnsafeBufferPointer<UInt8>) -> NameID {
        let hash = Self.hash(bytes)
        let (slot, found) = find(bytes, hash: hash)
        if let found { return found }
        let id = UInt32(truncatingIfNeeded: count)
        arena.append(contentsOf: bytes)
        starts.append(UInt32(truncatingIfNeeded: arena.count))
        hashes.append(hash)
        slots[slot] = id &+ 1
        if count * 2 > slots.count { grow() }
        return NameID(raw: id)
    }

    /// The slot holding these bytes (and their id), or the empty slot where they would go.
    private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (slot: Int, id: NameID?) {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        return arena.withUnsafeBufferPointer { arena in
            while true {
                let entry = slots[slot]
                if entry == 0 { return (slot, nil) }
                let id = Int(entry - 1)
                if hashes[id] == hash {
                    let start = Int(starts[id]), end = Int(starts[id + 1])
                    if end - start == bytes.count, Self.same(arena, from: start, bytes) {
                        return (slot, NameID(raw: UInt32(id)))
                    }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Whether `arena` holds `bytes` from `start` on (the caller checked there is room).
    private static func same(_ arena: UnsafeBufferPointer<UInt8>, from start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let left = arena.baseAddress, let right = bytes.baseAddress else { return bytes.isEmpty }
        return memcmp(left + start, right, bytes.count) == 0
    }

    /// Doubles the slots and places every id again by its stored hash.
    private mutating func grow() {
        var grown = [UInt32](repeating: 0, count: slots.count * 2)
        let mask = grown.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(hash) & mask
            while grown[slot] != 0 { slot = (slot + 1) & mask }
            grown[slot] = UInt32(id + 1)
        }
        slots = grown
    }

    /// FNV-1a, 32 bits.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        return hash
    }

    /// Calls `body` with the name's bytes in NFC. Scalars below U+0300 (lead
    /// bytes below 0xCC) are already in NFC, so ASCII and Danish names are
    /// read in place, without a new `String`.
    private static func withNormalisedBytes<R>(_ name: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = name.utf8.withContiguousStorageIfAvailable({ bytes -> R? in
            bytes.allSatisfy { $0 < 0xCC } ? body(bytes) : nil
        }), let result {
            return result
        }
        var text = name.utf8.allSatisfy { $0 < 0xCC } ? name : name.precomposedStringWithCanonicalMapping
        text.makeContiguousUTF8()
        return text.withUTF8 { body($0) }
    }
}
