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

    /// A header row (name, kind, one column per phase), one row per
    /// participant or group, then rows for start and end dates and for the
    /// covered and missing competences (their kind cell is empty). Lines end
    /// in CRLF, as RFC 4180 prescribes.
    package static func csv(_ grid: Grid, language: Language) -> String {
        var records: [[String]] = []
        records.append(
            [Text(en: "Name", da: "Navn")(language), Text(en: "Kind", da: "Type")(language)]
                + grid.columns.map(\.name))
        for row in grid.rows {
            records.append([row.name, kindWord(row.kind)(language)] + row.marks.map { word($0)(language) })
        }
        records.append(
            [Text(en: "Start", da: "Start")(language), ""] + grid.columns.map { $0.start?.description ?? "" })
        records.append([Text(en: "End", da: "Slut")(language), ""] + grid.columns.map { $0.end?.description ?? "" })
        records.append([coveredWord(language), ""] + grid.columns.map { $0.covered.joined(separator: ", ") })
        records.append([missingWord(language), ""] + grid.columns.map { $0.missing.joined(separator: ", ") })
        return records.map { $0.map(csvField).joined(separator: ",") + "\r\n" }.joined()
    }
}
