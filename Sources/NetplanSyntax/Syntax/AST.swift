import NetplanBase

/// A name as written: a bare word or a quoted string.
///
/// A name is its id in the workspace's `NameTable` and its range: the text
/// is stored once in the table, however often it is written. Two names are
/// equal when they are written alike at the same place; within one table
/// that compares integers.
public struct Name: Hashable, Sendable {
    /// The table holding the text.
    public let table: NameTable
    /// The text's id in `table`, exactly as written (quotes and escapes removed).
    public var id: NameID
    /// The range of the token, quotes included.
    public var range: SourceRange
    /// Whether it was written in quotes.
    public var isQuoted: Bool

    /// The name's value (quotes and escapes removed).
    public var text: String { table.text(id) }

    /// A name interned in `table`.
    public init(text: String, range: SourceRange, isQuoted: Bool, in table: NameTable) {
        self.init(id: table.internWritten(text), range: range, isQuoted: isQuoted, in: table)
    }

    /// A name with a table of its own, for a name made outside a parse.
    public init(text: String, range: SourceRange, isQuoted: Bool) {
        self.init(text: text, range: range, isQuoted: isQuoted, in: NameTable())
    }

    /// A name already interned.
    public init(id: NameID, range: SourceRange, isQuoted: Bool, in table: NameTable) {
        self.table = table
        self.id = id
        self.range = range
        self.isQuoted = isQuoted
    }

    /// The same text at another place.
    public func moved(to range: SourceRange) -> Name {
        Name(id: id, range: range, isQuoted: isQuoted, in: table)
    }

    public static func == (a: Name, b: Name) -> Bool {
        guard a.range == b.range, a.isQuoted == b.isQuoted else { return false }
        guard a.table === b.table else { return a.text == b.text }
        // Like `String`'s equality: composed and decomposed accents are equal.
        return a.id == b.id || a.table.canonical(a.id) == a.table.canonical(b.id)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(range)
        hasher.combine(isQuoted)
    }
}

/// The three roles a plan names.
public enum RoleKind: String, Hashable, Sendable, CaseIterable {
    case leader, codriver, reference

    package var keyword: Keyword {
        switch self {
        case .leader: return .leader
        case .codriver: return .codriver
        case .reference: return .reference
        }
    }
}

/// How a participant takes part.
public enum ParticipantKind: String, Hashable, Sendable {
    /// A core participant (kernedeltager): in every phase.
    case core
    /// A participant involved as needed: only where invited.
    case participant
    /// A group of actors.
    case group
    /// A person of a register (`person "Anne Krogh": faglighed`): who they are,
    /// without a kind; a plan that uses the register makes them `core` or `participant`.
    case person

    package var keyword: Keyword {
        switch self {
        case .core: return .core
        case .participant: return .participant
        case .group: return .group
        case .person: return .person
        }
    }
}

/// `network NAME [kind NAME]`
public struct NetworkDecl: Hashable, Sendable {
    public var name: Name
    public var kindKeyword: SourceRange?
    public var kind: Name?
}

/// What an attribute says about a person, a group or a phase.
public enum AttributeKind: String, Hashable, Sendable, CaseIterable {
    /// `unit STRING`: the department, institution or organisation they come from.
    case unit
    /// `status WORD`: where recruitment stands (`foreslået`, `kontaktet`, `bekræftet`, `afslået`).
    case status
    /// `note STRING`: free text for people.
    case note
    /// `contact STRING`: how to reach them (an e-mail address lets calendars invite them).
    case contact

    package var keyword: Keyword {
        switch self {
        case .unit: return .unit
        case .status: return .status
        case .note: return .note
        case .contact: return .contact
        }
    }

    package init?(_ keyword: Keyword) {
        switch keyword {
        case .unit: self = .unit
        case .status: self = .status
        case .note: self = .note
        case .contact: self = .contact
        default: return nil
        }
    }
}

/// `unit "Ældre og Handicap"`, `status bekræftet`, `note "..."`, `contact "..."`
public struct Attribute: Hashable, Sendable {
    public var kind: AttributeKind
    public var keyword: SourceRange
    public var value: Name

    public var range: SourceRange { keyword.union(value.range) }

    public init(kind: AttributeKind, keyword: SourceRange, value: Name) {
        self.kind = kind
        self.keyword = keyword
        self.value = value
    }
}

extension Array where Element == Attribute {
    /// The attribute of a kind, if written.
    public func first(_ kind: AttributeKind) -> Attribute? { first { $0.kind == kind } }

    /// The value of the attribute of a kind, if written.
    public func value(_ kind: AttributeKind) -> String? { first(kind)?.value.text }
}

/// `leader NAME [attribute ...]`, `codriver NAME ...`, `reference NAME ...`
public struct RoleDecl: Hashable, Sendable {
    public var role: RoleKind
    public var name: Name
    /// `unit`, `status`, `note`, `contact`, each at most once, in the order written.
    public var attributes: [Attribute] = []
}

/// `diamond C, C, C, C`
public struct DiamondDecl: Hashable, Sendable {
    public var competences: NameList
}

/// `for "purpose"` after an invited name: why that person or group takes part in the phase.
public struct InvitePurpose: Hashable, Sendable {
    /// The index of the name in its clause's list.
    public var item: Int
    public var keyword: SourceRange
    public var text: Name
}

/// A clause of a phase: `invite N, ...`, `needs C, ...` or `without N, ...`.
public struct PhaseClause: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case invite, needs, without
    }
    public var kind: Kind
    public var keyword: SourceRange
    public var items: NameList
    /// `for "..."` after names of an `invite` list.
    public var purposes: [InvitePurpose] = []

    /// The purpose written after the item at `index`, if any.
    public func purpose(of index: Int) -> InvitePurpose? { purposes.first { $0.item == index } }
}

