/// How a CSV file is laid out: the separator between fields and whether it
/// starts with a UTF-8 byte-order mark. Records always end in CRLF.
public struct CSVDialect: Sendable, Hashable {
    public var separator: Unicode.Scalar
    /// Whether the file starts with U+FEFF, so Excel reads it as UTF-8.
    public var byteOrderMark: Bool

    /// RFC 4180: `,`, CRLF, no byte-order mark.
    public static let rfc4180 = CSVDialect(separator: ",", byteOrderMark: false)
    /// For Danish Excel (`--excel`): `;` (the comma is the decimal mark there),
    /// CRLF and a byte-order mark.
    public static let excel = CSVDialect(separator: ";", byteOrderMark: true)

    /// The byte-order mark as text, or nothing.
    public var start: String { byteOrderMark ? "\u{FEFF}" : "" }
}

/// One CSV cell, written so that a spreadsheet shows it as text.
///
/// A cell that starts with `=`, `+`, `-`, `@`, TAB or CR is read as a formula
/// by Excel and LibreOffice (CSV injection). Such a cell gets a `'` in front
/// (the OWASP advice), scalar by scalar. So that reading the file back is
/// exact, a cell that starts with one or more `'` followed by one of those
/// characters gets one more `'`; `unguarded` removes exactly the one added.
/// Every other cell is left alone (`'apostrof'`, `2027-01-04`).
public enum CSVCell {
    /// The characters a spreadsheet reads as the start of a formula.
    public static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// Whether a byte is a formula start (all of them are ASCII).
    static func isFormulaStart(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: return true
        default: return false
        }
    }

    /// Whether `scalars`, after any leading `'`, start with a formula character.
    static func needsGuard(_ scalars: Substring.UnicodeScalarView) -> Bool {
        for scalar in scalars where scalar != "'" { return formulaStarts.contains(scalar) }
        return false
    }

    /// The text with a `'` in front when a spreadsheet would read it as a formula.
    public static func guarded(_ text: String) -> String {
        needsGuard(text[...].unicodeScalars) ? "'" + text : text
    }

    /// The text as it was before `guarded`: the one `'` it added is removed.
    public static func unguarded(_ cell: String) -> String {
        let scalars = cell[...].unicodeScalars
        guard scalars.first == "'", needsGuard(scalars.dropFirst()) else { return cell }
        return String(scalars.dropFirst())
    }

    /// One field: guarded, then quoted when it holds the separator, a quote,
    /// CR or LF, with quotes doubled (RFC 4180). Scalar by scalar: a quote
    /// followed by a combining mark is still a quote to a CSV reader.
    /// (The bytes: `ByteWriter.appendCSVField`.)
    public static func field(_ text: String, _ dialect: CSVDialect) -> String {
        var out = ByteWriter(capacity: text.utf8.count + 4)
        out.appendCSVField(text, dialect)
        return out.text
    }

    /// One record: the fields joined by the separator, ended by CRLF.
    public static func record(_ fields: [String], _ dialect: CSVDialect) -> String {
        var out = ByteWriter(capacity: 256)
        out.appendCSVRecord(fields, dialect)
        return out.text
    }
}

/// CSV written straight into a `ByteWriter`, as `CSVCell` describes it.
extension ByteWriter {
    /// One field, as `CSVCell.field` writes it. Every character it looks at
    /// (the formula starts, `'`, `"`, CR, LF and an ASCII separator) is one
    /// byte, so it works on the UTF-8 bytes; a separator outside ASCII is
    /// looked for scalar by scalar.
    public mutating func appendCSVField(_ text: String, _ dialect: CSVDialect) {
        let separator = dialect.separator
        // An ASCII separator is looked for with the other bytes (a quote stands in for one that is not).
        let byteSeparator = separator.isASCII ? UInt8(truncatingIfNeeded: separator.value) : 0x22
        let wideSeparator = !separator.isASCII && text.unicodeScalars.contains(separator)
        var text = text
        text.withUTF8 { source in
            var first = 0
            while first < source.count, source[first] == UInt8(ascii: "'") { first += 1 }
            let guards = first < source.count && CSVCell.isFormulaStart(source[first])
            var quotes = wideSeparator
            for byte in source where byte == 0x22 || byte == 0x0A || byte == 0x0D || byte == byteSeparator {
                quotes = true
                break
            }
            if quotes { append(0x22) }
            if guards { append(UInt8(ascii: "'")) }
            if quotes {
                appendReplacing(utf8: source, controls: false, isSpecial: { $0 == 0x22 }) { out, _ in
                    out.append("\"\"")
                }
                append(0x22)
            } else {
                append(contentsOf: source)
            }
        }
    }

    /// One record: the fields joined by the separator, ended by CRLF.
    public mutating func appendCSVRecord(_ fields: [String], _ dialect: CSVDialect) {
        for (index, text) in fields.enumerated() {
            if index > 0 { appendScalar(dialect.separator) }
            appendCSVField(text, dialect)
        }
        append("\r\n")
    }

    /// One Unicode scalar, encoded as UTF-8.
    public mutating func appendScalar(_ scalar: Unicode.Scalar) {
        if scalar.isASCII {
            append(UInt8(truncatingIfNeeded: scalar.value))
        } else {
            append(utf8: String(scalar))
        }
    }
}
