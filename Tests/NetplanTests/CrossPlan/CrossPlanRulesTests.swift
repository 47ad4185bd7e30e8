import Testing
@testable import NetplanBase
@testable import NetplanCheck

/// The rules across networks on plans written for each case: who counts,
/// which plan gets the finding, settings per plan, names matched like the
/// resolver matches them, and related places in the other files.
@Suite struct CrossPlanRulesTests {
    static func check(_ plans: [(String, String)]) -> [[Diagnostic]] {
        CrossPlanRules.merged(plans.map { Checker.check(SourceFile(path: $0.0, text: $0.1)) })
    }

    static func codes(_ diagnostics: [Diagnostic], _ code: String) -> [Diagnostic] {
        diagnostics.filter { $0.code == code }
    }

    static func plan(_ name: String, core: String = "\"Anne Krogh\": faglighed", from: String, to: String, extra: String = "")
        -> String
    {
        "network \"\(name)\"\n\(extra)core \(core)\nphase Start from \(from) to \(to)\n"
    }

    static let three = [
        ("a.netplan", plan("A", from: "2027-01-04", to: "2027-04-30")),
        ("b.netplan", plan("B", from: "2027-02-01", to: "2027-05-31")),
        ("c.netplan", plan("C", from: "2027-03-01", to: "2027-06-30")),
    ]

    @Test func theNetworkThatStartsLastGetsTheWarningWithTheOthersAsRelatedPlaces() throws {
        let found = Self.check(Self.three)
        #expect(Self.codes(found[0], "NP230").isEmpty)
        #expect(Self.codes(found[1], "NP230").isEmpty)
        let warning = try #require(Self.codes(found[2], "NP230").first)
        #expect(warning.severity == .warning)
        #expect(warning.message.en == "`Anne Krogh` is core in 3 networks that run at the same time (at most 2)")
        #expect(warning.secondary.map(\.file) == ["a.netplan", "b.netplan"])
        // The related ranges are the declarations in those files.
        let text = Self.three[0].1
        #expect(warning.secondary[0].range == TestSupport.range(of: "\"Anne Krogh\"", in: text))
        #expect(warning.notes.first?.en.contains("`A` (a.netplan, 2027-01-04 to 2027-04-30)") == true)
        #expect(warning.notes.first?.da.contains("`A` (a.netplan, 2027-01-04 til 2027-04-30)") == true)
    }

    @Test func inputOrderDoesNotChooseTheWarnedPlan() throws {
        let found = Self.check(Self.three.reversed())
        #expect(Self.codes(found[0], "NP230").count == 1)  // c.netplan, now first
        #expect(Self.codes(found[1], "NP230").isEmpty)
        #expect(Self.codes(found[2], "NP230").isEmpty)
    }

    @Test func theLimitIsReadFromThePlanBeyondIt() {
        var plans = Self.three
        plans[2].1 = Self.plan("C", from: "2027-03-01", to: "2027-06-30", extra: "set max-core-networks 3\n")
        #expect(Self.check(plans).allSatisfy { Self.codes($0, "NP230").isEmpty })
        plans = Self.three
        plans[0].1 = Self.plan("A", from: "2027-01-04", to: "2027-04-30", extra: "set max-core-networks 1\n")
        plans[2].1 = Self.plan("C", from: "2027-03-01", to: "2027-06-30", extra: "set core-in-too-many-networks off\n")
        // A's own limit of 1 does not matter: A starts first. B has one before it (limit 2), C turned it off.
        #expect(Self.check(plans).allSatisfy { Self.codes($0, "NP230").isEmpty })
    }

    @Test func aWrongLimitIsASettingError() throws {
        for value in ["0", "tre", "100"] {
            let result = Checker.check(SourceFile(path: "a.netplan", text: "set max-core-networks \(value)\ncore Anne: faglighed\n"))
            let problem = try #require(result.diagnostics.first { $0.code == "NP301" }, "`\(value)`")
            #expect(problem.message.en == "`\(value)` is not a number of networks for `max-core-networks`")
            #expect(problem.help?.da.contains("fx `set max-core-networks 2`") == true)
        }
        let fine = Checker.check(SourceFile(path: "a.netplan", text: "set max-core-networks 3\ncore Anne: faglighed\n"))
        #expect(!fine.diagnostics.contains { $0.code == "NP301" })
        #expect(fine.configuration.maxCoreNetworks == 3)
        let level = Checker.check(SourceFile(path: "a.netplan", text: "set NP232 warning\ncore Anne: faglighed\n"))
        #expect(!level.diagnostics.contains { $0.code == "NP301" })
        #expect(level.configuration.severity(of: DeclinedHereProposedThereRule().description) == .warning)
    }

    @Test func undatedDeclinedAndNonOverlappingNetworksDoNotCount() {
        var plans = Self.three
        plans[1].1 = "network \"B\"\ncore \"Anne Krogh\": faglighed\nphase Start\n"
        #expect(Self.check(plans).allSatisfy { Self.codes($0, "NP230").isEmpty })
        plans = Self.three
        plans[1].1 = Self.plan("B", core: "\"Anne Krogh\": faglighed status afslået", from: "2027-02-01", to: "2027-05-31")
        #expect(Self.check(plans).allSatisfy { Self.codes($0, "NP230").isEmpty })
        plans = Self.three
        plans[2].1 = Self.plan("C", from: "2027-07-01", to: "2027-09-30")
        #expect(Self.check(plans).allSatisfy { Self.codes($0, "NP230").isEmpty })
    }

