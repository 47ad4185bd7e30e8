import Testing
@testable import NetplanBase
@testable import NetplanCheck

@Suite struct SettingsAndSuppressionTests {
    static func codes(_ text: String) -> [String] {
        Checker.check(SourceFile(path: "x.netplan", text: text)).diagnostics.map(\.code)
    }

    static let smallTeam = "leader L\ncodriver C\nreference R\ncore Anne: faglighed, indsigt, ressourcer, handlekraft\nphase Start: invite Borgere\n"

    @Test func coreTeamRangeIsConfigurable() {
        #expect(Self.codes(Self.smallTeam).contains("NP201"))
        #expect(!Self.codes("set core-team 1-2\n" + Self.smallTeam).contains("NP201"))
        #expect(Self.codes("set core-team 2-3\n" + Self.smallTeam).contains("NP201"))
    }

    @Test func ruleCanBeSwitchedOffOrChangedByCodeOrIdentifier() {
        let off = Checker.check(SourceFile(path: "x", text: "set core-team-size off\n" + Self.smallTeam))
        #expect(!off.diagnostics.contains { $0.code == "NP201" })
        let raised = Checker.check(SourceFile(path: "x", text: "set NP201 error\n" + Self.smallTeam))
        #expect(raised.diagnostics.first { $0.code == "NP201" }?.severity == .error)
        let lowered = Checker.check(SourceFile(path: "x", text: "set core-team-size note\n" + Self.smallTeam))
        #expect(lowered.diagnostics.first { $0.code == "NP201" }?.severity == .note)
    }

    @Test func errorRulesCannotBeSwitchedOff() {
        let result = Checker.check(SourceFile(path: "x", text: "set unknown-name off\ncore A: faglighed\nphase S: invite X\n"))
        #expect(result.diagnostics.contains { $0.code == "NP301" })
        #expect(result.diagnostics.contains { $0.code == "NP101" })
    }

    @Test func unknownSettingSuggestsTheClosest() {
        let result = Checker.check(SourceFile(path: "x", text: "set core-teem 3-5\n"))
        let problem = result.diagnostics.first { $0.code == "NP301" }
        #expect(problem?.help?.en == "did you mean `core-team`?")
    }

    @Test func suppressionSilencesOneRuleOnOneStatementOnly() {
        let text = Self.smallTeam + "phase A: without Anne allow core-left-out \"Anne er på kursus\"\nphase B: without Anne\n"
        let result = Checker.check(SourceFile(path: "x", text: text))
        let leftOut = result.diagnostics.filter { $0.code == "NP202" }
        #expect(leftOut.count == 1)
        #expect(leftOut.first.map { result.source.location(of: $0.range.start).line } == 7)
        #expect(!result.diagnostics.contains { $0.code == "NP303" })
    }

    @Test func suppressionWithoutReasonIsASyntaxError() {
        let result = Checker.check(SourceFile(path: "x", text: "core A: faglighed\nphase S: without A allow core-left-out\n"))
        let syntax = result.diagnostics.first { $0.code == "NP010" }
        #expect(syntax?.message.en.contains("a reason in quotes") == true)
    }

    @Test func unusedAndEmptySuppressionsAreReported() {
        #expect(Self.codes(Self.smallTeam + "phase X allow core-left-out \"ferie\"\n").contains("NP303"))
        #expect(Self.codes(Self.smallTeam + "phase X: without Anne allow core-left-out \"  \"\n").contains("NP302"))
    }
}
