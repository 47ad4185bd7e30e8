import Foundation
import Testing

@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanViews
@testable import NetplanCLI

/// `netplan overview`: the page, its inputs, `-o`, `--reports` and the exit codes.
@Suite struct OverviewCommandTests {
    static let folder = TestSupport.testsFolder.appendingPathComponent("Fixtures/overview").path

    @Test func thePageHoldsEveryNetworkThePeopleAcrossThemAndTheUnits() {
        let run = TestSupport.run(["overview", Self.folder, "--lang", "en"])
        #expect(run.exitCode == .success, "\(run.errors)")
        let page = run.output
        for theme in ["Unge i job", "Mindre ensomhed blandt ældre", "Fælles sprog om trivsel"] {
            #expect(page.contains(theme), "\(theme) is missing")
        }
        // Jonas Berg is core in all three networks: his row says so, first.
        let rows = page.components(separatedBy: "<tr><th scope=\"row\">").dropFirst()
        let jonas = rows.first { $0.hasPrefix("Jonas Berg</th>") }
        #expect(rows.first?.hasPrefix("Jonas Berg</th>") == true)
        #expect(jonas?.contains("<td class=\"n many\">3</td>") == true, "\(jonas ?? "no row")")
        #expect(jonas?.contains("<td class=\"codriver core\">co-driver, core</td>") == true)
        // Bo Nielsen declined in one network and is core in another.
        let bo = rows.first { $0.hasPrefix("Bo Nielsen</th>") }
        #expect(bo?.contains("<td class=\"declined\">declined</td>") == true)
        #expect(bo?.contains("<td class=\"core\">core</td>") == true)
        // Units x networks: Ældre og Handicap has two people in networks 2 and 3, none in 1.
        let units = page.components(separatedBy: "units-heading").last ?? ""
        #expect(units.contains("Ældre og Handicap</th><td class=\"zero\">–</td><td class=\"n\">2</td><td class=\"n\">2</td>"))
        // Timeline, diamonds, finding counts.
        #expect(page.contains("<svg class=\"ov-timeline\""))
        #expect(page.components(separatedBy: "<svg class=\"mini-diamond\"").count == 4)
        #expect(page.contains("indsigt <tspan class=\"n\">0</tspan>"))
        #expect(page.contains("3 warnings"), "two of its own and one across networks")
        // Self-contained and printable.
        #expect(!page.contains("<script"))
        #expect(!page.contains("http://") && !page.contains("https://") && !page.contains("url("))
        #expect(page.contains("@page { size: A4 landscape"))
    }

    @Test func theDanishPageSpeaksDanish() {
        let run = TestSupport.run(["overview", Self.folder, "--lang", "da"])
        #expect(run.output.contains("<html lang=\"da\">"))
        #expect(run.output.contains("Kommunens netværk"))
        #expect(run.output.contains("<td class=\"declined\">afslået</td>"))
        #expect(run.output.contains("netværksleder"))
    }

    @Test func filesWithoutANetworkOrPhaseLineAreLeftOut() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        for name in ["ensomhed", "trivsel"] {
            try FileManager.default.copyItem(
                atPath: Self.folder + "/\(name).netplan", toPath: folder.appendingPathComponent("\(name).netplan").path)
        }
        try Data("core \"Anne Krogh\": faglighed unit \"Ældre og Handicap\"\n".utf8)
            .write(to: folder.appendingPathComponent("personer.netplan"))
        let run = TestSupport.run(["overview", folder.path, "--format", "json"])
        #expect(run.exitCode == .success, "\(run.errors)")
        #expect(run.output.components(separatedBy: "\"number\":").count == 3, "two networks, not three")
        #expect(!run.output.contains("personer.netplan"))

