/// JSON string literals written as bytes: the one escaper of every JSON
/// netplan writes (`JSONValue`, `JSONWriter`).
///
/// The escapes RFC 8259 requires (`\"`, `\\`, `\n`, `\r`, `\t`, `\u00XX` for
/// the other controls below U+0020), and `\u` escapes for DEL, the C1
/// controls (U+0080-U+009F) and U+2028/U+2029 too, so no control character
/// reaches a terminal raw and the output is valid JavaScript. Hex digits are
/// lower case, four of them. A Swift String is valid UTF-8, so the escaper
/// looks at bytes: everything else is copied as it is.
extension ByteWriter {
    /// `"text"` with the escapes above.
    public mutating func appendJSONString(_ text: String) {
        var text = text
        text.withUTF8 { appendJSONString(utf8: $0) }
    }

    /// `"…"` for bytes that are valid UTF-8.
    public mutating func appendJSONString(utf8 source: UnsafeBufferPointer<UInt8>) {
        append(0x22)
        var runStart = 0
        var index = 0
        let count = source.count
        while index < count {
            let byte = source[index]
            // The common case: printable ASCII and UTF-8 lead/continuation bytes that cannot start an escape.
            if byte >= 0x20, byte != 0x22, byte != 0x5C, byte != 0x7F, byte != 0xC2, byte != 0xE2 {
                index &+= 1
                continue
            }
            var escapedLength = 1
            var scalar: UInt32 = UInt32(byte)
            switch byte {
            case 0xC2:
                // U+0080-U+009F (C1 controls) are C2 80 ... C2 9F.
                guard index + 1 < count, (0x80...0x9F).contains(source[index + 1]) else { index &+= 1; continue }
                scalar = UInt32(source[index + 1])
                escapedLength = 2
            case 0xE2:
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                guard index + 2 < count, source[index + 1] == 0x80, source[index + 2] == 0xA8 || source[index + 2] == 0xA9
                else { index &+= 1; continue }
                scalar = source[index + 2] == 0xA8 ? 0x2028 : 0x2029
                escapedLength = 3
            default: break
            }
            if runStart < index { bytes(from: source, runStart, index) }
            switch byte {
            case 0x22: append("\\\"")
            case 0x5C: append("\\\\")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            default: appendUnicodeEscape(scalar)
            }
            index &+= escapedLength
            runStart = index
        }
        if runStart < count { bytes(from: source, runStart, count) }
        append(0x22)
    }

    private mutating func bytes(from source: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<end]))
    }

    /// `\uXXXX`, four lower-case hex digits.
    private mutating func appendUnicodeEscape(_ scalar: UInt32) {
        let hex: StaticString = "0123456789abcdef"
        append("\\u")
        hex.withUTF8Buffer { digits in
            for shift in stride(from: 12, through: 0, by: -4) {
                append(digits[Int((scalar >> UInt32(shift)) & 0xF)])
            }
        }
    }
}
