import Testing

@testable import NetplanCheck

/// `set calendar-id "..."`: the plan's identity in calendars (`netplan ics`).
@Suite struct CalendarIDSettingTests {
    @Test func aCalendarIDIsReadAndTrimmed() {
        let result = TestSupport.check("set calendar-id \" ensomhed-2027 \"\ncore Anne: faglighed\nphase A\n")
        #expect(result.configuration.calendarID == "ensomhed-2027")
        #expect(!result.diagnostics.contains { $0.code == "NP301" })
        #expect(TestSupport.check("core Anne: faglighed\n").configuration.calendarID == nil)
    }

    @Test func anEmptyOrOverlongCalendarIDIsAnError() {
        let empty = TestSupport.check("set calendar-id \"  \"\ncore Anne: faglighed\n")
        let finding = empty.diagnostics.first { $0.code == "NP301" }
        #expect(finding?.message.en == "`calendar-id` needs a name for the plan's calendar")
        #expect(finding?.help?.da.contains("set calendar-id \"ensomhed-2027\"") == true)
        #expect(empty.configuration.calendarID == nil)
        let long = TestSupport.check("set calendar-id \"\(String(repeating: "x", count: 201))\"\n")
        #expect(long.diagnostics.contains { $0.message.en == "a `calendar-id` of 201 characters is too long (at most 200)" })
    }

    @Test func aMisspeltSettingSuggestsCalendarID() {
        let result = TestSupport.check("set calendar-ib \"x\"\n")
        #expect(result.diagnostics.contains { $0.help?.en == "did you mean `calendar-id`?" })
    }
}
