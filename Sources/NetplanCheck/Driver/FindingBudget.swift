import NetplanBase
import NetplanSyntax

/// Which findings the checker will show, known before a rule builds them.
///
/// The checker shows, of each code, the first `Checker.findingsPerCode`
/// findings by position that no `allow` silences. A rule first lists where
/// its findings are (cheap), asks the budget which of them will be shown, and
/// builds only those in full: message, hints, suggestions. The others become
/// bare placeholders that still count, so the note saying how many more
/// there are stays exact, and `allow`s that silence them are still used.
struct FindingBudget: Sendable {
    let perCode: Int
    package let suppressions: Suppressions

    /// For each of a rule's findings of `code`, at `ranges` in the order the
    /// rule produces them, whether the checker will show it. Matches the
    /// checker: by position (start, then end), ties in the rule's order.
    package func shown(code: String, ranges: [SourceRange]) -> [Bool] {
        var shown = [Bool](repeating: false, count: ranges.count)
        let order = ranges.indices.sorted { (ranges[$0].start, ranges[$0].end, $0) < (ranges[$1].start, ranges[$1].end, $1) }
        var kept = 0
        for index in order where kept < perCode {
            guard suppressions.silencer(code: code, range: ranges[index]) == nil else { continue }
            shown[index] = true
            kept += 1
        }
        return shown
    }
}

extension Rule {
    /// The findings for `items`: `build` makes the finding for one item, and
    /// `range` says where it will point (its primary range) without building
    /// it. With a budget (when the checker runs the rule), only the findings
    /// that will be shown are built; the rest are placeholders.
    package func findings<Item>(
        _ items: [Item], in context: RuleContext, at range: (Item) -> SourceRange, _ build: (Item) -> Diagnostic
    ) -> [Diagnostic] {
        guard let budget = context.budget else { return items.map(build) }
        let ranges = items.map(range)
        let shown = budget.shown(code: description.code, ranges: ranges)
        return items.indices.map { index in
            shown[index]
                ? build(items[index])
                : Diagnostic(
                    code: description.code, severity: description.severity, message: Text(en: "", da: ""),
                    primary: Annotation(ranges[index]))
        }
    }
}
