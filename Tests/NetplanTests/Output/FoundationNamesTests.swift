import Foundation
import Testing

@testable import NetplanBase
@testable import NetplanSyntax
@testable import NetplanCheck
@testable import NetplanViews

/// No type of netplan takes a name Foundation already has, so a file that
/// imports both needs no module prefixes and no type aliases: the
/// plain names below would not compile if netplan still had a `Formatter`
/// or an `ICalendar.Calendar` (or a `Messages` next to the other messages).
@Suite struct FoundationNamesTests {
    @Test func foundationsNamesStayFoundations() {
        let formatter: Formatter = DateFormatter()
        #expect(formatter is DateFormatter)
        #expect(Calendar(identifier: .gregorian).identifier == .gregorian)
    }

    @Test func netplansTypesHaveNamesOfTheirOwn() throws {
        let plan = "core Anne\nphase Start from 2027-01-04 to 2027-01-08\n"
        let formatted = try PlanFormatter.format(SourceFile(path: "plan.netplan", text: plan))
        #expect(formatted == plan)
        let calendar: ICalendar.Document = ICalendar.calendar(
            Checker.check(SourceFile(path: "plan.netplan", text: plan)).plan, language: .english,
            stamp: ICalendar.Stamp(identity: "plan", now: 0))
        #expect(calendar.text?.contains("BEGIN:VCALENDAR") == true)
        #expect(SyntaxMessages.unexpectedTokenCode == "NP010")
    }
}
