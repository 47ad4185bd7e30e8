import Testing
@testable import NetplanBase
@testable import NetplanCheck

/// Meetings against the phases and each other (NP106, NP217, NP218, NP219),
/// a core team from one unit (NP221) and citizens without a purpose (NP222).
@Suite struct MeetingRulesTests {
    static func findings(_ code: String, _ text: String) -> [Diagnostic] {
        Checker.check(TestSupport.source(text)).diagnostics.filter { $0.code == code }
    }

    static let phases = """
        core Anne: faglighed
        phase Opstart from 2027-01-04 to 2027-01-29
        phase Idé from 2027-02-01 to 2027-02-26

        """

    @Test func aMeetingInTheWrongPhaseIsToldWhichPhaseHoldsItsDate() throws {
        let finding = try #require(Self.findings("NP217", Self.phases + "meeting Idémøde on 2027-02-10 in Opstart").first)
        #expect(finding.message.en == "`Idémøde` on 2027-02-10 lies outside `Opstart` (2027-01-04 to 2027-01-29)")
        #expect(finding.help?.da.hasPrefix("datoen ligger i `Idé`: skriv `in Idé`") == true)
        #expect(finding.secondary.count == 1)
    }

    @Test func aMeetingBetweenPhasesIsToldTheNearestPhase() throws {
        let finding = try #require(Self.findings("NP218", Self.phases + "meeting Borgermøde on 2027-03-10").first)
        #expect(finding.message.da == "`Borgermøde` den 2027-03-10 hører ikke til nogen fase")
        #expect(finding.help?.en.contains("the nearest is `Idé`, 2027-02-01 to 2027-02-26") == true)
        #expect(Self.findings("NP218", Self.phases + "meeting Kickoff on 2027-01-06").isEmpty)
    }

    @Test func onlyOverlappingTimesOnTheSameDateClash() {
        let text = Self.phases + """
            meeting A on 2027-01-06 09.00-12.00
            meeting B on 2027-01-06 10.00-11.00
            meeting C on 2027-01-06 11.30-13.00
            meeting D on 2027-01-06 13.00-14.00
            meeting E on 2027-01-06
            meeting F on 2027-01-07 10.00-11.00
            """
        let found = Self.findings("NP219", text)
        #expect(found.map(\.message.en) == [
            "`B` (10.00-11.00) overlaps `A` (09.00-12.00) on 2027-01-06",
            "`C` (11.30-13.00) overlaps `A` (09.00-12.00) on 2027-01-06",
        ])
    }

    @Test func aBackwardsTimeIsAnErrorWithTheTimeTurnedAround() throws {
        let finding = try #require(Self.findings("NP106", Self.phases + "meeting Kickoff on 2027-01-06 16.00-14.00").first)
        #expect(finding.severity == .error)
        #expect(finding.message.da == "`Kickoff` slutter kl. 14.00, før det begynder kl. 16.00")
        #expect(finding.help?.en == "write the start first: `14.00-16.00`")
        // A backwards time is no overlap.
        #expect(Self.findings("NP219", Self.phases + "meeting A on 2027-01-06 16.00-14.00\nmeeting B on 2027-01-06 14.30-15.00").isEmpty)
    }

    @Test func aCoreTeamFromOneUnitGetsANoteOnlyWhenEveryUnitIsGiven() {
        let same = "network N\ncore A: faglighed unit \"Ældre og Handicap\"\ncore B: indsigt unit \"ældre og handicap\"\nphase S"
        #expect(Self.findings("NP221", same).map(\.message.en) == ["all 2 core participants come from `Ældre og Handicap`"])
        #expect(Self.findings("NP221", "network N\ncore A: faglighed unit X\nphase S").isEmpty)
        #expect(Self.findings("NP221", "network N\ncore A: faglighed unit X\ncore B: indsigt unit \" \"\nphase S").isEmpty)
    }

    @Test func citizensNeedAPurposeInEachPhase() {
        let text = """
            core Anne: faglighed
            phase Opdagelse: invite Borgere for "fortæller om hverdagen", Pårørende
            phase Test: invite Borgere, Borgere
            """
        let found = Self.findings("NP222", text)
        #expect(found.map(\.message.en) == [
            "`Pårørende` is invited to `Opdagelse` without a purpose",
            "`Borgere` is invited to `Test` without a purpose",
        ])
    }
}
