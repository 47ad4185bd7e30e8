import Foundation
import Testing

@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanViews

/// What leaders track, in `netplan json`: people's facts (status in English),
/// role holders, purposes, phase notes and meetings, and the schema's keys for them.
@Suite struct PlanJSONFactsTests {
    static let plan = """
        network "Ensomhed" kind velfærdsnetværk
        leader "Mette Holm" unit "Ældre og Handicap" status bekræftet contact "mette@example.dk"
        codriver "Jonas Berg"
        core Anne: faglighed unit "Sundhed" status bekræftet note "sygeplejerske" contact "Anne <anne@example.dk>"
        core Bo: handlekraft status declined
        core Carl: ressourcer status kontaktet contact "tlf. 22 33 44 55"
        participant Erik: indsigt status foreslået
        group Frivillige: handlekraft unit "Frivilligcenteret"
        core "Jonas Berg": faglighed
        phase Opstart from 2027-01-04 to 2027-01-29 note "aftal datoer"
        phase Test from 2027-06-01 to 2027-08-31: invite Erik for "kender de ensomme", "Mette Holm", Frivillige
        meeting "Kick-off" on 2027-01-06 9.30-11.00 place "Rådhuset" note "kaffe"
        meeting Sommermøde on 2027-07-06 13.00-24.00 in Test
        meeting Værksted on 2027-03-10
        """

    static func object(_ text: String) throws -> [String: Any] {
        try PlanJSONTests.object(text)
    }

    static func member(_ name: String, in json: [String: Any]) throws -> [String: Any] {
        let all = ((json["participants"] as? [[String: Any]]) ?? []) + ((json["groups"] as? [[String: Any]]) ?? [])
        return try #require(all.first { $0["name"] as? String == name }, "no \(name)")
    }

    @Test func peopleCarryTheirFactsWithTheStatusInEnglish() throws {
        let json = try Self.object(Self.plan)
        let anne = try Self.member("Anne", in: json)
        #expect(anne["unit"] as? String == "Sundhed")
        #expect(anne["status"] as? String == "confirmed")
        #expect(anne["statusWritten"] as? String == "bekræftet")
        #expect(anne["note"] as? String == "sygeplejerske")
        #expect(anne["contact"] as? String == "Anne <anne@example.dk>")
        #expect(anne["email"] as? String == "anne@example.dk")
        #expect(anne["roleHolder"] is NSNull)
        #expect(try Self.member("Bo", in: json)["status"] as? String == "declined")
        #expect(try Self.member("Carl", in: json)["status"] as? String == "contacted")
        #expect(try Self.member("Carl", in: json)["email"] is NSNull)
        #expect(try Self.member("Erik", in: json)["status"] as? String == "suggested")
        #expect(try Self.member("Frivillige", in: json)["unit"] as? String == "Frivilligcenteret")
        #expect(try Self.member("Frivillige", in: json)["status"] is NSNull)
    }

    @Test func anUnknownStatusWordIsNullWithTheWordAsWritten() throws {
        let json = try Self.object("core Anne: faglighed status bekræfte\n")
        let anne = try Self.member("Anne", in: json)
        #expect(anne["status"] is NSNull)
        #expect(anne["statusWritten"] as? String == "bekræfte")
    }

    @Test func roleHoldersCarryTheRoleLinesFacts() throws {
        let json = try Self.object(Self.plan)
        let holders = try #require(json["roleHolders"] as? [String: Any])
        let leader = try #require(holders["leader"] as? [String: Any])
        #expect(leader["name"] as? String == "Mette Holm")
        #expect(leader["unit"] as? String == "Ældre og Handicap")
        #expect(leader["status"] as? String == "confirmed")
        #expect(leader["email"] as? String == "mette@example.dk")
        #expect(leader["declared"] as? Bool == false)
        #expect(leader["line"] as? Int == 2)
        #expect((holders["codriver"] as? [String: Any])?["declared"] as? Bool == true)
        #expect(holders["reference"] is NSNull)
        // Invited without a declaration, the leader is a participant with the role's facts.
        let mette = try Self.member("Mette Holm", in: json)
        #expect(mette["roleHolder"] as? String == "leader")
        #expect(mette["unit"] as? String == "Ældre og Handicap")
    }

