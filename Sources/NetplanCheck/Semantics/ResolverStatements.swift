import NetplanBase
import NetplanSyntax

/// What the rules read of the statements themselves, recorded in the plan so
/// that it does not keep the tree: the `allow` clauses, where a finding about
/// the whole plan points, the status words as written, and for a register
/// its own entries.
extension Resolver {
    mutating func recordStatementFacts() {
        var networkKeyword: SourceRange?
        for (index, statement) in tree.statements.enumerated() {
            if let suppression = statement.suppression {
                plan.allowances.append(
                    Allowance(statement: index, statementRange: statement.range, suppression: suppression))
            }
            switch statement.kind {
            case .network:
                if networkKeyword == nil { networkKeyword = statement.keyword }
            case .participant(let decl):
                recordStatusWords(decl.attributes)
            case .role(let decl):
                recordStatusWords(decl.attributes)
            default:
                break
            }
        }
        plan.anchorKeyword = networkKeyword ?? tree.statements.first?.keyword
        plan.isRegister = Workspace.isRegister(tree)
        if plan.isRegister { plan.registerEntries = Register.entries(of: tree) }
    }

    private mutating func recordStatusWords(_ attributes: [Attribute]) {
        for attribute in attributes where attribute.kind == .status { plan.statusWords.append(attribute.value) }
    }
}
