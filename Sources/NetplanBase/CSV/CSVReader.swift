/// Reads CSV as spreadsheets write it (RFC 4180 and its common variants):
/// fields in quotes may hold separators, quotes (doubled) and line breaks;
/// records end in CRLF, LF or CR; a UTF-8 byte-order mark is skipped; the
/// separator (`,`, `;` or TAB) is the one found most often, outside quotes,
/// on the first line that holds any of them (`,` if none does).
///
/// Positions are as a spreadsheet shows them: the row is the record's number
/// (from 1, the header included), the column the field's number (from 1).
public enum CSVReader {
    /// The records of a file, and the separator found.
    public struct Table: Sendable, Hashable {
        public var separator: Unicode.Scalar
        /// Every record, empty lines included (as one empty field).
        public var records: [[String]]
    }

    /// Why a file cannot be read as CSV, and where.
    public struct Failure: Error, Sendable, Hashable {
        public var row: Int
        public var column: Int
        public var message: Text
    }

    /// The separators looked for.
    public static let separators: [Unicode.Scalar] = [",", ";", "\t"]

    /// Reads `bytes`: UTF-8 text, without NUL bytes.
    public static func read(_ bytes: [UInt8]) throws(Failure) -> Table {
        var bytes = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let notText = Text(
            en: "this is not a text file (a CSV file is text, as a spreadsheet saves it with \"CSV UTF-8\")",
            da: "det er ikke en tekstfil (en CSV-fil er tekst, som et regneark gemmer den med \"CSV UTF-8\")")
        guard !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else {
            throw Failure(row: 1, column: 1, message: notText)
        }
        return try read(text)
    }

    /// Reads text (a leading U+FEFF is skipped).
    public static func read(_ text: String) throws(Failure) -> Table {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        let separator = detect(scalars)
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var index = 0
        var quoteStart: (row: Int, column: Int)? = nil
        var afterQuote = false
        func endField() {
            record.append(String(field))
            field = String.UnicodeScalarView()
            afterQuote = false
        }
        func endRecord() {
            endField()
            records.append(record)
            record = []
        }
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if quoteStart != nil {
                if scalar == "\"" {
                    if index < scalars.count, scalars[index] == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        quoteStart = nil
                        afterQuote = true
                    }
                } else {
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case separator:
                endField()
            case "\r", "\n":
                if scalar == "\r", index < scalars.count, scalars[index] == "\n" { index += 1 }
                endRecord()
            case "\"" where field.isEmpty && !afterQuote:
                quoteStart = (records.count + 1, record.count + 1)
            default:
                if afterQuote {
                    throw Failure(
                        row: records.count + 1, column: record.count + 1,
                        message: Text(
                            en: "text follows the closing quote of this field; a quote inside a field in quotes is written twice (\"\")",
                            da: "der står tekst efter feltets afsluttende anførselstegn; et anførselstegn inde i et felt i anførselstegn skrives to gange (\"\")"))
                }
                field.append(scalar)
            }
        }
        if let start = quoteStart {
            throw Failure(
                row: start.row, column: start.column,
                message: Text(
                    en: "this field starts with a quote that is never closed; add the closing quote (\")",
                    da: "feltet starter med et anførselstegn, der aldrig afsluttes; tilføj det afsluttende anførselstegn (\")"))
        }
        if !field.isEmpty || !record.isEmpty || afterQuote { endRecord() }
        return Table(separator: separator, records: records)
    }

    /// The separator used most, outside quotes, on the first line that holds one.
    static func detect(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [:]
        var quoted = false
        for scalar in scalars {
            if scalar == "\"" {
                quoted.toggle()
            } else if !quoted, scalar == "\n" || scalar == "\r" {
                if let best = best(counts) { return best }
            } else if !quoted, separators.contains(scalar) {
                counts[scalar, default: 0] += 1
            }
        }
        return best(counts) ?? ","
    }

    private static func best(_ counts: [Unicode.Scalar: Int]) -> Unicode.Scalar? {
        separators.filter { counts[$0, default: 0] > 0 }.max { counts[$0, default: 0] < counts[$1, default: 0] }
    }
}
