import NetplanBase

/// The reserved words of the language.
public enum Keyword: String, Sendable, CaseIterable {
    case network, kind, leader, codriver, reference, diamond
    case core, participant, group, via
    case phase, from, to, invite, needs, without
    case set, allow
    case unit, status, note, contact, `for`
    case meeting, on, `in`, place
    case use, person

    /// Keywords that begin a statement, in the order a plan usually has them.
    public static let statementStartersInOrder: [Keyword] = [
        .network, .leader, .codriver, .reference, .diamond, .use, .person, .core, .participant, .group, .phase, .meeting,
        .set,
    ]

    /// Keywords that begin a statement.
    public static let statementStarters = Set(statementStartersInOrder)

    /// The attributes of a declaration (`unit`, `status`, `note`, `contact`), in canonical order.
    public static let attributes: [Keyword] = [.unit, .status, .note, .contact]

    /// Keywords that begin a clause inside a phase.
    public static let phaseClauses: Set<Keyword> = [.invite, .needs, .without]

    private static let byText: [String: Keyword] = Dictionary(
        uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })

    /// The keyword spelled by `text`, if any.
    public static func lookup(_ text: String) -> Keyword? { byText[text] }

    /// The keywords' spellings as bytes, grouped by length, for lookups without allocation.
    private static let byLength: [[(bytes: [UInt8], keyword: Keyword)]] = {
        var table = [[(bytes: [UInt8], keyword: Keyword)]](repeating: [], count: 12)
        for keyword in allCases {
            let bytes = Array(keyword.rawValue.utf8)
            table[bytes.count].append((bytes, keyword))
        }
        return table
    }()

    /// The keyword spelled by the bytes, if any (no allocation).
    package static func lookup(bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Keyword? {
        let length = end - start
        guard length >= 2, length < byLength.count else { return nil }
        candidates: for candidate in byLength[length] {
            for offset in 0..<length where bytes[start + offset] != candidate.bytes[offset] {
                continue candidates
            }
            return candidate.keyword
        }
        return nil
    }
}

/// What a token is.
public enum TokenKind: Hashable, Sendable {
    /// A bare word: a name that is not a keyword.
    case word
    /// A double-quoted string.
    case string
    /// A reserved word.
    case keyword(Keyword)
    /// A word that starts with a digit: a number, a range such as `4-6`, a date.
    case literal
    case colon
    case comma
    case semicolon
    /// A line break (LF or CR LF).
    case newline
    /// Something the lexer could not read; a diagnostic says why.
    case invalid
    case endOfFile
}

/// One token with its byte range.
public struct Token: Hashable, Sendable {
    public var kind: TokenKind
    public var range: SourceRange

    public init(_ kind: TokenKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// Whether this token ends a statement.
    public var isTerminator: Bool {
        switch kind {
        case .newline, .semicolon, .endOfFile: return true
        default: return false
        }
    }
}

/// A `#` comment, kept for the formatter.
public struct Comment: Hashable, Sendable {
    /// The range from `#` to the end of the line (without the line break).
    public var range: SourceRange
    /// Whether code precedes the comment on its line.
    public var isTrailing: Bool

    public init(range: SourceRange, isTrailing: Bool) {
        self.range = range
        self.isTrailing = isTrailing
    }
}
