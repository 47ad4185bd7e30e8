import Testing
@testable import NetplanBase
@testable import NetplanSyntax

@Suite struct LexerTests {
    private func lex(_ text: String) -> (SourceFile, TokenStream) {
        let file = SourceFile(path: "t", text: text)
        return (file, Lexer(source: file).tokenize())
    }

    private func lex(bytes: [UInt8]) -> (SourceFile, TokenStream) {
        let file = SourceFile(path: "t", bytes: bytes)
        return (file, Lexer(source: file).tokenize())
    }

    /// Kinds and texts of all tokens but the end of file.
    private func tokens(_ text: String) -> [(TokenKind, String)] {
        let (file, stream) = lex(text)
        return stream.tokens.dropLast().map { ($0.kind, file.text($0.range)) }
    }

    private func kinds(_ text: String) -> [TokenKind] { tokens(text).map(\.0) }

    // MARK: Token kinds and ranges

    @Test func everyTokenKindWithExactRanges() {
        let text = "core \"Bo N\": faglighed, indsigt; set x 4-6\n#c\r\n@ 2026-03-01"
        let (_, stream) = lex(text)
        let expected: [Token] = [
            Token(.keyword(.core), SourceRange(0, 4)),
            Token(.string, SourceRange(5, 11)),
            Token(.colon, SourceRange(11, 12)),
            Token(.word, SourceRange(13, 22)),
            Token(.comma, SourceRange(22, 23)),
            Token(.word, SourceRange(24, 31)),
            Token(.semicolon, SourceRange(31, 32)),
            Token(.keyword(.set), SourceRange(33, 36)),
            Token(.word, SourceRange(37, 38)),
            Token(.literal, SourceRange(39, 42)),
            Token(.newline, SourceRange(42, 43)),
            Token(.newline, SourceRange(45, 47)),  // CR LF is one token of two bytes
            Token(.invalid, SourceRange(47, 48)),
            Token(.literal, SourceRange(49, 59)),
            Token(.endOfFile, SourceRange(59, 59)),
        ]
        #expect(stream.tokens == expected)
        #expect(stream.comments == [Comment(range: SourceRange(43, 45), isTrailing: false)])
        #expect(stream.diagnostics.map(\.code) == ["NP002"])
    }

    @Test(arguments: Keyword.allCases)
    func everyKeywordIsRecognised(keyword: Keyword) {
        let text = "  \(keyword.rawValue) "
        let (_, stream) = lex(text)
        #expect(stream.tokens.first == Token(.keyword(keyword), SourceRange(2, 2 + keyword.rawValue.utf8.count)))
        #expect(Keyword.lookup(keyword.rawValue) == keyword)
    }

    @Test func keywordsAreCaseSensitiveAndWholeWords() {
        #expect(kinds("Core CORE cores core-team phase_1 invited") == Array(repeating: .word, count: 6))
        #expect(kinds("core") == [.keyword(.core)])
    }

    @Test func wordsMayHoldAnyLetter() {
        let found = tokens("Idé Pårørende Søren core-team Æble_2 王芳 Ide\u{301}")
        #expect(found.map(\.0) == Array(repeating: .word, count: 7))
        #expect(found.map(\.1) == ["Idé", "Pårørende", "Søren", "core-team", "Æble_2", "王芳", "Ide\u{301}"])
    }

    @Test func wordsStopAtPunctuation() {
        let found = tokens("Anne:faglighed,indsigt;x")
        #expect(found.map(\.0) == [.word, .colon, .word, .comma, .word, .semicolon, .word])
    }

    @Test func literalsStartWithADigit() {
        let found = tokens("4-6 2026-03-01 3x")
        #expect(found.map(\.0) == [.literal, .literal, .literal])
        #expect(found.map(\.1) == ["4-6", "2026-03-01", "3x"])
    }

