import NetplanBase

/// Names and lists, and the slips people make in them: a name with spaces
/// written without quotes, `og` or a missing comma in a list, a comma too
/// many, a Danish or misspelt keyword, an empty name.
extension Parser {
    /// What a list holds: it decides which words are items of their own.
    enum ListKind {
        /// Participants and groups (`invite`, `without`).
        case people
        /// Competences (after a declaration's `:`, `needs`, `diamond`).
        case competences
    }

    /// The words that join two items in speech, not in a plan.
    static let conjunctions: Set<String> = ["og", "and", "samt"]

    /// The keywords that end a phase's list: the next clause, or `allow`.
    static let clauseEnders: Set<Keyword> = Keyword.phaseClauses.union([.allow, .note])

    package func token(at index: Int) -> Token { tokens[min(max(index, 0), tokens.count - 1)] }

    // MARK: - name = word | string

    mutating func parseName(after keyword: Keyword, allowEmpty: Bool = false) throws -> Name {
        try parseName(expected: SyntaxMessages.expectedName(after: "`\(keyword.rawValue)`"), allowEmpty: allowEmpty)
    }

    /// Parses a bare or quoted name. `expected` is only built when there is an
    /// error. A quoted name that is empty (or only spaces) is an error, except
    /// where `allowEmpty` leaves that to a later check (an `allow` reason, a
    /// setting's value).
    mutating func parseName(expected: @autoclosure () -> Text, allowEmpty: Bool = false) throws -> Name {
        switch current.kind {
        case .word:
            let token = advance()
            if let id = source.internedValue(token.range, quoted: false, in: names) {
                return Name(id: id, range: token.range, isQuoted: false, in: names)
            }
            return Name(text: source.fastText(token.range), range: token.range, isQuoted: false, in: names)
        case .string:
            let token = advance()
            if let id = source.internedValue(token.range, quoted: true, in: names) {
                return Name(id: id, range: token.range, isQuoted: true, in: names)
            }
            let text = source.stringValue(token.range)
            if !allowEmpty, Self.isBlank(text) {
                report(SyntaxMessages.emptyName(range: token.range))
                throw Failure()
            }
            return Name(text: text, range: token.range, isQuoted: true, in: names)
        case .keyword(let keyword):
            throw fail(expected: expected(), help: SyntaxMessages.quoteKeywordHelp(keyword))
        default:
            throw fail(expected: expected())
        }
    }

