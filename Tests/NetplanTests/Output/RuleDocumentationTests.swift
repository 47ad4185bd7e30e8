import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanViews

/// docs/rules.md and docs/rules.da.md are generated from the rules' descriptions;
/// these tests fail when they are out of date. `NETPLAN_UPDATE_GOLDENS=1`
/// rewrites them on purpose.
@Suite struct RuleDocumentationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(arguments: [("rules.md", Language.english), ("rules.da.md", Language.danish)])
    func generatedDocsAreUpToDate(file: String, language: Language) throws {
        let url = Self.root.appendingPathComponent("docs").appendingPathComponent(file)
        let expected = RuleDocumentation.markdown(language)
        if ProcessInfo.processInfo.environment["NETPLAN_UPDATE_GOLDENS"] == "1" {
            try expected.write(to: url, atomically: true, encoding: .utf8)
        }
        let actual = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "docs/\(file) is out of date: run `swift run netplan rules --markdown\(language == .danish ? " --lang da" : "") > docs/\(file)`")
    }

    @Test func everyRuleAppearsInTheTableAndHasASection() {
        let markdown = RuleDocumentation.markdown(.english)
        for description in RuleDocumentation.all {
            #expect(markdown.contains("## \(description.code)\n"))
            #expect(markdown.contains("`\(description.identifier)`"))
        }
    }

    @Test func explainShowsRationaleExamplesAndWhatNetplanSays() throws {
        let description = try #require(RuleDocumentation.description("need-uncovered"))
        let text = RuleDocumentation.explain(description, .english)
        #expect(text.hasPrefix("NP206 need-uncovered (warning)\n"))
        #expect(text.contains("Planning the involvement"))
        #expect(text.contains("→ 4:19: warning: `Test` needs `ressourcer`"))
        #expect(text.contains("invite Fie"))
    }

    @Test func tableListsEveryCodeOnce() {
        let table = RuleDocumentation.table(.english)
        for description in RuleDocumentation.all {
            #expect(table.components(separatedBy: "\n\(description.code) ").count == 2, "\(description.code)")
        }
    }
}
