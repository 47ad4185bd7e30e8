import Testing
@testable import NetplanBase
@testable import NetplanSyntax

/// Name lists as slices of one store per tree (issue 16): each list reads
/// back exactly its own names and commas, in order, whatever was appended
/// around it.
@Suite struct NameListStoreTests {
    private func competences(_ text: String) -> [[String]] {
        Parser.parse(SourceFile(path: "p.netplan", text: text)).statements.compactMap { statement in
            guard case .participant(let decl) = statement.kind else { return nil }
            return decl.competences.names.map(\.text)
        }
    }

    @Test func eachListOfATreeReadsBackItsOwnNames() {
        let text = "core Anne: faglighed, indsigt\ncore Bo: ressourcer\ncore \"Carl Dam\": indsigt, faglighed, ressourcer\n"
        #expect(competences(text) == [["faglighed", "indsigt"], ["ressourcer"], ["indsigt", "faglighed", "ressourcer"]])
        let tree = Parser.parse(SourceFile(path: "p.netplan", text: text))
        guard case .participant(let carl) = tree.statements[2].kind else {
            Issue.record("no participant")
            return
        }
        #expect(carl.competences.commas.map { tree.source.text($0) } == [",", ","])
        #expect(carl.competences.names.map { tree.source.text($0.range) } == ["indsigt", "faglighed", "ressourcer"])
        #expect(carl.competences.names.map(\.range.start).allSatisfy { $0 > text.utf8.count / 2 })
    }

    @Test func aListAppendedToAfterAnotherListMovesAndKeepsItsNames() {
        let table = NameTable()
        let store = NameListStore(table: table)
        func name(_ text: String, _ at: Int) -> Name { Name(text: text, range: SourceRange(at, at + 1), isQuoted: false, in: table) }
        var first = NameList(), second = NameList()
        first.append(name("a", 0), in: store)
        second.append(name("x", 10), in: store)
        first.appendComma(SourceRange(1, 2), in: store)
        first.append(name("b", 2), in: store)
        second.append(name("y", 12), in: store)
        #expect(first.names.map(\.text) == ["a", "b"])
        #expect(Array(first.commas) == [SourceRange(1, 2)])
        #expect(second.names.map(\.text) == ["x", "y"])
        #expect(second.commas.isEmpty)
    }

    @Test func aNameOfAnotherTableIsReadInTheStoresTable() {
        let store = NameListStore(table: NameTable())
        var list = NameList()
        list.append(Name(text: "Ærø", range: SourceRange(0, 4), isQuoted: true), in: store)
        #expect(list.names.first?.text == "Ærø")
        #expect(list.names.first?.table === store.table)
        #expect(list == NameList(names: [Name(text: "Ærø", range: SourceRange(0, 4), isQuoted: true)]))
    }

    @Test func listsOfTwoParsesOfOneTextAreEqual() {
        let text = "phase Start: invite Anne, Bo needs indsigt\ncore Anne: indsigt\ncore Bo: faglighed\n"
        let one = Parser.parse(SourceFile(path: "p.netplan", text: text))
        let two = Parser.parse(SourceFile(path: "p.netplan", text: text))
        #expect(one.statements == two.statements)
        let other = Parser.parse(SourceFile(path: "p.netplan", text: text.replacingOccurrences(of: "Bo needs", with: "Bi needs")))
        #expect(one.statements != other.statements)
    }
}

/// A participant's declaration packs its names and optional ranges (issue 16):
/// what is written reads back, and a name from another table brings `via` and `kind` along.
@Suite struct CompactDeclarationTests {
    @Test func aDeclarationReadsBackWhatWasWritten() throws {
        let text = "participant \"Anne Krogh\": faglighed via Bo kind Borgere unit \"Skole\"\ncore Bo: indsigt\n"
        let tree = Parser.parse(SourceFile(path: "p.netplan", text: text))
        guard case .participant(let anne) = tree.statements[0].kind, case .participant(let bo) = tree.statements[1].kind else {
            Issue.record("no participants")
            return
        }
        #expect(anne.name.text == "Anne Krogh" && anne.name.isQuoted)
        #expect(anne.via?.text == "Bo" && anne.via?.isQuoted == false)
        #expect(anne.category?.text == "Borgere")
        #expect(anne.colon.map { tree.source.text($0) } == ":")
        #expect(anne.viaKeyword.map { tree.source.text($0) } == "via")
        #expect(anne.categoryKeyword.map { tree.source.text($0) } == "kind")
        #expect(bo.via == nil && bo.category == nil && bo.viaKeyword == nil && bo.categoryKeyword == nil)
        #expect(bo.colon != nil)
    }

    @Test func aNewNameFromAnotherTableKeepsViaAndKind() {
        let table = NameTable()
        var decl = ParticipantDecl(
            kind: .participant, name: Name(text: "Anne", range: SourceRange(0, 4), isQuoted: false, in: table), colon: nil,
            competences: NameList(), viaKeyword: SourceRange(5, 8),
            via: Name(text: "Bo", range: SourceRange(9, 11), isQuoted: false, in: table))
        decl.name = Name(text: "Carl", range: SourceRange(0, 4), isQuoted: true)
        #expect(decl.name.text == "Carl" && decl.name.isQuoted)
        #expect(decl.via?.text == "Bo" && decl.via?.range == SourceRange(9, 11))
        decl.via = nil
        #expect(decl.via == nil && decl.viaKeyword == SourceRange(5, 8))
        #expect(OptionalRange(nil).value == nil && OptionalRange(SourceRange(0, 0)).value == SourceRange(0, 0))
    }
}
