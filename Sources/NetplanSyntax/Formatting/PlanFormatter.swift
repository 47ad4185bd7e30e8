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
        if let error = tree.diagnostics.first(where: { $0.severity == .error }) {
            throw FormatError(
                path: tree.source.path, location: tree.source.location(of: error.range.start), diagnostic: error)
        }
        var printer = Printer(source: tree.source)
        for item in items(of: tree) {
            switch item {
            case .statement(let statement): printer.add(statement)
            case .comment(let comment): printer.add(comment)
            }
        }
        return printer.text
    }

    /// Whether the bytes of a file are exactly its canonical text.
    public static func isCanonical(_ source: SourceFile) throws(FormatError) -> Bool {
        let formatted = try format(source)
        return source.bytes.elementsEqual(formatted.utf8)
    }

    // MARK: - Pieces

    private enum Item {
        case statement(Statement)
        case comment(Comment)

        package var start: Int {
            switch self {
            case .statement(let statement): return statement.range.start
            case .comment(let comment): return comment.range.start
            }
        }
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
                    || tree.comments[commentIndex].range.start < tree.statements[statementIndex].range.start
            {
                items.append(.comment(tree.comments[commentIndex]))
                commentIndex += 1
            } else {
                items.append(.statement(tree.statements[statementIndex]))
                statementIndex += 1
            }
        }
        return items
    }

    /// Collects output lines and decides where blank lines and comments go.
    private struct Printer {
        package let source: SourceFile
        package var lines: [String] = []
        /// The source line of the last thing printed.
        var lastSourceLine: Int?
        /// The output line and source line of the last statement printed.
        var lastStatement: (output: Int, source: Int)?

        package init(source: SourceFile) { self.source = source }

        package var text: String {
            lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
        }

        package mutating func add(_ statement: Statement) {
            let line = source.lineIndex(of: statement.range.start)
            startLine(at: line)
            lines.append(PlanFormatter.render(statement, in: source))
            lastStatement = (lines.count - 1, line)
        }

        package mutating func add(_ comment: Comment) {
            let line = source.lineIndex(of: comment.range.start)
            let text = PlanFormatter.trimmedTrailingWhiteSpace(source.text(comment.range))
            if comment.isTrailing, let last = lastStatement, last.source == line {
                lines[last.output] += PlanFormatter.trailingCommentSeparator + text
                lastSourceLine = line
            } else {
                startLine(at: line)
                lines.append(text)
            }
        }

        /// Keeps one blank line where the source had one or more.
        private mutating func startLine(at line: Int) {
            if let last = lastSourceLine, line - last >= 2 { lines.append("") }
            lastSourceLine = line
        }
    }

    // MARK: - Statements

    package static func render(_ statement: Statement, in source: SourceFile) -> String {
        var parts: [String]
        switch statement.kind {
        case .network(let decl):
            parts = ["network", name(decl.name)]
            if let kind = decl.kind { parts += ["kind", name(kind)] }
        case .role(let decl):
            parts = [decl.role.keyword.rawValue, name(decl.name)] + attributes(decl.attributes)
        case .diamond(let decl):
            parts = ["diamond", list(decl.competences)]
        case .participant(let decl):
            parts = [decl.kind.keyword.rawValue, name(decl.name)]
            if !decl.competences.names.isEmpty {
                parts[parts.count - 1] += ":"
                parts.append(list(decl.competences))
            }
            if let via = decl.via { parts += ["via", name(via)] }
            if let category = decl.category { parts += ["kind", name(category)] }
            parts += attributes(decl.attributes)
        case .phase(let decl):
            parts = ["phase", name(decl.name)]
            if let dates = decl.dates {
                parts += ["from", dates.start.text]
                if let end = dates.end { parts += ["to", end.text] }
            }
            if !decl.clauses.isEmpty {
                parts[parts.count - 1] += ":"
                for clause in decl.clauses { parts += [clause.kind.rawValue, list(clause.items, clause.purposes)] }
            }
            if let note = decl.note { parts += ["note", quoted(note.value.text)] }
        case .meeting(let decl):
            parts = ["meeting", name(decl.name)]
            if let date = decl.date { parts += ["on", date.text] }
            if let time = decl.time { parts.append(time.text) }
            if let phase = decl.phase { parts += ["in", name(phase)] }
            if let place = decl.place { parts += ["place", quoted(place.text)] }
            if let note = decl.note { parts += ["note", quoted(note.value.text)] }
        case .setting(let decl):
            parts = ["set", name(decl.name), settingValue(decl.value)]
        case .use(let decl):
            parts = ["use", quoted(decl.path.text)]
        case .error(let node):
            // Not reached: a tree with an error node has a syntax error and is refused.
            parts = [source.text(node.skipped)]
        }
        if let suppression = statement.suppression {
            parts += ["allow", name(suppression.rule)]
            if let reason = suppression.reason { parts.append(quoted(reason.text)) }
        }
        return parts.joined(separator: " ")
    }

    private static func name(_ name: Name) -> String { quotedIfNeeded(name.text) }

    /// A setting's value: a number or range such as `4-6` and a bare word as they are, anything else quoted.
    private static func settingValue(_ value: Name) -> String {
        let bytes = Array(value.text.utf8)
        let isLiteral = bytes.first.map { (0x30...0x39).contains($0) } == true
            && bytes.allSatisfy { byte in
                switch byte {
                case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x5F, 0x2E: return true
                default: return false
                }
            }
        return isLiteral ? value.text : quotedIfNeeded(value.text)
    }

    private static func list(_ list: NameList, _ purposes: [InvitePurpose] = []) -> String {
        guard !purposes.isEmpty else { return list.names.map(name).joined(separator: ", ") }
        var byItem: [Int: InvitePurpose] = [:]
        for purpose in purposes where byItem[purpose.item] == nil { byItem[purpose.item] = purpose }
        return list.names.enumerated().map { index, item in
            byItem[index].map { "\(name(item)) for \(quoted($0.text.text))" } ?? name(item)
        }.joined(separator: ", ")
    }

    /// Attributes in canonical order (`unit`, `status`, `note`, `contact`):
    /// `status` as its word, the others in quotes.
    private static func attributes(_ attributes: [Attribute]) -> [String] {
        var parts: [String] = []
        for kind in AttributeKind.allCases {
            guard let value = attributes.first(kind)?.value else { continue }
            parts += [kind.rawValue, kind == .status ? name(value) : quoted(value.text)]
        }
        return parts
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
