import Foundation
import NetplanBase
import NetplanSyntax

/// A plan's settings: `set core-team 4-6`, `set calendar-id "..."`,
/// `set confirm-before 14|off`, `set max-core-networks 2`,
/// `set RULE off|note|warning|error`.
public struct Configuration: Sendable {
    /// The allowed number of core participants.
    public var coreTeam: ClosedRange<Int> = 4...6
    /// The plan's identity in calendars (`set calendar-id "..."`): what
    /// `netplan ics` derives event UIDs from instead of the file's name.
    public var calendarID: String?
    /// `set confirm-before N`: everyone present in a phase should be
    /// confirmed this many days before it starts (NP216); nil with `off`.
    public var confirmBefore: Int? = Configuration.defaultConfirmBefore
    /// `set max-core-networks N`: in how many networks that run at the same
    /// time one person may be core before NP230 warns (read per plan).
    public var maxCoreNetworks = Configuration.defaultMaxCoreNetworks
    /// Severity overrides by rule code; nil means the rule is off.
    public var severities: [String: Severity?] = [:]

    /// Two weeks, unless a plan says otherwise.
    public static let defaultConfirmBefore = 14
    /// The most days `confirm-before` accepts: a year.
    static let confirmBeforeLimit = 365
    /// Two networks at once, unless a plan says otherwise.
    public static let defaultMaxCoreNetworks = 2
    /// The most networks `max-core-networks` accepts.
    static let maxCoreNetworksLimit = 99

    static let settingCode = "NP301"
    static let settingNames = ["core-team", "calendar-id", "confirm-before", "max-core-networks"]
    /// The longest `calendar-id` netplan accepts, in characters.
    static let calendarIDLimit = 200

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
                                en: "`\(SyntaxMessages.shorten(value))` is not a range for `core-team`",
                                da: "`\(SyntaxMessages.shorten(value))` er ikke et interval for `core-team`"),
                            at: setting.value.range,
                            help: Text(
                                en: "write the smallest and largest team size, such as `set core-team 4-6`",
                                da: "skriv, hvor mange kernedeltagere kerneholdet mindst og højst skal have, fx `set core-team 4-6`")))
                }
                continue
            }
            if name == "calendar-id" {
                let trimmed = value.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty || trimmed.count > calendarIDLimit {
                    diagnostics.append(
                        problem(
                            Text(
                                en: trimmed.isEmpty
                                    ? "`calendar-id` needs a name for the plan's calendar"
                                    : "a `calendar-id` of \(trimmed.count) characters is too long (at most \(calendarIDLimit))",
                                da: trimmed.isEmpty
                                    ? "`calendar-id` skal have et navn til planens kalender"
                                    : "et `calendar-id` på \(trimmed.count) tegn er for langt (højst \(calendarIDLimit))"),
                            at: setting.value.range,
                            help: Text(
                                en: "give a short name that stays the same while the network runs, such as `set calendar-id \"ensomhed-2027\"`",
                                da: "giv et kort navn, der ikke ændres, mens netværket kører, fx `set calendar-id \"ensomhed-2027\"`")))
                } else {
                    configuration.calendarID = trimmed
                }
                continue
            }
            if name == "confirm-before" {
                if value == "off" {
                    configuration.confirmBefore = nil
                } else if value.count <= 4, value.allSatisfy({ $0.isASCII && $0.isNumber }), let days = Int(value),
                    days <= confirmBeforeLimit
                {
                    configuration.confirmBefore = days
                } else {
                    diagnostics.append(
                        problem(
                            Text(
                                en: "`\(SyntaxMessages.shorten(value))` is not a number of days for `confirm-before`",
                                da: "`\(SyntaxMessages.shorten(value))` er ikke et antal dage for `confirm-before`"),
                            at: setting.value.range,
                            help: Text(
                                en: "write how many days before a phase starts everyone in it should have confirmed taking part (0 to \(confirmBeforeLimit)), such as `set confirm-before 14`, or `set confirm-before off`",
                                da: "skriv, hvor mange dage før en fase begynder, alle i fasen skal have bekræftet deres deltagelse (0 til \(confirmBeforeLimit)), fx `set confirm-before 14`, eller `set confirm-before off`")))
                }
                continue
            }
            if name == "max-core-networks" {
                if value.count <= 2, value.allSatisfy({ $0.isASCII && $0.isNumber }), let count = Int(value),
                    count >= 1, count <= maxCoreNetworksLimit
                {
                    configuration.maxCoreNetworks = count
                } else {
                    diagnostics.append(
                        problem(
                            Text(
                                en: "`\(SyntaxMessages.shorten(value))` is not a number of networks for `max-core-networks`",
                                da: "`\(SyntaxMessages.shorten(value))` er ikke et antal netværk for `max-core-networks`"),
                            at: setting.value.range,
                            help: Text(
                                en: "write in how many networks at the same time one person may be core (1 to \(maxCoreNetworksLimit)), such as `set max-core-networks 2`",
                                da: "skriv, i hvor mange netværk på samme tid én person højst må være kernedeltager (1 til \(maxCoreNetworksLimit)), fx `set max-core-networks 2`")))
                }
                continue
            }
            guard let rule = RuleRegistry.rule(name)?.description ?? CrossPlanRules.rule(name)?.description else {
                let suggestion = Suggest.closest(to: name, among: settingNames + RuleRegistry.names + CrossPlanRules.names)
                diagnostics.append(
                    problem(
                        Text(
                            en: "there is no setting or rule called `\(SyntaxMessages.shorten(name))`",
                            da: "der er ingen indstilling eller regel, der hedder `\(SyntaxMessages.shorten(name))`"),
                        at: setting.name.range,
                        help: suggestion.map { Text(en: "did you mean `\($0)`?", da: "mente du `\($0)`?") }
                            ?? Text(
                                en: "`netplan rules` lists every rule; the other settings are `core-team`, `calendar-id`, `confirm-before` and `max-core-networks`",
                                da: "`netplan rules` viser alle regler; de andre indstillinger er `core-team`, `calendar-id`, `confirm-before` og `max-core-networks`")))
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
                            en: "`\(SyntaxMessages.shorten(value))` is not a severity",
                            da: "`\(SyntaxMessages.shorten(value))` er ikke et niveau"),
                        at: setting.value.range,
                        help: Text(
                            en: "use `off`, `note`, `warning` or `error`",
                            da: "brug `off`, `note`, `warning` eller `error` (fra, bemærkning, advarsel, fejl)")))
                continue
            }
            if rule.severity == .error, severity != .error {
                diagnostics.append(
                    problem(
                        Text(
                            en: "`\(rule.identifier)` finds errors in the plan and cannot be lowered",
                            da: "`\(rule.identifier)` finder fejl i planen, og fejl kan ikke gøres til advarsler eller slås fra"),
                        at: setting.value.range,
                        help: Text(
                            en: "fix what it finds instead; only warnings and notes can be changed",
                            da: "ret fejlen i stedet; kun advarsler og bemærkninger kan ændres")))
                continue
            }
            configuration.severities[rule.code] = .some(severity)
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
