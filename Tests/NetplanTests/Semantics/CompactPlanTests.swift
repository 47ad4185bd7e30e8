import Testing
@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanSyntax
@testable import NetplanTesting

/// Memory of a big plan (issue 16): a statement is a few words with its
/// declaration boxed, and the resolved plan's arrays are allocated once at
/// their size instead of doubling while they grow.
@Suite struct CompactPlanTests {
    @Test func aStatementIsSmall() {
        // Unboxed, a statement took the size of its largest declaration plus an
        // `allow` clause: over 400 bytes, for every line of a plan.
        #expect(MemoryLayout<Statement>.stride <= 64)
    }

    @Test func boxedStatementsStillCompareAndKeepTheirAllowClause() throws {
        let text = "core Anne: faglighed allow lonely-core \"fordi\"\ncore Bo: indsigt\n"
        let tree = Parser.parse(SourceFile(path: "p.netplan", text: text))
        let again = Parser.parse(SourceFile(path: "p.netplan", text: text))
        #expect(tree.statements == again.statements)
        #expect(tree.statements[0].suppression?.rule.text == "lonely-core")
        #expect(tree.statements[1].suppression == nil)
        #expect(tree.statements[0] != tree.statements[1])
    }

    @Test func theResolvedPlansArraysAreAllocatedAtTheirSize() {
        let text = PlanGenerator(seed: 7).healthyPlan(lines: 3_000).text
        let plan = Resolver.resolve(Parser.parse(SourceFile(path: "p.netplan", text: text)))
        // Grown by doubling, up to half of each array would be empty room.
        #expect(plan.participants.count > 2_000)
        #expect(plan.participants.capacity <= plan.participants.count + BuiltInGroups.names.count + 8)
        #expect(plan.phases.capacity <= plan.phases.count + 8)
        let occurrences = plan.names.occurrences
        #expect(occurrences.count > 5_000)
        #expect(occurrences.capacity * 4 <= occurrences.count * 5)
    }
}