/// A date as written (`2026-03-01`), with its checked value when valid.
public struct DateLiteral: Hashable, Sendable {
    public var text: String
    public var range: SourceRange
    /// Year, month and day, when the text is a real calendar date.
    public var value: CalendarDate?
}

/// `from DATE to DATE` on a phase.
public struct DateSpan: Hashable, Sendable {
    public var fromKeyword: SourceRange
    public var start: DateLiteral
    public var toKeyword: SourceRange?
    public var end: DateLiteral?
}

/// `phase NAME [from DATE to DATE] [: clause ...]`
public struct PhaseDecl: Hashable, Sendable {
    public var name: Name
    public var dates: DateSpan?
    public var colon: SourceRange?
    public var clauses: [PhaseClause]
    /// `note "..."` on the phase.
    public var note: Attribute? = nil

    /// All items of clauses of one kind, in order.
    public func items(_ kind: PhaseClause.Kind) -> [Name] {
        clauses.filter { $0.kind == kind }.flatMap { $0.items.names }
    }
}

/// A time of day range as written (`14.00-16.00`), with its value when valid.
public struct TimeSpan: Hashable, Sendable {
    public var text: String
    public var range: SourceRange
    /// Minutes after midnight of the start and the end, when the text is a valid range.
    public var start: Int?
    public var end: Int?

    /// Reads `HH.MM-HH.MM` (also `H.MM`): nil when it is not one.
    public static func minutes(_ text: String) -> (start: Int, end: Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let start = clock(parts[0]), let end = clock(parts[1]) else { return nil }
        return (start, end)
    }

    /// `14.00` as minutes after midnight; nil unless hours 0-24 and minutes 00-59 (24.00 only as itself).
    static func clock(_ text: Substring) -> Int? {
        let pieces = text.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count == 2, (1...2).contains(pieces[0].count), pieces[1].count == 2,
            pieces.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let hours = Int(pieces[0]), let minutes = Int(pieces[1]), minutes < 60, hours < 24 || (hours == 24 && minutes == 0)
        else { return nil }
        return hours * 60 + minutes
    }

    /// `14.00` for minutes after midnight.
    public static func clockText(_ minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        return "\(hours < 10 ? "0" : "")\(hours).\(rest < 10 ? "0" : "")\(rest)"
    }
}

/// `meeting NAME on DATE [TIME-TIME] [in PHASE] [place STRING] [note STRING]`
public struct MeetingDecl: Hashable, Sendable {
    public var name: Name
    public var onKeyword: SourceRange?
    public var date: DateLiteral?
    public var time: TimeSpan?
    public var inKeyword: SourceRange?
    /// The phase named after `in`, as written.
    public var phase: Name?
    /// `place "..."`
    public var placeKeyword: SourceRange?
    public var place: Name?
    /// `note "..."`
    public var note: Attribute?
}

/// `use "personer.netplan"`: loads a register, a file relative to the plan's folder.
public struct UseDecl: Hashable, Sendable {
    /// The path as written (quotes removed).
    public var path: Name
}

/// `set NAME VALUE`: a setting such as `set core-team 4-6` or `set lonely-core off`.
public struct SettingDecl: Hashable, Sendable {
    public var name: Name
    /// The value token's text and range (a word, a literal or a string).
    public var value: Name
}

/// `allow RULE "reason"` at the end of a statement: silences one rule there.
public struct Suppression: Hashable, Sendable {
    public var keyword: SourceRange
    public var rule: Name
    public var reason: Name?

    public var range: SourceRange {
        var range = keyword.union(rule.range)
        if let reason { range = range.union(reason.range) }
        return range
    }
}

/// A statement that could not be parsed; kept so nothing is silently dropped.
public struct ErrorNode: Hashable, Sendable {
    /// The tokens the parser skipped, as one range.
    public var skipped: SourceRange
}

/// One statement of a plan, as read from the tree's `StatementList`.
///
/// A value to match on: the tree keeps its statements as fixed-size
/// records and each declaration in the array of its kind (`StatementList`),
/// and builds this value when a statement is read. A pass over one kind
/// reads the typed view of that kind (`statements.participants`) instead.
///
/// The value is moved about as the parser builds it and when it is read, so
/// the two largest and rarer declarations (a phase, a meeting: over 200
/// bytes each) are boxed in it, and the others, a participant's above all,
/// are not: the value is the size of a participant's declaration.
public struct Statement: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case network(NetworkDecl)
        case role(RoleDecl)
        case diamond(DiamondDecl)
        case participant(ParticipantDecl)
        indirect case phase(PhaseDecl)
        indirect case meeting(MeetingDecl)
        case setting(SettingDecl)
        case use(UseDecl)
        case error(ErrorNode)
    }

    public var kind: Kind
    /// The range of the leading keyword (for an error node, its first token).
    public var keyword: SourceRange
    /// The whole statement, from its keyword to its last token.
    public var range: SourceRange
    /// An `allow` clause at its end, if any.
    public var suppression: Suppression?

    package init(kind: Kind, keyword: SourceRange, range: SourceRange, suppression: Suppression? = nil) {
        self.kind = kind
        self.keyword = keyword
        self.range = range
        self.suppression = suppression
    }

    public var isError: Bool {
        if case .error = kind { return true }
        return false
    }
}

/// The syntax tree of one plan file.
public struct SyntaxTree: Sendable {
    public var source: SourceFile
    /// The statements, in the order written.
    public var statements: StatementList
    public var comments: [Comment]
    /// Lexical and syntax diagnostics.
    public var diagnostics: [Diagnostic]
    /// The texts of the tree's names (shared with the other files of its workspace).
    public var names: NameTable

    /// Whether the file has a syntax (or lexical) error.
    public var hasSyntaxErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
