import Testing
@testable import NetplanBase
@testable import NetplanSyntax

/// `Quoting`: names written as plan text and read back, scalar by scalar.
@Suite struct QuotingTests {
    /// The value the lexer reads from a quoted name written by `Quoting.name`.
    static func readBack(_ written: String) -> (value: String?, errors: Int) {
        let tree = Parser.parse(SourceFile(path: "q", text: "core \(written): faglighed\n"))
        guard case .participant(let decl)? = tree.statements.first?.kind else { return (nil, tree.diagnostics.count) }
        return (decl.name.text, tree.diagnostics.filter { $0.severity == .error }.count)
    }

    @Test(arguments: [
        "a\"\u{301}b",  // a quote carrying a combining acute accent
        "a\\\u{301}b",  // a backslash carrying one
        "\"\u{308}",
        "\\\u{20DD}\"\u{301}\\",
        "Bo \"Bolle\" N\\elsen",
        "x\"",
    ])
    func quotesAndBackslashesWithCombiningMarksAreEscaped(name: String) {
        let written = quotedIfNeeded(name)
        let (value, errors) = Self.readBack(written)
        #expect(errors == 0, "`\(written)` does not lex")
        #expect(value.map { Array($0.utf8) } == Array(name.utf8))
    }

    /// The writers decide from a name's bytes whether it can go bare: the
    /// same answer as from its `String`, for every shape of name.
    @Test(arguments: [
        "Anne", "Ærtebjerg", "Team2", "Mette Holm", "core", "phase", "via", "kernedeltager", "é", "e\u{0301}",
        "2026", "Bo-Berg", "Bo_Berg", "\"", "a\\b", "", " ", "Anne\u{200B}", "😀", "Åse", "x", "in", "on", "to",
        "participant", "participants", "Ärger", "ﬁ", "a.b", "-a",
    ])
    func bareFromBytesIsBareFromText(name: String) {
        var copy = name
        let fromBytes = copy.withUTF8 { Quoting.isBare($0) }
        #expect(fromBytes == Quoting.isBare(name), "\(name)")
    }

    /// A lower-case name close to a keyword (`nivite`, Danish `fase`) is read
    /// as that keyword where a keyword may follow a name: written bare, a
    /// formatted plan said something else (found by FuzzFormatter). It keeps
    /// its quotes, and the formatted plan reads back the same names.
    @Test(arguments: ["nivite", "fase", "kerne", "invte", "pahse", "deltager", "uden"])
    func aNameThatReadsAsAKeywordKeepsItsQuotes(name: String) throws {
        #expect(!Quoting.isBare(name))
        var copy = name
        #expect(copy.withUTF8 { Quoting.isBare($0) } == false)
        let text = "core Anne: faglighed\nphase Start: invite Anne, \"\(name)\" without Anne\n"
        let formatted = try PlanFormatter.format(SourceFile(path: "p.netplan", text: text))
        let tree = Parser.parse(SourceFile(path: "p.netplan", text: formatted))
        #expect(!tree.hasSyntaxErrors, "\(formatted)")
        let invited = tree.statements.phases.first?.declaration.items(.invite).map(\.text)
        #expect(invited == ["Anne", name], "\(formatted)")
    }

    /// Lower-case names far from every keyword, and capitalised ones, stay bare.
    @Test(arguments: ["faglighed", "indsigt", "ressourcer", "handlekraft", "Fase", "Kerne", "Nivite", "bekræftet"])
    func otherNamesStayBare(name: String) {
        #expect(Quoting.isBare(name))
        var copy = name
        #expect(copy.withUTF8 { Quoting.isBare($0) })
    }

    @Test func bareWhenItCanBe() {
        #expect(quotedIfNeeded("Anne") == "Anne")
        #expect(quotedIfNeeded("Søren-2") == "Søren-2")
        #expect(quotedIfNeeded("core") == "\"core\"")
        #expect(quotedIfNeeded("2a") == "\"2a\"")
        #expect(quotedIfNeeded("") == "\"\"")
        #expect(Quoting.quoted("a\"b\\c") == #""a\"b\\c""#)
    }

    @Test func typedNamesLoseTheirQuotingOnly() {
        #expect(Quoting.typedValue(#""Bo \"B\" \\ N""#) == #"Bo "B" \ N"#)
        #expect(Quoting.typedValue("\"\u{301}x\"") == "\u{301}x")  // a quote with a mark at the start
        #expect(Quoting.typedValue("Anne") == "Anne")
        #expect(Quoting.typedValue("\"") == "\"")
    }
}
