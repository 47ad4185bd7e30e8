import Testing
@testable import NetplanBase
@testable import NetplanSyntax

/// The last date a plan can name is 9999-12-30: a calendar file marks a
/// phase's end by the day after its last day, and that day must still have
/// a four-digit year.
@Suite struct CalendarDateTests {
    @Test func datesUpToTheLastWritableDayAreDates() {
        #expect(CalendarDate("9999-12-30") == CalendarDate.latest)
        #expect(CalendarDate("9999-12-30")?.next.description == "9999-12-31")
        #expect(CalendarDate("0001-01-01") != nil)
    }

    @Test func datesAfterTheLastWritableDayAreRefused() {
        #expect(CalendarDate("9999-12-31") == nil)
        #expect(CalendarDate.read("9999-12-31") == .tooLate)
        #expect(CalendarDate.read("9999-12-32") == .notADate)
        #expect(CalendarDate.read("10000-01-01") == .notADate)
        #expect(CalendarDate.read("2027-02-29") == .notADate)
        #expect(CalendarDate.read("2028-02-29") == CalendarDate.Reading.date(CalendarDate(year: 2028, month: 2, day: 29)))
    }

    @Test func theLastDayGivesAClearErrorInBothLanguages() throws {
        let text = "core Anne: faglighed\nphase Slut from 9999-12-01 to 9999-12-31"
        let result = TestSupport.check(text)
        let error = try #require(result.diagnostics.first { $0.code == SyntaxMessages.invalidDateCode })
        #expect(error.range == TestSupport.range(of: "9999-12-31", in: text))
        #expect(error.message.en == "`9999-12-31` is too late for a calendar")
        #expect(error.message.da == "`9999-12-31` ligger for sent til en kalender")
        #expect(error.help?.en.contains("9999-12-30") == true)
        #expect(error.help?.da.contains("9999-12-30") == true)
        // A start on the last day is refused the same way.
        let start = TestSupport.check("phase Slut from 9999-12-31 to 9999-12-31").diagnostics
        #expect(start.filter { $0.code == SyntaxMessages.invalidDateCode }.count == 1)
    }
}
