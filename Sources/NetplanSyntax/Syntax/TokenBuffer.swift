import NetplanBase

/// The tokens of a file, stored compactly: per token one kind byte and the
/// start and end offsets as `UInt32`, in three parallel arrays (9 bytes a
/// token instead of the 24 of a `Token` in an array), in the manner of Zig's
/// `Ast.zig`. Reading an element gives the readable `Token` back, so the
/// parser, `KnownNames` and the language server index it as they would an
/// array.
///
/// The end is stored, not found again by lexing: where a token ends depends
/// on what came before it (a date after `from` such as `1. marts 2027` is one
/// token with spaces; a word may hold zero-width characters), so re-lexing
/// one token is not a local operation.
///
/// Offsets fit in `UInt32` because no file larger than `PlanSize.maximumBytes`
/// is lexed (see `Lexer`).
public struct TokenBuffer: RandomAccessCollection, Equatable, Sendable {
    private var kinds: [UInt8] = []
    private var starts: [UInt32] = []
    private var ends: [UInt32] = []

    public init() {}

    public init(_ tokens: some Sequence<Token>) {
        for token in tokens { append(token.kind, token.range.start, token.range.end) }
    }

    package mutating func reserveCapacity(_ count: Int) {
        kinds.reserveCapacity(count)
        starts.reserveCapacity(count)
        ends.reserveCapacity(count)
    }

    /// Adds a token; the offsets are at most `PlanSize.maximumBytes`.
    package mutating func append(_ kind: TokenKind, _ start: Int, _ end: Int) {
        kinds.append(kind.code)
        starts.append(UInt32(truncatingIfNeeded: start))
        ends.append(UInt32(truncatingIfNeeded: end))
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { kinds.count }

    public subscript(index: Int) -> Token {
        get { Token(TokenKind(code: kinds[index]), SourceRange(Int(starts[index]), Int(ends[index]))) }
        set {
            kinds[index] = newValue.kind.code
            starts[index] = UInt32(truncatingIfNeeded: newValue.range.start)
            ends[index] = UInt32(truncatingIfNeeded: newValue.range.end)
        }
    }

    /// The kind of a token, without building its range.
    package func kind(at index: Int) -> TokenKind { TokenKind(code: kinds[index]) }

    /// The bytes the storage takes (for the benchmark and the tests).
    package var storageBytes: Int { kinds.count * (1 + 4 + 4) }

    /// Whether the tokens are those of the array, in order.
    public static func == (lhs: TokenBuffer, rhs: [Token]) -> Bool { lhs.elementsEqual(rhs) }
}

extension TokenKind {
    /// The kinds without a payload take the codes below `keywordBase`; a
    /// keyword is `keywordBase` plus its place in `Keyword.allCases`.
    private static let keywordBase: UInt8 = 16
    private static let keywords = Keyword.allCases

    /// This kind as one byte.
    package var code: UInt8 {
        switch self {
        case .word: return 0
        case .string: return 1
        case .literal: return 2
        case .colon: return 3
        case .comma: return 4
        case .semicolon: return 5
        case .newline: return 6
        case .invalid: return 7
        case .endOfFile: return 8
        case .keyword(let keyword): return Self.keywordBase &+ keyword.code
        }
    }

    /// The kind a byte from `code` stands for (an unknown byte reads as `invalid`).
    package init(code: UInt8) {
        switch code {
        case 0: self = .word
        case 1: self = .string
        case 2: self = .literal
        case 3: self = .colon
        case 4: self = .comma
        case 5: self = .semicolon
        case 6: self = .newline
        case 8: self = .endOfFile
        default:
            let index = Int(code) - Int(Self.keywordBase)
            if index >= 0, index < Self.keywords.count {
                self = .keyword(Self.keywords[index])
            } else {
                self = .invalid
            }
        }
    }
}

extension Keyword {
    /// The keyword's place in `allCases` (the order of declaration), as one byte.
    package var code: UInt8 {
        switch self {
        case .network: return 0
        case .kind: return 1
        case .leader: return 2
        case .codriver: return 3
        case .reference: return 4
        case .diamond: return 5
        case .core: return 6
        case .participant: return 7
        case .group: return 8
        case .via: return 9
        case .phase: return 10
        case .from: return 11
        case .to: return 12
        case .invite: return 13
        case .needs: return 14
        case .without: return 15
        case .set: return 16
        case .allow: return 17
        case .unit: return 18
        case .status: return 19
        case .note: return 20
        case .contact: return 21
        case .`for`: return 22
        case .meeting: return 23
        case .on: return 24
        case .`in`: return 25
        case .place: return 26
        case .use: return 27
        case .person: return 28
        }
    }
}
