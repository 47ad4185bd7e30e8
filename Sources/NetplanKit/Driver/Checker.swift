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
    /// Checks one source file with the given rules.
    public static func check(_ source: SourceFile, rules: [any Rule] = RuleRegistry.all) -> CheckResult {
        let tree = Parser.parse(source)
        let plan = Resolver.resolve(tree)
        let (configuration, settingProblems) = Configuration.read(plan)
        let context = RuleContext(plan: plan, coreTeam: configuration.coreTeam)
        var findings: [Diagnostic] = []
        for rule in rules {
            // With syntax errors, the plan is incomplete: only rules that find
            // errors run, so warnings about half a plan do not drown the real problem.
            if tree.hasSyntaxErrors, rule.description.severity != .error { continue }
            guard let severity = configuration.severity(of: rule.description) else { continue }
            for var finding in rule.check(context) {
                finding.severity = severity
                findings.append(finding)
            }
        }
        findings = Suppressions.apply(to: findings, in: plan)
        let all = (tree.diagnostics + settingProblems + findings).sortedByPosition()
        return CheckResult(tree: tree, plan: plan, configuration: configuration, diagnostics: all)
    }
}
