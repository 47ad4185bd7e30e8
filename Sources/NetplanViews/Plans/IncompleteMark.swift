import NetplanBase
import NetplanCheck
import NetplanSyntax

/// The mark a view carries when it is drawn from a plan with errors
/// (`--force`): one sentence saying the view is incomplete, how many errors
/// the plan has and on which lines, and how to see them. Every view puts it
/// on the output itself, where a reader sees it first:
///
/// - the report: a banner at the top of the page, on screen and in print;
/// - the matrix as text: the first line; as Markdown: a quote before the table;
///   as CSV: the first row (one field), before the header row;
/// - the graph: the graph's title (an HTML-like label in red) and a comment
///   on the first line;
/// - the calendar: `X-WR-CALDESC`, and the first line of every event's description.
///
/// One value, built from the check result, so every view says the same.
public struct IncompleteMark: Sendable, Hashable {
    /// How many errors the plan has.
    public var errors: Int
    /// The lines the errors are on, ascending, each once.
    public var lines: [Int]
    /// The plan's path as the user gave it.
    public var path: String

    /// At most this many line numbers are named; the rest are counted.
    static let shownLines = 8

    /// The mark for a checked plan, or nil when it has no errors.
    public init?(_ result: CheckResult) {
        let errors = result.diagnostics.filter { $0.severity == .error }
        guard !errors.isEmpty else { return nil }
        self.errors = errors.count
        self.lines = Set(errors.map { result.source.location(of: $0.range.start).line }).sorted()
        self.path = ControlCharacters.visible(result.source.path)
    }

    /// The word that starts the mark.
    public static let word = Text(en: "INCOMPLETE", da: "UFULDSTÆNDIG")

    /// "lines 3, 7 and 9" / "linje 3, 7 og 9".
    /// Past `shownLines`, "lines 1, 2, 3 and 4 more" / "linje 1, 2, 3 og 4 til".
    package var lineList: Text {
        let shown = lines.prefix(Self.shownLines).map(String.init)
        let more = lines.count - shown.count
        func join(_ word: String, more tail: String) -> String {
            if more > 0 { return shown.joined(separator: ", ") + " \(word) \(more) \(tail)" }
            guard let last = shown.last else { return "" }
            return shown.count == 1 ? last : shown.dropLast().joined(separator: ", ") + " \(word) " + last
        }
        return Text(
            en: (lines.count == 1 ? "line " : "lines ") + join("and", more: "more"),
            da: "linje " + join("og", more: "til"))
    }

    /// Why the view is incomplete, without the leading word.
    public var reason: Text {
        let count = Vocabulary.some(errors, .error)
        let lines = lineList
        return Text(
            en: "`\(path)` has \(count.en) (\(lines.en)), so people or phases on \(self.lines.count == 1 ? "that line" : "those lines") may be missing here; `netplan check \(path)` shows \(errors == 1 ? "it" : "them").",
            da: "`\(path)` har \(count.da) (\(lines.da)), så personer eller faser på \(self.lines.count == 1 ? "den linje" : "de linjer") kan mangle her; `netplan check \(path)` viser \(errors == 1 ? "den" : "dem")."
        )
    }

    /// The whole mark as one line: "INCOMPLETE: `plan.netplan` has …".
    public func sentence(_ language: Language) -> String {
        Self.word(language) + ": " + reason(language)
    }

    /// The sentence without backticks, for outputs that show them literally (CSV, DOT, iCalendar).
    public func plainSentence(_ language: Language) -> String {
        sentence(language).filter { $0 != "`" }
    }

    /// The first line of `netplan matrix` as text.
    public func textLine(_ language: Language) -> String {
        "⚠ " + sentence(language) + "\n\n"
    }

    /// A Markdown quote before the table.
    public func markdown(_ language: Language) -> String {
        "> **⚠ \(Self.word(language))**: " + reason(language) + "\n\n"
    }

    /// The first CSV record: one field, so a spreadsheet shows it in the first cell.
    public func csvRecord(_ language: Language, _ dialect: CSVDialect = .rfc4180) -> String {
        CSVCell.record([plainSentence(language)], dialect)
    }

    /// Marks DOT text: a comment on the first line, and after the graph's
    /// own `graph [...]` attributes (or its opening brace) a red title that
    /// replaces the graph's label. An HTML-like label, so the colour does
    /// not pass on to the clusters' labels.
    public func dot(_ text: String, title: String, language: Language) -> String {
        var lines = text.components(separatedBy: "\n")
        let label =
            "<<font color=\"#b42318\"><b>⚠ \(HTML.escape(plainSentence(language)))</b></font><br/>\(HTML.escape(title))>"
        let attribute = "  graph [label=\(label)];"
        if let index = lines.firstIndex(where: { $0.hasPrefix("  graph [") })
            ?? lines.firstIndex(where: { $0.hasSuffix("{") })
        {
            lines.insert(attribute, at: index + 1)
        }
        lines.insert("// ⚠ " + plainSentence(language).replacingOccurrences(of: "\n", with: " "), at: 0)
        return lines.joined(separator: "\n")
    }
}
