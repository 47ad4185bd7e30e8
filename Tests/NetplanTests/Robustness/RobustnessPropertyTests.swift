import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanSyntax
@testable import NetplanCheck
@testable import NetplanViews
@testable import NetplanTesting


/// Properties of the formatter, resolver, checker and JSON export over plans
/// from `RandomPlanGenerator`: seeds `0..<seedCount`, in chunks so they run in parallel.
@Suite struct RobustnessPropertyTests {
    static let seedCount: UInt64 = 2_000
    static let chunkSize: UInt64 = 100
    static let chunks: [Range<UInt64>] = stride(from: 0, to: seedCount, by: Int(chunkSize)).map {
        $0..<min($0 + chunkSize, seedCount)
    }

    /// The finding codes of a check, sorted (positions move when the layout changes).
    static func codes(_ result: CheckResult) -> [String] {
        result.diagnostics.map { "\($0.code) \($0.severity.rawValue)" }.sorted()
    }

    @Test func theGeneratorIsDeterministicAndVaried() {
        #expect(RandomPlanGenerator(seed: 7).plan() == RandomPlanGenerator(seed: 7).plan())
        let plans = RandomPlanGenerator.plans(seeds: 0..<200)
        #expect(Set(plans).count > 190, "plans should differ from seed to seed")
        let all = plans.joined()
        for needle in ["\r\n", ";", "#", "via", "from 20", "invite", "needs", "without", "set core-team", "allow", "\\\"", "\\\\", "\"phase\"", "æ", "\t"] {
            #expect(all.contains(needle), "no generated plan contains \(needle.debugDescription)")
        }
    }

    @Test(arguments: chunks)
    func generatedPlansHaveNoSyntaxErrors(seeds: Range<UInt64>) {
        for seed in seeds {
            let text = RandomPlanGenerator(seed: seed).plan()
            let tree = Parser.parse(SourceFile(path: "seed-\(seed).netplan", text: text))
            if tree.hasSyntaxErrors {
                let first = tree.diagnostics.first.map { "\($0.code) \($0.message.en)" } ?? "?"
                Issue.record("seed \(seed): syntax error \(first) in \(text.debugDescription)")
            }
        }
    }

    @Test(arguments: chunks)
    func formattingIsIdempotentAndKeepsMeaning(seeds: Range<UInt64>) throws {
        for seed in seeds {
            let text = RandomPlanGenerator(seed: seed).plan()
            let source = SourceFile(path: "plan.netplan", text: text)
            let tree = Parser.parse(source)
            guard !tree.hasSyntaxErrors else { continue }  // reported by generatedPlansHaveNoSyntaxErrors
            let once: String
            do {
                once = try PlanFormatter.format(tree)
            } catch {
                Issue.record("seed \(seed): fmt failed: \(error.message.en) for \(text.debugDescription)")
                continue
            }
            let formatted = SourceFile(path: "plan.netplan", text: once)
            let reparsed = Parser.parse(formatted)
            #expect(!reparsed.hasSyntaxErrors, "seed \(seed): fmt(p) does not parse: \(once.debugDescription) from \(text.debugDescription)")
            guard !reparsed.hasSyntaxErrors else { continue }
            let twice = try PlanFormatter.format(reparsed)
            #expect(twice == once, "seed \(seed): fmt is not idempotent: \(once.debugDescription) -> \(twice.debugDescription)")
            #expect(
                reparsed.comments.count == tree.comments.count,
                "seed \(seed): \(tree.comments.count) comments became \(reparsed.comments.count): \(text.debugDescription)")
            let before = PlanSummary(Resolver.resolve(tree))
            let after = PlanSummary(Resolver.resolve(reparsed))
            #expect(after == before, "seed \(seed): the plan changed:\n\(before)\n---\n\(after)\ninput \(text.debugDescription)")
            let codesBefore = Self.codes(Checker.check(source))
            let codesAfter = Self.codes(Checker.check(formatted))
            #expect(codesAfter == codesBefore, "seed \(seed): findings changed for \(text.debugDescription)")
        }
    }

    @Test(arguments: chunks)
    func planJSONIsStableAndValid(seeds: Range<UInt64>) {
        for seed in seeds {
            let text = RandomPlanGenerator(seed: seed).plan()
            let first = PlanJSON.value(Checker.check(SourceFile(path: "plan.netplan", text: text))).serialized()
            let second = PlanJSON.value(Checker.check(SourceFile(path: "plan.netplan", text: text))).serialized()
            #expect(first == second, "seed \(seed): the JSON differs between two runs")
            #expect(Robustness.isJSON(first), "seed \(seed): the JSON does not parse: \(first)")
        }
    }
}
