/// A hand-written recursive-descent parser: one function per production of
/// `grammar.md`. It reports every syntax error of a file in one run (at most
/// one a line), turns a broken statement into an `ErrorNode` and goes on at
/// the next statement boundary.
public struct Parser {
    private struct Failure: Error {}

    private let source: SourceFile
    private let tokens: [Token]
    private var position = 0
    private var diagnostics: [Diagnostic]
    private var linesWithErrors: Set<Int> = []

    /// Parses a whole file.
    public static func parse(_ source: SourceFile) -> SyntaxTree {
        let stream = Lexer(source: source).tokenize()
        var parser = Parser(source: source, stream: stream)
        let statements = parser.parsePlan()
        return SyntaxTree(
            source: source, statements: statements, comments: stream.comments,
            diagnostics: parser.diagnostics.sortedByPosition())
    }

    private init(source: SourceFile, stream: TokenStream) {
        self.source = source
        self.tokens = stream.tokens
        self.diagnostics = stream.diagnostics
        // A lexical warning (typographic quotes) does not take a line's one error.
        for diagnostic in stream.diagnostics where diagnostic.severity == .error {
            linesWithErrors.insert(source.lineIndex(of: diagnostic.range.start))
        }
    }

    // MARK: - Token access

    private var current: Token { tokens[min(position, tokens.count - 1)] }

    private func peek(_ offset: Int) -> Token { tokens[min(position + offset, tokens.count - 1)] }

    private mutating func advance() -> Token {
        let token = current
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    private func isKeyword(_ keyword: Keyword) -> Bool { current.kind == .keyword(keyword) }

    private var currentKeyword: Keyword? {
        if case .keyword(let keyword) = current.kind { return keyword }
        return nil
    }

    // MARK: - plan = { [ statement ] terminator }

    private mutating func parsePlan() -> [Statement] {
        var statements: [Statement] = []
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
        do {
            var statement = try parseStatement()
            if isKeyword(.allow) {
                statement.suppression = try parseSuppression()
                statement.range = statement.range.union(statement.suppression?.range ?? statement.range)
            }
            try expectTerminator()
            return statement
        } catch {
            let end = synchronize(from: first)
            return Statement(
                kind: .error(ErrorNode(skipped: SourceRange(first.range.start, end))),
                keyword: first.range, range: SourceRange(first.range.start, end), suppression: nil)
        }
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
        case .core, .participant, .group: return try parseParticipant()
        case .phase: return try parsePhase()
        case .set: return try parseSetting()
        default:
            throw fail(expected: Messages.expectedStatement, help: Messages.statementHelp(found: current, in: source))
        }
    }

    // network = "network" name [ "kind" name ]
    private mutating func parseNetwork() throws -> Statement {
        let keyword = advance()
        let name = try parseName(after: .network)
        var decl = NetworkDecl(name: name, kindKeyword: nil, kind: nil)
        var end = name.range.end
        if isKeyword(.kind) {
            decl.kindKeyword = advance().range
            let kind = try parseName(after: .kind)
            decl.kind = kind
            end = kind.range.end
        }
        return Statement(kind: .network(decl), keyword: keyword.range, range: SourceRange(keyword.range.start, end))
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
        let name = try parseName(after: role.keyword)
        return Statement(
            kind: .role(RoleDecl(role: role, name: name)), keyword: keyword.range,
            range: SourceRange(keyword.range.start, name.range.end))
    }

    // diamond = "diamond" name { "," name }
    private mutating func parseDiamond() throws -> Statement {
        let keyword = advance()
        let list = try parseNameList(after: .diamond, allowEmpty: false)
        let end = list.names.last?.range.end ?? keyword.range.end
        return Statement(
            kind: .diamond(DiamondDecl(competences: list)), keyword: keyword.range,
            range: SourceRange(keyword.range.start, end))
    }

