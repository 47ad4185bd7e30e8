import Testing
@testable import NetplanBase
@testable import NetplanSyntax

/// The parser interns a name straight from the source's bytes when its value
/// is exactly those bytes, and reads it as a `String` otherwise. Both ways
/// must give one id for one value, and the short way must refuse every
/// value that is not its bytes.
@Suite struct InternedValueTests {
    /// Names of every shape: plain, Danish letters, escapes, typographic
    /// quotes, invisible characters, blank, unterminated, invalid UTF-8.
    static let lines: [[UInt8]] = [
        Array("core Anne: faglighed via \"Mette Holm\"".utf8),
        Array("participant \"Ærtebjerg Øst\": indsigt, ressourcer".utf8),
        Array("participant \"Sag \\\"A\\\"\": faglighed".utf8),
        Array("participant “Bo Berg”: faglighed".utf8),
        Array("participant \"Bo\u{00A0}Berg\": faglighed".utf8),
        Array("participant Bo\u{200B}Berg: faglighed".utf8),
        Array("participant \"  \": faglighed".utf8),
        Array("participant \"\": faglighed".utf8),
        Array("participant \" Anne\": faglighed".utf8),
        Array("participant \"Anne".utf8),
        Array("participant \"Åse".utf8) + [0xFF, 0xFE] + Array("\": indsigt".utf8),
        Array("participant \"e\u{0301}\": indsigt".utf8),
        Array("participant \"\u{1680}\": indsigt".utf8),
        Array("participant \"\u{3000}\": indsigt".utf8),
        Array("participant \"\tAnne\": indsigt".utf8),
    ]

    @Test(arguments: lines)
    func theShortWayGivesTheIdOfTheValue(bytes: [UInt8]) {
        let source = SourceFile(path: "p.netplan", bytes: bytes)
        let tokens = Lexer(source: source).tokenize().tokens
        let table = NameTable()
        for index in 0..<tokens.count {
            let token = tokens[index]
            guard token.kind == .word || token.kind == .string else { continue }
            let quoted = token.kind == .string
            let value = quoted ? source.stringValue(token.range) : source.fastText(token.range)
            let short = source.internedValue(token.range, quoted: quoted, in: table)
            // A blank name is an error the parser reports: it never takes the short way.
            if quoted, Parser.isBlank(value) { #expect(short == nil, "\(source.text(token.range))") }
            guard let id = short else { continue }
            #expect(table.text(id) == value, "\(source.text(token.range))")
            #expect(id == table.internWritten(value))
        }
    }

    @Test func plainNamesTakeTheShortWayAndOthersDoNot() {
        let text = "core Anne: faglighed via \"Mette Holm\" \"Ærø\" \"Sag \\\"A\\\"\" “Bo” \"Bo\u{00A0}Berg\" \"  \" \"\""
        let source = SourceFile(path: "p.netplan", text: text)
        let tokens = Lexer(source: source).tokenize().tokens
        let table = NameTable()
        var taken: [String: Bool] = [:]
        for index in 0..<tokens.count {
            let token = tokens[index]
            guard token.kind == .word || token.kind == .string else { continue }
            let id = source.internedValue(token.range, quoted: token.kind == .string, in: table)
            taken[source.text(token.range)] = id != nil
        }
        #expect(taken["Anne"] == true)
        #expect(taken["\"Mette Holm\""] == true)
        #expect(taken["\"Ærø\""] == true)
        #expect(taken["\"Sag \\\"A\\\"\""] == false)
        #expect(taken["“Bo”"] == false)
        #expect(taken["\"Bo\u{00A0}Berg\""] == false)
        #expect(taken["\"  \""] == false)
        #expect(taken["\"\""] == false)
    }

    /// A plan parsed with the short way reads back exactly the names it had before.
    @Test func aParsedPlanKeepsEveryNamesValue() {
        let text = Self.lines.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
        let tree = Parser.parse(SourceFile(path: "p.netplan", text: text))
        for declared in tree.statements.participants {
            let name = declared.declaration.name
            let token = tree.source.text(name.range)
            let value = name.isQuoted ? tree.source.stringValue(name.range) : tree.source.fastText(name.range)
            #expect(name.text == value, "\(token)")
        }
    }
}
