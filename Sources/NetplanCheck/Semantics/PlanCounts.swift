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
        for statement in tree.statements {
            switch statement.kind {
            case .participant(let decl):
                participants += 1
                names += 1 + decl.competences.names.count + (decl.via == nil ? 0 : 1) + (decl.category == nil ? 0 : 1)
            case .phase(let decl):
                phases += 1
                names += 1 + decl.clauses.reduce(0) { $0 + $1.items.names.count }
            case .role:
                participants += 1
                names += 2
            case .diamond(let decl):
                names += decl.competences.names.count
            case .meeting:
                names += 2
            case .network, .setting, .use, .error:
                break
            }
        }
    }
}
