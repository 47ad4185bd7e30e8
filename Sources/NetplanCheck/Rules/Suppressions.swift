import Foundation
import NetplanBase
import NetplanSyntax

/// Inline suppressions: `allow RULE "reason"` at the end of a statement
/// silences that rule's findings in that statement. A suppression that
/// silences nothing is reported, so stale ones do not pile up.
///
/// The valid suppressions are indexed by rule code, each code's statements
/// in order, so a finding is matched by one binary search: many findings and
/// many `allow`s take linear work, not one pass over the findings per `allow`.
///
/// The rules across networks (`CrossPlanRules`) go through the same
/// suppressions: the plan's own check silences its own rules' findings and
/// leaves `allow`s of rules across networks alone (checked alone, it cannot
/// know whether they silence anything); `CrossPlanRules.check` then silences
/// the findings across networks with `applyAcross`, and reports those `allow`s
/// as unused only when their rule looked at this plan together with others.
struct Suppressions: Sendable {
    static let invalidCode = "NP302"
    static let unusedCode = "NP303"

    /// One `allow` that can silence findings.
    private struct Entry: Sendable {
        /// The position of the statement in the tree.
        package var statement: Int
        package var range: SourceRange
    }

    /// The plan's `allow` clauses, in statement order.
    private let allowances: [Allowance]
    /// Valid suppressions by rule code, in statement order.
    private var byCode: [String: [Entry]] = [:]

    /// Indexes the valid suppressions of a plan.
    package init(_ plan: ResolvedPlan) {
        allowances = plan.allowances
        for allowance in allowances {
            guard case .valid(let rule) = Self.validity(allowance.suppression) else { continue }
            byCode[rule.code, default: []].append(Entry(statement: allowance.statement, range: allowance.statementRange))
        }
    }

