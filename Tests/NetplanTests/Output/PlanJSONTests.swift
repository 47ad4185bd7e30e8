import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanViews
@testable import NetplanCLI

@Suite struct PlanJSONTests {
    static let plan = """
        network "Mindre ensomhed" kind velfærdsnetværk
        leader "Mette Holm"
        core Anne: faglighed, handlekraft
        core "Bo Nielsen": faglighed via Anne
        participant Erik: ressourcer via "Bo Nielsen"
        group Borgere: indsigt
        phase Opstart from 2027-01-04 to 2027-01-29
        phase Idé: invite Borgere, Erik needs indsigt
        phase Test: invite Erik needs ressourcer, indsigt without Anne
        """

    static func object(_ text: String) throws -> [String: Any] {
        let result = Checker.check(SourceFile(path: "plan.netplan", text: text))
        let data = Data(PlanJSON.value(result).serialized().utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func topLevelKeysComeInTheDocumentedOrder() {
        let result = Checker.check(SourceFile(path: "plan.netplan", text: Self.plan))
        guard case .object(let pairs) = PlanJSON.value(result) else {
            Issue.record("not an object")
            return
        }
        #expect(
            pairs.map(\.0) == [
                "schemaVersion", "file", "network", "roles", "diamond", "settings", "participants", "groups",
                "phases", "referrals", "roleHolders", "meetings", "summary", "findings",
            ])
    }

    @Test func phasesShowPresenceCoverageAndDates() throws {
        let json = try Self.object(Self.plan)
        let phases = try #require(json["phases"] as? [[String: Any]])
        #expect(phases.map { $0["name"] as? String } == ["Opstart", "Idé", "Test"])
        #expect(phases[0]["start"] as? String == "2027-01-04")
        #expect(phases[1]["end"] is NSNull)
        let test = phases[2]
        let present = try #require(test["present"] as? [[String: Any]])
        #expect(present.map { $0["name"] as? String } == ["Bo Nielsen", "Erik"])
        #expect(present.map { $0["presence"] as? String } == ["core", "invited"])
        #expect(test["without"] as? [String] == ["Anne"])
        #expect(test["covered"] as? [String] == ["ressourcer"])
        #expect(test["missing"] as? [String] == ["indsigt"])
        let needs = try #require(test["needs"] as? [[String: Any]])
        #expect(needs.first?["coveredBy"] as? [String] == ["Erik"])
    }

    @Test func participantsGroupsAndReferrals() throws {
        let json = try Self.object(Self.plan)
        let people = try #require(json["participants"] as? [[String: Any]])
        #expect(people.map { $0["name"] as? String } == ["Anne", "Bo Nielsen", "Erik"])
        #expect(people[2]["phases"] as? [String] == ["Idé", "Test"])
        #expect(people[2]["via"] as? String == "Bo Nielsen")
        let groups = try #require(json["groups"] as? [[String: Any]])
        #expect(groups.map { $0["name"] as? String } == ["Borgere"])
        let referrals = try #require(json["referrals"] as? [[String: String]])
        #expect(referrals == [["from": "Anne", "to": "Bo Nielsen"], ["from": "Bo Nielsen", "to": "Erik"]])
        let roles = try #require(json["roles"] as? [String: Any])
        #expect(roles["leader"] as? String == "Mette Holm")
        #expect(roles["codriver"] is NSNull)
    }

    @Test func findingsAreIncludedAndCounted() throws {
        let json = try Self.object(Self.plan)
        let findings = try #require(json["findings"] as? [[String: Any]])
        let summary = try #require(json["summary"] as? [String: Int])
        #expect(findings.count == (summary["errors"] ?? 0) + (summary["warnings"] ?? 0) + (summary["notes"] ?? 0))
        #expect(findings.contains { $0["code"] as? String == "NP206" })
    }

    @Test func outputIsByteIdenticalAcrossRuns() {
        let first = PlanJSON.value(Checker.check(SourceFile(path: "p", text: Self.plan))).serialized()
        let second = PlanJSON.value(Checker.check(SourceFile(path: "p", text: Self.plan))).serialized()
        #expect(first == second)
    }

    @Test func stringsAreEscaped() {
        var out = ""
        JSONValue.writeString("a\"b\\c\n\u{1}\u{2028}é", into: &out)
        #expect(out == "\"a\\\"b\\\\c\\n\\u0001\\u2028é\"")
    }

    @Test func jsonCommandExitsOneOnErrorsButPrintsJSON() throws {
        let console = Console(arguments: ["json", "-"], standardInput: Array("phase X: invite Borgre\n".utf8))
        #expect(Tool.run(console) == .findings)
        let object = try JSONSerialization.jsonObject(with: Data(console.output.utf8)) as? [String: Any]
        #expect((object?["summary"] as? [String: Int])?["errors"] == 1)
    }

    @Test func jsonCommandRejectsTwoFiles() {
        let console = Console(arguments: ["json", "a.netplan", "b.netplan"])
        #expect(Tool.run(console) == .usage)
        #expect(console.errors.contains("exactly one plan file"))
    }
}

/// The schema and the output must name the same keys, so one cannot drift
/// from the other (CI also validates every sample with python3 jsonschema).
@Suite struct PlanSchemaTests {
    static let schemaURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/netplan.schema.json")

    @Test func schemaRequiresExactlyTheKeysTheOutputWrites() throws {
        let schema = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: Self.schemaURL)) as? [String: Any])
        let result = Checker.check(SourceFile(path: "p", text: PlanJSONTests.plan))
        guard case .object(let pairs) = PlanJSON.value(result) else {
            Issue.record("not an object")
            return
        }
        #expect(schema["required"] as? [String] == pairs.map(\.0))
        let definitions = try #require(schema["$defs"] as? [String: [String: Any]])
        guard case .array(let phases) = pairs.first(where: { $0.0 == "phases" })?.1,
            case .object(let phase) = phases.first
        else {
            Issue.record("no phase")
            return
        }
        #expect(definitions["phase"]?["required"] as? [String] == phase.map(\.0))
        #expect((schema["properties"] as? [String: [String: Any]])?["schemaVersion"]?["const"] as? Int == PlanJSON.schemaVersion)
    }
}
