import NetplanBase

/// Attributes of declarations and phases (`unit`, `status`, `note`,
/// `contact`), purposes of invitations (`for`) and meetings.
extension Parser {
    /// The keywords that may follow a declaration's name, list or `via`.
    static let declarationEnders: Set<Keyword> = [.via, .kind, .allow, .unit, .status, .note, .contact]

    // attribute = ( "unit" | "status" | "note" | "contact" ) value
    /// Reads one attribute at the current keyword into `attributes`. A
    /// repeated attribute is an error; the first is kept, the line reads on.
    mutating func parseAttribute(into attributes: inout [Attribute]) throws {
        let token = advance()
        guard case .keyword(let keyword) = token.kind, let kind = AttributeKind(keyword) else { return }
        let value = try parseAttributeValue(after: keyword)
        let attribute = Attribute(kind: kind, keyword: token.range, value: value)
        if let first = attributes.first(kind) {
            report(SyntaxMessages.repeatedAttribute(keyword.rawValue, first: first.range, again: attribute.range))
            return
        }
        attributes.append(attribute)
    }

    /// The value after `unit`, `status`, `note`, `contact`, `for` or `place`:
    /// a quoted text, or one word (`status bekræftet`, `unit Jobcentret`).
    mutating func parseAttributeValue(after keyword: Keyword) throws -> Name {
        switch current.kind {
        case .string:
            return try parseName(after: keyword, allowEmpty: keyword == .note)
        case .word, .literal:
            let token = advance()
            let text = token.kind == .word ? source.fastText(token.range) : source.text(token.range)
            return Name(text: text, range: token.range, isQuoted: false, in: names)
        default:
            throw fail(
                expected: SyntaxMessages.expectedAfterKeyword(SyntaxMessages.expectedAttributeValue, after: keyword),
                help: SyntaxMessages.attributeHelp(keyword))
        }
    }

    /// Whether the current token starts an attribute (also a Danish word for one).
    mutating func atAttribute() -> Bool {
        if current.kind == .word { acceptSlip(among: Set(Keyword.attributes), strict: true) }
        guard let keyword = currentKeyword else { return false }
        return Keyword.attributes.contains(keyword)
    }

    /// `for "purpose"` after the item at `item` of an `invite` list.
    mutating func parsePurpose(item: Int, into purposes: inout [InvitePurpose]) throws {
        let keyword = advance()
        let text = try parseAttributeValue(after: .for)
        purposes.append(InvitePurpose(item: item, keyword: keyword.range, text: text))
    }

    // meeting = "meeting" name "on" DATE [ TIME ] { "in" name | "place" value | "note" value }
    mutating func parseMeeting() throws -> Statement {
        let keyword = advance()
        let name = try parseWholeName(after: .meeting) { parser, index in parser.isSlip(at: index, for: .on) }
        var decl = MeetingDecl(name: name)
        let statement = { (decl: MeetingDecl) in
            let ends = [
                decl.name.range.end, decl.date?.range.end ?? 0, decl.time?.range.end ?? 0, decl.phase?.range.end ?? 0,
                decl.place?.range.end ?? 0, decl.note?.range.end ?? 0,
            ]
            return Statement(
                kind: .meeting(decl), keyword: keyword.range, range: SourceRange(keyword.range.start, ends.max() ?? 0))
        }
        do {
            acceptSlip(among: [.on], strict: true)
            guard isKeyword(.on) else { throw fail(expected: SyntaxMessages.expectedMeetingDate) }
            decl.onKeyword = advance().range
            decl.date = try parseDate(after: .on)
            if current.kind == .literal { decl.time = parseTime() }
            while true {
                if current.kind == .word { acceptSlip(among: [.in, .place, .note], strict: true) }
                switch currentKeyword {
                case .in where decl.phase == nil:
                    decl.inKeyword = advance().range
                    decl.phase = try parseWholeName(after: .in) { parser, index in
                        parser.isSlip(at: index, for: .place) || parser.isSlip(at: index, for: .note)
                    }
                case .place where decl.place == nil:
                    decl.placeKeyword = advance().range
                    decl.place = try parseAttributeValue(after: .place)
                case .note:
                    var notes = decl.note.map { [$0] } ?? []
                    try parseAttribute(into: &notes)
                    decl.note = notes.first
                case .in, .place:
                    let token = current
                    let first = token.kind == .keyword(.in) ? decl.inKeyword : decl.placeKeyword
                    _ = advance()
                    let value = try parseAttributeValue(after: token.kind == .keyword(.in) ? .in : .place)
                    report(
                        SyntaxMessages.repeatedAttribute(
                            source.text(token.range), first: first ?? token.range, again: token.range.union(value.range)))
                default:
                    return statement(decl)
                }
            }
        } catch {
            partial = statement(decl)
            throw error
        }
    }

    /// `14.00-16.00` after a meeting's date. A time netplan cannot read is an
    /// error, and the meeting has no time; `14:00` gets a hint of its own.
    private mutating func parseTime() -> TimeSpan {
        let token = advance()
        var range = token.range
        var text = source.text(token.range)
        // `14:00-16:00` is lexed as `14` `:` `00-16` `:` `00`: take it as one.
        while current.kind == .colon, peek(1).kind == .literal, current.range.start == range.end {
            _ = advance()
            let next = advance()
            range = range.union(next.range)
            text = source.text(range)
        }
        guard let minutes = TimeSpan.minutes(text) else {
            let meant = text.replacingOccurrences(of: ":", with: ".")
            if meant != text, let minutes = TimeSpan.minutes(meant) {
                // `14:00-16:00`: a slip like a date written another way; the line's fix writes it as meant.
                let written = text
                reportSlip(at: range, [Edit(range, meant)]) { fixed in
                    var diagnostic = SyntaxMessages.invalidTime(written, range: range)
                    diagnostic.help = SyntaxMessages.colonInTime + Text(en: ": `\(fixed)`", da: ": `\(fixed)`")
                    return diagnostic
                }
                return TimeSpan(text: meant, range: range, start: minutes.start, end: minutes.end)
            }
            report(SyntaxMessages.invalidTime(text, range: range))
            return TimeSpan(text: text, range: range, start: nil, end: nil)
        }
        return TimeSpan(text: text, range: range, start: minutes.start, end: minutes.end)
    }
}
