import Testing
@testable import NetplanBase
@testable import NetplanSyntax
@testable import NetplanCheck

/// The slips people make most (issue 11): names with spaces, lists joined
/// with "og" or with a comma too many, Danish or misspelt keywords, empty
/// names. Each gets one error whose help spells out the fixed line, and the
/// parser reads the line as meant, so nothing cascades from it.
@Suite struct ParserSlipTests {
    private func parse(_ text: String) -> SyntaxTree {
        Parser.parse(SourceFile(path: "t", text: text))
    }

    /// The participants a tree declares, as `kind name: competences [via name]`.
    private func declared(_ tree: SyntaxTree) -> [String] {
        tree.statements.compactMap { statement in
            guard case .participant(let decl) = statement.kind else { return nil }
            var text = "\(decl.kind.rawValue) \(decl.name.text)"
            if !decl.competences.names.isEmpty { text += ": " + decl.competences.names.map(\.text).joined(separator: ", ") }
            if let via = decl.via { text += " via \(via.text)" }
            return text
        }
    }

    /// Each phase as `name: invite A, B; needs C; without D`.
    private func phases(_ tree: SyntaxTree) -> [String] {
        tree.statements.compactMap { statement in
            guard case .phase(let decl) = statement.kind else { return nil }
            let clauses = decl.clauses.map { "\($0.kind.rawValue) " + $0.items.names.map(\.text).joined(separator: ", ") }
            return clauses.isEmpty ? decl.name.text : "\(decl.name.text): " + clauses.joined(separator: "; ")
        }
    }

    private func oneError(_ tree: SyntaxTree, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
        #expect(tree.diagnostics.count == 1, "\(tree.diagnostics.map { $0.message.en })", sourceLocation: sourceLocation)
        return tree.diagnostics.first
    }

    // MARK: 1. Names with spaces

    @Test(arguments: [
        ("core Sanne Kjær: faglighed", "core \"Sanne Kjær\": faglighed", "core Sanne Kjær: faglighed"),
        ("participant Erik Sand", "participant \"Erik Sand\"", "participant Erik Sand"),
        ("core Sanne Kjær faglighed, indsigt", "core \"Sanne Kjær\": faglighed, indsigt", "core Sanne Kjær: faglighed, indsigt"),
        ("participant Erik: ressourcer via Rasmus Holm", "participant Erik: ressourcer via \"Rasmus Holm\"", "participant Erik: ressourcer via Rasmus Holm"),
        ("core Team 2: handlekraft", "core \"Team 2\": handlekraft", "core Team 2: handlekraft"),
    ])
    func aNameWithSpacesIsOneNameWithOneError(text: String, fix: String, read: String) throws {
        let tree = parse(text)
        let error = try #require(oneError(tree))
        #expect(error.help?.en == "write the whole name in quotes: `\(fix)`")
        #expect(error.help?.da == "skriv hele navnet i anførselstegn: `\(fix)`")
        #expect(declared(tree) == [read])
    }

    @Test func theNameWithSpacesIsMarkedWhereItIs() throws {
        let text = "core Sanne Kjær: faglighed"
        let error = try #require(oneError(parse(text)))
        #expect(error.range == TestSupport.range(of: "Sanne Kjær", in: text))
        #expect(error.message.en == "the name `Sanne Kjær` has a space, so it must be in quotes")
    }

    @Test func aForgottenColonAfterAOneWordNameStillGetsTheColonHelp() throws {
        let tree = parse("core Anne faglighed, indsigt")
        let error = try #require(oneError(tree))
        #expect(error.help?.en == "competences come after a colon: `core Anne: faglighed, indsigt`")
        #expect(declared(tree) == ["core Anne: faglighed, indsigt"])
    }

    @Test func aCompetenceOfTheDiamondIsKnownAsOne() throws {
        let tree = parse("diamond viden, mod\ncore Anne viden")
        #expect(try #require(oneError(tree)).help?.en == "competences come after a colon: `core Anne: viden`")
        // Without that diamond, `viden` is not a competence: then it is the rest of a name.
        let other = parse("core Anne viden")
        #expect(try #require(oneError(other)).help?.en == "write the whole name in quotes: `core \"Anne viden\"`")
    }

