import Foundation
import NetplanBase
import NetplanCheck
import NetplanSyntax
import NetplanTesting
import NetplanViews

/// `--only stage:NAME` and `--only prep:NAME`, for instruction counts of one
/// stage: `prep` builds what the stage reads (source, tokens, tree, plan,
/// check result); `stage` does the same and then runs the stage three
/// times. With callgrind, (stage - prep) / 3 is the stage's own cost, whatever
/// the machine is doing, so two builds can be compared stage by stage.
extension Benchmark {
    static let stages = ["lex", "parse", "resolve", "rules", "json", "fmt", "report", "matrix"]

    func runStageOnce(_ what: String) -> Int32 {
        let parts = what.split(separator: ":").map(String.init)
        guard parts.count == 2, parts[0] == "stage" || parts[0] == "prep", Self.stages.contains(parts[1]) else {
            FileHandle.standardError.write(Data("netplan-bench: --only stage:NAME or prep:NAME, NAME one of \(Self.stages.joined(separator: ", "))\n".utf8))
            return 2
        }
        let plan = PlanGenerator(seed: options.seed).healthyPlan(lines: options.lines)
        let source = SourceFile(path: "plan.netplan", bytes: Array(plan.text.utf8))
        let name = parts[1]
        let tree = ["resolve", "rules"].contains(name) ? Parser.parse(source) : nil
        let resolved = name == "rules" ? tree.map(Resolver.resolve) : nil
        let result = ["json", "report", "matrix"].contains(name) ? Checker.check(source) : nil
        guard parts[0] == "stage" else { return 0 }
        for _ in 0..<3 {
            switch name {
            case "lex": sink &+= Lexer(source: source).tokenize().tokens.count
            case "parse": sink &+= Parser.parse(source).statements.count
            case "resolve": if let tree { sink &+= Resolver.resolve(tree).participants.count }
            case "rules":
                if let resolved { for rule in RuleRegistry.all { sink &+= rule.check(RuleContext(plan: resolved)).count } }
            case "json": if let result { sink &+= PlanJSON.bytes(result).count }
            case "report": if let result { sink &+= HTMLReport.bytes(result, language: .english).count }
            case "matrix":
                if let result {
                    sink &+= PlanningMatrix.render(result.plan, format: .text, language: .english).utf8.count
                }
            default: sink &+= (try? PlanFormatter.formattedBytes(source))?.count ?? 0
            }
        }
        return 0
    }
}
