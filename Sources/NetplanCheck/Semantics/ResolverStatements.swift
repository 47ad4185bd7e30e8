import NetplanBase
import NetplanSyntax

/// What the rules read of the statements themselves, recorded in the plan so
/// that it does not keep the tree: the `allow` clauses, where a finding about
/// the whole plan points, the status words as written, and for a register
/// its own entries.
extension Resolver {
    mutating func recordStatementFacts() {
        let statements = tree.statements
        for declared in statements.suppressions {
            plan.allowances.append(
                Allowance(statement: declared.position, statementRange: declared.range, suppression: declared.declaration))
        }
        // The status words in the order written, from the two kinds of line that have them.
        let (participants, roles) = (statements.participants, statements.roles)
        for index in statements.indices {
            let (tag, item) = statements.place(of: index)
            switch tag {
            case .participant: recordStatusWords(participants[item].declaration.attributes)
            case .role: recordStatusWords(roles[item].declaration.attributes)
            default: break
            }
        }
        plan.anchorKeyword = statements.networks.first?.keyword ?? (statements.isEmpty ? nil : statements.keyword(at: 0))
        plan.isRegister = Workspace.isRegister(tree)
        if plan.isRegister { plan.registerEntries = Register.entries(of: tree) }
    }

    private mutating func recordStatusWords(_ attributes: [Attribute]) {
        for attribute in attributes where attribute.kind == .status { plan.statusWords.append(attribute.value) }
    }
}
