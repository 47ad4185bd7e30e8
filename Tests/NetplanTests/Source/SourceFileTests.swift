import Testing
@testable import NetplanBase

@Suite struct SourceFileTests {
    private typealias Position = NetplanBase.SourceLocation

    private func location(_ text: String, _ offset: Int) -> Position {
        SourceFile(path: "t", text: text).location(of: offset)
    }

    @Test func lineStartsFollowLineFeeds() {
        let file = SourceFile(path: "t", text: "ab\nc\n\ndef")
        #expect(file.lineStarts == [0, 3, 5, 6])
        #expect(file.lineCount == 4)
        #expect(file.lineIndex(of: 0) == 0)
        #expect(file.lineIndex(of: 2) == 0)  // the line feed belongs to its line
        #expect(file.lineIndex(of: 3) == 1)
        #expect(file.lineIndex(of: 5) == 2)
        #expect(file.lineIndex(of: 8) == 3)
    }

    @Test func locationsAreOneBased() {
        let text = "core Anne\nphase Start"
        #expect(location(text, 0) == Position(line: 1, column: 1))
        #expect(location(text, 5) == Position(line: 1, column: 6))
        #expect(location(text, 10) == Position(line: 2, column: 1))
        #expect(location(text, 16) == Position(line: 2, column: 7))
    }

    @Test func columnsCountPrecomposedLettersAsOneCharacter() {
        // "Idé" with é as one scalar (2 bytes): the colon is the 4th character.
        let text = "Id\u{E9}: x"
        #expect(text.utf8.count == 7)
        #expect(location(text, 4) == Position(line: 1, column: 4))
        #expect(location(text, 6) == Position(line: 1, column: 6))
    }

    @Test func columnsCountDecomposedLettersAsOneCharacter() {
        // "Idé" with e + U+0301 (1 + 2 bytes): the colon is still the 4th character.
        let text = "Ide\u{301}: x"
        #expect(text.utf8.count == 8)
        #expect(location(text, 5) == Position(line: 1, column: 4))
        #expect(location(text, 7) == Position(line: 1, column: 6))
    }

    @Test func columnsCountWideCharactersAndEmojiAsOneCharacter() {
        // 王 is 3 bytes, 🌱 is 4 bytes, a family emoji with joiners is one character of 18 bytes.
        let text = "王🌱👨\u{200D}👩\u{200D}👧x"
        let xOffset = TestSupport.offset(of: "x", in: text)
        #expect(xOffset == 3 + 4 + 18)
        #expect(location(text, xOffset) == Position(line: 1, column: 4))
    }

    @Test func byteOrderMarkIsSkipped() {
        let file = SourceFile(path: "t", bytes: [0xEF, 0xBB, 0xBF] + Array("core A\nphase B".utf8))
        #expect(file.contentStart == 3)
        // The first character after the mark is in column 1, not 2 or 4.
        #expect(file.location(of: 3) == Position(line: 1, column: 1))
        #expect(file.location(of: 8) == Position(line: 1, column: 6))
        // Offsets inside the mark map to column 1 too.
        #expect(file.location(of: 0) == Position(line: 1, column: 1))
        #expect(file.location(of: 2) == Position(line: 1, column: 1))
        // The second line is unaffected.
        #expect(file.location(of: 10) == Position(line: 2, column: 1))
        #expect(file.lineContentRange(0) == SourceRange(3, 9))
        #expect(file.text(file.lineContentRange(0)) == "core A")
    }

    @Test func withoutByteOrderMarkContentStartsAtZero() {
        #expect(SourceFile(path: "t", text: "core A").contentStart == 0)
        #expect(SourceFile(path: "t", bytes: [0xEF, 0xBB]).contentStart == 0)
    }

    @Test func crlfIsOneLineBreak() {
        let text = "core A\r\n\r\nphase B\r\n"
        let file = SourceFile(path: "t", text: text)
        #expect(file.lineStarts == [0, 8, 10, 19])
        #expect(file.lineCount == 4)
        #expect(file.location(of: 10) == Position(line: 3, column: 1))
        #expect(file.location(of: 16) == Position(line: 3, column: 7))
        // Line contents leave out the CR as well as the LF.
        #expect(file.lineContentRange(0) == SourceRange(0, 6))
        #expect(file.lineContentRange(1) == SourceRange(8, 8))
        #expect(file.text(file.lineContentRange(2)) == "phase B")
    }

    @Test func loneCarriageReturnIsNotALineBreak() {
        let file = SourceFile(path: "t", text: "a\rb\nc")
        #expect(file.lineCount == 2)
        #expect(file.location(of: 2) == Position(line: 1, column: 3))
        #expect(file.location(of: 4) == Position(line: 2, column: 1))
    }

    @Test func offsetsAtEndOfFileWithoutFinalNewline() {
        let file = SourceFile(path: "t", text: "ab\ncd")
        #expect(file.location(of: 5) == Position(line: 2, column: 3))
        // Past the end clamps to the end.
        #expect(file.location(of: 500) == Position(line: 2, column: 3))
        #expect(file.location(of: -4) == Position(line: 1, column: 1))
        #expect(file.lineContentRange(1) == SourceRange(3, 5))
    }

    @Test func offsetsAtEndOfFileAfterFinalNewline() {
        let file = SourceFile(path: "t", text: "ab\ncd\n")
        #expect(file.lineCount == 3)
        #expect(file.location(of: 5) == Position(line: 2, column: 3))
        #expect(file.location(of: 6) == Position(line: 3, column: 1))
        #expect(file.lineContentRange(2) == SourceRange(6, 6))
    }

    @Test func offsetsInEmptyFile() {
        let file = SourceFile(path: "t", text: "")
        #expect(file.lineCount == 1)
        #expect(file.location(of: 0) == Position(line: 1, column: 1))
        #expect(file.lineContentRange(0) == SourceRange(0, 0))
        let onlyMark = SourceFile(path: "t", bytes: [0xEF, 0xBB, 0xBF])
        #expect(onlyMark.location(of: 3) == Position(line: 1, column: 1))
        #expect(onlyMark.lineContentRange(0) == SourceRange(3, 3))
    }

    @Test func textIsDecodedLeniently() {
        let file = SourceFile(path: "t", bytes: [0x41, 0xFF, 0x42])
        #expect(file.text(SourceRange(0, 3)) == "A\u{FFFD}B")
        #expect(file.text(SourceRange(2, 99)) == "B")
        // Columns after an invalid byte still advance by one.
        #expect(file.location(of: 2) == Position(line: 1, column: 3))
    }

    @Test func sourceRangeBasics() {
        let range = SourceRange(4, 2)
        #expect(range.end == 4, "an end before the start is clamped to the start")
        #expect(range.length == 0)
        #expect(SourceRange(1, 3).union(SourceRange(5, 8)) == SourceRange(1, 8))
        #expect(SourceRange(1, 3) < SourceRange(1, 4))
        #expect(Position(line: 1, column: 9) < Position(line: 2, column: 1))
    }
}
