import NetplanBase

/// Phases, their dates and clauses, settings and suppressions.
extension Parser {
    // phase = "phase" name [ dates ] [ ":" { clause } ]
    mutating func parsePhase() throws -> Statement {
        let keyword = advance()
        let name = try parseWholeName(after: .phase) { parser, index in
            (parser.isSlip(at: index, for: .from) && parser.token(at: index + 1).kind == .literal)
                || Keyword.phaseClauses.union([.note]).contains { parser.isSlip(at: index, for: $0) }
        }
        var decl = PhaseDecl(name: name, dates: nil, colon: nil, clauses: [])
        var end = name.range.end
        do {
            if peek(1).kind == .literal { acceptSlip(among: [.from], strict: true) }
            if isKeyword(.from) {
                let dates = try parseDates()
                decl.dates = dates
                end = (dates.end?.range ?? dates.start.range).end
            }
            if isSlip(at: position, for: .note) { acceptSlip(among: [.note], strict: true) }
            if isKeyword(.note) {
                try parsePhaseNote(into: &decl)
                end = decl.note?.range.end ?? end
            }
            if current.kind == .colon {
                decl.colon = advance().range
                end = decl.colon?.end ?? end
            } else if missingClauseColon(after: end, phase: name) {
                // `phase Opstart without Bo`: read as if the colon were there.
                decl.colon = SourceRange(end, end)
            }
            if decl.colon != nil {
                var afterColon = true
                while true {
                    // Right after `:` only a clause can come, so any close word is one;
                    // after a list, a capitalised word may be a name.
                    if current.kind == .word, !acceptSlip(among: Self.clauseEnders, strict: !afterColon) { break }
                    if isKeyword(.note) {
                        try parsePhaseNote(into: &decl)
                        end = max(end, decl.note?.range.end ?? end)
                        continue
                    }
                    guard let keyword = currentKeyword, Keyword.phaseClauses.contains(keyword) else { break }
                    afterColon = false
                    try parseClause(into: &decl.clauses)
                    end = max(end, decl.clauses.last.map(Self.clauseEnd) ?? end)
                }
                if !current.isTerminator, !isKeyword(.allow) {
                    throw fail(expected: SyntaxMessages.expectedClause)
                }
            }
        } catch {
            if let last = decl.clauses.last { end = max(end, Self.clauseEnd(last)) }
            partial = Statement(kind: .phase(decl), keyword: keyword.range, range: SourceRange(keyword.range.start, end))
            throw error
        }
        return Statement(kind: .phase(decl), keyword: keyword.range, range: SourceRange(keyword.range.start, end))
    }

    /// Where a clause ends: its last name, or the purpose after it.
    static func clauseEnd(_ clause: PhaseClause) -> Int {
        max(clause.items.names.last?.range.end ?? clause.keyword.end, clause.purposes.last?.text.range.end ?? 0)
    }

    /// `note "..."` on a phase, at most once.
    private mutating func parsePhaseNote(into decl: inout PhaseDecl) throws {
        var notes = decl.note.map { [$0] } ?? []
        try parseAttribute(into: &notes)
        decl.note = notes.first
    }

    // dates = "from" DATE "to" DATE
    private mutating func parseDates() throws -> DateSpan {
        let from = advance()
        let start = try parseDate(after: .from)
        acceptSlip(among: [.to], strict: true)
        guard isKeyword(.to) else {
            throw fail(expected: SyntaxMessages.expectedAfterKeyword(SyntaxMessages.what.to, after: .from, value: start.text))
        }
        let to = advance()
        let end = try parseDate(after: .to)
        return DateSpan(fromKeyword: from.range, start: start, toKeyword: to.range, end: end)
    }

