import Testing
@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanSyntax

/// The resolved plan does not keep the syntax tree alive: it records the few
/// facts the rules read of the statements themselves.
@Suite struct PlanWithoutTreeTests {
    private static let text = """
        diamond faglighed, indsigt
        network "Ældre" kind velfærdsnetværk
        core Anne: faglighed status ja allow placeholder-name "navnet er rigtigt"
        core Anne: indsigt status spurgt
        leader Mette status bekræftet
        phase Opstart allow core-team-size "lille start"
        meeting Kickoff on 2027-01-06 in Opstart place "<Sted>"
        """

    @Test func thePlanHoldsNoTreeNorItsStatements() {
        let plan = Resolver.resolve(Parser.parse(SourceFile(path: "p.netplan", text: Self.text)))
        // By dynamic type: `is [Statement]` would also hold for any empty array.
        let treeTypes = [ObjectIdentifier(SyntaxTree.self), ObjectIdentifier([Statement].self)]
        let kept = Mirror(reflecting: plan).children.filter { treeTypes.contains(ObjectIdentifier(type(of: $0.value))) }
        #expect(kept.map { $0.label ?? "?" } == [])
    }

    @Test func theFactsTheRulesReadAreThoseOfTheTree() {
        let tree = Parser.parse(SourceFile(path: "p.netplan", text: Self.text))
        let plan = Resolver.resolve(tree)
        let allowed = tree.statements.indices.compactMap { index in
            tree.statements[index].suppression.map { Allowance(statement: index, statementRange: tree.statements[index].range, suppression: $0) }
        }
        #expect(plan.allowances == allowed)
        #expect(plan.allowances.map(\.statement) == [2, 5])
        #expect(plan.anchorKeyword == tree.statements[1].keyword)
        #expect(plan.statusWords.map(\.text) == ["ja", "spurgt", "bekræftet"])
        #expect(plan.meetings.first?.placeRange.map { plan.source.text($0) } == "\"<Sted>\"")
        #expect(!plan.isRegister && plan.registerEntries.isEmpty)
    }

    @Test func aRegisterRecordsItsOwnEntries() {
        let text = "person \"Anne Krogh\": faglighed\ngroup Pårørende\nperson \"Anne Krogh\""
        let tree = Parser.parse(SourceFile(path: "r.netplan", text: text))
        let plan = Resolver.resolve(tree)
        #expect(plan.isRegister)
        #expect(plan.registerEntries == Register.entries(of: tree))
        #expect(plan.registerEntries.count == 3)
    }

    @Test func withoutStatementsAFindingAboutThePlanPointsAtTheStart() {
        let plan = Resolver.resolve(Parser.parse(SourceFile(path: "p.netplan", text: "# only a comment\n")))
        #expect(plan.anchorKeyword == nil)
        let plainPlan = Resolver.resolve(Parser.parse(SourceFile(path: "p.netplan", text: "core Anne\nnetwork X")))
        #expect(plainPlan.anchorKeyword?.start == 10)
    }
}
