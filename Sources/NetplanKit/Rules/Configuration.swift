/// A plan's rule settings: `set core-team 4-6`, `set RULE off|note|warning|error`.
public struct Configuration: Sendable {
    /// The allowed number of core participants.
    public var coreTeam: ClosedRange<Int> = 4...6
    /// Severity overrides by rule code; nil means the rule is off.
    public var severities: [String: Severity?] = [:]

    static let settingCode = "NP301"
    static let settingNames = ["core-team"]

    /// Reads the settings of a plan, reporting those it cannot use.
    public static func read(_ plan: ResolvedPlan) -> (Configuration, [Diagnostic]) {
        var configuration = Configuration()
        var diagnostics: [Diagnostic] = []
        for (_, setting) in plan.settings {
            let name = setting.name.text
            let value = setting.value.text
            if name == "core-team" {
                if let range = parseRange(value) {
                    configuration.coreTeam = range
                } else {
                    diagnostics.append(
                        problem(
                            Text(
                                en: "`\(Messages.shorten(value))` is not a range for `core-team`",
                                da: "`\(Messages.shorten(value))` er ikke et interval for `core-team`"),
                            at: setting.value.range,
                            help: Text(
                                en: "write the smallest and largest team size, such as `set core-team 4-6`",
                                da: "skriv, hvor mange kernedeltagere kerneholdet mindst og højst skal have, fx `set core-team 4-6`")))
                }
                continue
            }
            guard let rule = RuleRegistry.rule(name) else {
                let suggestion = Suggest.closest(to: name, among: settingNames + RuleRegistry.names)
                diagnostics.append(
                    problem(
                        Text(
                            en: "there is no setting or rule called `\(Messages.shorten(name))`",
                            da: "der er ingen indstilling eller regel, der hedder `\(Messages.shorten(name))`"),
                        at: setting.name.range,
                        help: suggestion.map { Text(en: "did you mean `\($0)`?", da: "mente du `\($0)`?") }
                            ?? Text(
                                en: "`netplan rules` lists every rule; the only other setting is `core-team`",
                                da: "`netplan rules` viser alle regler; den eneste anden indstilling er `core-team`")))
                continue
            }
            let severity: Severity?
            switch value {
            case "off": severity = nil
            case "note": severity = .note
            case "warning": severity = .warning
            case "error": severity = .error
            default:
                diagnostics.append(
                    problem(
                        Text(
                            en: "`\(Messages.shorten(value))` is not a severity",
                            da: "`\(Messages.shorten(value))` er ikke et niveau"),
                        at: setting.value.range,
                        help: Text(
                            en: "use `off`, `note`, `warning` or `error`",
                            da: "brug `off`, `note`, `warning` eller `error` (fra, bemærkning, advarsel, fejl)")))
                continue
            }
            if rule.description.severity == .error, severity != .error {
                diagnostics.append(
                    problem(
                        Text(
                            en: "`\(rule.description.identifier)` finds errors in the plan and cannot be lowered",
                            da: "`\(rule.description.identifier)` finder fejl i planen, og fejl kan ikke gøres til advarsler eller slås fra"),
                        at: setting.value.range,
                        help: Text(
                            en: "fix what it finds instead; only warnings and notes can be changed",
                            da: "ret fejlen i stedet; kun advarsler og bemærkninger kan ændres")))
                continue
            }
            configuration.severities[rule.description.code] = .some(severity)
        }
        return (configuration, diagnostics)
    }

    /// The severity a rule's findings get, or nil when the rule is off.
    public func severity(of rule: RuleDescription) -> Severity? {
        if let override = severities[rule.code] { return override }
        return rule.severity
    }

    static func parseRange(_ text: String) -> ClosedRange<Int>? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count <= 4 }), let low = Int(parts[0]),
            let high = Int(parts[1]), low >= 1, low <= high
        else { return nil }
        return low...high
    }

    private static func problem(_ message: Text, at range: SourceRange, help: Text?) -> Diagnostic {
        Diagnostic(
            code: settingCode, severity: .error, message: message,
            primary: Annotation(range), help: help)
    }
}
