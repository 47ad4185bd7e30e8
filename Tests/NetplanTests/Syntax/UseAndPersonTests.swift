import Testing
@testable import NetplanBase
@testable import NetplanSyntax

/// `use "register.netplan"` and `person NAME [: competences] [attributes]`.
@Suite struct UseAndPersonTests {
    private func parse(_ text: String) -> SyntaxTree {
        Parser.parse(SourceFile(path: "t.netplan", text: text))
    }

    @Test func useTakesAQuotedPath() throws {
        let tree = parse("use \"registre/personer.netplan\"\n")
        #expect(tree.diagnostics.isEmpty)
        guard case .use(let decl) = try #require(tree.statements.first).kind else {
            Issue.record("not a use line")
            return
        }
        #expect(decl.path.text == "registre/personer.netplan")
    }

    @Test func useWithoutAQuotedPathSaysHowToWriteIt() throws {
        let tree = parse("use personer\n")
        let diagnostic = try #require(tree.diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.help?.da.contains("use \"personer.netplan\"") == true)
    }

    @Test func anUnquotedPathIsOneErrorAndIsReadAsTheHelpWritesIt() throws {
        let tree = parse("use registre/personer\n")
        #expect(tree.diagnostics.count == 1, "\(tree.diagnostics.map { $0.message.en })")
        let diagnostic = try #require(tree.diagnostics.first)
        #expect(diagnostic.code == "NP010")
        #expect(diagnostic.help?.en.contains("`use \"registre/personer.netplan\"`") == true)
        guard case .use(let decl) = try #require(tree.statements.first).kind else {
            Issue.record("not a use line")
            return
        }
        #expect(decl.path.text == "registre/personer.netplan")
    }

    @Test(arguments: ["kerne", "core", "deltager", "participant"])
    func aKindOnAPersonLineIsOneErrorAndTheLineIsReadWithoutIt(_ kind: String) throws {
        let tree = parse("person \(kind) \"Anne Krogh\": faglighed\n")
        #expect(tree.diagnostics.count == 1, "\(tree.diagnostics.map { $0.message.en })")
        #expect(tree.diagnostics.first?.help?.en.contains("`person \"Anne Krogh\": faglighed`") == true)
        guard case .participant(let decl) = try #require(tree.statements.first).kind else {
            Issue.record("not a declaration")
            return
        }
        #expect(decl.kind == .person && decl.name.text == "Anne Krogh")
        #expect(decl.competences.names.map(\.text) == ["faglighed"])
    }

    @Test func personHasCompetencesAndAttributesButNoKind() throws {
        let tree = parse("person \"Anne Krogh\": faglighed, handlekraft unit \"Ældre og Handicap\" contact \"ak@example.dk\"\n")
        #expect(tree.diagnostics.isEmpty)
        guard case .participant(let decl) = try #require(tree.statements.first).kind else {
            Issue.record("not a declaration")
            return
        }
        #expect(decl.kind == .person)
        #expect(decl.competences.names.map(\.text) == ["faglighed", "handlekraft"])
        #expect(decl.attributes.map(\.kind) == [.unit, .contact])
    }

    @Test func formatterWritesUseAndPersonCanonically() throws {
        let text = "use   \"personer.netplan\" ;person Anne:faglighed   unit  Sundhed\n"
        let formatted = try PlanFormatter.format(SourceFile(path: "t.netplan", text: text))
        #expect(formatted == "use \"personer.netplan\"\nperson Anne: faglighed unit \"Sundhed\"\n")
        #expect(PlanMeaning(parse(text)) == PlanMeaning(parse(formatted)))
        #expect(PlanMeaning(parse("use \"a.netplan\"")) != PlanMeaning(parse("use \"b.netplan\"")))
    }

    /// Found by the parser fuzzer: a misspelt `use` with an unquoted path is
    /// one error, whose help gives the whole fixed line.
    @Test(arguments: ["brug personer.netplan\n", "ase personer\n"])
    func aMisspeltUseWithAnUnquotedPathIsOneError(_ text: String) {
        let tree = Parser.parse(SourceFile(path: "t", text: text))
        let errors = tree.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(errors.map { $0.message.en })")
        #expect(errors.first?.help?.en.contains("use \"personer.netplan\"") == true, "\(errors.map { $0.help?.en ?? "" })")
    }
}