    @Test func theThemeRolesAndPhasesTakeTheWholeName() throws {
        let tree = parse(
            "network Klimatilpasning i Kystbyen kind innovationsnetværk\nleader Mette Holm\nphase Idé og test: invite Borgere")
        #expect(tree.diagnostics.count == 3)
        #expect(tree.diagnostics.map { $0.help?.en ?? "" } == [
            "write the whole name in quotes: `network \"Klimatilpasning i Kystbyen\" kind innovationsnetværk`",
            "write the whole name in quotes: `leader \"Mette Holm\"`",
            "write the whole name in quotes: `phase \"Idé og test\": invite Borgere`",
        ])
        guard case .network(let network) = tree.statements[0].kind else {
            Issue.record("not a network: \(tree.statements[0].kind)")
            return
        }
        #expect(network.name.text == "Klimatilpasning i Kystbyen")
        #expect(network.kind?.text == "innovationsnetværk")
        #expect(phases(tree) == ["Idé og test: invite Borgere"])
    }

    @Test func anInvitedNameWithSpacesIsJoinedWhenThePlanDeclaresIt() throws {
        let tree = parse("participant \"Sanne Kjær\": indsigt\nparticipant Bo\nphase Idé: invite Sanne Kjær, Bo")
        let error = try #require(oneError(tree))
        #expect(error.help?.en == "write the whole name in quotes: `phase Idé: invite \"Sanne Kjær\", Bo`")
        #expect(phases(tree) == ["Idé: invite Sanne Kjær, Bo"])
    }

    // MARK: 4. Lists

    @Test(arguments: [
        ("core Anne: faglighed og indsigt", "faglighed, indsigt", "core Anne: faglighed, indsigt"),
        ("core Anne: faglighed and indsigt", "faglighed, indsigt", "core Anne: faglighed, indsigt"),
    ])
    func ogBetweenCompetences(text: String, pair: String, read: String) throws {
        let tree = parse(text)
        let error = try #require(oneError(tree))
        #expect(error.help?.en == "separate with a comma: `\(pair)`")
        #expect(error.help?.da == "adskil med et komma: `\(pair)`")
        #expect(declared(tree) == [read])
    }

    @Test func ogAndAMissingCommaBetweenInvitedPeople() throws {
        let tree = parse("participant Erik\nparticipant Bo\nphase Idé: invite Erik og Bo needs indsigt\nphase Test: invite Erik Bo")
        #expect(tree.diagnostics.map { $0.help?.en ?? "" } == [
            "separate with a comma: `Erik, Bo`", "separate with a comma: `Erik, Bo`",
        ])
        #expect(phases(tree) == ["Idé: invite Erik, Bo; needs indsigt", "Test: invite Erik, Bo"])
    }

    @Test func aCommaBeforeTheNextClause() throws {
        let tree = parse("participant Erik\nphase Idé: invite Erik, needs indsigt")
        let error = try #require(oneError(tree))
        #expect(error.help?.en == "remove the comma before `needs`: `phase Idé: invite Erik needs indsigt`")
        #expect(error.help?.da == "fjern kommaet foran `needs`: `phase Idé: invite Erik needs indsigt`")
        #expect(phases(tree) == ["Idé: invite Erik; needs indsigt"])
    }

    @Test func aCommaTooManyAtTheEndOrInTheMiddle() throws {
        let tree = parse("core Anne: faglighed,, indsigt\nparticipant Erik: ressourcer,")
        #expect(tree.diagnostics.map { $0.help?.en ?? "" } == [
            "remove the extra comma: `core Anne: faglighed, indsigt`",
            "remove the comma at the end (a list cannot go on on the next line): `participant Erik: ressourcer`",
        ])
        #expect(declared(tree) == ["core Anne: faglighed, indsigt", "participant Erik: ressourcer"])
    }

    // MARK: 6. Danish and misspelt keywords

    @Test(arguments: [
        ("kernedeltager Anne: faglighed", "core"), ("kerne Anne: faglighed", "core"),
        ("deltager Anne: faglighed", "participant"), ("gruppe Anne: faglighed", "group"),
        ("fase Anne", "phase"), ("netværk Anne", "network"), ("leder Anne", "leader"),
        ("referenceleder Anne", "reference"), ("medleder Anne", "codriver"), ("co-driver Anne", "codriver"),
        ("diamant faglighed, indsigt", "diamond"), ("cor Anne: faglighed", "core"),
        ("partcipant Anne: faglighed", "participant"), ("pahse Anne", "phase"),
    ])
    func aWordWhereAStatementKeywordBelongs(text: String, keyword: String) throws {
        let tree = parse(text)
        let error = try #require(oneError(tree))
        let word = String(text.prefix { $0 != " " })
        let fixed = keyword + text.dropFirst(word.count)
        #expect(error.help?.en == "did you mean `\(keyword)`? `\(fixed)`")
        #expect(error.help?.da == "mente du `\(keyword)`? `\(fixed)`")
        #expect(error.range == TestSupport.range(of: word, in: text))
        #expect(tree.statements.allSatisfy { !$0.isError }, "the line is read as if `\(keyword)` were written")
    }

    @Test func theMessageSaysKeywordsAreEnglish() throws {
        let danish = try #require(oneError(parse("kerne Anne: faglighed")))
        #expect(danish.message.en == "`kerne` is not a keyword: the keywords are English")
        #expect(danish.message.da == "`kerne` er ikke et nøgleord: nøgleordene er på engelsk")
        let misspelt = try #require(oneError(parse("cor Anne: faglighed")))
        #expect(misspelt.message.en == "`cor` is not a keyword")
    }

    @Test(arguments: [
        ("phase Idé: inviter Borgere", "invite", "Idé: invite Borgere"),
        ("phase Idé: invte Borgere", "invite", "Idé: invite Borgere"),
        ("phase Idé: invite Borgere behov indsigt", "needs", "Idé: invite Borgere; needs indsigt"),
        ("phase Idé: invite Borgere uden Anne", "without", "Idé: invite Borgere; without Anne"),
        ("phase Idé: uden Anne", "without", "Idé: without Anne"),
    ])
    func aWordWhereAClauseKeywordBelongs(text: String, keyword: String, read: String) throws {
        let tree = parse("core Anne: faglighed\n" + text)
        let error = try #require(oneError(tree))
        #expect(error.help?.en.hasPrefix("did you mean `\(keyword)`?") == true, "\(error.help?.en ?? "")")
        #expect(phases(tree) == [read])
    }

    @Test func fraTilAndTilladInAPhase() throws {
        let tree = parse(
            "core Anne: faglighed\nphase Opstart fra 2027-01-04 til 2027-01-29\nphase Test: without Anne tillad core-left-out \"kursus\"")
        #expect(tree.diagnostics.map { $0.help?.en ?? "" } == [
            "did you mean `from`? `phase Opstart from 2027-01-04 to 2027-01-29`",
            "did you mean `allow`? `phase Test: without Anne allow core-left-out \"kursus\"`",
        ])
        #expect(tree.statements.allSatisfy { !$0.isError })
        #expect(tree.statements.last?.suppression?.rule.text == "core-left-out")
    }

    @Test func aCapitalisedNameAfterANameIsNotTakenForAKeyword() {
        // `Niels` is close to `needs`, but names are not keywords: a name with a space.
        let tree = parse("participant \"Anne Niels\"\nphase Idé: invite Anne Niels")
        #expect(tree.diagnostics.map { $0.help?.en ?? "" } == ["write the whole name in quotes: `phase Idé: invite \"Anne Niels\"`"])
    }

    // MARK: 7. No cascades

    @Test(arguments: [
        ("participant Erik: ressourcer via", "participant Erik: ressourcer"),
        ("core Anne: faglighed, 3F", "core Anne: faglighed"),
        ("core Anne: faglighed allow", "core Anne: faglighed"),
        ("core Anne: faglighed \"Bo\"", "core Anne: faglighed"),
    ])
    func aBrokenDeclarationStillDeclaresItsName(text: String, read: String) throws {
        let tree = parse(text)
        #expect(tree.diagnostics.count == 1)
        #expect(declared(tree) == [read])
    }

    @Test func aBrokenPhaseKeepsWhatItSaidBeforeTheSlip() {
        let tree = parse("phase Start: invite Borgere needs")
        #expect(tree.diagnostics.count == 1)
        #expect(phases(tree) == ["Start: invite Borgere"])
    }

    @Test func theCheckerSaysHowManyChecksWait() throws {
        let source = SourceFile(path: "t", text: "core Anne: faglighed\nphase : invite Borgere\nleader\n")
        let result = Checker.check(source)
        let waiting = RuleRegistry.all.filter { $0.description.severity != .error }.count
        #expect(waiting > 0)
        let notes = result.diagnostics.flatMap(\.notes)
        let english = notes.filter { $0.en.contains("once the syntax errors are fixed") }
        #expect(english.map(\.en) == ["\(waiting) more checks run once the syntax errors are fixed"])
        #expect(english.map(\.da) == ["netplan kører \(waiting) tjek mere, når syntaksfejlene er rettet"])
        // Said once, at the first error.
        let first = try #require(english.first)
        #expect(result.diagnostics.first?.notes.contains(first) == true)
    }

    @Test func checksTurnedOffAreNotCountedAsWaiting() throws {
        let all = RuleRegistry.all.filter { $0.description.severity != .error }.count
        let source = SourceFile(path: "t", text: "set no-citizen-perspective off\nleader\n")
        let note = Checker.check(source).diagnostics.flatMap(\.notes).first { $0.en.contains("syntax errors") }
        #expect(note?.en == "\(all - 1) more checks run once the syntax errors are fixed")
    }

    @Test func anAllowIsNotCalledUnusedWhileItsRuleWaits() {
        // core-left-out is a note rule: it waits while another line is broken.
        let text = "core Anne: faglighed\nphase Test: without Anne allow core-left-out \"kursus\"\nleader\n"
        let result = Checker.check(SourceFile(path: "t", text: text))
        #expect(!result.diagnostics.contains { $0.code == Suppressions.unusedCode })
        #expect(result.diagnostics.map(\.code) == ["NP010"])
    }

    @Test func aCleanPlanHasNoWaitingNote() {
        let result = Checker.check(SourceFile(path: "t", text: "core Anne: faglighed\n"))
        #expect(!result.diagnostics.flatMap(\.notes).contains { $0.en.contains("syntax errors") })
    }

    // MARK: 13. Empty names

    @Test(arguments: ["core \"\": faglighed", "phase Idé: invite Borgere, \"\"", "participant \"  \""])
    func anEmptyNameIsAnError(text: String) throws {
        let error = try #require(oneError(parse(text)))
        #expect(error.message.en == "a name cannot be empty")
        #expect(error.message.da == "et navn kan ikke være tomt")
        let quotes = text.contains("\"  \"") ? "\"  \"" : "\"\""
        #expect(error.range == TestSupport.range(of: quotes, in: text))
    }

    @Test func anEmptyReasonOrValueIsLeftToItsOwnCheck() {
        // `allow` and `set` have their own messages for an empty reason or value.
        let tree = parse("core Anne: faglighed allow core-left-out \"\"\nset core-team \"\"")
        #expect(tree.diagnostics.isEmpty)
    }

    /// A line that starts with a word no keyword resembles is told every
    /// keyword a line can start with, in both languages, from the parser's own list.
    @Test func aLineWithoutAKeywordIsToldEveryKeywordALineCanStartWith() throws {
        let tree = parse("zzzzqqq\n")
        let help = try #require(tree.diagnostics.first?.help)
        for keyword in Keyword.statementStarters {
            #expect(help.en.contains("`\(keyword.rawValue)`"), "\(keyword) missing from: \(help.en)")
            #expect(help.da.contains("`\(keyword.rawValue)`"), "\(keyword) missing from: \(help.da)")
        }
    }
}