    @Test func phasesCarryPurposesAndNotes() throws {
        let phases = try #require(try Self.object(Self.plan)["phases"] as? [[String: Any]])
        #expect(phases[0]["note"] as? String == "aftal datoer")
        #expect(phases[1]["note"] is NSNull)
        let present = try #require(phases[1]["present"] as? [[String: Any]])
        let purposes = present.map { ($0["name"] as? String ?? "", $0["purpose"] as? String) }
        #expect(purposes.first { $0.0 == "Erik" }?.1 == "kender de ensomme")
        #expect(purposes.first { $0.0 == "Anne" }.map { $0.1 == nil } == true)
    }

    @Test func meetingsHaveISOTimesAndTheirPhase() throws {
        let meetings = try #require(try Self.object(Self.plan)["meetings"] as? [[String: Any]])
        #expect(meetings.map { $0["name"] as? String } == ["Kick-off", "Sommermøde", "Værksted"])
        #expect(meetings[0]["date"] as? String == "2027-01-06")
        #expect(meetings[0]["start"] as? String == "09:30")
        #expect(meetings[0]["end"] as? String == "11:00")
        #expect(meetings[0]["phase"] as? String == "Opstart")
        #expect(meetings[0]["phaseFromDates"] as? Bool == true)
        #expect(meetings[0]["place"] as? String == "Rådhuset")
        #expect(meetings[0]["note"] as? String == "kaffe")
        #expect(meetings[0]["line"] as? Int == 12)
        #expect(meetings[1]["end"] as? String == "24:00")
        #expect(meetings[1]["phaseFromDates"] as? Bool == false)
        #expect(meetings[2]["start"] is NSNull)
        #expect(meetings[2]["phase"] is NSNull)
    }

    /// Every object the output writes has exactly the keys its schema
    /// definition requires, in that order (the schema is strict:
    /// `additionalProperties: false`).
    @Test func theSchemaRequiresExactlyTheNewKeys() throws {
        let schema = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: PlanSchemaTests.schemaURL)) as? [String: Any])
        let definitions = try #require(schema["$defs"] as? [String: [String: Any]])
        let result = Checker.check(SourceFile(path: "p", text: Self.plan))
        guard case .object(let top) = PlanJSON.value(result) else {
            Issue.record("not an object")
            return
        }
        #expect(schema["required"] as? [String] == top.map(\.0))
        func keys(_ field: String, _ index: Int = 0) -> [String] {
            switch top.first(where: { $0.0 == field })?.1 {
            case .array(let items) where items.indices.contains(index):
                if case .object(let pairs) = items[index] { return pairs.map(\.0) }
            case .object(let pairs):
                return pairs.map(\.0)
            default: break
            }
            return []
        }
        #expect(definitions["member"]?["required"] as? [String] == keys("participants"))
        #expect(definitions["meeting"]?["required"] as? [String] == keys("meetings"))
        let holder = (definitions["roleHolder"]?["oneOf"] as? [[String: Any]])?.last?["required"] as? [String]
        guard case .object(let holders) = top.first(where: { $0.0 == "roleHolders" })?.1,
            case .object(let leader) = holders.first?.1
        else {
            Issue.record("no role holder")
            return
        }
        #expect(holder == leader.map(\.0))
        let presentItem = ((definitions["phase"]?["properties"] as? [String: Any])?["present"] as? [String: Any])?["items"] as? [String: Any]
        #expect(presentItem?["required"] as? [String] == ["name", "presence", "purpose"])
    }

    @Test func theJSONValidatesAgainstTheSchema() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        let url = folder.appendingPathComponent("plan.json")
        let result = Checker.check(SourceFile(path: "p", text: Self.plan + "\nmeeting Forkert on 2027-01-07 kl. 14\n"))
        try Data(PlanJSON.value(result).serialized().utf8).write(to: url)
        guard let validation = SchemaValidation.run([url.path]) else { return }
        #expect(validation.status == 0, "\(validation.errors)")
    }
}
