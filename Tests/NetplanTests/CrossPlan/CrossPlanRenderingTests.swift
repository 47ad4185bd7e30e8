import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanViews
@testable import NetplanCLI

/// A finding across plans keeps its own file and position; text, JSON and
/// SARIF show the related places in the other files with those files'
/// paths, lines and columns.
@Suite struct CrossPlanRenderingTests {
    static let a = "network \"A\"\n# Anne er med\ncore \"Anne Krogh\": faglighed\nphase S from 2027-01-04 to 2027-04-30\n"
    static let b = "network \"B\"\ncore \"Anne Krogh\": faglighed\nphase S from 2027-02-01 to 2027-05-31\n"
    static let c = "network \"C\"\ncore \"Anne Krogh\": faglighed\nphase S from 2027-03-01 to 2027-06-30\n"

    static func files() -> [FileDiagnostics] {
        let results = [("dir/a.netplan", a), ("dir/b netplan.netplan", b), ("dir/c.netplan", c)].map {
            Checker.check(SourceFile(path: $0.0, text: $0.1))
        }
        let merged = CrossPlanRules.merged(results)
        return results.indices.map { FileDiagnostics(source: results[$0].source, diagnostics: merged[$0]) }
    }

    @Test func jsonCarriesRelatedPlacesWithTheirFiles() throws {
        let json = JSONRenderer().render(Self.files())
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let finding = try #require(array.first { $0["code"] as? String == "NP230" })
        #expect(finding["file"] as? String == "dir/c.netplan")
        #expect(finding["line"] as? Int == 2)
        let related = try #require(finding["related"] as? [[String: Any]])
        #expect(related.count == 2)
        #expect(related[0]["file"] as? String == "dir/a.netplan")
        #expect(related[0]["line"] as? Int == 3)
        #expect(related[0]["column"] as? Int == 6)
        #expect(related[0]["message"] as? String == "also core in `A`")
        #expect(related[1]["file"] as? String == "dir/b netplan.netplan")
        #expect(related[1]["line"] as? Int == 2)
    }

    @Test func jsonGivesOwnFileRelatedPlacesTheirFileToo() throws {
        let source = SourceFile(path: "x.netplan", text: "core Anne: faglighed\ncore Anne: indsigt\n")
        let result = Checker.check(source)
        let json = JSONRenderer().render([FileDiagnostics(source: source, diagnostics: result.diagnostics)])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let duplicate = try #require(array.first { ($0["related"] as? [Any])?.isEmpty == false })
        let related = try #require((duplicate["related"] as? [[String: Any]])?.first)
        #expect(related["file"] as? String == "x.netplan")
        #expect(related["line"] as? Int == 1)
    }

    @Test func sarifRelatedLocationsPointIntoTheOtherArtifacts() throws {
        let sarif = SARIFRenderer().render(Self.files())
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        let finding = try #require(results.first { $0["ruleId"] as? String == "NP230" })
        let primary = try #require((finding["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((primary["artifactLocation"] as? [String: Any])?["uri"] as? String == "dir/c.netplan")
        let related = try #require(finding["relatedLocations"] as? [[String: Any]])
        let uris = related.compactMap { (($0["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"] as? String }
        #expect(uris == ["dir/a.netplan", "dir/b%20netplan.netplan"])
        let region = (related[0]["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
        #expect(region?["startLine"] as? Int == 3)
        #expect(region?["startColumn"] as? Int == 6)
        // The catalogue names the rules across networks.
        let rules = (((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]]) ?? []
        #expect(rules.contains { $0["id"] as? String == "NP230" })
    }

    @Test func textShowsEachOtherFileUnderItsOwnArrow() throws {
        let files = Self.files()
        let renderer = TextRenderer()
        let text = renderer.render(files[2], others: FileDiagnostics.sourcesByPath(files))
        #expect(text.contains("warning[NP230]: `Anne Krogh` is core in 3 networks that run at the same time (at most 2)\n --> dir/c.netplan:2:6\n"))
        #expect(text.contains(" --> dir/a.netplan:3:6\n  |\n3 | core \"Anne Krogh\": faglighed\n  |      ------------ also core in `A`\n"))
        #expect(text.contains(" --> dir/b netplan.netplan:2:6\n"))
        // Without the other files, the path and label still show.
        let alone = renderer.render(files[2])
        #expect(alone.contains(" --> dir/a.netplan also core in `A`\n"))
    }

    @Test func checkingSeveralPathsRunsTheRulesAcrossAndOnePathDoesNot() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        for (name, text) in [("a.netplan", Self.a), ("b.netplan", Self.b), ("c.netplan", Self.c)] {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        let paths = ["a", "b", "c"].map { folder.appendingPathComponent("\($0).netplan").path }
        let together = TestSupport.run(["check", "--format", "json"] + paths)
        #expect(together.exitCode == .success)
        #expect(together.output.contains("\"code\": \"NP230\""))
        let asFolder = TestSupport.run(["check", folder.path])
        #expect(asFolder.output.contains("warning[NP230]"), "\(asFolder.output)")
        let alone = TestSupport.run(["check", paths[2]])
        #expect(!alone.output.contains("NP230"))
        let strict = TestSupport.run(["check", "--strict", folder.path])
        #expect(strict.exitCode == .findings)
    }

    @Test func aRegisterPersonNoPlanNamesIsANoteOnlyWhenAFolderIsChecked() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        let files = [
            ("personer.netplan", "person \"Karen Mølgaard\": ressourcer\nperson \"Jens Hald\": faglighed\n"),
            ("aeldre.netplan", "use \"personer.netplan\"\nnetwork \"Ældre\"\ncore \"Karen Mølgaard\"\n"),
        ]
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        let asFolder = TestSupport.run(["check", folder.path])
        #expect(asFolder.output.contains("note[NP233]: `Jens Hald` is in the register but in no plan in this folder"), "\(asFolder.output)")
        let paths = files.map { folder.appendingPathComponent($0.0).path }
        let asFiles = TestSupport.run(["check"] + paths)
        #expect(!asFiles.output.contains("NP233"), "\(asFiles.output)")
    }
}