    /// An empty name, or one of spaces only (`""`, `"  "`): no name at all.
    static func isBlank(_ text: String) -> Bool {
        // A name that starts with a visible ASCII character is not blank (the usual case, without Unicode's tables).
        if let first = text.utf8.first, first > 0x20, first < 0x7F { return false }
        return text.unicodeScalars.allSatisfy { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
    }

    // MARK: - Names with spaces

    /// The tokens from the current one that can continue an unquoted name
    /// (words and whole numbers), up to the first that `stops`; nothing is consumed.
    func wordRun(stops: (Parser, Int) -> Bool) -> [Int] {
        var run: [Int] = []
        var index = position
        while index < tokens.count - 1, KnownNames.isNamePart(tokens[index], source), !stops(self, index) {
            run.append(index)
            index += 1
        }
        return run
    }

    /// Reads the tokens `start...last` as one name with spaces, as if written
    /// in quotes, and reports it with the line's fix.
    mutating func joinName(from start: Int, through last: Int) -> Name {
        let text = tokens[start...last].map { source.fastText($0.range) }.joined(separator: " ")
        let range = SourceRange(tokens[start].range.start, tokens[last].range.end)
        reportSlip(at: range, [Edit(range, Quoting.quoted(text))]) { fixed in
            SyntaxMessages.spacedName(text, range: range, fixed: fixed)
        }
        position = last + 1
        return Name(text: text, range: range, isQuoted: true, in: names)
    }

    /// A name that is alone in its place (the theme, a role, `via`, a phase):
    /// the words after a bare word are the rest of it, up to one that `stops`.
    mutating func parseWholeName(after keyword: Keyword, stops: (Parser, Int) -> Bool) throws -> Name {
        let start = position
        let name = try parseName(after: keyword)
        guard !name.isQuoted, let last = wordRun(stops: stops).last else { return name }
        return joinName(from: start, through: last)
    }

    // MARK: - Keywords written in Danish or misspelt

    /// Whether the word at `index` is the Danish word for `keyword` (exactly,
    /// in lower case): where it ends a name with spaces (`phase Opstart fra ...`).
    func isSlip(at index: Int, for keyword: Keyword) -> Bool {
        guard token(at: index).kind == .word else { return false }
        return KeywordSlip.danish[source.fastText(token(at: index).range)] == keyword
    }

    /// When the current word stands for one of `keywords` (see
    /// `KeywordSlip.find`), reports it and reads it as that keyword.
    @discardableResult
    mutating func acceptSlip(among keywords: Set<Keyword>, strict: Bool) -> Bool {
        guard current.kind == .word else { return false }
        let word = source.fastText(current.range)
        if strict, known.isName(word) { return false }
        guard let slip = slips.find(word, among: keywords, strict: strict) else { return false }
        let range = current.range
        reportSlip(at: range, [Edit(range, slip.keyword.rawValue)]) { fixed in
            SyntaxMessages.keywordSlip(word, slip, range: range, fixed: fixed)
        }
        tokens[position].kind = .keyword(slip.keyword)
        return true
    }

    // MARK: - namelist = name { "," name }

    /// Whether `text` is an item of its own in a list of `kind`.
    private func isItem(_ text: String, of kind: ListKind) -> Bool {
        switch kind {
        case .people: return known.isName(text)
        case .competences: return known.looksLikeCompetence(text)
        }
    }

    /// The text of a word or quoted name token.
    private func nameText(_ token: Token) -> String {
        token.kind == .string ? source.stringValue(token.range) : source.fastText(token.range)
    }

    /// Parses a list into `list`, so that what was read before an error is kept.
    /// `enders` are the keywords that may follow the list on its line.
    mutating func parseNameList(
        into list: inout NameList, after afterToken: String, of kind: ListKind, endedBy enders: Set<Keyword>
    ) throws {
        list.append(try parseListItem(SyntaxMessages.expectedName(after: "`\(afterToken)`"), of: kind, endedBy: enders), in: nameLists)
        try readPurpose(of: list.names.count - 1)
        while let previous = list.names.last {
            switch current.kind {
            case .comma:
                let comma = advance()
                if current.kind == .comma { skipExtraCommas(after: comma) }
                if current.isTerminator {
                    // `ressourcer,` at the end of the line.
                    let end = current
                    reportSlip(at: end.range, [Edit(SourceRange(previous.range.end, comma.range.end), "")]) { [source] fixed in
                        SyntaxMessages.commaAtTheEnd(end, in: source, fixed: fixed)
                    }
                    return
                }
                acceptSlip(among: enders, strict: true)
                if let keyword = currentKeyword, enders.contains(keyword) {
                    // `invite Erik, needs indsigt`
                    let found = current
                    reportSlip(at: found.range, [Edit(SourceRange(previous.range.end, found.range.start), " ")]) {
                        [source] fixed in SyntaxMessages.commaBeforeKeyword(found, in: source, fixed: fixed)
                    }
                    return
                }
                list.appendComma(comma.range, in: nameLists)
                list.append(try parseListItem(SyntaxMessages.expectedName(after: "`,`"), of: kind, endedBy: enders), in: nameLists)
                try readPurpose(of: list.names.count - 1)
            case .word, .string:
                let next = current
                let text = nameText(next)
                if next.kind == .word, Self.conjunctions.contains(text.lowercased()),
                    peek(1).kind == .word || peek(1).kind == .string
                {
                    // `faglighed og indsigt`
                    let following = peek(1)
                    let second = nameText(following)
                    reportSlip(at: next.range, [Edit(SourceRange(previous.range.end, following.range.start), ", ")]) { _ in
                        SyntaxMessages.missingComma(between: previous.text, and: second, word: text, range: next.range)
                    }
                    list.appendComma(advance().range, in: nameLists)
                } else if next.kind == .word, !isItem(text, of: kind), acceptSlip(among: enders, strict: true) {
                    return  // `invite Borgere behov indsigt`: the next clause
                } else if isItem(text, of: kind) {
                    // `invite Erik Bo`: two items without their comma.
                    let gap = SourceRange(previous.range.end, previous.range.end)
                    reportSlip(at: next.range, [Edit(gap, ",")]) { _ in
                        SyntaxMessages.missingComma(
                            between: previous.text, and: text, word: nil,
                            range: SourceRange(previous.range.start, next.range.end))
                    }
                    list.appendComma(gap, in: nameLists)
                } else {
                    return
                }
                list.append(try parseListItem(SyntaxMessages.expectedName(after: "`,`"), of: kind, endedBy: enders), in: nameLists)
                try readPurpose(of: list.names.count - 1)
            default:
                return
            }
        }
    }

    /// `for "purpose"` after the item at `item`, in an `invite` list; in
    /// any other list, `for` is an error that says where it belongs.
    private mutating func readPurpose(of item: Int) throws {
        // `invite Borgere formål "..."`: the Danish word, read as `for`.
        if purposes != nil, isSlip(at: position, for: .for) { acceptSlip(among: [.for], strict: true) }
        guard isKeyword(.for) else { return }
        guard purposes != nil else {
            throw fail(expected: Text(en: "`,` or the end of the list", da: "`,` eller slutningen af listen"),
                       help: SyntaxMessages.purposeOnlyAfterInvite)
        }
        var found = purposes ?? []
        defer { purposes = found }
        try parsePurpose(item: item, into: &found)
    }

    /// `faglighed,, indsigt`: skips the commas after `comma` and reports them.
    private mutating func skipExtraCommas(after comma: Token) {
        let extra = current
        while current.kind == .comma { _ = advance() }
        let resume = current.isTerminator ? extra.range.end : current.range.start
        let edit = Edit(SourceRange(comma.range.end, resume), current.isTerminator ? "" : " ")
        reportSlip(at: extra.range, [edit]) { [source] fixed in SyntaxMessages.extraComma(extra, in: source, fixed: fixed) }
    }

    /// One item of a list. A bare word followed by more words is one name
    /// with spaces (`invite Sanne Kjær`), unless the next word is an item of
    /// its own (a missing comma), `og`, or a keyword: the list deals with those.
    /// The longest run of words that is a name the plan knows wins.
    private mutating func parseListItem(_ expected: @autoclosure () -> Text, of kind: ListKind, endedBy enders: Set<Keyword>) throws -> Name {
        let start = position
        let name = try parseName(expected: expected())
        guard !name.isQuoted else { return name }
        let run = wordRun { _, _ in false }
        guard !run.isEmpty else { return name }
        var text = name.text
        var longestKnown: Int?
        for index in run {
            text += " " + source.fastText(tokens[index].range)
            let known = kind == .people ? known.isName(text) : known.isCompetence(text)
            if known { longestKnown = index }
        }
        if let longestKnown { return joinName(from: start, through: longestKnown) }
        let ownItem = { (parser: Parser, index: Int) -> Bool in
            let word = parser.source.fastText(parser.tokens[index].range)
            return Self.conjunctions.contains(word.lowercased()) || parser.isItem(word, of: kind)
                || (!parser.known.isName(word) && KeywordSlip.find(word, among: enders, strict: true) != nil)
                || (parser.purposes != nil && parser.isSlip(at: index, for: .for))
        }
        guard let last = wordRun(stops: ownItem).last else { return name }
        return joinName(from: start, through: last)
    }
}
