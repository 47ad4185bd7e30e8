/// The planning schema (`netplan matrix`): participants and groups as rows,
/// phases as columns, a mark where each takes part, and per phase the
/// competences in the room and the needs nobody present covers.
///
/// Rows come core participants first, then participants involved as needed,
/// then groups, each in declaration order (built-in groups such as `Borgere`
/// after the declared ones, in the order the plan first invites them).
///
/// - "covered" lists the competences of the diamond that somebody present
///   in the phase brings, whether the phase asks for them or not;
/// - "missing" lists the phase's `needs` that nobody present brings.
///
/// Three formats: `text` for a terminal (fitted to a width), `markdown` (a
/// GitHub table) and `csv` (RFC 4180: CRLF line ends, fields quoted when they
/// hold a comma, a quote or a line break, quotes doubled; no byte-order mark).
public enum PlanningMatrix {
    /// How the matrix is printed.
    public enum Format: String, Sendable, CaseIterable {
        case text, markdown, csv
    }

    /// What a cell of the grid says: the marks of the one vocabulary
    /// (`Vocabulary.Mark`), so the schema and the report mark alike.
    public typealias Mark = Vocabulary.Mark

    /// One row: a participant or a group.
    public struct Row: Sendable, Hashable {
        public var name: String
        public var kind: ParticipantKind
        /// One mark per phase.
        public var marks: [Mark]
    }

    /// One column: a phase.
    public struct Column: Sendable, Hashable {
        public var name: String
        public var start: CalendarDate?
        public var end: CalendarDate?
        /// Competences brought by somebody present, in diamond order.
        public var covered: [String]
        /// Needs nobody present covers, in diamond order.
        public var missing: [String]

        var hasDates: Bool { start != nil || end != nil }
    }

    /// The schema as data, before it is printed.
    public struct Grid: Sendable, Hashable {
        /// The network's theme, if the plan names it.
        public var network: String?
        /// The network's kind (`velfærdsnetværk`, ...), if the plan names it.
        public var networkKind: String?
        public var rows: [Row]
        public var columns: [Column]
        /// The competences of the diamond, in order.
        public var competences: [String]
    }

    /// The width used when neither `--width` nor `COLUMNS` says otherwise.
    public static let defaultWidth = 100

    /// Builds the grid of a resolved plan (names exactly as in the plan).
    public static func grid(_ plan: ResolvedPlan) -> Grid {
        var rows: [Row] = []
        for kind in [ParticipantKind.core, .participant, .group] {
            for (index, participant) in plan.participants.enumerated() where participant.kind == kind {
                let marks = plan.phases.map { phase -> Mark in
                    if let attendance = phase.present.first(where: { $0.participant == index }) {
                        return attendance.presence == .core ? .core : .invited
                    }
                    return phase.without.contains { $0.participant == index } ? .leftOut : .absent
                }
                rows.append(Row(name: participant.name, kind: kind, marks: marks))
            }
        }
        let columns = plan.phases.map { phase -> Column in
            let brought = Set(phase.present.flatMap { plan.participants[$0.participant].competences })
            let missing = Set(phase.missing)
            return Column(
                name: phase.name, start: phase.start, end: phase.end,
                covered: plan.diamond.indices.filter { brought.contains($0) }.map { plan.diamond[$0].name },
                missing: plan.diamond.indices.filter { missing.contains($0) }.map { plan.diamond[$0].name })
        }
        return Grid(
            network: plan.network?.name.text, networkKind: plan.network?.kind?.text, rows: rows, columns: columns,
            competences: plan.diamond.map(\.name))
    }

    /// The matrix of a plan in a format and a language; `width` (terminal
    /// cells) only matters to the text format.
    public static func render(
        _ plan: ResolvedPlan, format: Format, language: Language, width: Int = defaultWidth
    ) -> String {
        // Names are shown with control characters escaped, in every format.
        let grid = grid(plan).shown
        switch format {
        case .text: return text(grid, language: language, width: width)
        case .markdown: return markdown(grid, language: language)
        case .csv: return csv(grid, language: language)
        }
    }

    // MARK: Words

