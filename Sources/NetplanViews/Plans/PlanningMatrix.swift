import NetplanBase
import NetplanSyntax
import NetplanCheck

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
/// hold a comma, a quote or a line break, quotes doubled, cells a spreadsheet
/// would read as a formula guarded with `'`; `;` and a byte-order mark with
/// the Excel dialect).
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
        /// The participant's index in the resolved plan.
        public var participant: Int
        public var name: String
        public var kind: ParticipantKind
        /// One mark per phase.
        public var marks: [Mark]
        /// Per phase, the purpose written after `for` when the row takes part
        /// there (`invite Borgere for "fortæller om hverdagen"`), else nil.
        public var purposes: [String?] = []
        /// The `unit` the participant or group comes from, if the plan says.
        public var unit: String? = nil
        /// The competences the participant or group brings, in the plan's order.
        public var competences: [String] = []

        /// The purpose in the phase at `index`, if any.
        public func purpose(_ index: Int) -> String? { index < purposes.count ? purposes[index] : nil }
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

        /// How many rows take part (core or invited) in the column at `index`.
        public func present(in index: Int) -> Int {
            rows.count(where: { index < $0.marks.count && ($0.marks[index] == .core || $0.marks[index] == .invited) })
        }
    }

    /// The width used when neither `--width` nor `COLUMNS` says otherwise.
    public static let defaultWidth = 100

    /// Builds the grid of a resolved plan (names exactly as in the plan).
    public static func grid(_ plan: ResolvedPlan) -> Grid {
        var rows: [Row] = []
        for kind in [ParticipantKind.core, .participant, .group] {
            for (index, participant) in plan.participants.enumerated() where participant.kind == kind {
                let marks = plan.phases.map { phase -> Mark in
                    if let presence = phase.present.presence(of: index) {
                        return presence == .core ? .core : .invited
                    }
                    return phase.without.contains { $0.participant == index } ? .leftOut : .absent
                }
                // A purpose belongs to a cell only where the row takes part.
                let purposes = zip(plan.phases, marks).map { phase, mark -> String? in
                    mark == .core || mark == .invited ? phase.purpose(of: index)?.text : nil
                }
                rows.append(
                    Row(
                        participant: index, name: participant.name, kind: kind, marks: marks, purposes: purposes,
                        unit: participant.facts.unit,
                        competences: participant.competences.map { plan.diamond[$0].name }))
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
    /// With `units`, each row also shows the unit its participant or group
    /// comes from: after the name in the text view, as a column of its own
    /// in Markdown and CSV. `dialect` only matters to CSV. The text of `bytes`.
    public static func render(
        _ plan: ResolvedPlan, format: Format, language: Language, width: Int = defaultWidth, units: Bool = false,
        dialect: CSVDialect = .rfc4180
    ) -> String {
        var out = ByteWriter(capacity: 64 * 1024)
        write(plan, format: format, language: language, width: width, units: units, dialect: dialect, into: &out)
        return out.text
    }

    /// Writes the matrix of a plan into `out` as UTF-8 bytes (see `render`).
    /// A writer with a sink gets full chunks between lines; the caller
    /// flushes the rest.
    public static func write(
        _ plan: ResolvedPlan, format: Format, language: Language, width: Int = defaultWidth, units: Bool = false,
        dialect: CSVDialect = .rfc4180, into out: inout ByteWriter
    ) {
        // Names are shown with control characters escaped, in every format.
        let grid = grid(plan).shown
        switch format {
        case .text: text(units ? grid.namingUnits : grid, language: language, width: width, into: &out)
        case .markdown: markdown(grid, language: language, units: units, into: &out)
        case .csv: csv(grid, language: language, units: units, dialect: dialect, into: &out)
        }
    }
}

extension PlanningMatrix.Grid {
    /// The grid with each row's unit after its name ("Anne Krogh (Ældre og
    /// Handicap)"), for the text view's `--units`.
    package var namingUnits: PlanningMatrix.Grid {
        var grid = self
        for index in grid.rows.indices {
            if let unit = grid.rows[index].unit { grid.rows[index].name += " (\(unit))" }
        }
        return grid
    }

    /// The grid as shown: every name with its control characters escaped.
    package var shown: PlanningMatrix.Grid {
        func visible(_ text: String) -> String { ControlCharacters.visible(text, keepingLineFeeds: false) }
        var grid = self
        grid.network = network.map(visible)
        grid.networkKind = networkKind.map(visible)
        grid.competences = competences.map(visible)
        for index in grid.rows.indices {
            grid.rows[index].name = visible(grid.rows[index].name)
            grid.rows[index].unit = grid.rows[index].unit.map(visible)
            grid.rows[index].competences = grid.rows[index].competences.map(visible)
            grid.rows[index].purposes = grid.rows[index].purposes.map { $0.map(visible) }
        }
        for index in grid.columns.indices {
            grid.columns[index].name = visible(grid.columns[index].name)
            grid.columns[index].covered = grid.columns[index].covered.map(visible)
            grid.columns[index].missing = grid.columns[index].missing.map(visible)
        }
        return grid
    }
}
