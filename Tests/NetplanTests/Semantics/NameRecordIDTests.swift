import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanSyntax
@testable import NetplanCheck

/// The name record's ids: one id per name, whatever it stands for and
/// however its accents are saved, shared with the registers the plan uses.
@Suite struct NameRecordIDTests {
    private func parse(_ text: String, path: String = "t", names: NameTable = NameTable()) -> SyntaxTree {
        Parser.parse(SourceFile(path: path, text: text), names: names)
    }

    @Test func everyPlaceOfANameHasOneIDAndTheTableGivesItsText() throws {
        let text = NameRecordTests.rené
        let plan = Resolver.resolve(parse(text))
        let table = plan.names.table
        for occurrence in plan.names.occurrences {
            #expect(table.text(occurrence.id) == NameKey(occurrence.name.text).text)
            #expect(table.id(of: occurrence.name.text) == occurrence.id)
        }
        let zoë = try #require(table.id(of: "Zoë"))
        #expect(plan.names.occurrences(named: zoë).map(\.use) == [.role(.leader), .via])
        let rené = try #require(table.id(of: "Rene\u{301}"))
        #expect(plan.names.occurrences(named: rené).map(\.use) == [.declaration, .without])
        let ukendt = try #require(table.id(of: "Ukendt"))
        #expect(plan.names.occurrences(named: ukendt).count == 2)
        // Different names, different ids; the ids are dense.
        let ids = Set(plan.names.occurrences.map(\.id))
        #expect(ids.count == Set(plan.names.occurrences.map { NameKey($0.name.text) }).count)
        #expect(ids.allSatisfy { $0.index < table.count })
    }

    @Test func aRegisterAndThePlansThatUseItShareTheIDsOfItsNames() throws {
        // One workspace: the register and the plan are parsed into one table, as `Workspace` does.
        let workspace = NameTable()
        var register = Register(names: workspace)
        for entry in Register.entries(of: parse("person \"Anne Krogh\": indsigt\ngroup Ældrerådet\n", path: "r", names: workspace)) {
            register.add(entry)
        }
        let anne = try #require(register.names.id(of: "Anne Krogh"))
        let plan = Resolver.resolve(
            parse("core \"Anne Krogh\"\nphase Start: invite Ældrerådet, \"Anne Krogh\"\n", names: workspace),
            register: register)
        #expect(plan.names.table.id(of: "Anne Krogh") == anne)
        #expect(plan.names.table.id(of: "Ældrerådet") == register.names.id(of: "Ældrerådet"))
        #expect(plan.names.occurrences(named: anne).count == 2)
        #expect(register.entry(anne)?.name == "Anne Krogh")
        #expect(plan.participant(named: "Ældrerådet") != nil)
    }

    @Test func aRegisterOfAnotherTableIsReadByItsNames() throws {
        // A register built apart from the plan (its own table) still gives the plan its people.
        var register = Register()
        for entry in Register.entries(of: parse("person \"Anne Krogh\": indsigt\ngroup Ældrerådet\n", path: "r")) {
            register.add(entry)
        }
        let tree = parse("core \"Anne Krogh\"\nphase Start: invite Ældrerådet, \"Anne Krogh\"\n")
        let plan = Resolver.resolve(tree, register: register)
        #expect(plan.names.table === tree.names)
        let anne = try #require(plan.names.table.id(of: "Anne Krogh"))
        #expect(plan.names.occurrences(named: anne).count == 2)
        #expect(plan.participant(named: "Ældrerådet") != nil)
        #expect(plan.participant(named: "Anne Krogh").map { plan.participants[$0].competences.isEmpty } == false)
    }
}
