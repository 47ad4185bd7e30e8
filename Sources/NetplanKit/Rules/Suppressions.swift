import Foundation

/// Inline suppressions: `allow RULE "reason"` at the end of a statement
/// silences that rule's findings in that statement. A suppression that
/// silences nothing is reported, so stale ones do not pile up.
enum Suppressions {
    static let invalidCode = "NP302"
    static let unusedCode = "NP303"

    /// Removes suppressed findings and reports suppressions that are wrong or unused.
    static func apply(to findings: [Diagnostic], in plan: ResolvedPlan) -> [Diagnostic] {
        var kept = findings
        var extra: [Diagnostic] = []
        for statement in plan.tree.statements {
            guard let suppression = statement.suppression else { continue }
            let name = suppression.rule.text
            guard let rule = RuleRegistry.rule(name) else {
                let suggestion = Suggest.closest(to: name, among: RuleRegistry.names)
                extra.append(
                    Diagnostic(
                        code: invalidCode, severity: .error,
                        message: Text(
                            en: "there is no rule called `\(Messages.shorten(name))`",
                            da: "der er ingen regel, der hedder `\(Messages.shorten(name))`"),
                        primary: Annotation(suppression.rule.range),
                        help: suggestion.map { Text(en: "did you mean `\($0)`?", da: "mente du `\($0)`?") }
                            ?? Text(en: "`netplan rules` lists every rule", da: "`netplan rules` viser alle regler")))
                continue
            }
            let code = rule.description.code
            if rule.description.severity == .error {
                extra.append(
                    Diagnostic(
                        code: invalidCode, severity: .error,
                        message: Text(
                            en: "`\(rule.description.identifier)` finds errors and cannot be allowed",
                            da: "`\(rule.description.identifier)` finder fejl og kan ikke tillades"),
                        primary: Annotation(suppression.rule.range),
                        help: Text(
                            en: "fix what it finds; only warnings and notes can be allowed",
                            da: "ret det, den finder; kun advarsler og bemærkninger kan tillades")))
                continue
            }
            if let reason = suppression.reason, reason.text.trimmingCharacters(in: .whitespaces).isEmpty {
                extra.append(
                    Diagnostic(
                        code: invalidCode, severity: .error,
                        message: Text(en: "the reason is empty", da: "begrundelsen er tom"),
                        primary: Annotation(reason.range),
                        help: Text(
                            en: "say in a few words why the finding does not apply here",
                            da: "sig med få ord, hvorfor fundet ikke gælder her")))
                continue
            }
            let before = kept.count
            WorkProbe.add(.suppressionTest, kept.count)
            kept.removeAll { $0.code == code && statement.range.start <= $0.range.start && $0.range.end <= statement.range.end }
            if kept.count == before {
                extra.append(
                    Diagnostic(
                        code: unusedCode, severity: .warning,
                        message: Text(
                            en: "`allow \(name)` silences nothing here",
                            da: "`allow \(name)` tier intet ihjel her"),
                        primary: Annotation(suppression.range, Text(en: "not needed", da: "ikke nødvendig")),
                        help: Text(
                            en: "remove it: `\(rule.description.identifier)` finds nothing in this statement",
                            da: "fjern den: `\(rule.description.identifier)` finder intet i denne sætning")))
            }
        }
        return kept + extra
    }
}