    @Test func namesMatchInAnySpellingTheResolverAccepts() {
        // "Mølle" with a decomposed "ø" is not possible; use an accent: é as e + combining acute.
        var plans = Self.three
        for index in plans.indices {
            plans[index].1 = plans[index].1.replacingOccurrences(of: "Anne Krogh", with: index == 1 ? "Andre\u{301}" : "Andr\u{E9}")
        }
        #expect(Self.codes(Self.check(plans)[2], "NP230").count == 1)
    }

    @Test func competencesDifferIsANoteInBothPlansAndIgnoresOrder() throws {
        let plans = [
            ("a.netplan", "network \"A\"\ncore \"Bo Nielsen\": indsigt, faglighed\n"),
            ("b.netplan", "network \"B\"\ncore \"Bo Nielsen\": faglighed, indsigt\n"),
            ("c.netplan", "network \"C\"\ncore \"Bo Nielsen\": indsigt\n"),
        ]
        let found = Self.check(plans)
        let inA = try #require(Self.codes(found[0], "NP231").first)
        #expect(inA.severity == .note)
        #expect(inA.secondary.map(\.file) == ["c.netplan"])  // b agrees with a
        #expect(Self.codes(found[1], "NP231").first?.secondary.map(\.file) == ["c.netplan"])
        #expect(Self.codes(found[2], "NP231").first?.secondary.map(\.file) == ["a.netplan", "b.netplan"])
        #expect(Self.check(Array(plans.prefix(2))).allSatisfy { Self.codes($0, "NP231").isEmpty })
    }

    @Test func groupsAreNotPeople() {
        let plans = [
            ("a.netplan", "group Frivillige: handlekraft status afslået\nphase S\n"),
            ("b.netplan", "group Frivillige: indsigt\nphase S: invite Frivillige\n"),
        ]
        #expect(Self.check(plans).allSatisfy { $0.allSatisfy { !$0.code.hasPrefix("NP23") } })
    }

    @Test func declinedThereIsANoteWhereTheyAreProposedPointingAtTheStatus() throws {
        let declined = "network \"A\"\nparticipant \"Erik Sand\": indsigt status afslået\n"
        let plans = [("a.netplan", declined), ("b.netplan", "network \"B\"\ncore \"Erik Sand\": indsigt\n")]
        let found = Self.check(plans)
        #expect(Self.codes(found[0], "NP232").isEmpty)
        let note = try #require(Self.codes(found[1], "NP232").first)
        #expect(note.message.da == "`Erik Sand` har sagt nej til `A`, men er foreslået her")
        #expect(note.secondary.first?.file == "a.netplan")
        #expect(note.secondary.first?.range == TestSupport.range(of: "afslået", in: declined))
    }

    @Test func aPlanWithSyntaxErrorsTakesNoPart() {
        var plans = Self.three
        plans[0].1 += "phase : invite\n"
        #expect(Self.check(plans).allSatisfy { Self.codes($0, "NP230").isEmpty })
    }

    /// Fifty copies of one plan: every copy after the second is beyond the
    /// limit, each finding names at most `relatedLimit` other places and
    /// says how many more there are.
    @Test func manyCopiesStayBounded() throws {
        let plans = (0..<50).map { ("p\($0).netplan", Self.plan("N\($0)", from: "2027-01-04", to: "2027-04-30")) }
        let found = Self.check(plans)
        #expect(found.filter { !Self.codes($0, "NP230").isEmpty }.count == 48)
        let last = try #require(Self.codes(found[49], "NP230").first)
        #expect(last.secondary.count == CrossPlanRules.relatedLimit)
        #expect(last.notes.last?.en == "\(49 - CrossPlanRules.relatedLimit) more places in other plans not shown")
        // The note naming the other networks is as short as the list of places.
        #expect(last.notes.first.map { $0.en.components(separatedBy: ".netplan").count - 1 } == CrossPlanRules.relatedLimit)
    }

    /// Fifty copies that each write other competences, and fifty that
    /// decline: every note and message stays as short as the related places.
    @Test func manyDifferingCopiesStayBounded() throws {
        let competences = ["faglighed", "indsigt", "ressourcer", "handlekraft"]
        let plans = (0..<50).map { index in
            ("p\(index).netplan", "network \"N\(index)\"\ncore \"Bo\": \(competences[index % 4])\ncore \"Eva\": indsigt\(index > 0 ? " status afslået" : "")\n")
        }
        let found = Self.check(plans)
        let note = try #require(Self.codes(found[0], "NP231").first)
        #expect(note.notes.first.map { $0.en.components(separatedBy: ".netplan").count - 1 } == CrossPlanRules.relatedLimit)
        let declined = try #require(Self.codes(found[0], "NP232").first)
        #expect(declined.message.en.components(separatedBy: "`N").count - 1 == CrossPlanRules.relatedLimit)
    }
}
