import NetplanBase

/// A hand-written recursive-descent parser: one function per production of
/// `grammar.md` (statements here, phases and settings in `ParserPhase.swift`,
/// names and lists in `ParserNames.swift`). It reports every syntax error of
/// a file in one run (at most one a line) and goes on at the next statement
/// boundary.
///
/// It recovers what a broken line still says: the slips people make most (a
/// name with spaces, a Danish keyword, `og` in a list) are read as meant, and
/// a declaration that breaks after its name still declares it. So one slip is
/// one error, and no "unknown name" follows from it elsewhere. Only a line that
/// says nothing usable becomes an `ErrorNode`.
public struct Parser {
    package struct Failure: Error {}

    package let source: SourceFile
    package var tokens: TokenBuffer
    package var position = 0
    package var diagnostics: [Diagnostic]
    var linesWithErrors: Set<Int> = []
    /// The names and competences the plan declares (see `KnownNames`).
    let known: KnownNames
    /// What the statement being parsed has declared so far: kept, instead of an
    /// error node, when the rest of its line is broken.
    package var partial: Statement?
    /// The slips found on each line (by line index), reported at the end with
    /// the whole line fixed.
    var fixes: [Int: PendingFix] = [:]
    /// While an `invite` list is read: the purposes (`for "..."`) after its names.
    var purposes: [InvitePurpose]? = nil
    /// The keyword slips already looked up (most words of a plan repeat).
    var slips = KeywordSlip.Memo()
    /// Where the names' texts go: the workspace's table.
    package let names: NameTable
    /// Where the names and commas of the tree's lists go.
    let nameLists: NameListStore

    /// Parses a whole file, its names interned in `names` (the table of the
    /// workspace it belongs to; a table of its own by default).
    public static func parse(_ source: SourceFile, names: NameTable = NameTable()) -> SyntaxTree {
        let stream = Lexer(source: source).tokenize()
        var parser = Parser(source: source, stream: stream, names: names)
        var statements = parser.parsePlan()
        statements.trim()
        parser.nameLists.trim()
        parser.reportFixes()
        return SyntaxTree(
            source: source, statements: statements, comments: stream.comments,
            diagnostics: parser.diagnostics.sortedByPosition(), names: names)
    }

    /// An array grown by doubling, copied at its size when that frees more
    /// than an eighth: the tree is kept while the plan is checked.
    static func trimmed<Element>(_ array: [Element]) -> [Element] {
        guard array.capacity - array.count > array.count / 8 else { return array }
        var copy: [Element] = []
        copy.reserveCapacity(array.count)
        copy.append(contentsOf: array)
        return copy
    }

    private init(source: SourceFile, stream: TokenStream, names: NameTable) {
        self.names = names
        self.nameLists = NameListStore(table: names)
        self.source = source
        self.tokens = stream.tokens
        self.diagnostics = stream.diagnostics
        self.known = KnownNames(tokens: stream.tokens, source: source, names: names)
        // A lexical warning (typographic quotes) does not take a line's one error.
        for diagnostic in stream.diagnostics where diagnostic.severity == .error {
            linesWithErrors.insert(source.lineIndex(of: diagnostic.range.start))
        }
    }

    // MARK: - Token access

    package var current: Token { tokens[min(position, tokens.count - 1)] }

    func peek(_ offset: Int) -> Token { tokens[min(position + offset, tokens.count - 1)] }

