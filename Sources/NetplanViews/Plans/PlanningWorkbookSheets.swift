import NetplanBase
import NetplanSyntax
import NetplanCheck

/// The two sheets of the planning workbook, as rows of cells.
extension PlanningWorkbook {
    typealias Cell = SpreadsheetXML.Cell

    static let datesWord = Text(en: "Dates", da: "Datoer")
    static let nameWord = Text(en: "Name", da: "Navn")
    static let kindWord = Text(en: "Kind", da: "Type")

    /// Sheet 1: the planning schema.
    static func schemaSheet(
        _ grid: PlanningMatrix.Grid, language: Language, units: Bool, incomplete: IncompleteMark?
    ) -> String {
        var rows: [[Cell]] = []
        if let incomplete { rows.append([Cell("⚠ " + incomplete.plainSentence(language), .warning)]) }
        rows.append([Cell(PlanningMatrix.title(grid, language), .title)])
        let lead = [nameWord(language), kindWord(language)] + (units ? [PlanningMatrix.unitWord(language)] : [])
        let blank = Array(repeating: Cell(""), count: lead.count - 1)
        rows.append(lead.map { Cell($0, .header) } + grid.columns.map { Cell($0.name, .header) })
        rows.append(
            [Cell(datesWord(language), .header)] + blank
                + grid.columns.map { Cell(PlanningMatrix.dateRange($0) ?? "", .header) })
        let frozenRows = rows.count
        for row in grid.rows {
            let marks = row.marks.enumerated().map { index, mark in
                Cell(PlanningMatrix.withPurpose(PlanningMatrix.word(mark)(language), row.purpose(index)), .wrapped)
            }
            rows.append(
                [Cell(row.name), Cell(PlanningMatrix.kindWord(row.kind)(language))]
                    + (units ? [Cell(row.unit ?? "")] : []) + marks)
        }
        if grid.columns.isEmpty {
            rows.append([])
            rows.append([Cell(PlanningMatrix.noPhases(language), fits: false)])
        }
        rows.append([])
        rows.append(
            [Cell(PlanningMatrix.coveredWord(language), .header)] + blank
                + grid.columns.map { Cell($0.covered.joined(separator: ", "), .wrapped) })
        rows.append(
            [Cell(PlanningMatrix.missingWord(language), .header)] + blank
                + grid.columns.map { Cell($0.missing.joined(separator: ", "), .wrapped) })
        rows.append([])
        rows.append([Cell(PlanningMatrix.footnote(language), fits: false)])
        return SpreadsheetXML.worksheet(
            rows, frozenRows: frozenRows, frozenColumns: lead.count, maxWidth: 40, bodyWidth: 26)
    }

    /// Sheet 2: every participant and group with what the plan says about them.
    static func peopleSheet(_ plan: ResolvedPlan, grid: PlanningMatrix.Grid, language: Language) -> String {
        let header = [
            nameWord(language), kindWord(language), PlanningMatrix.competencesWord(language),
            PlanningMatrix.unitWord(language), Text(en: "Status", da: "Status")(language),
            Text(en: "Contact", da: "Kontakt")(language), Text(en: "Note", da: "Note")(language),
        ]
        var rows: [[Cell]] = [header.map { Cell($0, .header) }]
        for row in grid.rows where row.participant < plan.participants.count {
            let participant = plan.participants[row.participant]
            let facts = participant.facts
            let competences = participant.competences.filter { $0 < plan.diamond.count }.map {
                plan.diamond[$0].name
            }
            let status = facts.status.map { $0.word(language) } ?? facts.statusWord?.text ?? ""
            func shown(_ text: String?) -> String { ControlCharacters.visible(text ?? "", keepingLineFeeds: false) }
            rows.append([
                Cell(row.name), Cell(PlanningMatrix.kindWord(participant.kind)(language)),
                Cell(shown(competences.joined(separator: ", ")), .wrapped), Cell(shown(facts.unit)),
                Cell(shown(status)), Cell(shown(facts.contact)), Cell(shown(facts.note), .wrapped),
            ])
        }
        return SpreadsheetXML.worksheet(rows, frozenRows: 1, frozenColumns: 1, maxWidth: 40, bodyWidth: 48)
    }
}
