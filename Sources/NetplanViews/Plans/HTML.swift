import NetplanBase

/// Escaping for HTML text and attribute values.
package enum HTML {
    /// Escapes `&`, `<`, `>`, `"` and `'`, so the result is safe both as
    /// element text and inside a double- or single-quoted attribute; a
    /// control character other than a line feed (HTML may not hold them) is
    /// shown as `\u{1B}`, as in every text output. Scalar by scalar (the
    /// bytes: `ByteWriter.appendHTML`).
    package static func escape(_ text: String) -> String {
        var out = ByteWriter(capacity: text.utf8.count + 16)
        out.appendHTML(text)
        return out.text
    }

    /// Escapes a message and shows its `quoted` parts as code, as the text
    /// renderer's backticks mean.
    package static func message(_ text: String) -> String {
        var out = ByteWriter(capacity: text.utf8.count + 32)
        out.appendHTMLMessage(text)
        return out.text
    }
}

/// HTML written straight into a `ByteWriter`, as `HTML` describes it.
extension ByteWriter {
    /// Text escaped for an element or a quoted attribute (see `HTML.escape`).
    package mutating func appendHTML(_ text: String) {
        var text = text
        text.withUTF8 { appendHTML(utf8: $0) }
    }

    /// UTF-8 bytes escaped for an element or a quoted attribute.
    package mutating func appendHTML(utf8 source: UnsafeBufferPointer<UInt8>) {
        appendReplacing(utf8: source, controls: true, isSpecial: Self.isHTMLSpecial) { out, value in
            switch value {
            case UInt8(ascii: "&"): out.append("&amp;")
            case UInt8(ascii: "<"): out.append("&lt;")
            case UInt8(ascii: ">"): out.append("&gt;")
            case UInt8(ascii: "\""): out.append("&quot;")
            case UInt8(ascii: "'"): out.append("&#39;")
            default: out.appendEscapedControl(value)
            }
        }
    }

    /// Substring text escaped for an element or a quoted attribute.
    package mutating func appendHTML(_ text: Substring) {
        var text = text
        text.withUTF8 { appendHTML(utf8: $0) }
    }

    /// A message escaped, its `quoted` parts as `<code>` (see `HTML.message`):
    /// an unpaired backtick stays a backtick. The backticks are found as
    /// `Character`s, as the page always found them (a backtick that carries a
    /// combining mark marks no code); the escaping is on bytes. Escaping
    /// neither adds nor removes a backtick, so the parts are found in the
    /// text itself.
    package mutating func appendHTMLMessage(_ text: String) {
        guard text.utf8.contains(UInt8(ascii: "`")) else { return appendHTML(text) }
        let parts = text.split(separator: "`", omittingEmptySubsequences: false)
        guard parts.count % 2 == 1 else { return appendHTML(text) }
        for (index, part) in parts.enumerated() {
            if index % 2 == 1 { append("<code>") }
            appendHTML(part)
            if index % 2 == 1 { append("</code>") }
        }
    }

    /// `&<>"'`, and control characters other than the line feed.
    @inline(__always)
    static func isHTMLSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x0A: return false
        case 0x00..<0x20, 0x7F: return true
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): return true
        default: return false
        }
    }
}
