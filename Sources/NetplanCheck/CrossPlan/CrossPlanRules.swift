import Foundation
import NetplanBase
import NetplanSyntax

/// The rules across networks, run when several plans are checked together
/// (a folder or several paths), after each plan's own rules.
public enum CrossPlanRules {
    /// Every rule across plans, in code order.
    public static let all: [any CrossPlanRule] = [
        CoreInTooManyNetworksRule(),
        CompetencesDifferAcrossNetworksRule(),
        DeclinedHereProposedThereRule(),
        RegisterPersonUnusedRule(),
    ]

    /// The codes of the rules across plans.
    public static let codes: Set<String> = Set(all.map(\.description.code))

    /// At most this many other places are named in one finding; a long list
    /// of networks helps nobody, and a folder of copies stays fast.
    public static let relatedLimit = 8

    /// The rule with this code or identifier (case-insensitive).
    public static func rule(_ codeOrIdentifier: String) -> (any CrossPlanRule)? {
        let key = codeOrIdentifier.lowercased()
        return all.first { $0.description.code.lowercased() == key || $0.description.identifier == key }
    }

    /// Codes and identifiers, for suggestions.
    public static var names: [String] { all.flatMap { [$0.description.code, $0.description.identifier] } }

    /// The findings across plans, one list per input in input order, each
    /// at the severity its own plan's settings give (`set RULE off` turns
    /// it off in that plan). Fewer than two plans: none. A plan with syntax
    /// errors takes no part: half a plan would give findings about what is
    /// not there. `wholeFolder` says the inputs are every file of a folder
    /// (see `CrossPlanContext.wholeFolder`).
    ///
    /// An `allow RULE "reason"` on the statement a finding points at silences
    /// it, through the plan's own `Suppressions`; an `allow` of a rule that
    /// looked at the plan and found nothing there is reported (NP303).
    public static func check(
        _ inputs: [CrossPlanInput], syntaxErrors: [Bool]? = nil, rules: [any CrossPlanRule] = all,
        wholeFolder: Bool = false
    ) -> [[Diagnostic]] {
        var perPlan = [[Diagnostic]](repeating: [], count: inputs.count)
        let taking = inputs.indices.filter { !(syntaxErrors?[$0] ?? false) }
        guard taking.count > 1 else { return perPlan }
        let context = CrossPlanContext(taking.map { inputs[$0] }, wholeFolder: wholeFolder)
        let running = rules.filter { wholeFolder || !$0.needsWholeFolder }
        for rule in running {
            for found in rule.check(context) {
                let index = taking[found.plan]
                guard let severity = inputs[index].configuration.severity(of: rule.description) else { continue }
                var diagnostic = found.diagnostic
                diagnostic.severity = severity
                let more = diagnostic.secondary.count - relatedLimit
                if more > 0 {
                    diagnostic.secondary = Array(diagnostic.secondary.prefix(relatedLimit))
                    diagnostic.notes.append(
                        Text(
                            en: "\(more) more place\(more == 1 ? "" : "s") in other plans not shown",
                            da: "\(more) steder mere i andre planer vises ikke"))
                }
                perPlan[index].append(diagnostic)
            }
        }
        for index in taking {
            let configuration = inputs[index].configuration
            let ran = Set(running.map(\.description).filter { configuration.severity(of: $0) != nil }.map(\.code))
            perPlan[index] = Suppressions(inputs[index].plan).applyAcross(to: perPlan[index], ran: ran)
        }
        return perPlan
    }

    /// The findings across the checked files: each result's diagnostics with
    /// the findings across plans merged in, sorted by position and capped
    /// per code like the plan's own.
    public static func merged(_ results: [CheckResult], wholeFolder: Bool = false) -> [[Diagnostic]] {
        let inputs = results.map {
            CrossPlanInput(path: $0.source.path, plan: $0.plan, configuration: $0.configuration)
        }
        let across = check(inputs, syntaxErrors: results.map(\.tree.hasSyntaxErrors), wholeFolder: wholeFolder)
        return results.indices.map { index in
            across[index].isEmpty
                ? results[index].diagnostics
                : Checker.capped((results[index].diagnostics + across[index]).sortedByPosition())
        }
    }
}

/// A rule's example of several plans in one text: each plan starts with a
/// line `# file: NAME.netplan` (a comment, so the whole text still parses
/// as one plan). The `↓` markers stay in each plan's text.
public enum CrossPlanExample {
    public static let fileLine = "# file: "

    /// The plans of an example, with their file names, in order.
    public static func files(_ example: String) -> [(path: String, text: String)] {
        var files: [(path: String, text: String)] = []
        for line in example.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(fileLine) {
                files.append((String(line.dropFirst(fileLine.count)).trimmingCharacters(in: .whitespaces), ""))
            } else if !files.isEmpty {
                files[files.count - 1].text += line + "\n"
            } else {
                files.append(("example.netplan", line + "\n"))
            }
        }
        return files
    }
}
