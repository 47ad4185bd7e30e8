import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanViews

@Suite struct SARIFRendererTests {
    static func sarif(_ text: String, path: String = "plans/Mit netværk.netplan") throws -> [String: Any] {
        let result = Checker.check(SourceFile(path: path, text: text))
        let output = SARIFRenderer().render([FileDiagnostics(source: result.source, diagnostics: result.diagnostics)])
        let object = try JSONSerialization.jsonObject(with: Data(output.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func logHasVersionToolAndEveryRule() throws {
        let log = try Self.sarif("core Anne: faglighed\n")
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "netplan")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == RuleDocumentation.all.count)
        let ids = rules.compactMap { $0["id"] as? String }
        #expect(ids.contains("NP206") && ids.contains("NP010"))
        for rule in rules {
            #expect((rule["shortDescription"] as? [String: Any])?["text"] as? String != nil)
            #expect((rule["help"] as? [String: Any])?["text"] as? String != nil)
            let level = (rule["defaultConfiguration"] as? [String: Any])?["level"] as? String
            #expect(["error", "warning", "note"].contains(level ?? ""))
        }
    }

    @Test func resultsPointAtRegionsWithRuleIndex() throws {
        let log = try Self.sarif("core Anne: faglighed\nphase Idé: invite Borgre\n")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let results = try #require(run["results"] as? [[String: Any]])
        let unknown = try #require(results.first { $0["ruleId"] as? String == "NP101" })
        #expect(unknown["level"] as? String == "error")
        let index = try #require(unknown["ruleIndex"] as? Int)
        #expect(rules[index]["id"] as? String == "NP101")
        let message = try #require((unknown["message"] as? [String: Any])?["text"] as? String)
        #expect(message.contains("Borgre") && message.contains("Borgere"))
        let physical = try #require(
            ((unknown["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
        let uri = (physical["artifactLocation"] as? [String: Any])?["uri"] as? String
        #expect(uri == "plans/Mit%20netv%C3%A6rk.netplan")
        let region = try #require(physical["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 2)
        #expect(region["startColumn"] as? Int == 19)  // `Idé` counts as three code points
        #expect(region["endColumn"] as? Int == 25)
    }

    @Test func absolutePathsBecomeFileURIs() {
        #expect(SARIFRenderer.uri("/tmp/a b.netplan") == "file:///tmp/a%20b.netplan")
        #expect(SARIFRenderer.uri("./samples/x.netplan") == "samples/x.netplan")
    }

    @Test func duplicatesCarryRelatedLocations() throws {
        let log = try Self.sarif("core Anne: faglighed\ncore Anne: indsigt\n")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        let duplicate = try #require(results.first { $0["ruleId"] as? String == "NP102" })
        let related = try #require(duplicate["relatedLocations"] as? [[String: Any]])
        let region = (related.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
        #expect(region?["startLine"] as? Int == 1)
        #expect(region?["startColumn"] as? Int == 6)
    }
}