    // declaration = ( "core" | "participant" | "group" ) name [ ":" [ namelist ] ] { "via" name | "kind" name }
    private mutating func parseParticipant() throws -> Statement {
        let keyword = advance()
        let kind: ParticipantKind
        switch keyword.kind {
        case .keyword(.core): kind = .core
        case .keyword(.group): kind = .group
        default: kind = .participant
        }
        let name = try parseName(after: kind.keyword)
        var decl = ParticipantDecl(
            kind: kind, name: name, colon: nil, competences: NameList(), viaKeyword: nil, via: nil)
        var end = name.range.end
        if current.kind == .word || current.kind == .string {
            // `core Anne faglighed`: most likely a forgotten colon.
            let statement = Messages.shorten("\(kind.keyword.rawValue) \(source.text(name.range))")
            throw fail(
                expected: Messages.expectedColon(after: statement),
                help: Messages.colonHelp(statement, competence: Messages.shorten(source.text(current.range))))
        }
        if current.kind == .colon {
            let colon = advance()
            decl.colon = colon.range
            end = colon.range.end
            if current.kind == .word || current.kind == .string {
                decl.competences = try parseNameList(afterToken: ":", allowEmpty: true)
                end = decl.competences.names.last?.range.end ?? end
            }
        }
        // `via` and `kind` in either order, each at most once.
        while (isKeyword(.via) && decl.via == nil) || (isKeyword(.kind) && decl.category == nil) {
            if isKeyword(.via) {
                decl.viaKeyword = advance().range
                let via = try parseName(after: .via)
                decl.via = via
                end = via.range.end
            } else {
                decl.categoryKeyword = advance().range
                let category = try parseName(after: .kind)
                decl.category = category
                end = category.range.end
            }
        }
        return Statement(
            kind: .participant(decl), keyword: keyword.range, range: SourceRange(keyword.range.start, end))
    }

    // phase = "phase" name [ dates ] [ ":" { clause } ]
    private mutating func parsePhase() throws -> Statement {
        let keyword = advance()
        let name = try parseName(after: .phase)
        var decl = PhaseDecl(name: name, dates: nil, colon: nil, clauses: [])
        var end = name.range.end
        if isKeyword(.from) {
            let dates = try parseDates()
            decl.dates = dates
            end = (dates.end?.range ?? dates.start.range).end
        }
        if current.kind == .colon {
            let colon = advance()
            decl.colon = colon.range
            end = colon.range.end
            while true {
                guard let keyword = currentKeyword, Keyword.phaseClauses.contains(keyword) else { break }
                let clause = try parseClause()
                decl.clauses.append(clause)
                end = clause.items.names.last?.range.end ?? clause.keyword.end
            }
            if !current.isTerminator, !isKeyword(.allow) {
                throw fail(expected: Messages.expectedClause)
            }
        }
        return Statement(kind: .phase(decl), keyword: keyword.range, range: SourceRange(keyword.range.start, end))
    }

    // dates = "from" DATE "to" DATE
    private mutating func parseDates() throws -> DateSpan {
        let from = advance()
        let start = try parseDate(after: .from)
        guard isKeyword(.to) else {
            throw fail(expected: Messages.expectedAfterKeyword(Messages.what.to, after: .from, value: start.text))
        }
        let to = advance()
        let end = try parseDate(after: .to)
        return DateSpan(fromKeyword: from.range, start: start, toKeyword: to.range, end: end)
    }

    /// A date that is not `YYYY-MM-DD` is an error, but the phase goes on:
    /// written another way (`1/3-2027`, `1. marts 2027`), the error proposes
    /// the date and the phase has it; otherwise the phase has no date. So a
    /// date never takes the phase, or the rest of its line, with it.
    private mutating func parseDate(after keyword: Keyword) throws -> DateLiteral {
        guard current.kind == .literal else {
            throw fail(expected: Messages.expectedAfterKeyword(Messages.what.date, after: keyword))
        }
        let token = advance()
        let text = source.text(token.range)
        switch CalendarDate.read(text) {
        case .date(let value):
            return DateLiteral(text: text, range: token.range, value: value)
        case .tooLate:
            report(Messages.dateTooLate(text, range: token.range))
            return DateLiteral(text: text, range: token.range, value: nil)
        case .notADate:
            switch WrittenDate.read(text) {
            case .meant(let date) where date > CalendarDate.latest:
                report(Messages.dateTooLate(text, range: token.range))
            case .meant(let date):
                report(Messages.dateWrittenAnotherWay(text, meant: date, range: token.range))
                return DateLiteral(text: text, range: token.range, value: date)
            case .noYear(let month, let day):
                report(Messages.dateWithoutYear(text, month: month, day: day, range: token.range))
            case .impossible:
                report(Messages.impossibleDate(text, range: token.range))
            case .unreadable:
                report(Messages.invalidDate(text, range: token.range))
            }
            return DateLiteral(text: text, range: token.range, value: nil)
        }
    }

