import Testing

@testable import NetplanKit

/// `matrix`, `graph`, `ics` and `init` on the command line, run in-process.
@Suite struct ViewCommandTests {
    static func run(_ arguments: [String], input: String = "", environment: [String: String] = [:]) -> (
        code: ExitCode, output: String, errors: String
    ) {
        let console = Console(arguments: arguments, environment: environment, standardInput: Array(input.utf8))
        let code = Tool.run(console)
        return (code, console.output, console.errors)
    }

    @Test func theFourCommandsAreRegisteredWithHelpInBothLanguages() {
        for name in ["matrix", "graph", "ics", "init"] {
            #expect(Subcommand.named(name) != nil, "\(name) is not registered")
            let english = Self.run(["help", name, "--lang", "en"])
            let danish = Self.run(["help", name, "--lang", "da"])
            #expect(english.code == .success && english.output.hasPrefix("Usage: netplan \(name)"))
            #expect(danish.code == .success && danish.output.hasPrefix("Brug: netplan \(name)"))
            #expect(Self.run(["--help"]).output.contains("  \(name) "))
        }
    }

    // MARK: matrix

    @Test func matrixPrintsTheSchemaInEachFormat() {
        let text = Self.run(["matrix", "-"], input: PlanningMatrixTests.plan)
        #expect(text.code == .success)
        #expect(text.output == PlanningMatrixTests.render(PlanningMatrixTests.plan, .text))
        #expect(text.errors.isEmpty)
        let csv = Self.run(["matrix", "-", "--format", "csv"], input: PlanningMatrixTests.plan)
        #expect(csv.output.hasPrefix("Name,Kind,Start,Idé,Test\r\n"))
        let markdown = Self.run(["matrix", "--format=markdown", "-"], input: PlanningMatrixTests.plan)
        #expect(markdown.output.hasPrefix("## Planning schema"))
        let danish = Self.run(["matrix", "-", "--lang", "da", "--format", "csv"], input: PlanningMatrixTests.plan)
        #expect(danish.output.hasPrefix("Navn,Type,"))
    }

