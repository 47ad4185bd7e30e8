/// Escapers that write plan text straight into a `ByteWriter`: control
/// characters shown as `\u{1B}`, Markdown table cells, and the loop they and
/// the HTML and CSV escapers share.
///
/// A Swift String is valid UTF-8, and every character these escapers change
/// is a single ASCII byte or a C1 control (U+0080-U+009F, the two bytes
/// `C2 80` ... `C2 9F`). So they look at bytes: a byte of a longer scalar
/// can never be taken for one of them, and everything else is copied in runs.
/// This is the same as escaping scalar by scalar: a `"` or a `|` followed by
/// a combining mark is still escaped.
extension ByteWriter {
    /// A control character (C0, DEL or C1: at most U+009F) as `\u{1B}`, with
    /// two upper-case hex digits, as `ControlCharacters.escaped` writes it.
    public mutating func appendEscapedControl(_ value: UInt8) {
        let hex: StaticString = "0123456789ABCDEF"
        append("\\u{")
        hex.withUTF8Buffer { digits in
            append(digits[Int(value >> 4)])
            append(digits[Int(value & 0xF)])
        }
        append(0x7D)
    }

    /// Copies `source`, calling `replace` instead for every ASCII byte that
    /// `isSpecial` picks and, with `controls`, for every C1 control. `replace`
    /// gets the scalar's value (for a C1 control, its second byte is that value).
    @inline(__always)
    package mutating func appendReplacing(
        utf8 source: UnsafeBufferPointer<UInt8>, controls: Bool, isSpecial: (UInt8) -> Bool,
        _ replace: (inout ByteWriter, UInt8) -> Void
    ) {
        var runStart = 0
        var index = 0
        let count = source.count
        while index < count {
            let byte = source[index]
            var length = 1
            var value = byte
            if byte < 0x80, isSpecial(byte) {
                // An ASCII byte to replace.
            } else if byte == 0xC2, controls, index + 1 < count, source[index + 1] < 0xA0 {
                // U+0080-U+009F: a C2 lead byte is always followed by a continuation byte (80-BF).
                value = source[index + 1]
                length = 2
            } else {
                index &+= 1
                continue
            }
            if runStart < index { append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index])) }
            replace(&self, value)
            index &+= length
            runStart = index
        }
        if runStart < count { append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<count])) }
    }

    /// Whether an ASCII byte is a control character (C0 or DEL).
    @inline(__always)
    package static func isASCIIControl(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x7F }

    /// `text` with every control character shown as `\u{..}`; line feeds are
    /// kept when `keepingLineFeeds` (see `ControlCharacters.visible`).
    public mutating func appendVisible(_ text: String, keepingLineFeeds: Bool = true) {
        var text = text
        text.withUTF8 { source in
            appendReplacing(
                utf8: source, controls: true,
                isSpecial: { Self.isASCIIControl($0) && !(keepingLineFeeds && $0 == 0x0A) },
                { out, value in out.appendEscapedControl(value) })
        }
    }

    /// Text for a Markdown table cell, as `Markdown.escape` writes it: a `\`
    /// before each special character, control characters as `\u{0D}`.
    public mutating func appendMarkdown(_ text: String) {
        var text = text
        text.withUTF8 { source in
            appendReplacing(utf8: source, controls: true, isSpecial: Self.isMarkdownSpecial) { out, value in
                if value < 0x20 || value >= 0x7F {
                    out.appendEscapedControl(value)
                } else {
                    out.append(0x5C)
                    out.append(value)
                }
            }
        }
    }

    /// Control characters and `\|*_`[]<>#~!`: what Markdown escapes.
    @inline(__always)
    static func isMarkdownSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x00..<0x20, 0x7F: return true
        case UInt8(ascii: "\\"), UInt8(ascii: "|"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"),
            UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"),
            UInt8(ascii: "~"), UInt8(ascii: "!"):
            return true
        default: return false
        }
    }
}
