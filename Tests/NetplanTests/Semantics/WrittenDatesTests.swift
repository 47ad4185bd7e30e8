import Testing
@testable import NetplanBase
@testable import NetplanSyntax

/// Dates as Danes write them get one error that proposes the date in
/// year-month-day, and the phase is kept with that date (no cascade).
@Suite struct WrittenDatesTests {
    static let march1: [String] = [
        "1/3-2027", "01-03-2027", "1.3.2027", "2027-3-1", "1. marts 2027", "1 marts 2027", "1. mar. 2027",
        "1. Marts 2027", "1 March 2027", "01.03.2027", "1/3-27", "1/3 2027",
    ]

    @Test(arguments: march1)
    func aDanishDateGetsOneErrorWithTheDateToWrite(_ written: String) throws {
        let text = "core Anne: faglighed\nphase Opstart from \(written) to 2027-03-31: invite Anne\n"
        let result = TestSupport.check(text)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(errors.map { "\($0.code) \($0.message.en)" })")
        let error = try #require(errors.first)
        #expect(error.code == SyntaxMessages.invalidDateCode)
        #expect(error.range == TestSupport.range(of: written, in: text))
        #expect(error.help?.en.contains("did you mean `2027-03-01`?") == true, "\(error.help?.en ?? "")")
        #expect(error.help?.da.contains("mente du `2027-03-01`?") == true)
        // The phase is there, with the date the help proposes.
        let phase = try #require(result.plan.phases.first { $0.name == "Opstart" })
        #expect(phase.start?.description == "2027-03-01")
        #expect(phase.end?.description == "2027-03-31")
    }

    @Test func theEndDateIsReadTheSameWay() throws {
        let text = "phase Opstart from 1/3-2027 to 31/3-2027: invite Borgere\nphase Idé from 1. april 2027 to 30. april 2027\n"
        let result = TestSupport.check(text)
        let errors = result.diagnostics.filter { $0.severity == .error }
        // One error a line: the first slip on each line.
        #expect(errors.count == 2, "\(errors.map { "\($0.code) \($0.message.en)" })")
        #expect(!result.diagnostics.contains { $0.code == "NP002" })
        let phases = result.plan.phases
        #expect(phases.map { $0.end?.description } == ["2027-03-31", "2027-04-30"])
    }

    @Test func aDateImpossibleInBothReadingsSaysSo() throws {
        let text = "phase Opstart from 31/13-2027 to 2027-03-31\n"
        let result = TestSupport.check(text)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.code == SyntaxMessages.invalidDateCode)
        #expect(error.range == TestSupport.range(of: "31/13-2027", in: text))
        #expect(!(error.help?.en.contains("did you mean") ?? false))
        #expect(error.message.en.contains("day/month") && error.message.en.contains("month/day"))
        #expect(result.plan.phases.map(\.name) == ["Opstart"])
    }

    @Test func anAmericanDateIsReadTheOtherWayRoundOnlyWhenTheDanishReadingIsImpossible() throws {
        let text = "phase Opstart from 12/31/2027 to 2028-01-31\n"
        let error = try #require(TestSupport.check(text).diagnostics.first { $0.severity == .error })
        #expect(error.help?.en.contains("`2027-12-31`") == true)
    }

    @Test func aDateWithoutAYearAsksForTheYear() throws {
        let text = "phase Opstart from 1/3 to 2027-03-31\n"
        let error = try #require(TestSupport.check(text).diagnostics.first { $0.severity == .error })
        #expect(error.help?.en.contains("-03-01") == true, "\(error.help?.en ?? "")")
    }

    @Test func theLastDateStaysTheLimit() throws {
        let text = "phase Slut from 9999-12-01 to 31/12-9999\n"
        let errors = TestSupport.check(text).diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.message.en == "`31/12-9999` is too late for a calendar")
        #expect(errors.first?.help?.en.contains("9999-12-30") == true)
    }

    @Test func aSlashOutsideADateIsStillAStrayCharacter() {
        let result = TestSupport.check("core Anne/Bo: faglighed\n")
        #expect(result.diagnostics.contains { $0.code == "NP002" })
    }

    @Test func aForgottenToIsStillSaidAsBefore() throws {
        let text = "phase Opstart from 2027-03-01 2027-03-31\n"
        let error = try #require(TestSupport.check(text).diagnostics.first { $0.severity == .error })
        #expect(error.code == SyntaxMessages.unexpectedTokenCode)
        #expect(error.message.en.contains("`to`"))
    }
}

/// The reading itself, without the parser.
@Suite struct WrittenDateReadingTests {
    @Test func readings() {
        let march1 = WrittenDate.Reading.meant(CalendarDate(year: 2027, month: 3, day: 1))
        #expect(WrittenDate.read("1/3-2027") == march1)
        #expect(WrittenDate.read("March 1 2027") == march1)
        #expect(WrittenDate.read("1. MARTS 2027") == march1)
        #expect(WrittenDate.read("3/1-2027") == .meant(CalendarDate(year: 2027, month: 1, day: 3)))  // day first
        #expect(WrittenDate.read("31/13-2027") == .impossible)
        #expect(WrittenDate.read("30/2-2027") == .impossible)
        #expect(WrittenDate.read("1/3") == .noYear(month: 3, day: 1))
        #expect(WrittenDate.read("2027-02-30") == .unreadable)
        #expect(WrittenDate.read("1. smarts 2027") == .unreadable)
        #expect(WrittenDate.read("1/3-202") == .unreadable)
        #expect(WrittenDate.read("1/3/2027/4") == .unreadable)
    }

    @Test func lookAlikesAreNeverSuggestedButMatched() {
        let index = SuggestionIndex(["Bo Nielsen", "Erik"])
        #expect(index.closest(to: "Bo Nielsen ") == nil)
        #expect(index.match(for: "Bo Nielsen ") == .lookalike("Bo Nielsen"))
        #expect(index.match(for: "Bo Nilsen") == .similar("Bo Nielsen"))
        #expect(index.match(for: "Erk") == .similar("Erik"))
    }
}
