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
    public static func field(_ text: String, _ dialect: CSVDialect) -> String {
        let text = guarded(text)
        let separator = dialect.separator
        let special: (Unicode.Scalar) -> Bool = { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard text.unicodeScalars.contains(where: special) else { return text }
        var out = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { out.unicodeScalars.append("\"") }
            out.unicodeScalars.append(scalar)
        }
        return out + "\""
    }

    /// One record: the fields joined by the separator, ended by CRLF.
    public static func record(_ fields: [String], _ dialect: CSVDialect) -> String {
        var out = ""
        for (index, text) in fields.enumerated() {
            if index > 0 { out.unicodeScalars.append(dialect.separator) }
            out += field(text, dialect)
        }
        return out + "\r\n"
    }
}