    mutating func advance() -> Token {
        let token = current
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    func isKeyword(_ keyword: Keyword) -> Bool { current.kind == .keyword(keyword) }

    var currentKeyword: Keyword? {
        if case .keyword(let keyword) = current.kind { return keyword }
        return nil
    }

    // MARK: - plan = { [ statement ] terminator }

    private mutating func parsePlan() -> StatementList {
        var statements = StatementList()
        while true {
            while current.kind == .newline || current.kind == .semicolon { _ = advance() }
            if current.kind == .endOfFile { break }
            let start = position
            statements.append(parseStatementWithRecovery())
            if position == start { _ = advance() }  // always make progress
        }
        return statements
    }

    private mutating func parseStatementWithRecovery() -> Statement {
        let first = current
        partial = nil
        var statement: Statement
        do {
            statement = try parseStatement()
        } catch {
            let end = synchronize(from: first)
            if let partial { return partial }
            return Statement(
                kind: .error(ErrorNode(skipped: SourceRange(first.range.start, end))),
                keyword: first.range, range: SourceRange(first.range.start, end), suppression: nil)
        }
        // The statement is whole: what breaks after it (a broken `allow`, no
        // line break) leaves it as read, with its `allow` if that was whole.
        do {
            if current.kind == .word { acceptSlip(among: [.allow], strict: true) }
            if isKeyword(.allow) {
                let suppression = try parseSuppression()
                statement.suppression = suppression
                statement.range = statement.range.union(suppression.range)
            }
            try expectTerminator()
        } catch {
            _ = synchronize(from: first)
        }
        return statement
    }

    /// Skips to the end of the statement: a line break, `;`, the end of the
    /// file, or a keyword that starts a statement. Returns the end of the last
    /// skipped token.
    private mutating func synchronize(from first: Token) -> Int {
        var end = max(first.range.end, position > 0 ? tokens[position - 1].range.end : first.range.end)
        if position < tokens.count, current.range.start == first.range.start, !current.isTerminator {
            end = advance().range.end
        }
        while !current.isTerminator {
            if let keyword = currentKeyword, Keyword.statementStarters.contains(keyword) { break }
            end = advance().range.end
        }
        return max(end, first.range.start)
    }

    // MARK: - statement

    private mutating func parseStatement() throws -> Statement {
        switch currentKeyword {
        case .network: return try parseNetwork()
        case .leader, .codriver, .reference: return try parseRole()
        case .diamond: return try parseDiamond()
        case .core, .participant, .group, .person: return try parseParticipant()
        case .use: return try parseUse()
        case .phase: return try parsePhase()
        case .meeting: return try parseMeeting()
        case .set: return try parseSetting()
        default:
            // `kerne Anne`, `pahse Idé`: read as the keyword meant, after saying so.
            if acceptSlip(among: Keyword.statementStarters, strict: false) { return try parseStatement() }
            throw fail(expected: SyntaxMessages.expectedStatement, help: SyntaxMessages.statementHelp(found: current, in: source))
        }
    }

    // network = "network" name [ "kind" name ]
    private mutating func parseNetwork() throws -> Statement {
        let keyword = advance()
        let name = try parseWholeName(after: .network) { parser, index in parser.isSlip(at: index, for: .kind) }
        var decl = NetworkDecl(name: name, kindKeyword: nil, kind: nil)
        let statement = { (end: Int) in
            Statement(kind: .network(decl), keyword: keyword.range, range: SourceRange(keyword.range.start, end))
        }
        acceptSlip(among: [.kind], strict: true)
        if isKeyword(.kind) {
            decl.kindKeyword = advance().range
            partial = statement(name.range.end)
            let kind = try parseName(after: .kind)
            decl.kind = kind
            return statement(kind.range.end)
        }
        return statement(name.range.end)
    }

    // role = ( "leader" | "codriver" | "reference" ) name
    private mutating func parseRole() throws -> Statement {
        let keyword = advance()
        let role: RoleKind
        switch keyword.kind {
        case .keyword(.codriver): role = .codriver
        case .keyword(.reference): role = .reference
        default: role = .leader
        }
        let name = try parseWholeName(after: role.keyword) { parser, index in
            Self.declarationEnders.contains { parser.isSlip(at: index, for: $0) }
        }
        var decl = RoleDecl(role: role, name: name)
        let statement = { (decl: RoleDecl) in
            Statement(
                kind: .role(decl), keyword: keyword.range,
                range: SourceRange(keyword.range.start, decl.attributes.last?.range.end ?? decl.name.range.end))
        }
        do {
            while atAttribute() { try parseAttribute(into: &decl.attributes) }
        } catch {
            partial = statement(decl)
            throw error
        }
        return statement(decl)
    }

    // diamond = "diamond" name { "," name }
    private mutating func parseDiamond() throws -> Statement {
        let keyword = advance()
        var list = NameList()
        let statement = { (list: NameList) in
            Statement(
                kind: .diamond(DiamondDecl(competences: list)), keyword: keyword.range,
                range: SourceRange(keyword.range.start, list.names.last?.range.end ?? keyword.range.end))
        }
        do {
            try parseNameList(into: &list, after: Keyword.diamond.rawValue, of: .competences, endedBy: [.allow])
        } catch {
            if !list.names.isEmpty { partial = statement(list) }
            throw error
        }
        return statement(list)
    }

    // declaration = ( "core" | "participant" | "group" | "person" ) name [ ":" [ namelist ] ] [ "via" name ]
    private mutating func parseParticipant() throws -> Statement {
        let keyword = advance()
        let kind: ParticipantKind
        switch keyword.kind {
        case .keyword(.core): kind = .core
        case .keyword(.group): kind = .group
        case .keyword(.person): kind = .person
        default: kind = .participant
        }
        if kind == .person { skipKindAfterPerson() }
        let nameStart = position
        var name = try parseName(after: kind.keyword)
        var decl = ParticipantDecl(
            kind: kind, name: name, colon: nil, competences: NameList(), viaKeyword: nil, via: nil)
        let statement = { (decl: ParticipantDecl) in
            let listEnd = decl.competences.names.last?.range.end ?? decl.colon?.end ?? decl.name.range.end
            let end = max(
                listEnd, decl.via?.range.end ?? listEnd, decl.category?.range.end ?? listEnd,
                decl.attributes.map(\.range.end).max() ?? listEnd)
            return Statement(
                kind: .participant(decl), keyword: keyword.range, range: SourceRange(keyword.range.start, end))
        }
        do {
            // `core Sanne Kjær: ...` is one name; `core Anne faglighed` is a forgotten colon.
            if !name.isQuoted {
                let run = wordRun { parser, index in
                    parser.known.looksLikeCompetence(parser.source.fastText(parser.tokens[index].range))
                        || Self.declarationEnders.contains { parser.isSlip(at: index, for: $0) }
                }
                if let last = run.last {
                    // A competence after the name (`core Sanne Kjær faglighed`) is the
                    // missing colon below: its edit joins this line's fix.
                    name = joinName(from: nameStart, through: last)
                    decl.name = name
                }
            }
            // `core Anne enhed "Ældre"`: an attribute in Danish, not a forgotten colon.
            if Self.declarationEnders.contains(where: { isSlip(at: position, for: $0) }) {
                acceptSlip(among: Self.declarationEnders, strict: true)
            }
            if current.kind == .word || current.kind == .string {
                let said = SyntaxMessages.shorten("\(kind.keyword.rawValue) \(source.text(name.range))")
                let found = current
                reportSlip(at: found.range, [Edit(SourceRange(name.range.end, name.range.end), ":")]) { [source] fixed in
                    SyntaxMessages.missingColon(statement: said, found: found, in: source, fixed: fixed)
                }
                try parseNameList(into: &decl.competences, after: ":", of: .competences, endedBy: Self.declarationEnders)
            } else if current.kind == .colon {
                decl.colon = advance().range
                if current.kind == .word || current.kind == .string {
                    try parseNameList(into: &decl.competences, after: ":", of: .competences, endedBy: Self.declarationEnders)
                }
            }
            // `via`, `kind` and the attributes in any order, each at most once.
            while (isKeyword(.via) && decl.via == nil) || (isKeyword(.kind) && decl.category == nil) || atAttribute() {
                if atAttribute() {
                    try parseAttribute(into: &decl.attributes)
                } else if isKeyword(.via) {
                    decl.viaKeyword = advance().range
                    if current.isTerminator {
                        throw fail(
                            expected: SyntaxMessages.expectedName(after: "`via`"), help: SyntaxMessages.viaWithoutName(decl.name.text))
                    }
                    decl.via = try parseWholeName(after: .via) { parser, index in
                        Self.declarationEnders.contains { parser.isSlip(at: index, for: $0) }
                    }
                } else {
                    decl.categoryKeyword = advance().range
                    decl.category = try parseName(after: .kind)
                }
            }
        } catch {
            partial = statement(decl)
            throw error
        }
        return statement(decl)
    }

    // MARK: - Errors

    mutating func expectTerminator() throws {
        guard current.isTerminator else {
            throw fail(expected: SyntaxMessages.what.endOfStatement)
        }
    }

    /// Records "expected X, found Y" at the current token and returns the error to throw.
    package mutating func fail(expected: Text, help: Text? = nil) -> Failure {
        let token = current
        if token.kind != .invalid {
            report(SyntaxMessages.unexpected(token, expected: expected, help: help, in: source))
        }
        return Failure()
    }

    package mutating func report(_ diagnostic: Diagnostic) {
        let line = source.lineIndex(of: diagnostic.range.start)
        guard linesWithErrors.insert(line).inserted else { return }
        diagnostics.append(diagnostic)
    }

    /// Records a slip at `range`, fixed by `edits`. The first slip of a line is
    /// its error; later slips on that line only add their edits, so the help
    /// shows the line with all of them fixed. A line that already has another
    /// error keeps that one.
    mutating func reportSlip(at range: SourceRange, _ edits: [Edit], _ make: @escaping (String) -> Diagnostic) {
        let line = source.lineIndex(of: range.start)
        if var pending = fixes[line] {
            pending.edits += edits
            fixes[line] = pending
            return
        }
        guard linesWithErrors.insert(line).inserted else { return }
        fixes[line] = PendingFix(edits: edits, make: make)
    }

    /// Turns the slips into diagnostics, now that every edit of each line is known.
    private mutating func reportFixes() {
        for (line, pending) in fixes.sorted(by: { $0.key < $1.key }) {
            diagnostics.append(pending.make(LineFix.render(pending.edits, line: line, tokens: tokens, source: source)))
        }
    }
}
