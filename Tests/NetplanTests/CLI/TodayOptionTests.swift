import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanCLI

/// `--today` and `NETPLAN_TODAY`: the date the calendar check (NP216)
/// measures from, on every command that checks a plan.
@Suite struct TodayOptionTests {
    static let plan = """
        core Anne: faglighed status bekræftet
        core Bo: indsigt status kontaktet
        core Carl: ressourcer status bekræftet
        core Dorte: handlekraft status bekræftet
        phase Opstart from 2027-01-11 to 2027-01-29: invite Borgere for "fortæller om hverdagen"

        """

    static func np216(_ arguments: [String], environment: [String: String] = [:]) -> TestSupport.Run {
        TestSupport.run(arguments, environment: environment, standardInput: plan)
    }

    @Test func checkMeasuresFromTheGivenDate() {
        let run = Self.np216(["check", "--format", "json", "--today", "2027-01-04", "-"])
        #expect(run.exitCode == .success)
        #expect(run.output.contains("\"NP216\""))
        #expect(run.output.contains("in 7 days"))
        let later = Self.np216(["check", "--format", "json", "--today=2026-12-01", "-"])
        #expect(!later.output.contains("\"NP216\""))
    }

    @Test func theEnvironmentSetsTheDateAndTheOptionWins() {
        let environment = ["NETPLAN_TODAY": "2027-01-10"]
        #expect(Self.np216(["check", "--format", "json", "-"], environment: environment).output.contains("tomorrow"))
        let run = Self.np216(["check", "--format", "json", "--today", "2027-01-11", "-"], environment: environment)
        #expect(run.output.contains("starts today"))
    }

    @Test func aTestConsoleWithoutADateChecksNoCalendar() {
        #expect(!Self.np216(["check", "--format", "json", "-"]).output.contains("\"NP216\""))
    }

    @Test(arguments: [["json"], ["matrix"], ["graph"], ["ics"], ["report"]])
    func everyCommandThatChecksTakesToday(command: [String]) {
        let run = Self.np216(command + ["--today", "2027-01-04", "-"])
        #expect(run.exitCode == .success, "\(command): \(run.errors)")
        let bad = Self.np216(command + ["--today", "4/1 2027", "-"])
        #expect(bad.exitCode == .usage, "\(command)")
    }

    @Test func jsonCarriesTheCalendarFinding() {
        #expect(Self.np216(["json", "--today", "2027-01-04", "-"]).output.contains("NP216"))
    }

    @Test(arguments: ["2027-13-01", "i morgen", "2027-1-4", ""])
    func anInvalidDateIsAUsageErrorInBothLanguages(value: String) {
        let run = Self.np216(["check", "--today", value, "-"])
        #expect(run.exitCode == .usage)
        #expect(run.errors.contains("`--today` must be a date written YYYY-MM-DD") || run.errors.contains("`--today` skal være en dato"))
        let environment = Self.np216(["check", "-"], environment: ["NETPLAN_TODAY": value.isEmpty ? "x" : value])
        #expect(environment.exitCode == .usage)
        #expect(environment.errors.contains("NETPLAN_TODAY"))
    }

    @Test func theProcessConsoleUsesTheSystemDate() {
        let console = Console(arguments: [])
        #expect(console.systemToday() == nil)
        #expect(Today.system().year >= 2024)
    }
}