    /// A date that is not `YYYY-MM-DD` is an error, but the phase goes on:
    /// written another way (`1/3-2027`, `1. marts 2027`), the error proposes
    /// the date and the phase has it; otherwise the phase has no date. So a
    /// date never takes the phase, or the rest of its line, with it.
    mutating func parseDate(after keyword: Keyword) throws -> DateLiteral {
        guard current.kind == .literal else {
            throw fail(expected: SyntaxMessages.expectedAfterKeyword(SyntaxMessages.what.date, after: keyword))
        }
        let token = advance()
        let text = source.text(token.range)
        switch CalendarDate.read(text) {
        case .date(let value):
            return DateLiteral(text: text, range: token.range, value: value)
        case .tooLate:
            report(SyntaxMessages.dateTooLate(text, range: token.range))
            return DateLiteral(text: text, range: token.range, value: nil)
        case .notADate:
            switch WrittenDate.read(text) {
            case .meant(let date) where date > CalendarDate.latest:
                report(SyntaxMessages.dateTooLate(text, range: token.range))
            case .meant(let date):
                // A slip like a Danish keyword: the line's fix writes the date as meant.
                let range = token.range
                reportSlip(at: range, [Edit(range, date.description)]) { _ in
                    SyntaxMessages.dateWrittenAnotherWay(text, meant: date, range: range)
                }
                return DateLiteral(text: text, range: token.range, value: date)
            case .noYear(let month, let day):
                report(SyntaxMessages.dateWithoutYear(text, month: month, day: day, range: token.range))
            case .impossible:
                report(SyntaxMessages.impossibleDate(text, range: token.range))
            case .unreadable:
                report(SyntaxMessages.invalidDate(text, range: token.range))
            }
            return DateLiteral(text: text, range: token.range, value: nil)
        }
    }

    // clause = ( "invite" | "needs" | "without" ) namelist
    /// Appends the clause, also when its list breaks after some names.
    private mutating func parseClause(into clauses: inout [PhaseClause]) throws {
        let token = advance()
        let kind: PhaseClause.Kind
        let keyword: Keyword
        switch token.kind {
        case .keyword(.needs): kind = .needs; keyword = .needs
        case .keyword(.without): kind = .without; keyword = .without
        default: kind = .invite; keyword = .invite
        }
        var clause = PhaseClause(kind: kind, keyword: token.range, items: NameList())
        purposes = kind == .invite ? [] : nil
        defer { purposes = nil }
        do {
            try parseNameList(
                into: &clause.items, after: keyword.rawValue, of: kind == .needs ? .competences : .people,
                endedBy: Self.clauseEnders)
        } catch {
            clause.purposes = purposes ?? []
            if !clause.items.names.isEmpty { clauses.append(clause) }
            throw error
        }
        clause.purposes = purposes ?? []
        clauses.append(clause)
    }

    // setting = "set" name value
    mutating func parseSetting() throws -> Statement {
        let keyword = advance()
        let name = try parseName(after: .set)
        let value: Name
        switch current.kind {
        case .word, .literal, .keyword(.note):
            // `note` is a keyword and a severity: `set core-team-size note`.
            let token = advance()
            value = Name(text: source.text(token.range), range: token.range, isQuoted: false, in: names)
        case .string:
            value = try parseName(after: .set, allowEmpty: true)
        default:
            throw fail(expected: SyntaxMessages.expectedSettingValue(name.text))
        }
        return Statement(
            kind: .setting(SettingDecl(name: name, value: value)), keyword: keyword.range,
            range: SourceRange(keyword.range.start, value.range.end))
    }

    // suppression = "allow" name string
    /// Whether a clause (or a slip for one) follows the phase's name or dates
    /// without the colon before it; if so, the slip is reported with the
    /// fixed line and the clause can be read.
    private mutating func missingClauseColon(after end: Int, phase name: Name) -> Bool {
        if current.kind == .word { _ = acceptSlip(among: Keyword.phaseClauses, strict: true) }
        guard let keyword = currentKeyword, Keyword.phaseClauses.contains(keyword) else { return false }
        let found = current
        let said = SyntaxMessages.shorten("phase \(source.text(name.range))")
        reportSlip(at: found.range, [Edit(SourceRange(end, end), ":")]) { [source] fixed in
            SyntaxMessages.missingClauseColon(statement: said, found: found, in: source, fixed: fixed)
        }
        return true
    }

    mutating func parseSuppression() throws -> Suppression {
        let keyword = advance()
        let rule = try parseName(after: .allow)
        guard current.kind == .string else {
            throw fail(
                expected: SyntaxMessages.expectedReason(rule.text),
                help: SyntaxMessages.reasonHelp(rule: rule.text, statement: source.text(keyword.range.union(rule.range))))
        }
        let reason = try parseName(after: .allow, allowEmpty: true)
        return Suppression(keyword: keyword.range, rule: rule, reason: reason)
    }
}
