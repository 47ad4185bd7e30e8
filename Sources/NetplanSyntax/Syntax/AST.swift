import NetplanBase

/// A name as written: a bare word or a quoted string.
public struct Name: Hashable, Sendable {
    /// The name's value (quotes and escapes removed).
    public var text: String
    /// The range of the token, quotes included.
    public var range: SourceRange
    /// Whether it was written in quotes.
    public var isQuoted: Bool

    public init(text: String, range: SourceRange, isQuoted: Bool) {
        self.text = text
        self.range = range
        self.isQuoted = isQuoted
    }
}

/// A comma-separated list of names, with the range of each comma.
public struct NameList: Hashable, Sendable {
    public var names: [Name]
    public var commas: [SourceRange]

    public init(names: [Name] = [], commas: [SourceRange] = []) {
        self.names = names
        self.commas = commas
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

    package var keyword: Keyword {
        switch self {
        case .core: return .core
        case .participant: return .participant
        case .group: return .group
        }
    }
}

/// `network NAME [kind NAME]`
public struct NetworkDecl: Hashable, Sendable {
    public var name: Name
    public var kindKeyword: SourceRange?
    public var kind: Name?
}

/// `leader NAME`, `codriver NAME`, `reference NAME`
public struct RoleDecl: Hashable, Sendable {
    public var role: RoleKind
    public var name: Name
}

/// `diamond C, C, C, C`
public struct DiamondDecl: Hashable, Sendable {
    public var competences: NameList
}

/// `core|participant|group NAME [: C, ...] [via NAME]`
public struct ParticipantDecl: Hashable, Sendable {
    public var kind: ParticipantKind
    public var name: Name
    public var colon: SourceRange?
    public var competences: NameList
    public var viaKeyword: SourceRange?
    public var via: Name?
    /// `kind NAME`: the built-in actor category the participant or group
    /// belongs to (`group Seniorrådet: indsigt kind Borgere`).
    public var categoryKeyword: SourceRange? = nil
    public var category: Name? = nil
}

/// A clause of a phase: `invite N, ...`, `needs C, ...` or `without N, ...`.
public struct PhaseClause: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case invite, needs, without
    }
    public var kind: Kind
    public var keyword: SourceRange
    public var items: NameList
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

    /// All items of clauses of one kind, in order.
    public func items(_ kind: PhaseClause.Kind) -> [Name] {
        clauses.filter { $0.kind == kind }.flatMap { $0.items.names }
    }
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

/// One statement of a plan.
public struct Statement: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case network(NetworkDecl)
        case role(RoleDecl)
        case diamond(DiamondDecl)
        case participant(ParticipantDecl)
        case phase(PhaseDecl)
        case setting(SettingDecl)
        case error(ErrorNode)
    }

    public var kind: Kind
    /// The range of the leading keyword (for an error node, its first token).
    public var keyword: SourceRange
    /// The whole statement, from its keyword to its last token.
    public var range: SourceRange
    /// An `allow` clause at its end, if any.
    public var suppression: Suppression?

    public var isError: Bool {
        if case .error = kind { return true }
        return false
    }
}

/// The syntax tree of one plan file.
public struct SyntaxTree: Sendable {
    public var source: SourceFile
    public var statements: [Statement]
    public var comments: [Comment]
    /// Lexical and syntax diagnostics.
    public var diagnostics: [Diagnostic]

    /// Whether the file has a syntax (or lexical) error.
    public var hasSyntaxErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
