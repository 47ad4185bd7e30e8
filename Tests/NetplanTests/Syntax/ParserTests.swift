import Testing
@testable import NetplanBase
@testable import NetplanSyntax

@Suite struct ParserTests {
    private func parse(_ text: String) -> SyntaxTree {
        Parser.parse(SourceFile(path: "t", text: text))
    }

    /// "line:column message" of each diagnostic, in English.
    private func errors(_ tree: SyntaxTree) -> [String] {
        tree.diagnostics.map { "\(TestSupport.position($0, in: tree.source)) \($0.message.en)" }
    }

    private func only(_ text: String) throws -> Statement {
        let tree = parse(text)
        #expect(tree.diagnostics.isEmpty, "unexpected: \(errors(tree))")
        try #require(tree.statements.count == 1)
        return tree.statements[0]
    }

    private func range(_ needle: String, _ text: String, _ occurrence: Int = 1) -> SourceRange {
        TestSupport.range(of: needle, in: text, occurrence: occurrence)
    }

    /// A name's value, range and quoting, compared field by field (a `Name` may carry more).
    private func describe(_ name: Name?) -> String {
        guard let name else { return "nil" }
        return "\(name.text) \(name.range.start)..<\(name.range.end)\(name.isQuoted ? " quoted" : "")"
    }

    private func describe(_ text: String, _ range: SourceRange, quoted: Bool) -> String {
        "\(text) \(range.start)..<\(range.end)\(quoted ? " quoted" : "")"
    }

    // MARK: Statement forms

    @Test func network() throws {
        let text = #"network "Mindre ensomhed" kind tværfagligt"#
        let statement = try only(text)
        guard case .network(let decl) = statement.kind else {
            Issue.record("not a network: \(statement.kind)")
            return
        }
        #expect(describe(decl.name) == describe("Mindre ensomhed", range(#""Mindre ensomhed""#, text), quoted: true))
        #expect(decl.kindKeyword == range("kind", text))
        #expect(decl.kind?.text == "tværfagligt")
        #expect(statement.keyword == range("network", text))
        #expect(statement.range == SourceRange(0, text.utf8.count))
    }

    @Test(arguments: [("leader", RoleKind.leader), ("codriver", .codriver), ("reference", .reference)])
    func roles(keyword: String, role: RoleKind) throws {
        let text = "\(keyword) \"Mette Holm\""
        let statement = try only(text)
        guard case .role(let decl) = statement.kind else {
            Issue.record("not a role: \(statement.kind)")
            return
        }
        #expect(decl.role == role)
        #expect(describe(decl.name) == describe("Mette Holm", range("\"Mette Holm\"", text), quoted: true))
        #expect(statement.keyword == range(keyword, text))
    }

    @Test func diamond() throws {
        let text = "diamond viden, mod, penge, vilje"
        let statement = try only(text)
        guard case .diamond(let decl) = statement.kind else {
            Issue.record("not a diamond")
            return
        }
        #expect(decl.competences.names.map(\.text) == ["viden", "mod", "penge", "vilje"])
        #expect(decl.competences.names.map(\.range) == ["viden", "mod", "penge", "vilje"].map { range($0, text) })
        #expect(decl.competences.commas == [range(",", text, 1), range(",", text, 2), range(",", text, 3)])
        #expect(statement.range == SourceRange(0, text.utf8.count))
    }

    @Test(arguments: [("core", ParticipantKind.core), ("participant", .participant), ("group", .group)])
    func declarations(keyword: String, kind: ParticipantKind) throws {
        let text = "\(keyword) \"Bo Nielsen\": faglighed, indsigt via Anne"
        let statement = try only(text)
        guard case .participant(let decl) = statement.kind else {
            Issue.record("not a declaration")
            return
        }
        #expect(decl.kind == kind)
        #expect(describe(decl.name) == describe("Bo Nielsen", range("\"Bo Nielsen\"", text), quoted: true))
        #expect(decl.colon == range(":", text))
        #expect(decl.competences.names.map(\.text) == ["faglighed", "indsigt"])
        #expect(decl.viaKeyword == range("via", text))
        #expect(describe(decl.via) == describe("Anne", range("Anne", text), quoted: false))
        #expect(statement.keyword == range(keyword, text))
        #expect(statement.range == SourceRange(0, text.utf8.count))
    }

    @Test(arguments: ["participant Erik:", "participant Erik", "participant Erik: via Anne"])
    func competenceListMayBeEmpty(text: String) throws {
        let statement = try only(text)
        guard case .participant(let decl) = statement.kind else {
            Issue.record("not a declaration")
            return
        }
        #expect(decl.name.text == "Erik")
        #expect(decl.competences.names.isEmpty)
        #expect((decl.colon != nil) == text.contains(":"))
        #expect(decl.via?.text == (text.contains("via") ? "Anne" : nil))
    }