    /// The statement whose `allow` silences a finding of `code` at `range`, if any.
    func silencer(code: String, range: SourceRange) -> Int? {
        guard let entries = byCode[code] else { return nil }
        // The last statement starting at or before the finding: statements do not overlap.
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].range.start <= range.start { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return nil }
        let entry = entries[low - 1]
        return entry.range.start <= range.start && range.end <= entry.range.end ? entry.statement : nil
    }

    /// Removes suppressed findings and reports suppressions that are wrong or
    /// unused. Beyond `limit` reports of one code, the reports are left as
    /// bare placeholders, since the checker shows only that many. An `allow`
    /// for a rule in `notRun` (waiting for the syntax errors to be fixed) is
    /// not called unused: its rule has not looked yet; nor is one for a rule
    /// across networks, which looks only when plans are checked together.
    package func apply(to findings: [Diagnostic], limit: Int = Int.max, notRun: Set<String> = []) -> [Diagnostic] {
        apply(to: findings, limit: limit, reporting: { !notRun.contains($0) && !CrossPlanRules.codes.contains($0) })
    }

    /// Removes the findings across networks that an `allow` silences, and
    /// reports as unused the `allow`s of the rules across networks in `ran`
    /// (those that looked at this plan together with others) that silence
    /// nothing. Wrong `allow`s were reported by the plan's own check already.
    package func applyAcross(to findings: [Diagnostic], ran: Set<String>) -> [Diagnostic] {
        apply(to: findings, limit: Int.max, reporting: { ran.contains($0) }, invalidToo: false)
    }

    /// The one pass of both: `reporting(code)` says whether an unused `allow`
    /// of that rule is reported; `invalidToo` whether wrong `allow`s are.
    private func apply(
        to findings: [Diagnostic], limit: Int, reporting: (String) -> Bool, invalidToo: Bool = true
    ) -> [Diagnostic] {
        var used = Set<Int>()
        var kept: [Diagnostic] = []
        kept.reserveCapacity(findings.count)
        for finding in findings {
            if let statement = silencer(code: finding.code, range: finding.range) {
                used.insert(statement)
            } else {
                kept.append(finding)
            }
        }
        WorkProbe.add(.suppressionTest, findings.count)
        var reported: [String: Int] = [:]
        for allowance in allowances {
            let suppression = allowance.suppression
            let index = allowance.statement
            let validity = Self.validity(suppression)
            if case .valid(let rule) = validity {
                if used.contains(index) || !reporting(rule.code) { continue }
            } else if !invalidToo {
                continue
            }
            let code: String
            if case .valid = validity { code = Self.unusedCode } else { code = Self.invalidCode }
            let count = reported[code, default: 0]
            reported[code] = count + 1
            if count < limit {
                kept.append(Self.report(validity, suppression))
            } else {
                kept.append(
                    Diagnostic(
                        code: code, severity: code == Self.invalidCode ? .error : .warning,
                        message: Text(en: "", da: ""), primary: Annotation(Self.anchor(validity, suppression))))
            }
        }
        return kept
    }

    /// Removes suppressed findings and reports suppressions that are wrong or unused.
    package static func apply(to findings: [Diagnostic], in plan: ResolvedPlan) -> [Diagnostic] {
        Suppressions(plan).apply(to: findings)
    }

    private enum Validity {
        case valid(RuleDescription)
        case unknownRule
        case findsErrors(RuleDescription)
        case emptyReason(Name)
    }

    /// Whether an `allow` can silence findings, or what is wrong with it.
    private static func validity(_ suppression: Suppression) -> Validity {
        guard let rule = RuleRegistry.rule(suppression.rule.text)?.description
            ?? CrossPlanRules.rule(suppression.rule.text)?.description
        else { return .unknownRule }
        if rule.severity == .error { return .findsErrors(rule) }
        if let reason = suppression.reason, reason.text.trimmingCharacters(in: .whitespaces).isEmpty {
            return .emptyReason(reason)
        }
        return .valid(rule)
    }

    /// Where the report about an `allow` points.
    private static func anchor(_ validity: Validity, _ suppression: Suppression) -> SourceRange {
        switch validity {
        case .unknownRule, .findsErrors: return suppression.rule.range
        case .emptyReason(let reason): return reason.range
        case .valid: return suppression.range
        }
    }

    /// What is wrong with an `allow` (NP302), or that it silences nothing (NP303).
    private static func report(_ validity: Validity, _ suppression: Suppression) -> Diagnostic {
        let name = suppression.rule.text
        switch validity {
        case .unknownRule:
            let suggestion = Suggest.closest(to: name, among: RuleRegistry.names + CrossPlanRules.names)
            return Diagnostic(
                code: invalidCode, severity: .error,
                message: Text(
                    en: "there is no rule called `\(SyntaxMessages.shorten(name))`",
                    da: "der er ingen regel, der hedder `\(SyntaxMessages.shorten(name))`"),
                primary: Annotation(anchor(validity, suppression)),
                help: suggestion.map { Text(en: "did you mean `\($0)`?", da: "mente du `\($0)`?") }
                    ?? Text(en: "`netplan rules` lists every rule", da: "`netplan rules` viser alle regler"))
        case .findsErrors(let rule):
            return Diagnostic(
                code: invalidCode, severity: .error,
                message: Text(
                    en: "`\(rule.identifier)` finds errors and cannot be allowed",
                    da: "`\(rule.identifier)` finder fejl, og fejl kan ikke undtages"),
                primary: Annotation(anchor(validity, suppression)),
                help: Text(
                    en: "fix what it finds; only warnings and notes can be allowed",
                    da: "ret fejlen i stedet; kun advarsler og bemærkninger kan undtages"))
        case .emptyReason:
            return Diagnostic(
                code: invalidCode, severity: .error,
                message: Text(en: "the reason is empty", da: "begrundelsen er tom"),
                primary: Annotation(anchor(validity, suppression)),
                help: Text(
                    en: "say in a few words why the finding does not apply here",
                    da: "skriv med få ord, hvorfor advarslen eller bemærkningen ikke gælder her"))
        case .valid(let rule):
            return unused(suppression, rule: rule)
        }
    }

    private static func unused(_ suppression: Suppression, rule: RuleDescription) -> Diagnostic {
        let name = suppression.rule.text
        return Diagnostic(
            code: unusedCode, severity: .warning,
            message: Text(
                en: "`allow \(name)` silences nothing here",
                da: "`allow \(name)` slår ikke noget fra her"),
            primary: Annotation(anchor(.valid(rule), suppression), Text(en: "not needed", da: "ikke nødvendig")),
            help: Text(
                en: "remove it: `\(rule.identifier)` finds nothing in this statement",
                da: "fjern den: `\(rule.identifier)` finder ikke noget på denne linje"))
    }
}
