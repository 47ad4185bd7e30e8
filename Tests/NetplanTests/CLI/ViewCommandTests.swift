import Testing

@testable import NetplanSyntax
@testable import NetplanViews
@testable import NetplanCLI

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
        #expect(csv.output.hasPrefix("Name,Kind,Competences,Start,Idé,Test\r\n"))
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
        #expect(format.errors.contains("`--format` must be `text`, `markdown`, `csv` or `xlsx`, not `pdf`"))
        for bad in ["0", "-3", "wide"] {
            let width = Self.run(["matrix", "-", "--width", bad])
            #expect(width.code == .usage)
            #expect(width.errors.contains("`--width` must be a positive whole number"))
        }
        #expect(Self.run(["matrix"]).code == .usage)
        #expect(Self.run(["matrix", "a.netplan", "b.netplan"]).code == .usage)
        #expect(Self.run(["matrix", "-", "--phases"]).code == .usage)
    }

    @Test func aPlanWithErrorsIsRefusedWithItsErrorsAsCheckPrintsThem() {
        let plan = "core Anne: faglighed\nphase P: invite Borgre\n"
        for command in [["matrix"], ["matrix", "--format", "csv"], ["graph"], ["graph", "--phases"], ["ics"], ["report"]] {
            let result = Self.run(command + ["-"], input: plan)
            #expect(result.code == .findings, "\(command)")
            #expect(result.output.isEmpty, "\(command) drew a plan with errors")
            #expect(result.errors.contains("error[NP101]: no participant or group is called `Borgre`"), "\(command)")
            #expect(result.errors.contains(" --> <stdin>:2:17"), "\(command)")
            #expect(
                result.errors.contains(
                    "netplan: `\(command[0])` draws nothing from `<stdin>`: it has an error (line 2), and people or phases on that line would be missing without a word. Fix it, or add `--force` to draw the plan anyway, marked as incomplete"
                ), "\(command): \(result.errors)")
        }
        let danish = Self.run(["graph", "-", "--lang", "da"], input: "core Anne: fagligt\nphase P: invite Borgre\n")
        #expect(danish.code == .findings)
        #expect(danish.output.isEmpty)
        #expect(danish.errors.contains("fejl[NP101]"))
        #expect(danish.errors.contains("planen har 2 fejl (linje 1 og 2)"))
        #expect(danish.errors.contains("tilføj `--force` for at få visningen alligevel, mærket som ufuldstændig"))
    }

    @Test func withForceEveryViewIsMarkedAsIncompleteOnTheOutputItself() {
        let plan = "network Tema\ncore Anne: faglighed\nphase P from 2027-01-04 to 2027-01-08: invite Borgre, Erik\n"
        let english = "INCOMPLETE: `<stdin>` has 2 errors (line 3), so people or phases on that line may be missing here; `netplan check <stdin>` shows them."
        let environment = ["NETPLAN_NOW": "2027-01-01T00:00:00Z"]
        func run(_ arguments: [String]) -> (code: ExitCode, output: String, errors: String) {
            Self.run(arguments + ["--force", "-"], input: plan, environment: environment)
        }
        let text = run(["matrix"])
        #expect(text.code == .findings)
        #expect(text.output.hasPrefix("⚠ \(english)\n\n"))
        #expect(text.output.contains("  Anne"))
        #expect(text.errors.contains("The view is marked as incomplete."))
        let markdown = run(["matrix", "--format", "markdown"])
        #expect(markdown.output.hasPrefix("> **⚠ INCOMPLETE**: `<stdin>` has 2 errors (line 3)"))
        #expect(markdown.output.contains("\n\n## Planning schema"))
        let csv = run(["matrix", "--format", "csv"])
        let plain = english.filter { $0 != "`" }
        #expect(csv.output.hasPrefix("\"\(plain)\"\r\nName,Kind,Competences,P\r\n"))
        let graph = run(["graph"])
        #expect(graph.output.hasPrefix("// ⚠ \(plain)\n"))
        #expect(
            graph.output.contains(
                "  graph [label=<<font color=\"#b42318\"><b>⚠ \(HTML.escape(plain))</b></font><br/>Tema>];\n"))
        let phases = run(["graph", "--phases"])
        #expect(phases.output.contains("  graph [label=<<font color"))
        let ics = run(["ics"])
        let unfolded = ICalendarTests.unfold(ics.output)
        #expect(unfolded.contains("\r\nX-WR-CALDESC:⚠ INCOMPLETE: <stdin> has 2 errors (line 3)\\, so people"))
        #expect(unfolded.contains("\r\nDESCRIPTION:⚠ INCOMPLETE: <stdin> has 2 errors"))
        let report = run(["report"])
        #expect(report.output.contains("<aside class=\"incomplete\" role=\"alert\"><strong>⚠ INCOMPLETE</strong> "))
        let danish = Self.run(["matrix", "--force", "--lang", "da", "-"], input: plan)
        #expect(
            danish.output.hasPrefix(
                "⚠ UFULDSTÆNDIG: `<stdin>` har 2 fejl (linje 3), så personer eller faser på den linje kan mangle her; `netplan check <stdin>` viser dem.\n"
            ))
    }

    @Test func aPlanWithoutErrorsIsNeverMarked() {
        for command in [["matrix"], ["matrix", "--format", "csv"], ["graph"], ["report"]] {
            let result = Self.run(command + ["--force", "-"], input: PlanningMatrixTests.plan)
            #expect(result.code == .success)
            #expect(!result.output.contains("INCOMPLETE"), "\(command)")
            #expect(result.errors.isEmpty)
        }
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
        let result = Self.run(["ics", "-"], input: ICalendarTests.plan, environment: ["NETPLAN_NOW": "2027-01-04T09:30:15Z"])
        #expect(result.code == .success)
        let stamp = ICalendar.Stamp(identity: "Ensomhed", now: ICalendarTests.now)
        #expect(result.output == ICalendarTests.calendar(ICalendarTests.plan, stamp: stamp).text)
        #expect(
            result.errors
                == "netplan: note: phase `Idé` has no dates and is not in the calendar (add `from YYYY-MM-DD to YYYY-MM-DD`)\n"
                + "netplan: note: standard input has no file name, so the events' UIDs come from the theme; add `set calendar-id \"...\"` to the plan to keep them when the theme changes\n"
        )
        let named = Self.run(["ics", "-"], input: ICalendarTests.plan + "\nset calendar-id \"ensomhed-2027\"\n", environment: ["NETPLAN_NOW": "2027-01-04T09:30:15Z"])
        #expect(!named.errors.contains("standard input has no file name"))
        #expect(named.output.contains("UID:" + ICalendar.uid(identity: "ensomhed-2027", phase: "Start")))
    }

    @Test func icsTakesItsTimeFromNETPLANNOWThenSOURCEDATEEPOCHThenTheClock() {
        let fixed = Self.run(["ics", "-"], input: ICalendarTests.plan, environment: ["NETPLAN_NOW": "2027-01-04T09:30:15Z"])
        #expect(fixed.output.contains("\r\nDTSTAMP:20270104T093015Z\r\nSEQUENCE:3686970\r\n"))
        let epoch = Self.run(["ics", "-"], input: ICalendarTests.plan, environment: ["SOURCE_DATE_EPOCH": "1799055015"])
        #expect(epoch.output.contains("\r\nDTSTAMP:20270104T093015Z\r\n"))
        for bad in ["2027-01-04", "2027-01-04T25:00:00Z", "2027-02-30T00:00:00Z", "soon", "2027-01-04T09:30:15"] {
            let run = Self.run(["ics", "-"], input: ICalendarTests.plan, environment: ["NETPLAN_NOW": bad])
            #expect(run.code == .usage, "\(bad)")
            #expect(run.errors.contains("`NETPLAN_NOW` must be a UTC time like `2027-01-04T09:30:00Z`"))
        }
        #expect(Self.run(["ics", "-"], input: ICalendarTests.plan, environment: ["SOURCE_DATE_EPOCH": "-5"]).code == .usage)
        let clock = Self.run(["ics", "-"], input: ICalendarTests.plan)
        let stamp = clock.output.components(separatedBy: "\r\n").first { $0.hasPrefix("DTSTAMP:") } ?? ""
        #expect(stamp.count == "DTSTAMP:20270104T093015Z".count && stamp.hasSuffix("Z"))
        #expect(stamp >= "DTSTAMP:2026", "the clock's time, not a date from the plan")
    }

    @Test func icsWithoutAnyDatedPhaseExitsOneAndPrintsNothing() {
        let result = Self.run(["ics", "-", "--lang", "da"], input: "core Anne: faglighed\nphase A\n")
        #expect(result.code == .findings)
        #expect(result.output.isEmpty)
        #expect(result.errors.contains("netplan: bemærk: fasen `A` har ingen datoer"))
        #expect(result.errors.contains("netplan: ingen fase eller møde i `<stdin>` har datoer"))
    }

    // MARK: init

    @Test func initPrintsAStarterPlanThatChecksWithoutErrorsButNotClean() {
        for language in ["en", "da"] {
            for kind in StarterPlan.Kind.allCases {
                let result = Self.run(["init", "--kind", kind.rawValue, "--lang", language])
                #expect(result.code == .success)
                let check = Self.run(["check", "-", "--lang", language], input: result.output)
                #expect(check.code == .success, "\(kind) \(language): \(check.output)")
                #expect(check.output.contains(language == "en" ? "replace this with a real person" : "erstat den med en rigtig person"))
                let strict = Self.run(["check", "-", "--strict"], input: result.output)
                #expect(strict.code == .findings, "an unedited starter plan is not clean")
            }
        }
        let standard = Self.run(["init"])
        #expect(standard.output.contains("\nnetwork \"<Theme of the network>\" kind velfærdsnetværk\n"))
        #expect(Self.run(["init", "--kind", "learning"]).output.contains(" kind læringsnetværk\n"))
        #expect(Self.run(["init", "--kind", "velfærd"]).output.contains(" kind velfærdsnetværk\n"))
    }

    @Test func initDatesThePhasesFromStartOrFourWeeksFromToday() {
        let given = Self.run(["init", "--start", "2027-08-02"])
        #expect(given.code == .success)
        #expect(given.output.contains("\nphase Opstart from 2027-08-02 to 2027-08-13\n"))
        #expect(given.output.contains("\nmeeting Opstartsmøde on 2027-08-03 13.00-15.00 in Opstart place \"<Meeting place>\"\n"))
        let fromToday = Self.run(["init"], environment: ["NETPLAN_TODAY": "2026-12-01"])
        #expect(fromToday.output.contains("\nphase Opstart from 2027-01-04 to 2027-01-15\n"))
        // Checked on the day it was made, the starter plan gives no calendar warning: the start is four weeks away.
        let check = Self.run(["check", "-", "--today", "2026-12-01"], input: fromToday.output)
        #expect(!check.output.contains("NP216"), "\(check.output)")
        let bad = Self.run(["init", "--start", "2027-13-01"])
        #expect(bad.code == .usage)
        #expect(bad.errors.contains("`--start` must be a date written YYYY-MM-DD"))
        let late = Self.run(["init", "--start", "9999-12-01", "--lang", "da"])
        #expect(late.code == .usage)
        #expect(late.errors.contains("er for sent"))
    }

    @Test func initRejectsAnUnknownKindWithASuggestion() {
        let result = Self.run(["init", "--kind", "velfærdsnetvær"])
        #expect(result.code == .usage)
        #expect(
            result.errors.contains(
                "`velfærdsnetvær` is not a kind of network; use `læringsnetværk`, `velfærdsnetværk` or `innovationsnetværk` (did you mean `velfærdsnetværk`?)"
            ))
        let danish = Self.run(["init", "--kind", "netværk", "--lang", "da"])
        #expect(danish.code == .usage)
        #expect(danish.errors.contains("`netværk` er ikke en netværkstype"))
        #expect(Self.run(["init", "plan.netplan"]).code == .usage)
        #expect(Self.run(["init", "--kind"]).code == .usage)
    }
}