    static let titleWord = Text(en: "Planning schema", da: "Planlægningsskema")
    static let coveredWord = Text(en: "Covered", da: "Dækket")
    static let missingWord = Text(en: "Missing", da: "Mangler")
    static let phasesWord = Text(en: "Phases", da: "Faser")
    static let competencesWord = Text(en: "Competences", da: "Kompetencer")
    static let noPhases = Text(
        en: "The plan has no phases yet: add one with a `phase` line.",
        da: "Planen har endnu ingen faser: tilføj en med en `phase`-linje.")
    static let footnote = Text(
        en: "Covered: competences brought by somebody present. Missing: needs of the phase that nobody present brings.",
        da: "Dækket: kompetencer, som nogen, der er med i fasen, bidrager med. Mangler: fasens behov, som ingen, der er med, dækker.")

    static func section(_ kind: ParticipantKind) -> Text { Vocabulary.section(kind) }

    static func kindWord(_ kind: ParticipantKind) -> Text { Vocabulary.shortKind(kind) }

    /// The symbol of a mark in the text and Markdown views.
    static func symbol(_ mark: Mark) -> String { mark.symbol }

    /// The word of a mark in CSV, where words sort and filter better than
    /// symbols. Not taking part is an empty cell, not "ikke med": a filter on
    /// "not empty" then shows exactly who takes part.
    static func word(_ mark: Mark) -> Text {
        mark == .absent ? .verbatim("") : mark.word
    }

    static func legend(_ language: Language, includeAbsent: Bool) -> [String] {
        Mark.allCases.filter { includeAbsent || $0 != .absent }.map { $0.legend(language) }
    }

    static func title(_ grid: Grid, _ language: Language) -> String {
        var title = titleWord(language)
        if let network = grid.network {
            title += ": " + network
            if let kind = grid.networkKind { title += " (\(kind))" }
        }
        return title
    }

    static func dateRange(_ column: Column) -> String? {
        switch (column.start, column.end) {
        case (let start?, let end?): return start == end ? start.description : "\(start) – \(end)"
        case (let start?, nil): return "\(start) –"
        case (nil, let end?): return "– \(end)"
        case (nil, nil): return nil
        }
    }

