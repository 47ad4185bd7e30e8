import NetplanBase
import NetplanSyntax
import NetplanCheck

/// The planning schema as text for a terminal, fitted to a width: full
/// phase names, shortened names with a key, or numbered columns in blocks.
extension PlanningMatrix {
    /// How the columns of the text view are headed.
    enum HeaderStyle {
        /// Full phase names, with the dates below them.
        case full
        /// Phase names shortened to `cells`, with the dates below them.
        case shortened(cells: Int)
        /// Numbers, with a key below the grid; competences as short codes.
        case numbered
    }

    /// The text view: tries full phase names, then shortened names, then
    /// numbered columns with a key below, and finally splits the columns
    /// into blocks that each fit `width`. Every width is measured first;
    /// then the lines are written into `out`, without trailing spaces.
    package static func text(_ grid: Grid, language: Language, width: Int, into out: inout ByteWriter) {
        var lines = TextLineWriter()
        swap(&lines.out, &out)
        defer { swap(&lines.out, &out) }
        let natural = naturalLabelWidth(grid, language: language)
        for line in wrap(title(grid, language).split(separator: " ").map(String.init), separator: " ", width: width) {
            lines.line(line)
        }
        lines.endLine()
        if grid.columns.isEmpty {
            lines.line(noPhases(language))
            if !grid.rows.isEmpty {
                lines.endLine()
                body(grid, language: language, style: .full, columns: [], labelWidth: natural, into: &lines)
            }
            return
        }
        let all = Array(grid.columns.indices)
        var chosen: (style: HeaderStyle, key: [String])?
        if totalWidth(grid, style: .full, columns: all, labelWidth: natural) <= width {
            chosen = (.full, [])
        } else {
            let longest = grid.columns.map { TextCells.width($0.name) }.max() ?? 0
            var cells = longest - 1
            while cells >= 6, chosen == nil {
                if totalWidth(grid, style: .shortened(cells: cells), columns: all, labelWidth: natural) <= width {
                    chosen = (.shortened(cells: cells), shortenedKey(grid, cells: cells, language: language))
                }
                cells -= 1
            }
        }
        if let chosen {
            body(grid, language: language, style: chosen.style, columns: all, labelWidth: natural, into: &lines)
            if !chosen.key.isEmpty {
                lines.endLine()
                for line in chosen.key { lines.line(line) }
            }
        } else {
            let fits = totalWidth(grid, style: .numbered, columns: all, labelWidth: natural) <= width
            let labelWidth = fits ? natural : min(natural, max(12, width / 3))
            let blocks = numberedBlocks(grid, width: width, labelWidth: labelWidth)
            for (number, block) in blocks.enumerated() {
                if number > 0 { lines.endLine() }
                body(grid, language: language, style: .numbered, columns: block, labelWidth: labelWidth, into: &lines)
            }
            lines.endLine()
            for line in numberedKey(grid, language: language, width: width) { lines.line(line) }
        }
        for line in purposeLines(grid, language: language, width: width) { lines.line(line) }
        lines.endLine()
        for line in wrap(legend(language, includeAbsent: true), separator: "   ", width: width) { lines.line(line) }
        for line in wrap(footnote(language).split(separator: " ").map(String.init), separator: " ", width: width) {
            lines.line(line)
        }
    }

    /// The header lines of a column.
    static func header(_ grid: Grid, _ index: Int, style: HeaderStyle) -> [String] {
        let column = grid.columns[index]
        let dated = grid.columns.contains(where: \.hasDates)
        let dates = dated ? [column.start?.description ?? "", column.end?.description ?? ""] : []
        switch style {
        case .full: return [column.name] + dates
        case .shortened(let cells): return [TextCells.truncate(column.name, to: cells)] + dates
        case .numbered: return [String(index + 1)]
        }
    }

