import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanLanguageServer

@Suite struct PositionConverterTests {
    /// Every byte offset at a character boundary maps to a position and back
    /// (except the middle of a CR LF, which is no position of its own).
    static func roundTrips(_ text: String) {
        let bytes = Array(text.utf8)
        let converter = PositionConverter(bytes: bytes)
        var offset = 0
        for scalar in text.unicodeScalars {
            let insideCRLF = offset > 0 && bytes[offset - 1] == 0x0D && bytes[offset] == 0x0A
            let position = converter.position(of: offset)
            if !insideCRLF {
                #expect(converter.offset(of: position) == offset, "offset \(offset) in \(text.debugDescription)")
            }
            offset += String(scalar).utf8.count
        }
        #expect(converter.offset(of: converter.position(of: bytes.count)) == bytes.count)
    }

    @Test func asciiMultiByteAndAstral() {
        // `æ` is 2 bytes and 1 UTF-16 unit; `😀` is 4 bytes and 2 units; `é` decomposed is 2 scalars.
        let text = "ab æ 😀 e\u{301} x"
        let converter = PositionConverter(bytes: Array(text.utf8))
        let x = Array(text.utf8).count - 1
        #expect(converter.position(of: x) == LSPPosition(line: 0, character: "ab æ 😀 e\u{301} ".utf16.count))
        #expect(converter.position(of: x).character == 11)
        #expect(converter.offset(of: LSPPosition(line: 0, character: 11)) == x)
        Self.roundTrips(text)
    }

    @Test func offsetsInsideCharactersSnapToTheirStart() {
        let text = "a😀b"
        let converter = PositionConverter(bytes: Array(text.utf8))
        for inside in 2...4 { #expect(converter.position(of: inside) == LSPPosition(line: 0, character: 1)) }
        #expect(converter.position(of: 5) == LSPPosition(line: 0, character: 3))
        // Character 2 falls between the two halves of the surrogate pair: the emoji's start.
        #expect(converter.offset(of: LSPPosition(line: 0, character: 2)) == 1)
        #expect(converter.offset(of: LSPPosition(line: 0, character: 3)) == 5)
    }

    @Test func lineBreaksLFCRLFAndLoneCR() {
        let text = "a\r\nbæ\rc\nd"
        let converter = PositionConverter(bytes: Array(text.utf8))
        #expect(converter.lineCount == 4)
        #expect(converter.position(of: 3) == LSPPosition(line: 1, character: 0))  // b
        #expect(converter.position(of: 7) == LSPPosition(line: 2, character: 0))  // c after a lone CR
        #expect(converter.position(of: 9) == LSPPosition(line: 3, character: 0))  // d
        // An offset on the CR of CR LF is the end of its line.
        #expect(converter.position(of: 1) == LSPPosition(line: 0, character: 1))
        #expect(converter.position(of: 2) == LSPPosition(line: 0, character: 1))
        Self.roundTrips(text)
        Self.roundTrips("x\r\n\r\n😀\r\n")
    }

    @Test func outOfRangePositionsAreClamped() {
        let text = "ab\ncd"
        let converter = PositionConverter(bytes: Array(text.utf8))
        #expect(converter.offset(of: LSPPosition(line: 0, character: 99)) == 2)
        #expect(converter.offset(of: LSPPosition(line: 9, character: 0)) == 5)
        #expect(converter.offset(of: LSPPosition(line: -1, character: -5)) == 0)
        #expect(converter.offset(of: LSPPosition(line: 1, character: -5)) == 3)
        #expect(converter.position(of: -3) == LSPPosition(line: 0, character: 0))
        #expect(converter.position(of: 99) == LSPPosition(line: 1, character: 2))
        #expect(converter.endPosition == LSPPosition(line: 1, character: 2))
        let empty = PositionConverter(bytes: [])
        #expect(empty.position(of: 0) == LSPPosition(line: 0, character: 0))
        #expect(empty.offset(of: LSPPosition(line: 3, character: 3)) == 0)
    }

    @Test func invalidBytesCountOneUnitEach() {
        let bytes: [UInt8] = [0x61, 0xFF, 0xC3, 0x62, 0xF0, 0x9F, 0x98, 0x80, 0x63]  // a, bad, truncated, b, 😀, c
        let converter = PositionConverter(bytes: bytes)
        #expect(converter.position(of: 3) == LSPPosition(line: 0, character: 3))
        #expect(converter.position(of: 8) == LSPPosition(line: 0, character: 6))
        #expect(converter.offset(of: LSPPosition(line: 0, character: 6)) == 8)
    }

    @Test func agreesWithTheSourceFileOnLFFiles() {
        let text = "core Anne: faglighed\nphase \"Bæ 😀\": invite Borgre\n# ok\n"
        let source = SourceFile(path: "t", text: text)
        let converter = PositionConverter(source)
        for offset in [0, 5, 21, 40, text.utf8.count] {
            #expect(converter.line(of: offset) == source.lineIndex(of: offset))
        }
    }

    /// No text and no position makes any feature trap.
    @Test func featuresSurviveHostileDocuments() {
        let documents = [
            "", "\n", "\r", "\r\n\r\n", "\"", "\"\\", "phase", "phase :", "core : ,,, via", "phase P: invite , needs ,",
            "core \"\u{0}\": x\nphase \u{FEFF}P: invite \"", "\u{FEFF}core Anne: faglighed", "😀😀😀\r😀",
            "core Anne: faglighed; phase P: without Anne, Anne invite Anne needs",
            "group Borgere via Borgere\nparticipant A via A\nleader A\nleader B",
            "phase P from 2026-01-01 to: invite", "set core-team 9-1 allow x \"y\"",
            String(repeating: "core A: faglighed,", count: 50),
        ]
        for text in documents {
            let document = OpenDocument(uri: "file:///x.netplan", version: 1, bytes: Array(text.utf8))
            _ = DiagnosticsConversion.diagnostics(for: document, language: .danish)
            _ = DocumentSymbols.symbols(in: document, language: .english)
            _ = try? DocumentFormatting.edits(for: document, language: .english)
            for offset in 0...text.utf8.count {
                _ = Hover.hover(at: offset, in: document, language: .english)
                _ = Navigation.definition(at: offset, in: document)
                _ = Navigation.references(at: offset, in: document, includeDeclaration: true)
                _ = Completion.items(at: offset, in: document, language: .danish)
                _ = try? Rename.prepare(at: offset, in: document, language: .english)
                _ = try? Rename.rename(at: offset, to: "Ny Navn", in: document, language: .english)
            }
            for line in -1...4 {
                for character in [-1, 0, 1, 2, 1000] {
                    let offset = document.offset(LSPPosition(line: line, character: character))
                    #expect(offset >= 0 && offset <= text.utf8.count)
                }
            }
        }
    }

    @Test func manyPositionsAtOnceAgreeWithOneByOne() {
        let text = "ab æ 😀 e\u{301}\r\nx\ry\n\u{FF}\u{80}z 𝄞\n\nend"
        var bytes = Array(text.utf8)
        bytes.insert(0xFF, at: 20)  // an invalid byte
        let converter = PositionConverter(bytes: bytes)
        // Every offset (inside characters and line breaks, and out of range), in a shuffled order, some twice.
        var generator = SystemRandomNumberGenerator()
        var offsets = Array(-2...(bytes.count + 2)) + [3, 3, bytes.count]
        offsets.shuffle(using: &generator)
        #expect(converter.positions(of: offsets) == offsets.map { converter.position(of: $0) })
        #expect(converter.positions(of: []).isEmpty)
    }
}
