import Testing
@testable import NetplanBase
@testable import NetplanCheck

/// Status, declined people and recruitment against the calendar (NP105,
/// NP215, NP216 and how declined people are counted by the other rules).
@Suite struct RecruitmentRulesTests {
    static func check(_ text: String, today: CalendarDate? = nil) -> CheckResult {
        Checker.check(TestSupport.source(text), today: today)
    }

    static func codes(_ result: CheckResult) -> [String] { result.diagnostics.map(\.code) }

    // MARK: Declined people count nowhere

    @Test func declinedCorePeopleDoNotMakeTheCoreTeamBigEnough() throws {
        let text = """
            core Anne: faglighed
            core Bo: indsigt
            core Carl: ressourcer
            core Dorte: handlekraft status afslået
            phase Start
            """
        let result = Self.check(text)
        let size = try #require(result.diagnostics.first { $0.code == "NP201" })
        #expect(size.message.en.contains("only 3 participants"))
        #expect(size.notes.contains { $0.en.contains("`Dorte`") && $0.da.contains("har sagt nej") })
    }

    @Test func aDeclinedPersonBringsNothingToTheNetwork() throws {
        let text = """
            core Anne: faglighed, ressourcer, handlekraft
            participant Erik: indsigt status afslået
            phase Start
            """
        let missing = try #require(Self.check(text).diagnostics.first { $0.code == "NP205" })
        #expect(missing.message.en.contains("`indsigt`"))
        #expect(missing.notes.contains { $0.en.contains("`Erik`") })
    }

    @Test func aDeclinedPersonCoversNoNeedAndIsNotProposed() throws {
        let text = """
            core Anne: faglighed
            participant Erik: indsigt status afslået
            participant Fie: indsigt
            phase Start: invite Erik needs indsigt
            """
        let result = Self.check(text)
        #expect(result.plan.phases[0].needs[0].coveredBy.isEmpty)
        let need = try #require(result.diagnostics.first { $0.code == "NP206" })
        #expect(need.help?.en.contains("`Fie`") == true)
        #expect(need.help?.en.contains("`Erik`") == false)
    }

    @Test func aPhaseWithOnlyDeclinedPeopleIsEmpty() {
        let text = """
            core Anne: faglighed status afslået
            phase Start
            """
        #expect(Self.codes(Self.check(text)).contains("NP209"))
    }

    @Test func declinedCitizensAreNoCitizenPerspective() {
        let text = """
            core Anne: faglighed
            group Borgere: indsigt status afslået
            phase Start: invite Borgere for "fortæller"
            """
        #expect(Self.codes(Self.check(text)).contains("NP210"))
    }

    @Test func aDeclinedParticipantIsNotAskedToBeInvitedOrMadeCore() {
        let text = """
            core Anne: faglighed
            participant Erik: indsigt status afslået
            participant Fie: indsigt status declined
            phase Start: invite Fie
            phase Slut: invite Fie
            """
        let codes = Self.codes(Self.check(text))
        #expect(!codes.contains("NP203"))
        #expect(!codes.contains("NP204"))
    }

    @Test func aRoleHolderInvitedWithoutADeclarationIsNotAskedForCompetences() {
        let text = """
            leader "Mette Holm" unit Sundhed status bekræftet
            core Anne: faglighed
            phase Start: invite "Mette Holm"
            """
        let result = Self.check(text)
        #expect(!Self.codes(result).contains("NP208"))
        #expect(!Self.codes(result).contains("NP203"))
    }

    // MARK: NP215

    @Test func declinedStillInvolvedNamesWhoElseBringsTheirCompetences() throws {
        let text = """
            core Anne: faglighed, indsigt status afslået
            core "Bo Holm": indsigt
            participant "Eva Lund": indsigt
            participant Gitte: indsigt status afslået
            phase Start: invite "Eva Lund"
            """
        let finding = try #require(Self.check(text).diagnostics.first { $0.code == "NP215" })
        let note = try #require(finding.notes.first)
        #expect(note.en == "nobody else brings `faglighed`; `Bo Holm` and `Eva Lund` also bring `indsigt`")
        #expect(note.da == "ingen andre bidrager med `faglighed`; `Bo Holm` og `Eva Lund` bidrager også med `indsigt`")
    }

    @Test func declinedAndInvitedIsFoundAtEachInvitation() {
        let text = """
            core Anne: faglighed
            participant Erik: indsigt status afslået
            phase Start: invite Erik
            phase Slut: invite Erik, Erik
            """
        let result = Self.check(text)
        let positions = result.diagnostics.filter { $0.code == "NP215" }.map { TestSupport.position($0, in: result.source) }
        #expect(positions == ["3:21", "4:20"])
    }

    // MARK: NP105

