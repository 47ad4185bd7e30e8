import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanSyntax
@testable import NetplanCheck
@testable import NetplanLanguageServer

/// The resolver's record of what every name written in a plan stands for.
@Suite struct NameRecordTests {
    private func resolve(_ text: String) -> ResolvedPlan {
        let tree = Parser.parse(SourceFile(path: "t", text: text))
        #expect(tree.diagnostics.isEmpty, "syntax errors: \(tree.diagnostics.map { $0.message.en })")
        return Resolver.resolve(tree)
    }

    /// `René` saved precomposed in one place and as `e` + U+0301 in another is one name.
    static let rené = """
        leader "Zoë"
        core "René": faglighed
        participant Bo: indsigt via "Zoe\u{308}"
        phase Start: without "Rene\u{301}" invite Bo, Borgere, Ukendt needs indsigt
        phase Slut: invite Ukendt

        """

    @Test func bothSpellingsOfANameStandForTheSameParticipant() throws {
        let text = Self.rené
        let plan = resolve(text)
        let declaration = TestSupport.offset(of: "\"René\"", in: text)
        let use = TestSupport.offset(of: "\"Rene\u{301}\"", in: text)
        #expect(plan.names.occurrence(at: declaration)?.referent == .participant(0))
        #expect(plan.names.occurrence(at: use)?.referent == .participant(0))
        #expect(plan.names.occurrences(of: .participant(0)).map(\.use) == [.declaration, .without])
        #expect(plan.names.declarations(of: .participant(0)).map(\.range.start) == [declaration])
    }

    @Test func roleHoldersBuiltInGroupsCompetencesAndUnknownNamesAreRecorded() throws {
        let text = Self.rené
        let plan = resolve(text)
        // The leader, who is not a participant, in both spellings.
        let zoë = try #require(plan.names.table.id(of: "Zoë"))
        #expect(plan.names.occurrences(of: .roleHolder(zoë)).map(\.use) == [.role(.leader), .via])
        let borgere = try #require(plan.participant(named: "Borgere"))
        #expect(plan.names.occurrences(of: .participant(borgere)).map(\.use) == [.invite])
        #expect(plan.names.occurrences(of: .competence(1)).map(\.use) == [.brings, .needs])
        let ukendt = try #require(plan.names.table.id(of: "Ukendt"))
        #expect(plan.names.occurrences(of: .unresolved(.participant, ukendt)).count == 2)
        #expect(plan.names.occurrences(of: .phase(1)).map(\.use) == [.declaration])
        // In source order, and found by offset.
        let starts = plan.names.occurrences.map(\.range.start)
        #expect(starts == starts.sorted())
        for occurrence in plan.names.occurrences {
            #expect(plan.names.occurrence(at: occurrence.range.start) == occurrence)
        }
    }

    @Test func theServerFollowsTheRecord() throws {
        let text = Self.rené
        let document = OpenDocument(uri: "file:///r.netplan", version: 1, bytes: Array(text.utf8))
        let use = TestSupport.offset(of: "\"Rene\u{301}\"", in: text)
        let definition = try #require(Navigation.definition(at: use, in: document) as? [Any])
        #expect(definition.count == 1)
        let references = try #require(
            Navigation.references(at: use, in: document, includeDeclaration: true) as? [Any])
        #expect(references.count == 2)
        let hover = Hover.hover(at: use, in: document, language: .english) as? [String: Any]
        let value = (hover?["contents"] as? [String: Any])?["value"] as? String
        #expect(value?.contains("left out of") == true)
        let edit = try Rename.rename(at: use, to: "Renée Holm", in: document, language: .english)
        let edits = ((edit as? [String: Any])?["changes"] as? [String: Any])?[document.uri] as? [Any]
        #expect(edits?.count == 2)
    }
}