    @Test func matrixWidthComesFromTheOptionThenCOLUMNS() {
        let wide = PlanningMatrixTests.render(PlanningMatrixTests.plan, .text, width: 100)
        let narrow = PlanningMatrixTests.render(PlanningMatrixTests.plan, .text, width: 40)
        #expect(Self.run(["matrix", "-"], input: PlanningMatrixTests.plan).output == wide)
        #expect(
            Self.run(["matrix", "-"], input: PlanningMatrixTests.plan, environment: ["COLUMNS": "40"]).output == narrow)
        #expect(Self.run(["matrix", "-", "--width", "40"], input: PlanningMatrixTests.plan).output == narrow)
        #expect(
            Self.run(
                ["matrix", "-", "--width", "100"], input: PlanningMatrixTests.plan, environment: ["COLUMNS": "40"]
            )
            .output == wide)
        #expect(
            Self.run(["matrix", "-"], input: PlanningMatrixTests.plan, environment: ["COLUMNS": "x"]).output == wide)
    }

    @Test func matrixRejectsBadOptions() {
        let format = Self.run(["matrix", "-", "--format", "pdf"])
        #expect(format.code == .usage)
        #expect(format.errors.contains("`--format` must be `text`, `markdown` or `csv`, not `pdf`"))
        for bad in ["0", "-3", "wide"] {
            let width = Self.run(["matrix", "-", "--width", bad])
            #expect(width.code == .usage)
            #expect(width.errors.contains("`--width` must be a positive whole number"))
        }
        #expect(Self.run(["matrix"]).code == .usage)
        #expect(Self.run(["matrix", "a.netplan", "b.netplan"]).code == .usage)
        #expect(Self.run(["matrix", "-", "--phases"]).code == .usage)
    }

    @Test func aPlanWithErrorsIsStillShownButExitsOne() {
        let result = Self.run(["matrix", "-"], input: "core Anne: faglighed\nphase P: invite Borgre\n")
        #expect(result.code == .findings)
        #expect(result.output.contains("  Anne"))
        #expect(
            result.errors.contains(
                "`<stdin>` has an error, so this view may be incomplete; `netplan check <stdin>` shows it"))
        let danish = Self.run(["graph", "-", "--lang", "da"], input: "core Anne: fagligt\nphase P: invite Borgre\n")
        #expect(danish.code == .findings)
        #expect(danish.errors.contains("har 2 fejl"))
    }

    @Test func aMissingFileIsAUsageProblem() {
        let result = Self.run(["matrix", "/nonexistent/plan.netplan"])
        #expect(result.code == .usage)
        #expect(result.errors.contains("no such file"))
    }

    // MARK: graph

    @Test func graphPrintsDOTAndPhasesOnRequest() {
        let plain = Self.run(["graph", "-"], input: PlanningMatrixTests.plan)
        #expect(plain.code == .success)
        #expect(plain.output.hasPrefix("// Referral graph"))
        #expect(plain.output.contains("  \"Anne\" -> \"Bo\";\n"))
        #expect(!plain.output.contains("cluster_1"))
        let phases = Self.run(["graph", "--phases", "-"], input: PlanningMatrixTests.plan)
        #expect(phases.output.contains("subgraph cluster_3 {"))
    }

    // MARK: ics

    @Test func icsPrintsTheCalendarAndNotesSkippedPhases() {
        let result = Self.run(["ics", "-"], input: ICalendarTests.plan)
        #expect(result.code == .success)
        #expect(result.output == ICalendarTests.calendar(ICalendarTests.plan).text)
        #expect(
            result.errors
                == "netplan: note: phase `Idé` has no dates and is not in the calendar (add `from YYYY-MM-DD to YYYY-MM-DD`)\n"
        )
    }

    @Test func icsWithoutAnyDatedPhaseExitsOneAndPrintsNothing() {
        let result = Self.run(["ics", "-", "--lang", "da"], input: "core Anne: faglighed\nphase A\n")
        #expect(result.code == .findings)
        #expect(result.output.isEmpty)
        #expect(result.errors.contains("netplan: bemærk: fasen `A` har ingen datoer"))
        #expect(result.errors.contains("netplan: ingen fase i `<stdin>` har datoer"))
    }

    // MARK: init

    @Test func initPrintsAStarterPlanThatChecks() {
        for language in ["en", "da"] {
            for kind in StarterPlan.Kind.allCases {
                let result = Self.run(["init", "--kind", kind.rawValue, "--lang", language])
                #expect(result.code == .success)
                let check = Self.run(["check", "-", "--strict"], input: result.output)
                #expect(check.code == .success, "\(kind) \(language): \(check.output)")
            }
        }
        let standard = Self.run(["init"])
        #expect(standard.output.contains("\nnetwork \"Theme of the network\" kind velfærdsnetværk\n"))
        #expect(Self.run(["init", "--kind", "learning"]).output.contains(" kind læringsnetværk\n"))
    }

    @Test func initRejectsAnUnknownKindWithASuggestion() {
        let result = Self.run(["init", "--kind", "velfærdsnetvaerk"])
        #expect(result.code == .usage)
        #expect(
            result.errors.contains(
                "`velfærdsnetvaerk` is not a kind of network; use `læringsnetværk`, `velfærdsnetværk` or `innovationsnetværk` (did you mean `velfærdsnetværk`?)"
            ))
        let danish = Self.run(["init", "--kind", "netværk", "--lang", "da"])
        #expect(danish.code == .usage)
        #expect(danish.errors.contains("`netværk` er ikke en netværkstype"))
        #expect(Self.run(["init", "plan.netplan"]).code == .usage)
        #expect(Self.run(["init", "--kind"]).code == .usage)
    }
}
