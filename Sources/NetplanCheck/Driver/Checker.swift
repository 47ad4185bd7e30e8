import NetplanBase
import NetplanSyntax

/// Everything netplan knows about one file after checking it.
public struct CheckResult: Sendable {
    public let tree: SyntaxTree
    public let plan: ResolvedPlan
    public let configuration: Configuration
    /// All findings, sorted by position.
    public let diagnostics: [Diagnostic]

    public var source: SourceFile { tree.source }
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// The pipeline: lex and parse, resolve, read the settings, run the rules,
/// apply suppressions.
public enum Checker {
    /// At most this many findings of one code are reported per file; a note
    /// after the last one says how many more there are. A plan with 20,000
    /// unknown names needs the first few hundred fixed, not a 40 MB report.
    public static let findingsPerCode = 200

    package static func capped(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var counts: [String: Int] = [:]
        var kept: [Diagnostic] = []
        kept.reserveCapacity(diagnostics.count)
        var lastKept: [String: Int] = [:]
        for diagnostic in diagnostics {
            let count = (counts[diagnostic.code] ?? 0) + 1
            counts[diagnostic.code] = count
            if count <= findingsPerCode {
                lastKept[diagnostic.code] = kept.count
                kept.append(diagnostic)
            }
        }
        for (code, count) in counts where count > findingsPerCode {
            guard let index = lastKept[code] else { continue }
            let more = count - findingsPerCode
            kept[index].notes.append(
                Text(
                    en: "\(more) more finding\(more == 1 ? "" : "s") of \(code) in this file not shown; fix these first",
                    da: "\(more) til af samme slags (\(code)) i denne fil vises ikke; ret disse først"))
        }
        return kept
    }

    /// Checks one source file with the given rules. `today` is the date the
    /// calendar rules (NP216) measure from; without it they stay quiet, so a
    /// check without a date never depends on the day it runs.
    public static func check(
        _ source: SourceFile, rules: [any Rule] = RuleRegistry.all, today: CalendarDate? = nil
    ) -> CheckResult {
        check(source, rules: rules, today: today, buildAll: false)
    }

    /// With `buildAll`, rules build every finding in full, also those the
    /// cap drops (for tests that compare the two).
    package static func check(
        _ source: SourceFile, rules: [any Rule], today: CalendarDate? = nil, buildAll: Bool
    ) -> CheckResult {
        let tree = Parser.parse(source)
        return check(tree, register: Register(names: tree.names), rules: rules, today: today, buildAll: buildAll)
    }

    /// Checks a parsed plan whose undeclared names may come from `register` (see `Workspace`).
    package static func check(
        _ tree: SyntaxTree, register: Register, rules: [any Rule], today: CalendarDate? = nil, buildAll: Bool = false
    ) -> CheckResult {
        let plan = Resolver.resolve(tree, register: register)
        let (configuration, settingProblems) = Configuration.read(plan)
        let suppressions = Suppressions(plan)
        let budget = FindingBudget(perCode: findingsPerCode, suppressions: suppressions)
        let context = RuleContext(
            plan: plan, coreTeam: configuration.coreTeam, today: today,
            confirmBefore: configuration.confirmBefore, budget: buildAll ? nil : budget)
        var findings: [Diagnostic] = []
        var waiting: Set<String> = []
        for rule in rules {
            guard let severity = configuration.severity(of: rule.description) else { continue }
            // With syntax errors, the plan is incomplete: only rules that find
            // errors run, so warnings about half a plan do not drown the real
            // problem. The first error says how many checks wait.
            if tree.hasSyntaxErrors, rule.description.severity != .error {
                waiting.insert(rule.description.code)
                continue
            }
            for var finding in rule.check(context) {
                finding.severity = severity
                findings.append(finding)
            }
        }
        findings = suppressions.apply(to: findings, limit: buildAll ? Int.max : findingsPerCode, notRun: waiting)
        var all = capped((tree.diagnostics + settingProblems + findings).sortedByPosition())
        let syntaxCodes = Set(tree.diagnostics.map(\.code))
        if !waiting.isEmpty, let first = all.firstIndex(where: { $0.severity == .error && syntaxCodes.contains($0.code) }) {
            all[first].notes.append(SyntaxMessages.checksWaiting(waiting.count))
        }
        return CheckResult(tree: tree, plan: plan, configuration: configuration, diagnostics: all)
    }
}
