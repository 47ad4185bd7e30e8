import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanViews

/// A `via` that names the leader, co-driver or reference leader is a
/// referral like any other (issue 11, item 10): an edge in `netplan graph`
/// from a node for the role holder, the root of the relationship tour, and
/// an entry in `netplan json`'s referrals.
@Suite struct RoleReferralTests {
    static let plan = """
        network "Mindre ensomhed"
        leader "Mette Holm"
        codriver "Jonas Berg"
        reference "Lise Dam"
        core "Jonas Berg": faglighed
        core Anne: faglighed via "Mette Holm"
        participant Erik: ressourcer via "Lise Dam"
        participant Fie: indsigt via "Jonas Berg"
        phase Start: invite Erik, Fie
        """

    static func graphLines(_ text: String, language: Language = .english) -> [String] {
        let dot = ReferralGraph.dot(Checker.check(SourceFile(path: "p.netplan", text: text)).plan, language: language)
        return dot.split(separator: "\n").map { String($0.drop { $0 == " " }) }
    }

    @Test func roleHoldersAreRootNodesWithTheirEdges() {
        let lines = Self.graphLines(Self.plan)
        let edges = lines.filter { $0.contains(" -> ") && !$0.contains("legend") && !$0.hasPrefix("//") }
        #expect(edges == ["\"Mette Holm\" -> \"Anne\";", "\"Lise Dam\" -> \"Erik\";", "\"Jonas Berg\" -> \"Fie\";"])
        // Undeclared role holders are nodes that show their role; the
        // co-driver, declared core, stays one core node.
        #expect(
            lines.contains(
                "\"Mette Holm\" [label=\"Mette Holm\\nnetwork leader\", shape=box, style=\"rounded,filled\", fillcolor=\"#f3e5f5\"];"))
        #expect(lines.contains { $0.hasPrefix("\"Lise Dam\" [label=\"Lise Dam\\nreference leader\"") })
        #expect(lines.filter { $0.hasPrefix("\"Jonas Berg\" [") }.count == 1)
        #expect(lines.contains { $0.contains("legend: role") })
        let danish = Self.graphLines(Self.plan, language: .danish)
        #expect(danish.contains { $0.hasPrefix("\"Lise Dam\" [label=\"Lise Dam\\nreferenceleder\"") })
    }

    @Test func aPlanWithoutRoleReferralsHasNoRoleNodes() {
        let lines = Self.graphLines("leader \"Mette Holm\"\ncore Anne: faglighed\nphase Start")
        #expect(!lines.contains { $0.contains("Mette Holm") || $0.contains("legend: role") })
    }

    @Test func jsonListsReferralsFromRoleHolders() throws {
        let json = try PlanJSONTests.object(Self.plan)
        let referrals = try #require(json["referrals"] as? [[String: String]])
        #expect(
            referrals == [
                ["from": "Mette Holm", "to": "Anne"], ["from": "Lise Dam", "to": "Erik"], ["from": "Jonas Berg", "to": "Fie"],
            ])
        let roles = try #require(json["roles"] as? [String: String])
        #expect(roles["reference"] == "Lise Dam")
    }

    @Test func theResolverRecordsTheRole() {
        let plan = Checker.check(SourceFile(path: "p.netplan", text: Self.plan)).plan
        let byName = Dictionary(uniqueKeysWithValues: plan.participants.map { ($0.name, $0) })
        #expect(byName["Anne"]?.referringRole == .leader)
        #expect(byName["Erik"]?.referringRole == .reference)
        #expect(byName["Fie"]?.referringRole == nil)
        #expect(byName["Fie"]?.referrer == plan.participant(named: "Jonas Berg"))
    }
}