    /// Short, unique codes for the competences: the shortest prefix no other
    /// competence starts with (`f`, `i`, `r`, `h` for the default diamond).
    package static func codes(_ competences: [String]) -> [String: String] {
        var codes: [String: String] = [:]
        for name in competences {
            let characters = Array(name)
            var length = 1
            while length < characters.count {
                let prefix = String(characters[0..<length])
                if !competences.contains(where: { $0 != name && $0.hasPrefix(prefix) }) { break }
                length += 1
            }
            codes[name] = String(characters[0..<min(length, characters.count)])
        }
        return codes
    }

    static func competenceLabel(_ grid: Grid, style: HeaderStyle) -> (String) -> String {
        guard case .numbered = style else { return { $0 } }
        let codes = codes(grid.competences)
        return { codes[$0] ?? $0 }
    }

    static func columnWidth(_ grid: Grid, _ index: Int, style: HeaderStyle) -> Int {
        let label = competenceLabel(grid, style: style)
        let column = grid.columns[index]
        let cells = header(grid, index, style: style) + (column.covered + column.missing).map(label)
        return max(1, cells.map(TextCells.width).max() ?? 1)
    }

    /// The widest label that shares a line with cells: the covered and
    /// missing words, and each row's name after two spaces. Section headings
    /// stand on lines of their own, so they may reach into the cells' space.
    static func naturalLabelWidth(_ grid: Grid, language: Language) -> Int {
        // Two spaces leave the width of what follows them as it is.
        let names = grid.rows.map { 2 + TextCells.width($0.name) }.max() ?? 0
        return max(TextCells.width(coveredWord(language)), TextCells.width(missingWord(language)), names)
    }

    static func totalWidth(_ grid: Grid, style: HeaderStyle, columns: [Int], labelWidth: Int) -> Int {
        labelWidth + columns.reduce(0) { $0 + 2 + columnWidth(grid, $1, style: style) }
    }

    static func numberedBlocks(_ grid: Grid, width: Int, labelWidth: Int) -> [[Int]] {
        let available = width - labelWidth
        var blocks: [[Int]] = []
        var block: [Int] = []
        var used = 0
        for index in grid.columns.indices {
            let cost = 2 + columnWidth(grid, index, style: .numbered)
            if !block.isEmpty, used + cost > available {
                blocks.append(block)
                block = []
                used = 0
            }
            block.append(index)
            used += cost
        }
        if !block.isEmpty { blocks.append(block) }
        return blocks
    }

    /// Writes the grid's lines for some of its columns: the label column
    /// `labelWidth` wide, each cell padded to its column's width.
    static func body(
        _ grid: Grid, language: Language, style: HeaderStyle, columns: [Int], labelWidth: Int,
        into lines: inout TextLineWriter
    ) {
        let widths = columns.map { columnWidth(grid, $0, style: style) }
        let competence = competenceLabel(grid, style: style)
        func label(_ text: String, indented: Bool) {
            let cells = (indented ? 2 : 0) + TextCells.width(text)
            if cells <= labelWidth {
                if indented { lines.append("  ") }
                lines.append(text)
                lines.out.appendSpaces(labelWidth - cells)
            } else {
                lines.pad(TextCells.truncate(indented ? "  " + text : text, to: labelWidth), to: labelWidth)
            }
        }
        func cells(_ cell: (Int) -> String) {
            for (number, width) in widths.enumerated() {
                lines.append("  ")
                lines.pad(cell(number), to: width)
            }
            lines.endLine()
        }
        if !columns.isEmpty {
            let headers = columns.map { header(grid, $0, style: style) }
            let height = headers.map(\.count).max() ?? 0
            for row in 0..<height {
                label("", indented: false)
                cells { row < headers[$0].count ? headers[$0][row] : "" }
            }
        }
        for kind in [ParticipantKind.core, .participant, .group] {
            var started = false
            for row in grid.rows where row.kind == kind {
                if !started {
                    lines.line(section(kind)(language))
                    started = true
                }
                label(row.name, indented: true)
                cells { symbol(row.marks[columns[$0]]) }
            }
        }
        guard !columns.isEmpty else { return }
        lines.endLine()
        for (word, list) in [(coveredWord, \Column.covered), (missingWord, \Column.missing)] {
            let lists = columns.map { grid.columns[$0][keyPath: list].map(competence) }
            let height = max(1, lists.map(\.count).max() ?? 0)
            for row in 0..<height {
                label(row == 0 ? word(language) : "", indented: false)
                cells { row < lists[$0].count ? lists[$0][row] : "" }
            }
        }
    }