    @Test func anUnknownStatusSuggestsTheClosestWord() throws {
        let result = Self.check("core Anne: faglighed status bekrftet\nphase Start")
        let finding = try #require(result.diagnostics.first { $0.code == "NP105" })
        #expect(finding.severity == .error)
        #expect(finding.help?.en == "did you mean `bekræftet`?")
        #expect(finding.help?.da == "mente du `bekræftet`?")
        #expect(TestSupport.position(finding, in: result.source) == "1:29")
    }

    @Test func aCommonWordForAStatusIsUnderstood() throws {
        let finding = try #require(
            Self.check("core Anne: faglighed status afvist\nphase Start").diagnostics.first { $0.code == "NP105" })
        #expect(finding.help?.en == "did you mean `afslået`?")
    }

    // MARK: NP216

    static let calendarPlan = """
        core Anne: faglighed status bekræftet
        core Bo: indsigt status kontaktet
        participant Erik: ressourcer status foreslået
        participant Fie: handlekraft
        phase Opstart from 2027-01-11 to 2027-01-29: invite Erik, Fie
        phase Idé from 2027-02-01 to 2027-02-26: invite Erik
        """

    @Test func unconfirmedPeopleAreFoundPerPersonAndPhaseStartingSoon() {
        let result = Self.check(Self.calendarPlan, today: CalendarDate("2027-01-04"))
        let found = result.diagnostics.filter { $0.code == "NP216" }
        #expect(found.map(\.message.en) == [
            "`Bo` is not confirmed yet (contacted), and `Opstart` starts on 2027-01-11, in 7 days",
            "`Erik` is not confirmed yet (suggested), and `Opstart` starts on 2027-01-11, in 7 days",
        ])
        #expect(found.last?.message.da == "`Erik` er endnu ikke bekræftet (foreslået), og `Opstart` begynder 2027-01-11, om 7 dage")
        #expect(found.map { TestSupport.position($0, in: result.source) } == ["5:7", "5:53"])
    }

    @Test func theWindowIsFromTodayToConfirmBeforeDaysAhead() {
        func count(_ today: String, _ setting: String = "") -> Int {
            Self.check(setting + Self.calendarPlan, today: CalendarDate(today)).diagnostics.filter { $0.code == "NP216" }.count
        }
        #expect(count("2026-12-28") == 2)  // 14 days before Opstart
        #expect(count("2026-12-27") == 0)  // 15 days before
        #expect(count("2027-01-11") == 2)  // the day it starts
        #expect(count("2027-01-12") == 0)  // under way
        #expect(count("2027-01-19") == 2)  // 13 days before Idé: Bo and Erik
        #expect(count("2027-01-04", "set confirm-before 3\n") == 0)
        #expect(count("2027-01-04", "set confirm-before 7\n") == 2)
        #expect(count("2027-01-04", "set confirm-before off\n") == 0)
    }

    @Test func todayAndTomorrowAreSaidInWords() throws {
        let today = try #require(
            Self.check(Self.calendarPlan, today: CalendarDate("2027-01-11")).diagnostics.first { $0.code == "NP216" })
        #expect(today.message.en.hasSuffix("starts today"))
        #expect(today.message.da.hasSuffix("begynder i dag"))
        let tomorrow = try #require(
            Self.check(Self.calendarPlan, today: CalendarDate("2027-01-10")).diagnostics.first { $0.code == "NP216" })
        #expect(tomorrow.message.da.hasSuffix("begynder i morgen, 2027-01-11"))
    }

    @Test func withoutTodayOrDatesOrStatusNothingIsFound() {
        #expect(!Self.codes(Self.check(Self.calendarPlan)).contains("NP216"))
        let undated = "core Anne: faglighed status kontaktet\nphase Start"
        #expect(!Self.codes(Self.check(undated, today: CalendarDate("2027-01-04"))).contains("NP216"))
        let untracked = "core Anne: faglighed\nphase Start from 2027-01-05 to 2027-01-29"
        #expect(!Self.codes(Self.check(untracked, today: CalendarDate("2027-01-04"))).contains("NP216"))
    }

    @Test(arguments: ["14 dage", "-1", "366", "to", "99999"])
    func anInvalidConfirmBeforeIsReported(value: String) throws {
        let result = Self.check("set confirm-before \"\(value)\"\ncore Anne: faglighed\nphase Start")
        let problem = try #require(result.diagnostics.first { $0.code == "NP301" })
        #expect(problem.message.en.contains("not a number of days for `confirm-before`"))
        #expect(problem.help?.da.contains("`set confirm-before 14`") == true)
        #expect(result.configuration.confirmBefore == 14)
    }

    @Test func confirmBeforeIsSuggestedForASlip() throws {
        let result = Self.check("set confirm-befor 7\ncore Anne: faglighed\nphase Start")
        let problem = try #require(result.diagnostics.first { $0.code == "NP301" })
        #expect(problem.help?.en == "did you mean `confirm-before`?")
    }
}
