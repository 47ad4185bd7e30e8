import Testing
@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanSyntax
@testable import NetplanTesting

/// Memory of a big plan (issue 16): a statement is a fixed-size record of a
/// few words and its declaration sits in the array of its kind, and the
/// resolved plan's arrays are allocated once at their size instead of
/// doubling while they grow.
@Suite struct CompactPlanTests {
    @Test func aStatementIsSmall() {
        // Stored as a `Statement` value, a statement took the size of its largest
        // declaration plus an `allow` clause: over 400 bytes, for every line of a plan.
        #expect(StatementList.recordStride <= 32)
    }

    /// Each declaration is stored at its own size in the array of its kind:
    /// a plan of participants takes a record and a participant's declaration
    /// per line, and no room for the larger kinds or a box per declaration.
    @Test func aDeclarationTakesItsOwnSizeAndNoBox() {
        let lines = (0..<1_000).map { "participant P\($0): faglighed" }.joined(separator: "\n")
        let tree = Parser.parse(SourceFile(path: "p.netplan", text: lines))
        #expect(tree.statements.count == 1_000)
        // A record, the declaration, and the statement's position in the column of its kind.
        let perStatement = StatementList.recordStride + MemoryLayout<ParticipantDecl>.stride + 4
        #expect(tree.statements.storage.used == 1_000 * perStatement)
        #expect(tree.statements.storage.capacity * 8 <= tree.statements.storage.used * 9)
    }

    /// What every name, occurrence and participant is made of: ranges of two
    /// 32-bit offsets, facts and the texts of unresolved names out of line.
    @Test func theRecordsOfABigPlanAreSmall() {
        #expect(MemoryLayout<SourceRange>.stride == 8)
        #expect(MemoryLayout<Name>.stride <= 24)
        #expect(MemoryLayout<NameOccurrence>.stride <= 32)
        #expect(MemoryLayout<Participant>.stride <= 104)
        #expect(MemoryLayout<ParticipantDecl>.stride <= 112)
        #expect(MemoryLayout<OptionalRange>.stride == 8)
    }

    @Test func theTreesArraysAreKeptAtTheirSize() {
        let text = PlanGenerator(seed: 11).healthyPlan(lines: 3_000).text
        let tree = Parser.parse(SourceFile(path: "p.netplan", text: text))
        #expect(tree.statements.count > 2_000)
        #expect(tree.statements.storage.capacity * 8 <= tree.statements.storage.used * 9)
        #expect(tree.source.lineStarts.capacity * 8 <= tree.source.lineStarts.count * 9)
        guard case .participant(let decl) = tree.statements.first(where: { if case .participant = $0.kind { true } else { false } })?.kind,
            let store = decl.competences.store
        else {
            Issue.record("no participant with competences")
            return
        }
        #expect(store.items.count > 2_000)
        #expect(store.items.capacity * 8 <= store.items.count * 9)
    }

    @Test func aParticipantWithoutFactsKeepsNoneAndOneWithFactsKeepsThem() {
        let text = "core Anne: faglighed status afslået unit \"Skole\"\ncore Bo: indsigt\n"
        let plan = Resolver.resolve(Parser.parse(SourceFile(path: "p.netplan", text: text)))
        let anne = plan.participants.first { $0.name == "Anne" }
        let bo = plan.participants.first { $0.name == "Bo" }
        #expect(anne?.facts.unit == "Skole")
        #expect(anne?.isDeclined == true && anne?.counts == false)
        #expect(bo?.facts == PersonFacts.none && bo?.counts == true)
        var changed = bo
        changed?.facts.note = "ny"
        #expect(changed?.facts.note == "ny" && bo?.facts.note == nil)
    }

    @Test func storedStatementsStillCompareAndKeepTheirAllowClause() throws {
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
        // Reserved from a count of the statements (plus the built-in groups, and
        // what the allocator rounds up to): within a tenth of what is used.
        #expect(plan.participants.capacity * 10 <= plan.participants.count * 11)
        #expect(plan.phases.capacity * 10 <= plan.phases.count * 11)
        let occurrences = plan.names.occurrences
        #expect(occurrences.count > 5_000)
        #expect(occurrences.capacity * 4 <= occurrences.count * 5)
    }

    /// A phase's invitations, left-out people and needs are reserved at the
    /// number written: grown by doubling, a phase inviting 12 took room for 16
    /// (2.3 MB for the 8,000 phases of a 100,000-line plan, where 1.8 MB is used).
    @Test func aPhasesListsAreAllocatedAtTheirSize() {
        let text = PlanGenerator(seed: 7).healthyPlan(lines: 3_000).text
        let plan = Resolver.resolve(Parser.parse(SourceFile(path: "p.netplan", text: text)))
        let invited = plan.phases.map(\.invited)
        #expect(invited.reduce(0) { $0 + $1.count } > 1_000)
        // What the allocator rounds up to: at most one entry more.
        #expect(invited.allSatisfy { $0.capacity <= $0.count + 1 })
    }
}