    static func shortenedKey(_ grid: Grid, cells: Int, language: Language) -> [String] {
        let shortened = grid.columns.filter { TextCells.width($0.name) > cells }
        guard !shortened.isEmpty else { return [] }
        let width = shortened.map { TextCells.width(TextCells.truncate($0.name, to: cells)) }.max() ?? 0
        return [phasesWord(language) + ":"]
            + shortened.map { "  " + TextCells.pad(TextCells.truncate($0.name, to: cells), to: width) + "  " + $0.name }
    }

    static func numberedKey(_ grid: Grid, language: Language, width: Int) -> [String] {
        let numberWidth = String(grid.columns.count).count
        let nameWidth = grid.columns.map { TextCells.width($0.name) }.max() ?? 0
        var lines = [phasesWord(language) + ":"]
        for (index, column) in grid.columns.enumerated() {
            let number = String(index + 1)
            let line = "  " + String(repeating: " ", count: numberWidth - number.count) + number + "  " + column.name
            guard let dates = dateRange(column) else {
                lines.append(line)
                continue
            }
            if 4 + numberWidth + nameWidth + 2 + TextCells.width(dates) <= width {
                lines.append(TextCells.pad(line, to: 4 + numberWidth + nameWidth) + "  " + dates)
            } else {
                lines.append(line)
                lines.append(String(repeating: " ", count: 4 + numberWidth) + dates)
            }
        }
        let used = Set(grid.columns.flatMap { $0.covered + $0.missing })
        if !used.isEmpty {
            let codes = codes(grid.competences)
            let codeWidth = grid.competences.map { TextCells.width(codes[$0] ?? $0) }.max() ?? 0
            lines.append(competencesWord(language) + ":")
            for name in grid.competences {
                lines.append("  " + TextCells.pad(codes[name] ?? name, to: codeWidth) + "  " + name)
            }
        }
        return lines
    }

    /// The purposes (`for`) below the grid, which has no room for them:
    /// "  Opdagelse, Borgere: fortæller om hverdagen", phase by phase.
    static func purposeLines(_ grid: Grid, language: Language, width: Int) -> [String] {
        var lines: [String] = []
        for (index, column) in grid.columns.enumerated() {
            for row in grid.rows {
                guard let purpose = row.purpose(index) else { continue }
                let words = "\(column.name), \(row.name): \(purpose)".split(separator: " ").map(String.init)
                let wrapped = wrap(words, separator: " ", width: max(20, width - 4))
                lines += wrapped.enumerated().map { ($0.offset == 0 ? "  " : "    ") + $0.element }
            }
        }
        guard !lines.isEmpty else { return [] }
        return ["", purposesWord(language) + ":"] + lines
    }

    /// Joins items with a separator, starting a new line before an item that
    /// would not fit; an item wider than a whole line is broken between words.
    static func wrap(_ items: [String], separator: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for item in items {
            if TextCells.width(item) > width, separator != " " {
                if !current.isEmpty { lines.append(current) }
                current = ""
                lines += wrap(item.split(separator: " ").map(String.init), separator: " ", width: width)
            } else if current.isEmpty {
                current = item
            } else if TextCells.width(current) + separator.count + TextCells.width(item) <= width {
                current += separator + item
            } else {
                lines.append(current)
                current = item
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
