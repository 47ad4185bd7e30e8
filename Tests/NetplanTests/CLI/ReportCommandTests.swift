import Foundation
import Testing

@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanViews
@testable import NetplanCLI

/// `netplan report FILE [-o FILE.html]` on the command line, run in-process.
@Suite struct ReportCommandTests {
    /// The healthy plan of the report's own tests, under another theme.
    static let plan = HTMLReportTests.healthy.replacingOccurrences(
        of: "network \"Sund by\" kind læringsnetværk", with: "network \"Mindre ensomhed\" kind velfærdsnetværk")

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // CLI
        .deletingLastPathComponent()  // NetplanTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static func run(_ arguments: [String], standardInput: String = "") -> (code: ExitCode, output: String, errors: String) {
        let console = Console(arguments: arguments, standardInput: Array(standardInput.utf8))
        let code = Tool.run(console)
        return (code, console.output, console.errors)
    }

    /// A fresh folder under the system's temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("netplan-report-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
    }

    static func read(_ url: URL) -> String? {
        FileManager.default.contents(atPath: url.path).flatMap { String(data: $0, encoding: .utf8) }
    }

    @Test func printsThePageForAFile() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.netplan")
        try Self.write(Self.plan, to: plan)

        let run = Self.run(["report", plan.path])
        #expect(run.code == .success)
        #expect(run.errors.isEmpty)
        #expect(run.output.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(run.output == HTMLReport.render(Checker.check(try Inputs.read(plan.path)), language: .english))

        let danish = Self.run(["report", plan.path, "--lang", "da"])
        #expect(danish.output.hasPrefix("<!DOCTYPE html>\n<html lang=\"da\">"))
    }

    @Test func readsStandardInput() {
        let run = Self.run(["report", "-"], standardInput: Self.plan)
        #expect(run.code == .success)
        #expect(run.output.contains("<h1>Mindre ensomhed</h1>"))
        #expect(run.output.contains("<code>&lt;stdin&gt;</code>"))
    }

    @Test func aPlanWithErrorsGetsNoPageUnlessForcedAndThenABanner() {
        let refused = Self.run(["report", "-"], standardInput: "phase X: invite Borgre\n")
        #expect(refused.code == .findings)
        #expect(refused.output.isEmpty)
        #expect(refused.errors.contains("error[NP101]"))
        let run = Self.run(["report", "--force", "-"], standardInput: "phase X: invite Borgre\n")
        #expect(run.code == .findings)
        #expect(run.output.contains("<li class=\"finding error\">"))
        // The banner comes first in the page, before the masthead.
        let banner = try? #require(run.output.range(of: "<aside class=\"incomplete\" role=\"alert\">"))
        let masthead = run.output.range(of: "<header class=\"masthead\">")
        #expect(banner != nil && masthead != nil && banner!.lowerBound < masthead!.lowerBound)
        #expect(run.output.contains("<code>&lt;stdin&gt;</code> has an error (line 1), so people or phases on that line may be missing here"))
    }

    @Test func aRefusedReportWritesNoFile() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.netplan")
        try Self.write("phase X: invite Borgre\n", to: plan)
        let page = folder.appendingPathComponent("report.html")
        let run = Self.run(["report", plan.path, "-o", page.path])
        #expect(run.code == .findings)
        #expect(!FileManager.default.fileExists(atPath: page.path))
    }

    @Test func writesTheFileAtomicallyWithDashO() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.netplan")
        try Self.write(Self.plan, to: plan)
        let page = folder.appendingPathComponent("report.html")

        let run = Self.run(["report", plan.path, "-o", page.path])
        #expect(run.code == .success)
        #expect(run.output.isEmpty)
        #expect(run.errors.isEmpty)
        let written = try #require(Self.read(page))
        #expect(written == Self.run(["report", plan.path]).output)

        // An existing file is replaced, and no temporary file is left behind.
        try Self.write("old", to: page)
        let again = Self.run(["report", plan.path, "--output", page.path, "--lang", "da"])
        #expect(again.code == .success)
        #expect(Self.read(page)?.hasPrefix("<!DOCTYPE html>\n<html lang=\"da\">") == true)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == ["plan.netplan", "report.html"])

        // Twice the same plan: the same bytes.
        _ = Self.run(["report", plan.path, "-o", page.path])
        let first = Self.read(page)
        _ = Self.run(["report", plan.path, "-o", page.path])
        #expect(Self.read(page) == first)
    }

    @Test func dashOToStandardOutput() {
        let run = Self.run(["report", "-", "-o", "-"], standardInput: Self.plan)
        #expect(run.code == .success)
        #expect(run.output.hasPrefix("<!DOCTYPE html>"))
    }

    @Test func usageProblemsExitWithTwo() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.netplan")
        try Self.write(Self.plan, to: plan)

        let none = Self.run(["report"])
        #expect(none.code == .usage)
        #expect(none.errors.contains("`report` needs exactly one plan file"))

        #expect(Self.run(["report", plan.path, plan.path]).code == .usage)
        #expect(Self.run(["report", folder.path]).code == .usage)
        #expect(Self.run(["report", folder.appendingPathComponent("missing.netplan").path]).code == .usage)
        #expect(Self.run(["report", plan.path, "-o"]).code == .usage)
        #expect(Self.run(["report", plan.path, "--colour"]).code == .usage)

        let noFolder = Self.run(["report", plan.path, "-o", folder.appendingPathComponent("no/such/page.html").path])
        #expect(noFolder.code == .usage)
        #expect(noFolder.errors.contains("cannot write"))

        let intoFolder = Self.run(["report", plan.path, "-o", folder.path])
        #expect(intoFolder.code == .usage)
        #expect(intoFolder.errors.contains("is a folder"))

        let danish = Self.run(["report", plan.path, "-o", folder.path, "--lang", "da"])
        #expect(danish.errors.contains("er en mappe"))
    }

    @Test func helpInEnglishAndDanish() {
        let english = Self.run(["report", "--help"])
        #expect(english.code == .success)
        #expect(english.output.hasPrefix("Usage: netplan report FILE [-o FILE.html]"))
        let danish = Self.run(["help", "report", "--lang", "da"])
        #expect(danish.output.hasPrefix("Brug: netplan report FIL [-o FIL.html]"))
        #expect(Self.run(["--help"]).output.contains("  report "))
        #expect(Subcommand.named("report") != nil)
    }

    /// Every sample there is (`samples/*.netplan`) gives a page, in both languages.
    @Test func everySampleProducesAReport() throws {
        let samples = Self.packageRoot.appendingPathComponent("samples")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? [])
            .filter { $0.hasSuffix(".netplan") }.sorted()
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in names {
            let path = samples.appendingPathComponent(name).path
            for language in Language.allCases {
                let page = folder.appendingPathComponent("\(name).\(language.rawValue).html")
                let run = Self.run(["report", path, "-o", page.path, "--lang", language.rawValue])
                #expect(run.code != .usage, "\(name): \(run.errors)")
                let html = try #require(Self.read(page), "\(name) gave no page")
                #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">"), "\(name)")
                #expect(html.contains("<svg class=\"diamond\""), "\(name)")
                #expect(!html.contains("http://") && !html.contains("https://"), "\(name)")
                let plan = Checker.check(try Inputs.read(path)).plan
                let headers = html.components(separatedBy: "<th scope=\"col\" class=\"phase\">").count - 1
                #expect(headers == plan.phases.count, "\(name)")
            }
        }
    }

    /// The welfare sample is the report leaders print: the page holds every
    /// status as a badge, the units, the purposes in the schema's cells and
    /// the meetings on a timeline, and the print style keeps them.
    @Test func theWelfareSampleReportHoldsWhatLeadersTrack() throws {
        let path = TestSupport.packageRoot.appendingPathComponent("samples/velfaerdsnetvaerk.netplan").path
        let run = Self.run(["report", path, "--lang", "da"])
        #expect(run.code == .success, "\(run.errors)")
        let html = run.output
        for status in RecruitmentStatus.allCases {
            #expect(html.contains("class=\"status \(status.rawValue)\""), "no \(status.danish) badge")
        }
        let plan = Checker.check(try Inputs.read(path)).plan
        let units = Set(plan.participants.compactMap(\.facts.unit))
        #expect(units.count >= 4)
        for unit in units { #expect(html.contains(HTML.escape(unit)), "unit \(unit)") }
        let purposes = plan.phases.flatMap(\.purposes)
        #expect(purposes.count >= 4)
        for purpose in purposes {
            #expect(html.contains("</span>\(HTML.escape(purpose.text))</span></td>"), "purpose \(purpose.text) in its cell")
        }
        #expect(html.contains("<svg class=\"timeline\""))
        #expect(plan.meetings.count >= 5)
        for meeting in plan.meetings { #expect(html.contains(HTML.escape(meeting.name)), "meeting \(meeting.name)") }
        #expect(html.contains("@media print"))
    }
}
