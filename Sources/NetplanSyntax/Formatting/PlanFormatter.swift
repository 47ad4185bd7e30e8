import NetplanBase

/// The canonical layout of a plan, like `gofmt`: no options, one answer.
///
/// The layout:
/// - one statement per line, in the order written (statements joined with `;`
///   are split onto lines); no indentation; single spaces between the parts:
///   `core Anne: faglighed, indsigt via Bo`, `phase Test from 2027-01-04 to
///   2027-01-29: invite Erik needs ressourcer without Anne` (clauses in the
///   order written), `set core-team 4-6`, a trailing `allow RULE "reason"`;
/// - an empty competence list loses its colon (`participant Erik:` becomes
///   `participant Erik`), and so does a phase without clauses;
/// - names are bare when they can be, quoted otherwise (keywords, spaces,
///   names starting with a digit, ...); strings are re-escaped (`\"`, `\\`);
///   dates are kept as written, and a setting's value is bare when it is a
///   word or a number such as `4-6` (`set core-team "4-6"` becomes
///   `set core-team 4-6`);
/// - a comment on its own line stays on its own line, before the statement
///   that follows it (or at the end of the file); a comment after code stays
///   at the end of that line, after two spaces (`leader Mette  # x`); with
///   several statements on one line, it goes with the last of them. Comment
///   text is kept exactly, without trailing white space;
/// - at most one blank line in a row, none at the start or the end; a line
///   holding nothing but white space and `;` counts as blank;
/// - LF line ends, no byte-order mark, and the text ends with exactly one
///   line break (a plan with no statements and no comments becomes empty).
///
/// A file with a lexical or syntax error is refused: formatting half a plan
/// could lose what the parser skipped. Findings of the checker (unknown
/// names and so on) do not stop the formatter.
public enum PlanFormatter {
    /// What separates a statement from a comment at the end of its line.
    public static let trailingCommentSeparator = "  "

    /// The canonical text of a plan, read from its bytes.
    public static func format(_ source: SourceFile) throws(FormatError) -> String {
        try format(Parser.parse(source))
    }

    /// The canonical text of a parsed plan; throws when the tree has a syntax error.
    public static func format(_ tree: SyntaxTree) throws(FormatError) -> String {
        String(decoding: try formattedBytes(tree), as: UTF8.self)
    }

    /// The canonical text of a plan as UTF-8 bytes, read from its bytes.
    public static func formattedBytes(_ source: SourceFile) throws(FormatError) -> [UInt8] {
        try formattedBytes(Parser.parse(source))
    }

    /// The canonical text of a parsed plan as UTF-8 bytes, written straight
    /// into one buffer; throws when the tree has a syntax error.
    public static func formattedBytes(_ tree: SyntaxTree) throws(FormatError) -> [UInt8] {
        if let error = tree.diagnostics.first(where: { $0.severity == .error }) {
            throw FormatError(
                path: tree.source.path, location: tree.source.location(of: error.range.start), diagnostic: error)
        }
        var printer = Printer(source: tree.source)
        for item in items(of: tree) {
            switch item {
            case .statement(let position): printer.add(tree.statements[position])
            case .comment(let index): printer.add(tree.comments[index])
            }
        }
        return printer.finished()
    }

    /// Whether the bytes of a file are exactly its canonical text.
    public static func isCanonical(_ source: SourceFile) throws(FormatError) -> Bool {
        source.bytes == (try formattedBytes(source))
    }

    // MARK: - Pieces

    /// A statement (its position in the tree) or a comment (its index).
    private enum Item {
        case statement(Int)
        case comment(Int)
    }

    /// Statements and comments, merged by position.
    private static func items(of tree: SyntaxTree) -> [Item] {
        var items: [Item] = []
        items.reserveCapacity(tree.statements.count + tree.comments.count)
        var statementIndex = 0
        var commentIndex = 0
        while statementIndex < tree.statements.count || commentIndex < tree.comments.count {
            if commentIndex < tree.comments.count,
                statementIndex == tree.statements.count
                    || tree.comments[commentIndex].range.start < tree.statements.range(at: statementIndex).start
            {
                items.append(.comment(commentIndex))
                commentIndex += 1
            } else {
                items.append(.statement(statementIndex))
                statementIndex += 1
            }
        }
        return items
    }

    /// Writes the output lines and decides where blank lines and comments go.
    /// Each line's break is written when the next line starts (or at the
    /// end), so a comment after code can still join the statement's line.
    private struct Printer {
        let source: SourceFile
        var line: PlanTextWriter
        /// Whether a line has been started whose line break is not written yet.
        var lineIsOpen = false
        /// The source line of the last thing printed.
        var lastSourceLine: Int?
        /// The source line of the last statement printed (a trailing comment
        /// on that source line follows it directly, so it is the open line).
        var lastStatementLine: Int?

        init(source: SourceFile) {
            self.source = source
            line = PlanTextWriter(into: ByteWriter(capacity: source.bytes.count + source.bytes.count / 8 + 64))
        }

        mutating func finished() -> [UInt8] {
            if lineIsOpen { line.out.append(0x0A) }
            return line.out.bytes
        }

        mutating func add(_ statement: Statement) {
            let sourceLine = source.lineIndex(of: statement.range.start)
            startLine(at: sourceLine)
            PlanFormatter.write(statement, in: source, to: &line)
            lastStatementLine = sourceLine
        }

        mutating func add(_ comment: Comment) {
            let sourceLine = source.lineIndex(of: comment.range.start)
            let text = PlanFormatter.trimmedTrailingWhiteSpace(source.text(comment.range))
            if comment.isTrailing, lineIsOpen, lastStatementLine == sourceLine {
                line.out.append(utf8: PlanFormatter.trailingCommentSeparator)
                line.out.append(utf8: text)
                lastSourceLine = sourceLine
            } else {
                startLine(at: sourceLine)
                line.out.append(utf8: text)
            }
        }

        /// Ends the open line and keeps one blank line where the source had one or more.
        private mutating func startLine(at sourceLine: Int) {
            if lineIsOpen { line.out.append(0x0A) }
            if let last = lastSourceLine, sourceLine - last >= 2 { line.out.append(0x0A) }
            lastSourceLine = sourceLine
            lineIsOpen = true
        }
    }

    /// A string in quotes, with `"` and `\` escaped.
    package static func quoted(_ text: String) -> String { Quoting.quoted(text) }

    static func trimmedTrailingWhiteSpace(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        while let last = scalars.last, last.properties.isWhitespace {
            scalars.removeLast()
        }
        return String(scalars)
    }
}

/// Why a plan was not formatted: its first syntax error.
public struct FormatError: Error, Hashable, Sendable {
    /// The file's path as shown in messages.
    public var path: String
    /// Where the first syntax error is (1-based line and column).
    public var location: SourceLocation
    /// The syntax error itself.
    public var diagnostic: Diagnostic

    /// `PATH: not formatted: syntax error at L:C: MESSAGE`, in both languages.
    public var message: Text {
        let place = "\(location.line):\(location.column)"
        return Text(
            en: "\(path): not formatted: syntax error at \(place): \(diagnostic.message.en)",
            da: "\(path): ikke formateret: syntaksfejl ved \(place): \(diagnostic.message.da)")
    }
}
