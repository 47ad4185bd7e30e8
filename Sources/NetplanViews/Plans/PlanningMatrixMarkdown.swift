import NetplanBase
import NetplanCheck
import NetplanSyntax

/// The planning schema as a GitHub Markdown table. It escapes scalar by
/// scalar, so no name can split a cell or a row.
extension PlanningMatrix {
    /// Escapes text for a Markdown table cell (see `Markdown.escape`).
    static func escapeMarkdown(_ text: String) -> String { Markdown.escape(text) }

    /// A GitHub table with a kind column, then the legend. The plan's text
    /// is escaped as it is written; a cell with nothing in it holds a space.
    package static func markdown(_ grid: Grid, language: Language, units: Bool = false, into out: inout ByteWriter) {
        out.append("## ")
        out.appendMarkdown(title(grid, language))
        out.append("\n\n")
        if grid.columns.isEmpty {
            out.append(utf8: noPhases(language))
            out.append("\n\n")
        }
        var cells = 0
        /// Starts a cell: `| ` before the first, ` | ` between.
        func cell() {
            out.append(cells == 0 ? "| " : " | ")
            cells += 1
        }
        func plain(_ text: String) {
            cell()
            if text.isEmpty { out.append(" ") } else { out.append(utf8: text) }
        }
        func escaped(_ text: String) {
            cell()
            if text.isEmpty { out.append(" ") } else { out.appendMarkdown(text) }
        }
        func endRow() {
            out.append(" |\n")
            out.flushIfFull()
            cells = 0
        }
        plain(Text(en: "Participant", da: "Deltager")(language))
        plain(Text(en: "Kind", da: "Type")(language))
        if units { plain(unitWord(language)) }
        for column in grid.columns {
            cell()
            out.appendMarkdown(column.name)
            if let dates = dateRange(column) {
                out.append("<br>")
                out.append(utf8: dates)
            } else if column.name.isEmpty {
                out.append(" ")
            }
        }
        endRow()
        out.append(units ? "|---|---|---" : "|---|---")
        for _ in grid.columns { out.append("|:-:") }
        out.append("|\n")
        for entry in grid.rows {
            escaped(entry.name)
            plain(kindWord(entry.kind)(language))
            if units { escaped(entry.unit ?? "") }
            for (index, mark) in entry.marks.enumerated() {
                if mark == .absent {
                    plain("")
                } else {
                    plain(symbol(mark))
                    if let purpose = entry.purpose(index), !symbol(mark).isEmpty {
                        out.append(" (for: ")
                        out.appendMarkdown(purpose)
                        out.append(")")
                    }
                }
            }
            endRow()
        }
        for (word, list) in [(coveredWord, \Column.covered), (missingWord, \Column.missing)] {
            cell()
            out.append("**")
            out.append(utf8: word(language))
            out.append("**")
            plain("")
            if units { plain("") }
            for column in grid.columns { escaped(column[keyPath: list].joined(separator: ", ")) }
            endRow()
        }
        out.append("\n")
        out.append(utf8: legend(language, includeAbsent: false).joined(separator: " · "))
        out.append("\n\n")
        out.append(utf8: footnote(language))
        out.append("\n")
    }
}