    @Test func newlinesAreTokensAndLoneCarriageReturnIsSpace() {
        let (_, stream) = lex("a\r\nb\nc\rd")
        #expect(
            stream.tokens.map(\.kind) == [.word, .newline, .word, .newline, .word, .word, .endOfFile])
        #expect(stream.tokens[1].range == SourceRange(1, 3))
        #expect(stream.tokens[3].range == SourceRange(4, 5))
    }

    @Test func noBreakSpaceIsWhiteSpace() {
        let (_, stream) = lex("core\u{00A0}Anne:\u{2003}x")
        #expect(stream.tokens.map(\.kind) == [.keyword(.core), .word, .colon, .word, .endOfFile])
        #expect(stream.diagnostics.isEmpty)
    }

    @Test func byteOrderMarkIsSkipped() {
        let (_, stream) = lex(bytes: [0xEF, 0xBB, 0xBF] + Array("core A".utf8))
        #expect(stream.tokens.first == Token(.keyword(.core), SourceRange(3, 7)))
        #expect(stream.diagnostics.isEmpty)
    }

    @Test func endOfFileTokenSitsAtTheEnd() {
        let (_, empty) = lex("")
        #expect(empty.tokens == [Token(.endOfFile, SourceRange(0, 0))])
        let (_, stream) = lex("a\n")
        #expect(stream.tokens.last == Token(.endOfFile, SourceRange(2, 2)))
    }

    // MARK: Strings

    @Test func stringsKeepQuotesInTheirRangeAndUnquoteEscapes() {
        let text = #"core "Bo \"Bolle\" N\\elsen": x"#
        let (file, stream) = lex(text)
        let string = stream.tokens[1]
        #expect(string.kind == .string)
        #expect(string.range == SourceRange(5, 5 + #""Bo \"Bolle\" N\\elsen""#.utf8.count))
        #expect(unquote(file.bytes[string.range.start..<string.range.end]) == #"Bo "Bolle" N\elsen"#)
        #expect(stream.diagnostics.isEmpty)
    }

    @Test func stringsMayHoldKeywordsSpacesAndPunctuation() {
        let found = tokens(#""phase" "a: b, c; #d" """#)
        #expect(found.map(\.0) == [.string, .string, .string])
        #expect(found.map(\.1) == [#""phase""#, #""a: b, c; #d""#, #""""#])
    }

    @Test func unknownEscapeIsReported() {
        let text = #"core "Bo \n": x"#
        let (_, stream) = lex(text)
        #expect(stream.tokens.map(\.kind).prefix(3) == [.keyword(.core), .string, .colon])
        #expect(stream.diagnostics.map(\.code) == ["NP004"])
        #expect(stream.diagnostics.first?.range == SourceRange(9, 11))
    }

    @Test func unterminatedStringEndsAtLineEndAndLexingGoesOn() {
        let text = "core \"Bo: faglighed\r\ncore Anne: indsigt\n"
        let (file, stream) = lex(text)
        #expect(stream.diagnostics.map(\.code) == ["NP003"])
        // The string runs to the end of its line, without the CR.
        #expect(stream.diagnostics[0].range == SourceRange(5, 19))
        #expect(stream.tokens[1] == Token(.string, SourceRange(5, 19)))
        #expect(stream.tokens[2] == Token(.newline, SourceRange(19, 21)))
        // The next line is read normally.
        let rest = stream.tokens[3...].dropLast().map { file.text($0.range) }
        #expect(rest == ["core", "Anne", ":", "indsigt", "\n"])
    }

    @Test func unterminatedStringAtEndOfFile() {
        let (_, stream) = lex("core \"Bo")
        #expect(stream.tokens.map(\.kind) == [.keyword(.core), .string, .endOfFile])
        #expect(stream.diagnostics.map(\.code) == ["NP003"])
        #expect(stream.diagnostics[0].range == SourceRange(5, 8))
    }

    @Test func unterminatedStringWithEscapedQuoteUnquotesTheEscape() {
        let text = #"core "Bo \""#
        let (file, stream) = lex(text)
        #expect(stream.diagnostics.map(\.code) == ["NP003"])
        let string = stream.tokens[1]
        #expect(unquote(file.bytes[string.range.start..<string.range.end]) == #"Bo ""#)
    }

    // MARK: Bad bytes

    @Test func invalidUTF8IsADiagnosticAndLexingGoesOn() {
        // "S\xF8ren" as Latin-1, then a valid line.
        let bytes: [UInt8] = Array("core S".utf8) + [0xF8] + Array("ren: x\ncore Ø: y".utf8)
        let (file, stream) = lex(bytes: bytes)
        #expect(stream.diagnostics.map(\.code) == ["NP001"])
        #expect(stream.diagnostics[0].range == SourceRange(6, 7))
        #expect(stream.tokens[2] == Token(.invalid, SourceRange(6, 7)))
        #expect(stream.tokens[3].kind == .word)
        #expect(file.text(stream.tokens[3].range) == "ren")
        let secondLine = stream.tokens.drop { $0.kind != .newline }.dropFirst().map(\.kind)
        #expect(secondLine == [.keyword(.core), .word, .colon, .word, .endOfFile])
    }

    @Test func runsOfInvalidBytesBecomeOneToken() {
        let (_, stream) = lex(bytes: [0x61, 0x20, 0xFF, 0xFE, 0xC3, 0x20, 0x62])
        #expect(stream.tokens.map(\.kind) == [.word, .invalid, .word, .endOfFile])
        #expect(stream.tokens[1].range == SourceRange(2, 5))
        #expect(stream.diagnostics.count == 1)
    }

    @Test(arguments: [
        [0xC0, 0xAF],  // overlong "/"
        [0xE0, 0x80, 0xAF],  // overlong 3-byte form
        [0xED, 0xA0, 0x80],  // a UTF-16 surrogate
        [0xF4, 0x90, 0x80, 0x80],  // beyond U+10FFFF
        [0xE2, 0x82],  // cut short
    ] as [[UInt8]])
    func malformedSequencesAreInvalid(sequence: [UInt8]) {
        let (_, stream) = lex(bytes: Array("a ".utf8) + sequence)
        #expect(stream.tokens.map(\.kind) == [.word, .invalid, .endOfFile])
        #expect(stream.diagnostics.map(\.code) == ["NP001"])
    }

    @Test func invalidUTF8InsideStringsAndCommentsIsReported() {
        let inString = lex(bytes: Array("core \"B".utf8) + [0xE5] + Array("\": x".utf8)).1
        #expect(inString.diagnostics.map(\.code) == ["NP001"])
        #expect(inString.diagnostics[0].range == SourceRange(7, 8))
        #expect(inString.tokens[1].kind == .string)
        let inComment = lex(bytes: Array("# \u{E6}".utf8) + [0xE6] + Array("\ncore".utf8)).1
        #expect(inComment.diagnostics.map(\.code) == ["NP001"])
        #expect(inComment.diagnostics[0].range == SourceRange(4, 5))
        #expect(inComment.comments.count == 1)
        #expect(inComment.tokens.map(\.kind) == [.newline, .keyword(.core), .endOfFile])
    }

    @Test func nulBytesAreStrayCharacters() {
        let (_, stream) = lex(bytes: Array("core Bo".utf8) + [0] + Array(": x\n\"C".utf8) + [0] + Array("\"".utf8))
        #expect(stream.tokens[2] == Token(.invalid, SourceRange(7, 8)))
        #expect(stream.diagnostics.map(\.code) == ["NP002", "NP002"])
        #expect(stream.diagnostics.map(\.range) == [SourceRange(7, 8), SourceRange(14, 15)])
        #expect(stream.diagnostics[0].message.en == "a null character (U+0000) cannot be used here")
    }

    @Test func strayCharactersAreGluedIntoOneToken() {
        let text = "core Anne (DGI)!: x"
        let (file, stream) = lex(text)
        #expect(stream.tokens.map(\.kind) == [.keyword(.core), .word, .invalid, .word, .invalid, .colon, .word, .endOfFile])
        #expect(file.text(stream.tokens[2].range) == "(")
        #expect(file.text(stream.tokens[4].range) == ")!")
        #expect(stream.diagnostics.count == 1, "one lexical diagnostic per line")
        #expect(stream.diagnostics[0].message.en == "the character `(` cannot be used here")
        #expect(stream.diagnostics[0].range == TestSupport.range(of: "(", in: text))
    }

    @Test func atMostOneLexicalDiagnosticPerLine() {
        let bytes: [UInt8] = Array("@ \"a\\q\" ".utf8) + [0xFF] + Array(" \"open\n! ?\n\"x\n".utf8)
        let (file, stream) = lex(bytes: bytes)
        let lines = stream.diagnostics.map { file.location(of: $0.range.start).line }
        #expect(lines == [1, 2, 3])
        #expect(stream.diagnostics.map(\.code) == ["NP002", "NP002", "NP003"])
    }

    // MARK: Comments

    @Test func commentsAreKeptWithIsTrailing() {
        let text = "# top\ncore A: x # after\r\n   # indented\nphase B;# tight\n"
        let (file, stream) = lex(text)
        #expect(stream.comments.map { file.text($0.range) } == ["# top", "# after", "# indented", "# tight"])
        #expect(stream.comments.map(\.isTrailing) == [false, true, false, true])
        #expect(stream.tokens.map(\.kind).contains(.invalid) == false)
        // A comment never swallows the line break.
        #expect(stream.tokens.filter { $0.kind == .newline }.count == 4)
    }

    @Test func quoteCharactersInCommentsAreNotStrings() {
        let (_, stream) = lex("# \"not a string\ncore")
        #expect(stream.diagnostics.isEmpty)
        #expect(stream.tokens.map(\.kind) == [.newline, .keyword(.core), .endOfFile])
    }
}
