/// The planning schema's exports: a GitHub Markdown table and RFC 4180 CSV.
/// Both escape scalar by scalar, so no name can split a cell or a record.
extension PlanningMatrix {
    // MARK: Markdown

    /// Escapes text for a Markdown table cell: `|` would end the cell, and
    /// emphasis, code, link and HTML characters would change how it reads; a
    /// control character (a line break would end the row) is shown as
    /// `\u{0D}`. Scalar by scalar: a `|` followed by a combining mark still
    /// ends a cell, so it is escaped too.
    static func escapeMarkdown(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if ControlCharacters.isControl(scalar) {
                out += ControlCharacters.escaped(scalar)
                continue
            }
            if "\\|*_`[]<>#".unicodeScalars.contains(scalar) { out.unicodeScalars.append("\\") }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// A GitHub table with a kind column, then the legend.
    static func markdown(_ grid: Grid, language: Language) -> String {
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
        lines.append(row([first, kind] + headers))
        lines.append("|" + (["---", "---"] + grid.columns.map { _ in ":-:" }).joined(separator: "|") + "|")
        for entry in grid.rows {
            lines.append(
                row(
                    [escapeMarkdown(entry.name), kindWord(entry.kind)(language)]
                        + entry.marks.map { $0 == .absent ? "" : symbol($0) }))
        }
        lines.append(
            row(["**\(coveredWord(language))**", ""] + grid.columns.map { escapeMarkdown($0.covered.joined(separator: ", ")) }))
        lines.append(
            row(["**\(missingWord(language))**", ""] + grid.columns.map { escapeMarkdown($0.missing.joined(separator: ", ")) }))
        lines.append("")
        lines.append(legend(language, includeAbsent: false).joined(separator: " · "))
        lines.append("")
        lines.append(footnote(language))
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: CSV

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
    static func csv(_ grid: Grid, language: Language) -> String {
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