    // clause = ( "invite" | "needs" | "without" ) namelist
    private mutating func parseClause() throws -> PhaseClause {
        let token = advance()
        let kind: PhaseClause.Kind
        let keyword: Keyword
        switch token.kind {
        case .keyword(.needs): kind = .needs; keyword = .needs
        case .keyword(.without): kind = .without; keyword = .without
        default: kind = .invite; keyword = .invite
        }
        let items = try parseNameList(after: keyword, allowEmpty: false)
        return PhaseClause(kind: kind, keyword: token.range, items: items)
    }

    // setting = "set" name value
    private mutating func parseSetting() throws -> Statement {
        let keyword = advance()
        let name = try parseName(after: .set)
        let value: Name
        switch current.kind {
        case .word, .literal:
            let token = advance()
            value = Name(text: source.text(token.range), range: token.range, isQuoted: false)
        case .string:
            value = try parseName(after: .set)
        default:
            throw fail(expected: Messages.expectedSettingValue(name.text))
        }
        return Statement(
            kind: .setting(SettingDecl(name: name, value: value)), keyword: keyword.range,
            range: SourceRange(keyword.range.start, value.range.end))
    }

    // suppression = "allow" name string
    private mutating func parseSuppression() throws -> Suppression {
        let keyword = advance()
        let rule = try parseName(after: .allow)
        guard current.kind == .string else {
            throw fail(expected: Messages.expectedReason(rule.text))
        }
        let reason = try parseName(after: .allow)
        return Suppression(keyword: keyword.range, rule: rule, reason: reason)
    }

    // MARK: - Names and lists

    private mutating func parseName(after keyword: Keyword) throws -> Name {
        try parseName(expected: Messages.expectedName(after: "`\(keyword.rawValue)`"))
    }

    /// Parses a bare or quoted name. `expected` is only built when there is an error.
    private mutating func parseName(expected: @autoclosure () -> Text) throws -> Name {
        switch current.kind {
        case .word:
            let token = advance()
            return Name(text: source.fastText(token.range), range: token.range, isQuoted: false)
        case .string:
            let token = advance()
            return Name(text: source.stringValue(token.range), range: token.range, isQuoted: true)
        case .keyword(let keyword):
            throw fail(expected: expected(), help: Messages.quoteKeywordHelp(keyword))
        default:
            throw fail(expected: expected())
        }
    }

    // namelist = name { "," name }
    private mutating func parseNameList(after keyword: Keyword, allowEmpty: Bool) throws -> NameList {
        try parseNameList(afterToken: keyword.rawValue, allowEmpty: allowEmpty)
    }

    private mutating func parseNameList(afterToken: String, allowEmpty: Bool) throws -> NameList {
        var list = NameList()
        if allowEmpty, current.kind != .word, current.kind != .string { return list }
        list.names.append(try parseName(expected: Messages.expectedName(after: "`\(afterToken)`")))
        while current.kind == .comma {
            list.commas.append(advance().range)
            list.names.append(try parseName(expected: Messages.expectedName(after: "`,`")))
        }
        return list
    }

    // MARK: - Errors

    private mutating func expectTerminator() throws {
        guard current.isTerminator else {
            throw fail(expected: Messages.what.endOfStatement)
        }
    }

    /// Records "expected X, found Y" at the current token and returns the error to throw.
    private mutating func fail(expected: Text, help: Text? = nil) -> Failure {
        let token = current
        if token.kind != .invalid {
            report(Messages.unexpected(token, expected: expected, help: help, in: source))
        }
        return Failure()
    }

    private mutating func report(_ diagnostic: Diagnostic) {
        let line = source.lineIndex(of: diagnostic.range.start)
        guard linesWithErrors.insert(line).inserted else { return }
        diagnostics.append(diagnostic)
    }
}