        let none = TestSupport.run(["overview", folder.appendingPathComponent("personer.netplan").path])
        #expect(none.exitCode == .usage)
        #expect(none.errors.contains("none of the files given holds a plan"))
    }

    @Test func withoutPathsItIsAUsageError() {
        let run = TestSupport.run(["overview"])
        #expect(run.exitCode == .usage)
        #expect(run.errors.contains("needs plan files or folders"))
        #expect(TestSupport.run(["overview", Self.folder, "--format", "pdf"]).exitCode == .usage)
    }

    @Test func aPlanWithErrorsIsShownMarkedAndTheExitCodeIsOne() {
        let plan = "network \"Brudt\"\ncore Anne: faglighed\nphase Opstart: invite Borgre\n"
        let run = TestSupport.run(["overview", "-", Self.folder + "/trivsel.netplan"], standardInput: plan)
        #expect(run.exitCode == .findings)
        #expect(run.output.contains("network-card has-errors"))
        #expect(run.output.contains("1 plan has errors"))
        #expect(run.output.contains("1 error"))
    }

    @Test func reportsAreWrittenIntoTheFolderAndLinkedRelativeToThePage() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        let page = folder.appendingPathComponent("out/oversigt.html").path
        let reports = folder.appendingPathComponent("out/rapporter/2027").path
        try FileManager.default.createDirectory(
            atPath: folder.appendingPathComponent("out").path, withIntermediateDirectories: true)
        let run = TestSupport.run(["overview", Self.folder, "-o", page, "--reports", reports])
        #expect(run.exitCode == .success, "\(run.errors)")
        #expect(run.output.isEmpty)
        for name in ["beskaeftigelse", "ensomhed", "trivsel"] {
            let report = try String(contentsOfFile: reports + "/\(name).html", encoding: .utf8)
            #expect(report.contains("<!DOCTYPE html>"))
        }
        let written = try String(contentsOfFile: page, encoding: .utf8)
        #expect(written.contains("<a href=\"rapporter/2027/ensomhed.html\">Mindre ensomhed blandt ældre</a>"))

        let markdown = TestSupport.run(["overview", Self.folder, "--format", "markdown", "--reports", reports])
        #expect(markdown.output.contains("[trivsel.html](\(OverviewWords.href(reports))/trivsel.html)"))
    }

    @Test func reportsOfPlansWithTheSameFileNameDoNotOverwriteEachOther() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        for sub in ["a", "b"] {
            try FileManager.default.createDirectory(
                atPath: folder.appendingPathComponent(sub).path, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                atPath: Self.folder + "/trivsel.netplan", toPath: folder.appendingPathComponent("\(sub)/plan.netplan").path)
        }
        let reports = folder.appendingPathComponent("r").path
        let run = TestSupport.run(["overview", folder.path, "--reports", reports, "--format", "json"])
        #expect(run.exitCode == .success, "\(run.errors)")
        #expect(FileManager.default.fileExists(atPath: reports + "/plan.html"))
        #expect(FileManager.default.fileExists(atPath: reports + "/plan-2.html"))
    }

    @Test func aReportsPathThatIsAFileIsRefused() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        let file = folder.appendingPathComponent("fil").path
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        let run = TestSupport.run(["overview", Self.folder, "--reports", file])
        #expect(run.exitCode == .usage)
        #expect(run.errors.contains("needs a folder"))
    }

    @Test func linksAreRelativeToTheFolderOfThePage() {
        #expect(OverviewCommand.link(to: "r/a.html", from: nil) == "r/a.html")
        #expect(OverviewCommand.link(to: "./r/a.html", from: "") == "r/a.html")
        #expect(OverviewCommand.link(to: "out/r/a.html", from: "out/") == "r/a.html")
        #expect(OverviewCommand.link(to: "r/a.html", from: "out/sub/") == "../../r/a.html")
        #expect(OverviewCommand.link(to: "/abs/r/a.html", from: "out/") == "/abs/r/a.html")
        #expect(OverviewCommand.link(to: "r/a.html", from: "../up/") == "r/a.html")
    }

    /// The sample municipality: every network, the manager who is core in all
    /// three, and the same finding counts as `check` of the folder, the rules
    /// across networks included.
    @Test func theSampleMunicipalityOverviewAgreesWithCheck() throws {
        let folder = TestSupport.packageRoot.appendingPathComponent("samples/kommune").path
        let console = Console(arguments: ["overview", folder, "--format", "json"])
        #expect(Tool.run(console) == .success, "\(console.errors)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(console.output.utf8)) as? [String: Any])
        let networks = try #require(json["networks"] as? [[String: Any]])
        #expect(networks.count == 3)
        let people = try #require(json["people"] as? [[String: Any]])
        let karen = try #require(people.first { $0["name"] as? String == "Karen Mølgaard" })
        #expect(karen["coreNetworks"] as? Int == 3)
        let warnings = networks.compactMap { $0["warnings"] as? Int }.reduce(0, +)
        let notes = networks.compactMap { $0["notes"] as? Int }.reduce(0, +)
        let check = Console(arguments: ["check", folder])
        _ = Tool.run(check)
        #expect(check.output.contains("0 errors, \(warnings) warning"), "\(check.output.suffix(200))")
        // The register's notes (people no plan names, NP233) belong to no network.
        let registerNotes = check.output.components(separatedBy: "note[NP233]").count - 1
        #expect(registerNotes >= 1, "the sample register has one person no plan names")
        #expect(check.output.contains("\(notes + registerNotes) notes"))
        #expect(warnings >= 1, "NP230 for the manager who is core in three networks")
    }
}
