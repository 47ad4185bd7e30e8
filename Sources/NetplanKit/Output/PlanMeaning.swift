/// What a plan says, without where it says it: every statement with its
/// names (as values, quotes and escapes resolved), lists, dates, settings
/// and `allow` clauses in order, every comment's text in order, and the
/// resolved plan (roles, diamond, participants, phases, who is present,
/// referrals, settings) without line numbers.
///
/// Two texts with the same meaning are the same plan: the formatter may
/// change layout, quoting, `;` and blank lines, never the meaning. Names
/// are compared byte for byte, so even a change between composed and
/// decomposed accents counts.
struct PlanMeaning: Equatable {
    /// The serialised meaning; compared as bytes.
    let bytes: [UInt8]

    /// The meaning of a parsed plan. `renamed` gives new values for names at
    /// given ranges (what a rename is expected to do); other names keep theirs.
    init(_ tree: SyntaxTree, renamed: [SourceRange: String] = [:], includingResolvedPlan: Bool = true) {
        func name(_ name: Name) -> JSONValue { .string(renamed[name.range] ?? name.text) }
        func names(_ list: NameList) -> JSONValue { .array(list.names.map(name)) }
        let statements: [JSONValue] = tree.statements.map { statement in
            var parts: [JSONValue]
            switch statement.kind {
            case .network(let decl):
                parts = [.string("network"), name(decl.name), decl.kind.map(name) ?? .null]
            case .role(let decl):
                parts = [.string(decl.role.rawValue), name(decl.name)]
            case .diamond(let decl):
                parts = [.string("diamond"), names(decl.competences)]
            case .participant(let decl):
                parts = [.string(decl.kind.rawValue), name(decl.name), names(decl.competences), decl.via.map(name) ?? .null]
            case .phase(let decl):
                parts = [
                    .string("phase"), name(decl.name),
                    .optional(decl.dates?.start.text), .optional(decl.dates?.end?.text),
                    .array(decl.clauses.map { .array([.string($0.kind.rawValue), names($0.items)]) }),
                ]
            case .setting(let decl):
                parts = [.string("set"), name(decl.name), name(decl.value)]
            case .error(let node):
                parts = [.string("error"), .string(tree.source.text(node.skipped))]
            }
            if let suppression = statement.suppression {
                parts += [.string("allow"), name(suppression.rule), suppression.reason.map(name) ?? .null]
            }
            return .array(parts)
        }
        let comments: [JSONValue] = tree.comments.map {
            .string(Formatter.trimmedTrailingWhiteSpace(tree.source.text($0.range)))
        }
        var parts: [(String, JSONValue)] = [
            ("statements", .array(statements)),
            ("comments", .array(comments)),
            ("syntaxErrors", .int(tree.diagnostics.filter { $0.severity == .error }.count)),
        ]
        if includingResolvedPlan {
            parts.append(("plan", Self.resolved(tree)))
        }
        bytes = Array(JSONValue.object(parts).serialized(indent: nil).utf8)
    }

    /// The resolved plan as `netplan json` has it, without line numbers, the
    /// file name or the findings (which carry positions).
    private static func resolved(_ tree: SyntaxTree) -> JSONValue {
        let plan = Resolver.resolve(tree)
        let (configuration, _) = Configuration.read(plan)
        let result = CheckResult(tree: tree, plan: plan, configuration: configuration, diagnostics: [])
        return withoutPositions(PlanJSON.value(result))
    }

    private static func withoutPositions(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let pairs):
            return .object(
                pairs.filter { !["line", "file", "findings", "summary"].contains($0.0) }
                    .map { ($0.0, withoutPositions($0.1)) })
        case .array(let values):
            return .array(values.map(withoutPositions))
        default:
            return value
        }
    }
}
