import NetplanBase
import NetplanSyntax

/// The planning schema as RFC 4180 CSV. It quotes scalar by scalar, so no
/// name can split a field or a record.
extension PlanningMatrix {
    /// One RFC 4180 field: quoted when it holds a comma, a quote or a line
    /// break, with quotes doubled. Scalar by scalar: a quote followed by a
    /// combining mark is still a quote to a CSV reader.
    static func csvField(_ text: String) -> String {
        let special: (Unicode.Scalar) -> Bool = { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard text.unicodeScalars.contains(where: special) else { return text }
        var out = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { out.unicodeScalars.append("\"") }
            out.unicodeScalars.append(scalar)
        }
        return out + "\""
    }

    /// A header row (name, kind, with `units` the unit, one column per
    /// phase), one row per participant or group, then rows for start and end
    /// dates and for the covered and missing competences (their kind cell is
    /// empty). A cell where someone takes part with a purpose reads
    /// "invited (for: ...)". Lines end in CRLF, as RFC 4180 prescribes.
    package static func csv(_ grid: Grid, language: Language, units: Bool = false) -> String {
        var records: [[String]] = []
        let blank = units ? ["", ""] : [""]
        records.append(
            [Text(en: "Name", da: "Navn")(language), Text(en: "Kind", da: "Type")(language)]
                + (units ? [unitWord(language)] : []) + grid.columns.map(\.name))
        for row in grid.rows {
            let cells = row.marks.enumerated().map { index, mark in withPurpose(word(mark)(language), row.purpose(index)) }
            records.append([row.name, kindWord(row.kind)(language)] + (units ? [row.unit ?? ""] : []) + cells)
        }
        records.append([Text(en: "Start", da: "Start")(language)] + blank + grid.columns.map { $0.start?.description ?? "" })
        records.append([Text(en: "End", da: "Slut")(language)] + blank + grid.columns.map { $0.end?.description ?? "" })
        records.append([coveredWord(language)] + blank + grid.columns.map { $0.covered.joined(separator: ", ") })
        records.append([missingWord(language)] + blank + grid.columns.map { $0.missing.joined(separator: ", ") })
        return records.map { $0.map(csvField).joined(separator: ",") + "\r\n" }.joined()
    }
}