    // MARK: Text

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
    /// into blocks that each fit `width`.
    static func text(_ grid: Grid, language: Language, width: Int) -> String {
        var lines = wrap(title(grid, language).split(separator: " ").map(String.init), separator: " ", width: width)
        lines.append("")
        if grid.columns.isEmpty {
            lines.append(noPhases(language))
            if !grid.rows.isEmpty {
                lines.append("")
                lines += body(grid, language: language, style: .full, columns: [], labelCap: nil)
            }
            return lines.map(TextCells.trimTrailingSpaces).joined(separator: "\n") + "\n"
        }
        let all = Array(grid.columns.indices)
        var chosen: (style: HeaderStyle, key: [String])?
        if totalWidth(grid, language: language, style: .full, columns: all, labelCap: nil) <= width {
            chosen = (.full, [])
        } else {
            let longest = grid.columns.map { TextCells.width($0.name) }.max() ?? 0
            var cells = longest - 1
            while cells >= 6, chosen == nil {
                if totalWidth(grid, language: language, style: .shortened(cells: cells), columns: all, labelCap: nil)
                    <= width
                {
                    chosen = (.shortened(cells: cells), shortenedKey(grid, cells: cells, language: language))
                }
                cells -= 1
            }
        }
        if let chosen {
            lines += body(grid, language: language, style: chosen.style, columns: all, labelCap: nil)
            if !chosen.key.isEmpty { lines += [""] + chosen.key }
        } else {
            let natural = labelWidth(grid, language: language, labelCap: nil)
            let fits = totalWidth(grid, language: language, style: .numbered, columns: all, labelCap: nil) <= width
            let labelCap = fits ? natural : min(natural, max(12, width / 3))
            let blocks = numberedBlocks(grid, language: language, width: width, labelCap: labelCap)
            for (number, block) in blocks.enumerated() {
                if number > 0 { lines.append("") }
                lines += body(grid, language: language, style: .numbered, columns: block, labelCap: labelCap)
            }
            lines += [""] + numberedKey(grid, language: language, width: width)
        }
        lines.append("")
        lines += wrap(legend(language, includeAbsent: true), separator: "   ", width: width)
        lines += wrap(footnote(language).split(separator: " ").map(String.init), separator: " ", width: width)
        return lines.map(TextCells.trimTrailingSpaces).joined(separator: "\n") + "\n"
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
    static func codes(_ competences: [String]) -> [String: String] {
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

    /// The labels that share a line with cells. Section headings stand on
    /// lines of their own, so they may reach into the cells' space.
    static func labels(_ grid: Grid, language: Language) -> [String] {
        [coveredWord(language), missingWord(language)] + grid.rows.map { "  " + $0.name }
    }

    static func labelWidth(_ grid: Grid, language: Language, labelCap: Int?) -> Int {
        let natural = labels(grid, language: language).map(TextCells.width).max() ?? 0
        return labelCap.map { min(natural, $0) } ?? natural
    }

    static func totalWidth(
        _ grid: Grid, language: Language, style: HeaderStyle, columns: [Int], labelCap: Int?
    ) -> Int {
        labelWidth(grid, language: language, labelCap: labelCap)
            + columns.reduce(0) { $0 + 2 + columnWidth(grid, $1, style: style) }
    }

    static func numberedBlocks(_ grid: Grid, language: Language, width: Int, labelCap: Int) -> [[Int]] {
        let available = width - labelWidth(grid, language: language, labelCap: labelCap)
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

    /// The grid's lines for some of its columns.
    static func body(_ grid: Grid, language: Language, style: HeaderStyle, columns: [Int], labelCap: Int?) -> [String] {
        let labelWidth = labelWidth(grid, language: language, labelCap: labelCap)
        let widths = columns.map { columnWidth(grid, $0, style: style) }
        let competence = competenceLabel(grid, style: style)
        func label(_ text: String) -> String {
            TextCells.pad(TextCells.truncate(text, to: labelWidth), to: labelWidth)
        }
        func line(_ first: String, _ cells: [String]) -> String {
            var out = label(first)
            for (cell, width) in zip(cells, widths) { out += "  " + TextCells.pad(cell, to: width) }
            return out
        }
        var lines: [String] = []
        if !columns.isEmpty {
            let headers = columns.map { header(grid, $0, style: style) }
            let height = headers.map(\.count).max() ?? 0
            for row in 0..<height {
                lines.append(line("", headers.map { row < $0.count ? $0[row] : "" }))
            }
        }
        for kind in [ParticipantKind.core, .participant, .group] {
            let rows = grid.rows.filter { $0.kind == kind }
            guard !rows.isEmpty else { continue }
            lines.append(section(kind)(language))
            for row in rows {
                lines.append(line("  " + row.name, columns.map { symbol(row.marks[$0]) }))
            }
        }
        guard !columns.isEmpty else { return lines }
        lines.append("")
        for (word, list) in [(coveredWord, \Column.covered), (missingWord, \Column.missing)] {
            let lists = columns.map { grid.columns[$0][keyPath: list].map(competence) }
            let height = max(1, lists.map(\.count).max() ?? 0)
            for row in 0..<height {
                lines.append(line(row == 0 ? word(language) : "", lists.map { row < $0.count ? $0[row] : "" }))
            }
        }
        return lines
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

extension PlanningMatrix.Grid {
    /// The grid as shown: every name with its control characters escaped.
    var shown: PlanningMatrix.Grid {
        func visible(_ text: String) -> String { ControlCharacters.visible(text, keepingLineFeeds: false) }
        var grid = self
        grid.network = network.map(visible)
        grid.networkKind = networkKind.map(visible)
        grid.competences = competences.map(visible)
        for index in grid.rows.indices { grid.rows[index].name = visible(grid.rows[index].name) }
        for index in grid.columns.indices {
            grid.columns[index].name = visible(grid.columns[index].name)
            grid.columns[index].covered = grid.columns[index].covered.map(visible)
            grid.columns[index].missing = grid.columns[index].missing.map(visible)
        }
        return grid
    }
}
