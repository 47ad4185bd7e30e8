import Testing
@testable import NetplanBase
@testable import NetplanCheck

/// Runs the examples of every rule across networks: each example is several
/// plans (`# file: NAME` lines); a triggering example must give that rule's
/// findings exactly where the `↓` markers are, in the plans they are in; a
/// non-triggering example none. Each also runs with CRLF line ends.
@Suite struct CrossPlanRuleExamplesTests {
    static let codes = CrossPlanRules.all.map(\.description.code)

    /// The findings of one code per file, as (file, byte offset), and the
    /// markers the example expects, the same way.
    static func run(_ example: String, code: String, crlf: Bool) -> (found: [String], expected: [String], syntax: [String]) {
        var expected: [String] = []
        var sources: [SourceFile] = []
        for file in CrossPlanExample.files(example) {
            var text = crlf ? file.text.replacingOccurrences(of: "\n", with: "\r\n") : file.text
            let (clean, offsets) = RuleExamplesTests.stripMarkers(text)
            text = clean
            expected += offsets.map { "\(file.path)@\($0)" }
            sources.append(SourceFile(path: file.path, text: text))
        }
        // An example is a folder: its registers are loaded through the
        // workspace as `check DIR` loads them, and every file is in it.
        var workspace = Workspace { path in
            sources.first { $0.path == path }.map { .success($0) }
                ?? .failure(Workspace.LoadFailure(reason: Text(en: "not in the example", da: "ikke i eksemplet")))
        }
        let results = workspace.check(sources, today: RuleDescription.exampleToday)
        let merged = CrossPlanRules.merged(results, wholeFolder: true)
        var found: [String] = []
        for (index, result) in results.enumerated() {
            found += merged[index].filter { $0.code == code }.map { "\(result.source.path)@\($0.range.start)" }
        }
        let syntax = results.flatMap { $0.tree.diagnostics.map(\.message.en) }
        return (found.sorted(), expected.sorted(), syntax)
    }

    @Test(arguments: codes)
    func triggeringExamplesFireWhereMarked(code: String) throws {
        let rule = try #require(CrossPlanRules.rule(code))
        #expect(!rule.description.triggering.isEmpty)
        for example in rule.description.triggering {
            #expect(CrossPlanExample.files(example).count > 1, "\(code): an example across plans needs several plans")
            for crlf in [false, true] {
                let run = Self.run(example, code: code, crlf: crlf)
                #expect(run.syntax.isEmpty, "\(code): syntax errors \(run.syntax)")
                #expect(!run.expected.isEmpty, "\(code): triggering example without a marker")
                #expect(run.found == run.expected, "\(code) crlf=\(crlf): expected \(run.expected), found \(run.found)")
            }
        }
    }

    @Test(arguments: codes)
    func nonTriggeringExamplesStayQuiet(code: String) throws {
        let rule = try #require(CrossPlanRules.rule(code))
        #expect(!rule.description.nonTriggering.isEmpty)
        for example in rule.description.nonTriggering {
            #expect(!example.contains(RuleDescription.marker))
            for crlf in [false, true] {
                let run = Self.run(example, code: code, crlf: crlf)
                #expect(run.syntax.isEmpty, "\(code): syntax errors \(run.syntax)")
                #expect(run.found.isEmpty, "\(code) crlf=\(crlf): unexpected \(run.found)")
            }
        }
    }

    /// Checked alone, no plan of any example gives a finding across plans:
    /// one plan has nothing to compare with.
    @Test(arguments: codes)
    func eachPlanAloneGivesNone(code: String) throws {
        let rule = try #require(CrossPlanRules.rule(code))
        for example in rule.description.triggering {
            for file in CrossPlanExample.files(RuleExamplesTests.stripMarkers(example).0) {
                let result = Checker.check(SourceFile(path: file.path, text: file.text))
                #expect(CrossPlanRules.merged([result])[0] == result.diagnostics)
                #expect(!result.diagnostics.contains { $0.code == code })
            }
        }
    }

    @Test func codesAndIdentifiersAreNewAndUnique() {
        let own = RuleRegistry.all.map(\.description) + BuiltInChecks.all
        for rule in CrossPlanRules.all {
            #expect(!own.contains { $0.code == rule.description.code || $0.identifier == rule.description.identifier })
        }
        #expect(Set(Self.codes).count == Self.codes.count)
    }
}
