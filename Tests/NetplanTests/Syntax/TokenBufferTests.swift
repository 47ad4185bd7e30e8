import Testing
@testable import NetplanBase
@testable import NetplanSyntax
@testable import NetplanTesting

/// The compact token store (issue 16): one kind byte and two `UInt32`
/// offsets a token, read back as the same `Token`s the lexer made.
@Suite struct TokenBufferTests {
    static let plainKinds: [TokenKind] = [
        .word, .string, .literal, .colon, .comma, .semicolon, .newline, .invalid, .endOfFile,
    ]

    @Test func everyKindSurvivesItsByte() {
        let kinds = Self.plainKinds + Keyword.allCases.map { TokenKind.keyword($0) }
        #expect(Set(kinds.map(\.code)).count == kinds.count)  // no two kinds share a byte
        for kind in kinds { #expect(TokenKind(code: kind.code) == kind) }
    }

    @Test func anUnknownByteReadsAsInvalid() {
        let used = Set((Self.plainKinds + Keyword.allCases.map { TokenKind.keyword($0) }).map(\.code))
        for code in UInt8.min...UInt8.max where !used.contains(code) {
            #expect(TokenKind(code: code) == .invalid)
        }
    }

    @Test func readsBackWhatWasStoredAndCanChangeAKind() {
        let tokens = [
            Token(.keyword(.core), SourceRange(0, 4)), Token(.word, SourceRange(5, 9)),
            Token(.newline, SourceRange(9, 11)), Token(.endOfFile, SourceRange(11, 11)),
        ]
        var buffer = TokenBuffer(tokens)
        #expect(buffer == tokens)
        #expect(Array(buffer) == tokens)
        #expect(buffer.kind(at: 0) == .keyword(.core))
        buffer[1].kind = .keyword(.phase)  // what the parser does for a slip such as `fase`
        #expect(buffer[1] == Token(.keyword(.phase), SourceRange(5, 9)))
        #expect(buffer[0] == tokens[0] && buffer[2] == tokens[2])
    }

    @Test func offsetsNearTheLimitAreKept() {
        let far = PlanSize.maximumBytes
        let buffer = TokenBuffer([Token(.word, SourceRange(far - 3, far)), Token(.endOfFile, SourceRange(far, far))])
        #expect(buffer[0].range == SourceRange(far - 3, far))
        #expect(buffer[1].range == SourceRange(far, far))
    }

    /// The lexer's tokens of a generated plan take 9 bytes each, not the 24 of
    /// `[Token]` with `Int` offsets (16 since `SourceRange` holds two 32-bit offsets).
    @Test func aGeneratedPlansTokensTakeNineBytesEach() {
        let source = SourceFile(path: "p", text: PlanGenerator(seed: 16).healthyPlan(lines: 2_000).text)
        let tokens = Lexer(source: source).tokenize().tokens
        #expect(tokens.count > 2_000)
        #expect(tokens.storageBytes == 9 * tokens.count)
        #expect(tokens.storageBytes < MemoryLayout<Token>.stride * tokens.count)
    }

    // MARK: A file larger than the offsets hold

    @Test func aFileOverTheLimitIsOneErrorAndNoTokens() {
        let source = SourceFile(path: "big", text: "core Anne: faglighed\n")
        let stream = Lexer(source: source, maximumBytes: 10).tokenize()
        #expect(stream.tokens == [Token(.endOfFile, SourceRange(0, 0))])
        #expect(stream.diagnostics.count == 1)
        let diagnostic = stream.diagnostics.first
        #expect(diagnostic?.severity == .error)
        #expect(diagnostic?.code == SyntaxMessages.unexpectedTokenCode)
        #expect(diagnostic?.message.en == "this file cannot be read: it is larger than 0 MB")
        #expect(diagnostic?.message.da == "filen kan ikke læses: den er større end 0 MB")
    }

    @Test func aFileAtTheLimitIsLexed() {
        let text = "core Anne\n"
        let stream = Lexer(source: SourceFile(path: "p", text: text), maximumBytes: text.utf8.count).tokenize()
        #expect(stream.diagnostics.isEmpty)
        #expect(stream.tokens.map(\.kind) == [.keyword(.core), .word, .newline, .endOfFile])
    }
}