    @Test func phaseWithClausesInAnyOrder() throws {
        let text = "phase Idé: needs indsigt without Anne, Bo invite Borgere, Erik needs ressourcer"
        let statement = try only(text)
        guard case .phase(let decl) = statement.kind else {
            Issue.record("not a phase")
            return
        }
        #expect(describe(decl.name) == describe("Idé", range("Idé", text), quoted: false))
        #expect(decl.colon == range(":", text))
        #expect(decl.clauses.map(\.kind) == [.needs, .without, .invite, .needs])
        #expect(decl.clauses.map(\.keyword) == [range("needs", text), range("without", text), range("invite", text), range("needs", text, 2)])
        #expect(decl.items(.invite).map(\.text) == ["Borgere", "Erik"])
        #expect(decl.items(.without).map(\.text) == ["Anne", "Bo"])
        #expect(decl.items(.needs).map(\.text) == ["indsigt", "ressourcer"])
        #expect(statement.range == SourceRange(0, text.utf8.count))
    }

    @Test func phaseWithoutClauses() throws {
        for text in ["phase Opstart", "phase Opstart:"] {
            let statement = try only(text)
            guard case .phase(let decl) = statement.kind else {
                Issue.record("not a phase")
                return
            }
            #expect(decl.name.text == "Opstart")
            #expect(decl.clauses.isEmpty)
        }
    }

    @Test func phaseWithDates() throws {
        let text = "phase Test from 2026-03-01 to 2026-04-30: invite Borgere"
        let statement = try only(text)
        guard case .phase(let decl) = statement.kind else {
            Issue.record("not a phase")
            return
        }
        #expect(decl.dates?.fromKeyword == range("from", text))
        #expect(decl.dates?.start.value == CalendarDate("2026-03-01"))
        #expect(decl.dates?.start.range == range("2026-03-01", text))
        #expect(decl.dates?.toKeyword == range("to", text))
        #expect(decl.dates?.end?.text == "2026-04-30")
        #expect(decl.items(.invite).map(\.text) == ["Borgere"])
    }

    @Test func setting() throws {
        let text = "set core-team 4-6"
        let statement = try only(text)
        guard case .setting(let decl) = statement.kind else {
            Issue.record("not a setting: \(statement.kind)")
            return
        }
        #expect(describe(decl.name) == describe("core-team", range("core-team", text), quoted: false))
        #expect(describe(decl.value) == describe("4-6", range("4-6", text), quoted: false))
    }

    @Test func suppressionAtTheEndOfAStatement() throws {
        let text = #"phase Start: without Anne allow core-left-out "ferie""#
        let statement = try only(text)
        let suppression = try #require(statement.suppression)
        #expect(suppression.keyword == range("allow", text))
        #expect(suppression.rule.text == "core-left-out")
        #expect(suppression.reason?.text == "ferie")
        #expect(statement.range == SourceRange(0, text.utf8.count))
    }

    @Test func statementsEndAtSemicolonsAndEmptyStatementsAreAllowed() {
        let tree = parse(";;core Anne: faglighed; phase Idé: invite Borgere;\n\n;\nphase Test\n")
        #expect(tree.diagnostics.isEmpty)
        #expect(tree.statements.count == 3)
    }

