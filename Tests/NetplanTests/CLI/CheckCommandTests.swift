import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanViews
@testable import NetplanCLI

/// `netplan check` run in-process: exit codes, formats, languages, colour and inputs.
@Suite struct CheckCommandTests {
    private let oneLinePlan = "core Anne: faglighed; phase Idé: invite Borgere\n"
    private let typoPlan = "phase Idé: invite Borgre\n"

    private func run(_ arguments: [String], environment: [String: String] = [:], stdin: String = "") -> TestSupport.Run {
        TestSupport.run(arguments, environment: environment, standardInput: stdin)
    }

    /// The last non-empty line of the output.
    private func summary(_ output: String) -> String {
        output.split(separator: "\n").last.map(String.init) ?? ""
    }

    /// Writes files into a fresh folder and passes it to `body`.
    private func withFolder(_ files: [String: String], _ body: (URL) throws -> Void) throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try body(folder)
    }

    // MARK: The one-line plan and a typo

    @Test func oneLinePlanChecksWithWarningsOnly() {
        let result = run(["check", "-"], stdin: oneLinePlan)
        #expect(result.exitCode == .success, "output:\n\(result.output)")
        #expect(!result.output.contains("error["))
        #expect(result.output.contains("warning["), "the sketch promises warnings (too few core participants)")
        let expected = Checker.check(SourceFile(path: "<stdin>", text: oneLinePlan))
        #expect(expected.diagnostics.allSatisfy { $0.severity != .error })
        let warnings = expected.diagnostics.filter { $0.severity == .warning }.count
        let notes = expected.diagnostics.filter { $0.severity == .note }.count
        #expect(
            summary(result.output)
                == TextRenderer().summary(errors: 0, warnings: warnings, notes: notes, files: 1))
        #expect(summary(result.output).hasPrefix("0 errors, "))
        #expect(summary(result.output).hasSuffix(" in 1 file"))
        #expect(result.errors.isEmpty)
    }

    @Test func typoSuggestsTheBuiltInGroup() {
        let result = run(["check", "-"], stdin: typoPlan)
        #expect(result.exitCode == .findings)
        #expect(result.output.contains("error[NP101]: no participant or group is called `Borgre`\n --> <stdin>:1:19\n"))
        #expect(result.output.contains("= help: did you mean `Borgere`?"))
        #expect(summary(result.output).hasPrefix("1 error, "))
    }

    // MARK: JSON

    @Test func jsonOutputParsesAndHasTheContractFields() throws {
        let result = run(["check", "--format", "json", "-"], stdin: typoPlan)
        #expect(result.exitCode == .findings)
        let parsed = try JSONSerialization.jsonObject(with: Data(result.output.utf8))
        let elements = try #require(parsed as? [[String: Any]])
        #expect(!elements.isEmpty)
        for element in elements {
            for key in ["file", "line", "column", "severity", "code", "message"] {
                #expect(element[key] != nil, "missing \(key)")
            }
        }
        let unknown = try #require(elements.first { $0["code"] as? String == "NP101" })
        #expect(unknown["file"] as? String == "<stdin>")
        #expect(unknown["line"] as? Int == 1)
        #expect(unknown["column"] as? Int == 19)
        #expect(unknown["severity"] as? String == "error")
        #expect(unknown["message"] as? String == "no participant or group is called `Borgre`")
        #expect(!result.output.contains(" in 1 file"), "no summary line in JSON")
    }

    @Test func jsonFormatWithEqualsSign() throws {
        let result = run(["check", "--format=json", "-"], stdin: oneLinePlan)
        #expect(result.exitCode == .success)
        #expect(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) is [Any])
    }

    // MARK: Exit codes

    @Test func strictTurnsWarningsIntoExitCodeOne() {
        #expect(run(["check", "-"], stdin: oneLinePlan).exitCode == .success)
        #expect(run(["check", "--strict", "-"], stdin: oneLinePlan).exitCode == .findings)
        #expect(run(["check", "-", "--strict"], stdin: oneLinePlan).exitCode == .findings)
        #expect(run(["check", "--strict", "-"], stdin: typoPlan).exitCode == .findings)
    }

    @Test func missingFileIsAUsageErrorNamingThePath() {
        let path = "/nonexistent-\(UUID().uuidString)/plan.netplan"
        let result = run(["check", path])
        #expect(result.exitCode == .usage)
        #expect(result.output.isEmpty)
        #expect(result.errors.contains("cannot read `\(path)`: there is no such file or folder"))
        #expect(result.errors.contains("netplan --help"))
    }

    @Test func folderWithoutPlansIsAUsageErrorNamingTheFolder() throws {
        try withFolder(["notes.txt": "core Anne"]) { folder in
            let result = run(["check", folder.path])
            #expect(result.exitCode == .usage)
            #expect(result.errors.contains("the folder `\(folder.path)` holds no `.netplan` files"))
        }
    }

    @Test func unknownOptionIsAUsageErrorWithASuggestion() {
        let result = run(["check", "--strikt", "-"], stdin: oneLinePlan)
        #expect(result.exitCode == .usage)
        #expect(result.errors.contains("unknown option `--strikt` (did you mean `--strict`?)"))
        #expect(result.output.isEmpty)
    }

    @Test func badOptionValuesAndMissingPathsAreUsageErrors() {
        let format = run(["check", "--format", "xml", "-"])
        #expect(format.exitCode == .usage)
        #expect(format.errors.contains("`--format` must be `text`, `json` or `sarif`, not `xml`"))
        let color = run(["check", "--color", "sometimes", "-"])
        #expect(color.exitCode == .usage)
        let noPath = run(["check"])
        #expect(noPath.exitCode == .usage)
        #expect(noPath.errors.contains("`check` needs at least one file or folder"))
        let noValue = run(["check", "-", "--format"])
        #expect(noValue.exitCode == .usage)
        #expect(noValue.errors.contains("`--format` needs a value"))
    }

    @Test func unknownCommandIsAUsageError() {
        let result = run(["chek", "x"])
        #expect(result.exitCode == .usage)
        #expect(result.errors.contains("unknown command `chek` (did you mean `check`?)"))
    }

    // MARK: Inputs

    @Test func dashReadsStandardInput() {
        let result = run(["check", "-"], stdin: "core @\n")
        #expect(result.exitCode == .findings)
        #expect(result.output.contains(" --> <stdin>:1:6\n"))
    }

    @Test func foldersAreSearchedRecursivelyInSortedOrder() throws {
        try withFolder([
            "b.netplan": typoPlan,
            "a.netplan": oneLinePlan,
            "sub/c.netplan": "core @\n",
            "ignored.txt": "@@@",
        ]) { folder in
            let result = run(["check", folder.path])
            #expect(result.exitCode == .findings)
            let arrows = result.output.split(separator: "\n").filter { $0.contains("--> ") }.map(String.init)
            let files = arrows.map { $0.components(separatedBy: "--> ")[1].components(separatedBy: ":")[0] }
            // Each file's findings together, files in sorted order.
            var order: [String] = []
            for file in files where order.last != file { order.append(file) }
            #expect(order == ["a", "b", "sub/c"].map { folder.path + "/" + $0 + ".netplan" })
            #expect(summary(result.output).hasSuffix(" in 3 files"))
            #expect(summary(result.output).hasPrefix("2 errors, "))
        }
    }

    @Test func summaryCountsEveryFile() throws {
        try withFolder(["one.netplan": typoPlan, "two.netplan": "core @\nphase X: invite Borgre\n"]) { folder in
            let one = folder.appendingPathComponent("one.netplan").path
            let two = folder.appendingPathComponent("two.netplan").path
            let result = run(["check", one, two, "-"], stdin: oneLinePlan)
            let all = [
                Checker.check(SourceFile(path: one, text: typoPlan)),
                Checker.check(SourceFile(path: two, text: "core @\nphase X: invite Borgre\n")),
                Checker.check(SourceFile(path: "<stdin>", text: oneLinePlan)),
            ].flatMap(\.diagnostics)
            let count = { (severity: Severity) in all.filter { $0.severity == severity }.count }
            #expect(count(.error) == 3)
            #expect(
                summary(result.output)
                    == TextRenderer().summary(errors: count(.error), warnings: count(.warning), notes: count(.note), files: 3))
            #expect(summary(result.output).range(of: #"^3 errors, \d+ warnings?(, \d+ notes?)? in 3 files$"#, options: .regularExpression) != nil)
        }
    }

    /// A plan with a 1 MB line, made here rather than kept as a fixture:
    /// the finding at its end is placed exactly, and the output stays short.
    @Test func megabyteLineIsCheckedAndShownShort() throws {
        let invites = String(repeating: "Borgere, ", count: 116_000)
        let plan = "core Anne: faglighed\nphase Idé: invite " + invites + "Borgre\nphase Slut\n"
        #expect(plan.utf8.count > 1_000_000)
        // How fast is for netplan-bench and LinearWorkTests (counted work, not
        // time: shared machines make a timed test flaky); here, what it finds and shows.
        let result = run(["check", "-"], stdin: plan)
        let output = result.output
        #expect(result.exitCode == .findings)
        // "phase Idé: invite " is 18 characters, then 9 per "Borgere, ".
        let column = 18 + 9 * 116_000 + 1
        #expect(output.contains("error[NP101]: no participant or group is called `Borgre`\n --> <stdin>:2:\(column)\n"))
        #expect(output.utf8.count < 20_000, "output must stay short, was \(output.utf8.count) bytes")
        let longest = output.split(separator: "\n").map(\.count).max() ?? 0
        #expect(longest < 300, "no output line may be long, the longest was \(longest) characters")
        #expect(output.contains("…"))
        #expect(output.contains("Borgere, Borgre\n"))
    }

    // MARK: Language

    @Test func langOptionGivesDanish() {
        let result = run(["check", "--lang", "da", "-"], stdin: typoPlan)
        #expect(result.output.contains("fejl[NP101]: ingen deltager eller gruppe hedder `Borgre`"))
        #expect(result.output.contains("= hjælp: mente du `Borgere`?"))
        #expect(summary(result.output).hasPrefix("1 fejl, "))
        #expect(summary(result.output).hasSuffix(" i 1 fil"))
        let equals = run(["--lang=da", "check", "-"], stdin: typoPlan)
        #expect(equals.output == result.output)
    }

    @Test func langEnvironmentGivesDanish() {
        let result = run(["check", "-"], environment: ["LANG": "da_DK.UTF-8"], stdin: typoPlan)
        #expect(result.output.contains("fejl[NP101]: ingen deltager eller gruppe hedder `Borgre`"))
        // LC_ALL wins over LANG, and --lang over both.
        let english = run(["check", "-"], environment: ["LANG": "da_DK.UTF-8", "LC_ALL": "en_US.UTF-8"], stdin: typoPlan)
        #expect(english.output.contains("error[NP101]: no participant or group is called `Borgre`"))
        let option = run(["check", "--lang", "en", "-"], environment: ["LANG": "da_DK.UTF-8"], stdin: typoPlan)
        #expect(option.output.contains("error[NP101]"))
    }

    @Test func usageErrorsAreDanishToo() {
        let result = run(["check", "--lang", "da", "/nonexistent-netplan-path"])
        #expect(result.exitCode == .usage)
        #expect(result.errors.contains("kan ikke læse `/nonexistent-netplan-path`: der findes ingen fil eller mappe med det navn"))
        #expect(result.errors.contains("Skriv `netplan --help`"))
    }

    @Test func jsonMessagesFollowTheLanguage() throws {
        let result = run(["check", "--format", "json", "--lang", "da", "-"], stdin: typoPlan)
        let elements = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(elements.contains { $0["message"] as? String == "ingen deltager eller gruppe hedder `Borgre`" })
    }

    // MARK: Colour

    @Test func colourAlwaysGivesEscapes() {
        let result = run(["check", "--color", "always", "-"], stdin: typoPlan)
        #expect(result.output.contains("\u{1B}[1;31merror[NP101]\u{1B}[0m"))
    }

    @Test func noColorWinsOverColourAlways() {
        let result = run(["check", "--color", "always", "-"], environment: ["NO_COLOR": "1"], stdin: typoPlan)
        #expect(!result.output.contains("\u{1B}"))
        #expect(result.output.contains("error[NP101]"))
        // An empty NO_COLOR does not count (no-color.org).
        let empty = run(["check", "--color", "always", "-"], environment: ["NO_COLOR": ""], stdin: typoPlan)
        #expect(empty.output.contains("\u{1B}["))
    }

    @Test func noColourByDefaultOffATerminal() {
        #expect(!run(["check", "-"], stdin: typoPlan).output.contains("\u{1B}"))
        #expect(!run(["check", "--color", "never", "-"], stdin: typoPlan).output.contains("\u{1B}"))
    }

    // MARK: Help and version

    @Test func helpAndVersion() {
        let overview = run(["--help"])
        #expect(overview.exitCode == .success)
        #expect(overview.output.contains("Usage: netplan <command>"))
        #expect(overview.output.contains("  check "))
        let helpCheck = run(["help", "check"])
        #expect(helpCheck.exitCode == .success)
        #expect(helpCheck.output.hasPrefix("Usage: netplan check PATH..."))
        #expect(helpCheck.output.contains("--strict"))
        #expect(run(["check", "--help"]).output == helpCheck.output)
        let danish = run(["help", "check", "--lang", "da"])
        #expect(danish.output.hasPrefix("Brug: netplan check STI..."))
        let version = run(["--version"])
        #expect(version.exitCode == .success)
        #expect(version.output == "netplan \(Release.version) (plans who takes part in municipal networks)\n")
        let unknown = run(["help", "nothing"])
        #expect(unknown.exitCode == .usage)
    }

    @Test func noArgumentsShowsTheOverviewAndExitsTwo() {
        let result = run([])
        #expect(result.exitCode == .usage)
        #expect(result.output.contains("Usage: netplan <command>"))
    }
}
