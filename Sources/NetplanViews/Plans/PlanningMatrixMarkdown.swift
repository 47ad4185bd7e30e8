import NetplanBase
import NetplanCheck
import NetplanSyntax

/// The planning schema as a GitHub Markdown table. It escapes scalar by
/// scalar, so no name can split a cell or a row.
extension PlanningMatrix {
    /// Escapes text for a Markdown table cell (see `Markdown.escape`).
    static func escapeMarkdown(_ text: String) -> String { Markdown.escape(text) }

    /// A GitHub table with a kind column, then the legend.
    package static func markdown(_ grid: Grid, language: Language, units: Bool = false) -> String {
        var lines = ["## " + escapeMarkdown(title(grid, language)), ""]
        if grid.columns.isEmpty { lines += [noPhases(language), ""] }
        let first = Text(en: "Participant", da: "Deltager")(language)
        let kind = Text(en: "Kind", da: "Type")(language)
        let headers = grid.columns.map { column -> String in
            let name = escapeMarkdown(column.name)
            return dateRange(column).map { name + "<br>" + $0 } ?? name
        }
        func row(_ cells: [String]) -> String {
            "| " + cells.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |"
        }
        let unitHeader = units ? [unitWord(language)] : []
        let unitBlank = units ? [""] : []
        lines.append(row([first, kind] + unitHeader + headers))
        lines.append(
            "|" + (["---", "---"] + unitHeader.map { _ in "---" } + grid.columns.map { _ in ":-:" }).joined(separator: "|")
                + "|")
        for entry in grid.rows {
            let cells = entry.marks.enumerated().map { index, mark in
                mark == .absent ? "" : withPurpose(symbol(mark), entry.purpose(index).map(escapeMarkdown))
            }
            let unit = units ? [escapeMarkdown(entry.unit ?? "")] : []
            lines.append(row([escapeMarkdown(entry.name), kindWord(entry.kind)(language)] + unit + cells))
        }
        lines.append(
            row(
                ["**\(coveredWord(language))**", ""] + unitBlank
                    + grid.columns.map { escapeMarkdown($0.covered.joined(separator: ", ")) }))
        lines.append(
            row(
                ["**\(missingWord(language))**", ""] + unitBlank
                    + grid.columns.map { escapeMarkdown($0.missing.joined(separator: ", ")) }))
        lines.append("")
        lines.append(legend(language, includeAbsent: false).joined(separator: " · "))
        lines.append("")
        lines.append(footnote(language))
        return lines.joined(separator: "\n") + "\n"
    }
}
