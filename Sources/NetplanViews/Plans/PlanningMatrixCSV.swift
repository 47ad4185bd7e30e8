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
    /// the Excel dialect is not written here: it goes first in the file
    /// (`CSVDialect.start`), before the mark of an incomplete schema.
    package static func csv(
        _ grid: Grid, language: Language, units: Bool = false, dialect: CSVDialect = .rfc4180,
        into out: inout ByteWriter
    ) {
        var first = true
        func field(_ text: String) {
            if !first { out.appendScalar(dialect.separator) }
            first = false
            out.appendCSVField(text, dialect)
        }
        func endRecord() {
            out.append("\r\n")
            out.flushIfFull()
            first = true
        }
        /// A summary row: its word, blank cells up to the phases, one field per phase.
        func summary(_ word: String, _ cell: (Column) -> String) {
            field(word)
            field("")
            if units { field("") }
            field("")
            for column in grid.columns { field(cell(column)) }
            endRecord()
        }
        field(Text(en: "Name", da: "Navn")(language))
        field(Text(en: "Kind", da: "Type")(language))
        if units { field(unitWord(language)) }
        field(competencesColumn(language))
        for column in grid.columns { field(column.name) }
        endRecord()
        for row in grid.rows {
            field(row.name)
            field(kindWord(row.kind)(language))
            if units { field(row.unit ?? "") }
            field(row.competences.joined(separator: ", "))
            for (index, mark) in row.marks.enumerated() { field(withPurpose(word(mark)(language), row.purpose(index))) }
            endRecord()
        }
        summary(Text(en: "Start", da: "Start")(language)) { $0.start?.description ?? "" }
        summary(Text(en: "End", da: "Slut")(language)) { $0.end?.description ?? "" }
        summary(coveredWord(language)) { $0.covered.joined(separator: ", ") }
        summary(missingWord(language)) { $0.missing.joined(separator: ", ") }
    }
}
