import NetplanBase
import NetplanSyntax

/// The planning schema as CSV: RFC 4180 by default, or for Danish Excel
/// (`--excel`: `;` between fields). Every cell goes through `CSVCell`, so
/// no name can split a field or a record, and none is read as a formula.
extension PlanningMatrix {
    /// One field (see `CSVCell.field`): guarded against formulas, quoted as needed.
    static func csvField(_ text: String, _ dialect: CSVDialect = .rfc4180) -> String {
        CSVCell.field(text, dialect)
    }

    /// The heading of the competences column.
    package static let competencesColumn = Text(en: "Competences", da: "Kompetencer")

    /// A header row (name, kind, with `units` the unit, the competences, one
    /// column per phase), one row per participant or group, then rows for
    /// start and end dates and for the covered and missing competences (their
    /// kind cell is empty). A cell where someone takes part with a purpose
    /// reads "invited (for: ...)". Records end in CRLF. The byte-order mark of
    /// the Excel dialect is not part of this text: it goes first in the file
    /// (`CSVDialect.start`), before the mark of an incomplete schema.
    package static func csv(
        _ grid: Grid, language: Language, units: Bool = false, dialect: CSVDialect = .rfc4180
    ) -> String {
        var records: [[String]] = []
        let blank = units ? ["", "", ""] : ["", ""]
        records.append(
            [Text(en: "Name", da: "Navn")(language), Text(en: "Kind", da: "Type")(language)]
                + (units ? [unitWord(language)] : []) + [competencesColumn(language)] + grid.columns.map(\.name))
        for row in grid.rows {
            let cells = row.marks.enumerated().map { index, mark in withPurpose(word(mark)(language), row.purpose(index)) }
            records.append(
                [row.name, kindWord(row.kind)(language)] + (units ? [row.unit ?? ""] : [])
                    + [row.competences.joined(separator: ", ")] + cells)
        }
        records.append([Text(en: "Start", da: "Start")(language)] + blank + grid.columns.map { $0.start?.description ?? "" })
        records.append([Text(en: "End", da: "Slut")(language)] + blank + grid.columns.map { $0.end?.description ?? "" })
        records.append([coveredWord(language)] + blank + grid.columns.map { $0.covered.joined(separator: ", ") })
        records.append([missingWord(language)] + blank + grid.columns.map { $0.missing.joined(separator: ", ") })
        return records.map { CSVCell.record($0, dialect) }.joined()
    }
}
