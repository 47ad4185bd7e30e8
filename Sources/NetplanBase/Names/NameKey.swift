import Foundation

/// A name as a dictionary key, compared and hashed by its UTF-8 bytes.
///
/// Names are identified as written (after quotes and escapes are removed,
/// and in NFC, so that canonically equivalent spellings match). The key
/// computes a cheap FNV-1a hash of the bytes once, so
/// dictionary lookups neither normalise Unicode (as `String` hashing does
/// for non-ASCII text) nor run SipHash over every byte.
package struct NameKey: Hashable {
    package let text: String
    private let fingerprint: UInt64

    package init(_ text: String) {
        // Canonically equivalent spellings are one name: `é` saved as one
        // scalar or as `e` + U+0301 (editors differ). Scalars below U+0300
        // (lead bytes below 0xCC) are already in NFC, so ASCII and Danish
        // names skip the normalisation.
        var text = text.utf8.allSatisfy { $0 < 0xCC } ? text : text.precomposedStringWithCanonicalMapping
        text.makeContiguousUTF8()
        self.text = text
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        let hashed: Bool? = text.utf8.withContiguousStorageIfAvailable { buffer in
            for byte in buffer { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
            return true
        }
        if hashed == nil {
            for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        }
        fingerprint = hash
    }

    package static func == (a: NameKey, b: NameKey) -> Bool {
        guard a.fingerprint == b.fingerprint, a.text.utf8.count == b.text.utf8.count else { return false }
        let equal: Bool? = a.text.utf8.withContiguousStorageIfAvailable { left in
            b.text.utf8.withContiguousStorageIfAvailable { right in
                guard let l = left.baseAddress, let r = right.baseAddress else { return true }  // both empty
                return memcmp(l, r, left.count) == 0
            }
        } ?? nil
        return equal ?? a.text.utf8.elementsEqual(b.text.utf8)
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(fingerprint)
    }
}
