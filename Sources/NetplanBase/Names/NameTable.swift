import Foundation
import Synchronization

/// A name interned in a `NameTable`: a dense 32-bit number, the first name
/// 0, the next new one 1, and so on. Two ids of one table are equal exactly
/// when the texts are byte for byte; `NameTable.canonical` gives the id of a
/// name's NFC form, so composed and decomposed accents are one name.
public struct NameID: Hashable, Comparable, Sendable {
    public let raw: UInt32

    package init(raw: UInt32) { self.raw = raw }

    /// The id as an array index.
    public var index: Int { Int(raw) }

    public static func < (a: NameID, b: NameID) -> Bool { a.raw < b.raw }
}

/// The names of one workspace (a plan and the registers it uses, a folder,
/// the files open in an editor), each text stored once.
///
/// The parser interns every name as it is written; the resolver asks for
/// each one's NFC form (`canonical`), normalised once, when the text is first
/// seen. The UTF-8 bytes go into one shared byte arena, and an
/// open-addressing hash table (FNV-1a over the bytes) finds a text again by
/// its bytes without building a `String`. Interning only ever appends, so
/// an id never changes meaning, and several parsers and resolvers may share
/// one table: it is a reference, and a lock keeps it consistent.
public final class NameTable: Sendable {
    private let storage = Mutex(Storage())

    public init() {}

    /// How many distinct texts the table holds; ids are `0 ..< count`.
    public var count: Int { storage.withLock { $0.count } }

    /// The id of a name's NFC form, interning it if it is new: the identity
    /// that makes two names the same name.
    public func intern(_ name: String) -> NameID {
        storage.withLock { storage in
            Self.withNormalisedBytes(name) { bytes in storage.intern(bytes: bytes, isNFC: true) }
        }
    }

    /// The id of a text exactly as written (after unquoting), interning it if it is new.
    public func internWritten(_ text: String) -> NameID {
        var text = text
        return text.withUTF8 { bytes in storage.withLock { $0.intern(bytes: bytes, isNFC: false) } }
    }

    /// The id of a text exactly as written, from its UTF-8 bytes.
    public func internWritten(bytes: UnsafeBufferPointer<UInt8>) -> NameID {
        storage.withLock { $0.intern(bytes: bytes, isNFC: false) }
    }

    /// The id of a name's NFC form, if the table holds it, without adding it.
    public func id(of name: String) -> NameID? {
        Self.withNormalisedBytes(name) { bytes in
            storage.withLock { storage in storage.find(bytes, hash: Storage.hash(bytes)).id }
        }
    }

    /// The id of the NFC form of an id's text: equal for two ids exactly when their texts are the same name.
    public func canonical(_ id: NameID) -> NameID {
        storage.withLock { storage in
            id.index < storage.canonical.count ? NameID(raw: storage.canonical[id.index]) : id
        }
    }

    /// The text of an id, as interned.
    public func text(_ id: NameID) -> String {
        storage.withLock { $0.text(id) }
    }

    /// Calls `body` with an id's text as UTF-8 bytes, as interned, without
    /// building a `String` (for the writers). The table is locked meanwhile:
    /// `body` must not call the table.
    public func withBytes(_ id: NameID, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        storage.withLock { $0.withBytes(id, body) }
    }

    /// Whether an id's text is `text`, byte for byte, without building a `String`.
    public func text(_ id: NameID, equals text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in storage.withLock { $0.bytes(id, equal: bytes) } }
    }

    /// Calls `body` with the name's bytes in NFC. Scalars below U+0300 (lead
    /// bytes below 0xCC) are already in NFC, so ASCII and Danish names are
    /// read in place, without a new `String`.
    private static func withNormalisedBytes<R>(_ name: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = name.utf8.withContiguousStorageIfAvailable({ bytes -> R? in
            Storage.isPlainlyNFC(bytes) ? body(bytes) : nil
        }), let result {
            return result
        }
        var text = name.utf8.allSatisfy { $0 < 0xCC } ? name : name.precomposedStringWithCanonicalMapping
        text.makeContiguousUTF8()
        return text.withUTF8 { body($0) }
    }
}

/// The table's contents, read and written under its lock.
private struct Storage {
    /// Every text's UTF-8 bytes, one after another.
    var arena: [UInt8] = []
    /// Text `i` is `arena[starts[i] ..< starts[i + 1]]`.
    var starts: [UInt32] = [0]
    /// Each text's hash, so growing the table never rehashes bytes.
    var hashes: [UInt32] = []
    /// The id of each text's NFC form (its own id when it is in NFC).
    var canonical: [UInt32] = []
    /// Open addressing: 0 is empty, else the id plus one. The count is a power of two.
    var slots: [UInt32] = Array(repeating: 0, count: 64)

    var count: Int { hashes.count }

    /// Whether bytes are in NFC without asking Unicode's tables: every scalar below U+0300.
    static func isPlainlyNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { bytes.allSatisfy { $0 < 0xCC } }

    /// Interns bytes; `isNFC` when the caller normalised them already.
    mutating func intern(bytes: UnsafeBufferPointer<UInt8>, isNFC: Bool) -> NameID {
        let hash = Self.hash(bytes)
        let (slot, found) = find(bytes, hash: hash)
        if let found { return found }
        let id = UInt32(truncatingIfNeeded: count)
        arena.append(contentsOf: bytes)
        starts.append(UInt32(truncatingIfNeeded: arena.count))
        hashes.append(hash)
        canonical.append(id)
        slots[slot] = id &+ 1
        if count * 2 > slots.count { grow() }
        if !isNFC, !Self.isPlainlyNFC(bytes) {
            var normal = String(decoding: bytes, as: UTF8.self).precomposedStringWithCanonicalMapping
            let same = normal.withUTF8 { $0.elementsEqual(bytes) }
            if !same {
                canonical[Int(id)] = normal.withUTF8 { intern(bytes: $0, isNFC: true) }.raw
            }
        }
        return NameID(raw: id)
    }

    /// The slot holding these bytes (and their id), or the empty slot where they would go.
    func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (slot: Int, id: NameID?) {
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

    func withBytes(_ id: NameID, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard id.index < count else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        let start = Int(starts[id.index]), end = Int(starts[id.index + 1])
        return arena.withUnsafeBufferPointer { buffer in body(UnsafeBufferPointer(rebasing: buffer[start..<end])) }
    }

    func text(_ id: NameID) -> String {
        guard id.index < count else { return "" }
        let start = Int(starts[id.index]), end = Int(starts[id.index + 1])
        return arena.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
        }
    }

    func bytes(_ id: NameID, equal bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard id.index < count else { return bytes.isEmpty }
        let start = Int(starts[id.index]), end = Int(starts[id.index + 1])
        guard end - start == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { Self.same($0, from: start, bytes) }
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
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        return hash
    }
}
