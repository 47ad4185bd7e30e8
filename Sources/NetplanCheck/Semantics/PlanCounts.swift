import NetplanSyntax

/// How many participants, phases and written names a plan has, counted from
/// its statements before resolving, so that the resolved plan's arrays are
/// allocated once at their size instead of doubling as they grow (which
/// leaves up to half of each unused on a plan of many thousands of lines).
struct PlanCounts {
    var participants = BuiltInGroups.names.count
    var phases = 0
    /// Names written in the plan: an upper bound of the name record's entries.
    var names = 0

    init(_ tree: SyntaxTree) {
        let statements = tree.statements
        for declared in statements.participants {
            let decl = declared.declaration
            participants += 1
            names += 1 + decl.competences.names.count + (decl.via == nil ? 0 : 1) + (decl.category == nil ? 0 : 1)
        }
        for declared in statements.phases {
            phases += 1
            names += 1 + declared.declaration.clauses.reduce(0) { $0 + $1.items.names.count }
        }
        participants += statements.roles.count
        names += 2 * statements.roles.count + 2 * statements.meetings.count
        for declared in statements.diamonds { names += declared.declaration.competences.names.count }
    }
}