    @Test func keywordsAsQuotedNames() throws {
        let text = #"core "phase": faglighed"#
        let statement = try only(text)
        guard case .participant(let decl) = statement.kind else {
            Issue.record("not a declaration")
            return
        }
        #expect(describe(decl.name) == describe("phase", range(#""phase""#, text), quoted: true))
        let tree = parse(#"phase "invite": invite "core" without "phase" needs "needs""#)
        #expect(tree.diagnostics.isEmpty)
        guard case .phase(let phase) = tree.statements.first?.kind else {
            Issue.record("not a phase")
            return
        }
        #expect(phase.name.text == "invite")
        #expect(phase.items(.invite).map(\.text) == ["core"])
        #expect(phase.items(.without).map(\.text) == ["phase"])
        #expect(phase.items(.needs).map(\.text) == ["needs"])
    }

    @Test func commentsAreKeptInTheTree() {
        let tree = parse("# plan\ncore Anne: faglighed # kerne\n")
        #expect(tree.comments.map(\.isTrailing) == [false, true])
        #expect(tree.statements.count == 1)
    }

    // MARK: Errors

    @Test func phaseWithoutNameSaysWhatItFound() {
        let tree = parse("phase : invite Borgere")
        #expect(errors(tree) == ["1:7 expected a name after `phase`, found `:`"])
        #expect(tree.diagnostics.first?.code == "NP010")
        #expect(tree.diagnostics.first?.range == SourceRange(6, 7))
        #expect(tree.diagnostics.first?.message.da == "netplan ventede et navn efter `phase`, men fandt `:`")
    }

    @Test func keywordWhereANameBelongsSuggestsQuotes() {
        let tree = parse("core phase: faglighed")
        #expect(errors(tree) == ["1:6 expected a name after `core`, found the keyword `phase`"])
        #expect(tree.diagnostics.first?.help?.en.contains(#"write it in quotes: "phase""#) == true)
    }

    @Test func forgottenColonIsNamed() {
        let tree = parse("core \"Bo N\" faglighed, indsigt")
        #expect(errors(tree) == [#"1:13 expected `:` after `core "Bo N"`, found the name `faglighed`"#])
        #expect(tree.diagnostics.first?.help?.en == #"competences come after a colon: `core "Bo N": faglighed, indsigt`"#)
        #expect(tree.diagnostics.first?.help?.da == #"skriv kompetencerne efter et kolon: `core "Bo N": faglighed, indsigt`"#)
        // Read as if the colon were there: Bo N is declared with both competences.
        guard case .participant(let decl) = tree.statements.first?.kind else {
            Issue.record("the declaration should be kept")
            return
        }
        #expect(decl.name.text == "Bo N")
        #expect(decl.competences.names.map(\.text) == ["faglighed", "indsigt"])
    }

    @Test func misspelledStatementKeywordGetsASuggestion() {
        let tree = parse("phse Start")
        #expect(errors(tree) == ["1:1 `phse` is not a keyword"])
        #expect(tree.diagnostics.first?.help?.en == "did you mean `phase`? `phase Start`")
        #expect(tree.statements.first?.isError == false)
    }

    @Test func severalBrokenLinesGiveOneErrorEachInOneRun() {
        let text = """
            core Anne faglighed
            phase : invite Borgere
            participant Erik: ressourcer,
            core Bo: indsigt
            kerne Carl: handlekraft
            phase Start: invite Borgere needs
            phase Test: invite Bo Carl
            group Frivillige: indsigt via
            phase Slut from 2026-02-30 to 2026-03-01
            phase Sidst from 2026-03-01 til 2026-04-01
            leader
            """
        let tree = parse(text)
        #expect(
            errors(tree) == [
                "1:11 expected `:` after `core Anne`, found the name `faglighed`",
                "2:7 expected a name after `phase`, found `:`",
                "3:30 expected a name after `,`, found the end of the line",
                "5:1 `kerne` is not a keyword: the keywords are English",
                "6:34 expected a name after `needs`, found the end of the line",
                "7:20 `Bo` and `Carl` need a comma between them",
                "8:30 expected a name after `via`, found the end of the line",
                "9:17 `2026-02-30` is not a date",
                "10:29 `til` is not a keyword: the keywords are English",
                "11:7 expected a name after `leader`, found the end of the file",
            ])
        // A broken line keeps what it declares; only lines that say nothing
        // usable (no phase name, no leader) are error nodes.
        let errorNodes = tree.statements.filter(\.isError)
        #expect(errorNodes.count == 2)
        #expect(tree.statements.count == 11)
        #expect(tree.statements[1].isError && tree.statements[10].isError)
        guard case .participant(let bo) = tree.statements[3].kind else {
            Issue.record("line 4 should parse")
            return
        }
        #expect(bo.name.text == "Bo")
        #expect(tree.hasSyntaxErrors)
    }

    @Test func errorNodesCoverTheSkippedTokens() {
        let text = "phase : invite Borgere\ncore Anne: faglighed"
        let tree = parse(text)
        #expect(tree.statements.count == 2)
        guard case .error(let node) = tree.statements[0].kind else {
            Issue.record("first statement should be an error node")
            return
        }
        #expect(node.skipped == SourceRange(0, TestSupport.offset(of: "\n", in: text)))
        #expect(tree.statements[0].keyword == range("phase", text))
        #expect(tree.statements[1].isError == false)
    }

    @Test func atMostOneErrorPerLine() {
        // Three problems on one line: only the first is reported.
        let tree = parse("core : , ; phase : ; kerne\nphase Ok")
        #expect(errors(tree) == ["1:6 expected a name after `core`, found `:`"])
        #expect(tree.statements.filter(\.isError).count == 3)
        #expect(tree.statements.last?.isError == false)
    }

    @Test func lexicalErrorsSilenceSyntaxErrorsOnTheirLine() {
        let tree = parse("core Anne (DGI): faglighed\ncore @: x")
        #expect(tree.diagnostics.map(\.code) == ["NP002", "NP002"])
        // `core Anne` still declares Anne; `core @` declares nobody.
        #expect(tree.statements.filter(\.isError).count == 1)
    }

    @Test func recoveryResumesAtAStatementKeywordOnTheSameLine() {
        let tree = parse("core Anne: faglighed indsigt phase Start")
        #expect(errors(tree).count == 1)
        #expect(tree.statements.count == 2)
        guard case .phase(let phase) = tree.statements[1].kind else {
            Issue.record("the phase after the error should parse")
            return
        }
        #expect(phase.name.text == "Start")
    }

    @Test func missingReasonAfterAllow() {
        let tree = parse("phase Start: without Anne allow core-left-out")
        #expect(errors(tree) == ["1:46 expected a reason in quotes after `allow core-left-out`, found the end of the file"])
    }

    @Test func errorsAreSortedByPosition() {
        let tree = parse("core\nphase :\n@\nleader ;")
        let starts = tree.diagnostics.map(\.range.start)
        #expect(starts == starts.sorted())
        #expect(tree.diagnostics.count == 4)
    }
}
