import NetplanBase
import NetplanSyntax

/// Several files checked together: plans and the registers they `use`.
///
/// Each file is loaded and parsed once, however many plans use it (the
/// loader is the caller's: the CLI reads files, tests and the language
/// server serve text from memory). `use` is resolved relative to the folder
/// of the file that writes it. A `use` whose file cannot be loaded is an
/// error on that line with the reason (NP015); a `use` that closes a circle
/// (`a` uses `b` uses `a`, or a file that uses itself) is an error naming
/// the circle (NP014), and is otherwise passed over. It is reported once, on
/// the `use` line of the file where the circle starts: the file being checked
/// when it is in the circle, so that file shows it whichever file of the
/// circle is checked (an editor checks one file at a time).
///
/// A register is a file with at least one `person` or `group` line and no
/// `network`, role, `core`, `participant`, `phase` or `meeting` line: it gets
/// its syntax findings and its loading errors, never the plan rules.
///
/// A register with errors that is used but not itself checked gives the
/// file that uses it one error on its `use` line (NP016, see
/// `WorkspaceRegisterErrors.swift`), so a plan never looks fine while the
/// people it takes from a register are missing.
public struct Workspace {
    /// Why a file could not be loaded, in words for the `use` line.
    public struct LoadFailure: Error, Sendable {
        public var reason: Text
        public init(reason: Text) { self.reason = reason }
    }

    public typealias Loader = (String) -> Result<SourceFile, LoadFailure>

    private let loader: Loader
    /// The names of every file of the workspace, in one table: a plan and
    /// the registers it uses share each name's identity.
    public let names = NameTable()
    private var loaded: [String: Result<SyntaxTree, LoadFailure>] = [:]
    /// The register each file reaches (its own people and those of what it uses), once computed.
    private var reached: [String: Register] = [:]
    /// Files whose register is being computed: a `use` of one of them closes a circle.
    private var visiting: [String] = []
    /// The `use` line each file in `visiting` is following now.
    private var following: [SourceRange] = []
    /// Circles found deeper down, for the file where they start (see `register(of:)`).
    private var circles: [String: [Diagnostic]] = [:]
    /// The loading findings of each file's `use` lines.
    var problems: [String: [Diagnostic]] = [:]
    /// Each used or checked register's own result (register rules, syntax and
    /// loading findings), computed once however many plans use it.
    var registerResults: [String: CheckResult] = [:]
    /// How many times each path was given to the loader (at most once).
    public private(set) var loads: [String: Int] = [:]

    public init(loader: @escaping Loader) { self.loader = loader }

    /// Whether a parsed file is a register rather than a plan.
    public static func isRegister(_ tree: SyntaxTree) -> Bool {
        let statements = tree.statements
        guard statements.networks.isEmpty, statements.roles.isEmpty, statements.phases.isEmpty,
            statements.meetings.isEmpty
        else { return false }
        // Only `person` and `group` lines, and at least one.
        let participants = statements.participants
        return !participants.isEmpty
            && participants.allSatisfy { $0.declaration.kind == .person || $0.declaration.kind == .group }
    }

    /// Checks the files given, each with the registers it uses. Files that are
    /// only used (not given) are loaded through the loader.
    public mutating func check(
        _ sources: [SourceFile], rules: [any Rule] = RuleRegistry.all, today: CalendarDate? = nil
    ) -> [CheckResult] {
        for source in sources where loaded[key(source.path)] == nil {
            loaded[key(source.path)] = .success(Parser.parse(source, names: names))
        }
        let given = Set(sources.map { key($0.path) })
        return sources.map { source in
            let path = key(source.path)
            let register = self.register(of: path)
            guard case .success(let tree) = loaded[path] ?? .success(Parser.parse(source, names: names)) else {
                return Checker.check(source, rules: rules, today: today)
            }
            let broken = brokenRegisters(usedBy: path, tree: tree, given: given)
            // A register is checked as a register: its names and competences, never the plan rules.
            let result = Self.isRegister(tree)
                ? registerResult(of: path, tree: tree)
                : Checker.check(tree, register: register, rules: rules, today: today)
            let extra = Self.isRegister(tree) ? broken : (problems[path] ?? []) + broken
            guard !extra.isEmpty else { return result }
            return CheckResult(
                tree: result.tree, plan: result.plan, configuration: result.configuration,
                diagnostics: (result.diagnostics + extra).sortedByPosition())
        }
    }

    /// The rules a register gets: a person or group written twice (NP102), and
    /// a competence the diamond does not have (NP101). Core team size, phases
    /// and the other plan rules are about plans.
    static let registerRules: [any Rule] = [DuplicateDeclarationRule(), UnknownNameRule()]

    func key(_ path: String) -> String { WorkspacePath.normalise(path) }

    mutating func load(_ path: String) -> Result<SyntaxTree, LoadFailure> {
        if let tree = loaded[path] { return tree }
        loads[path, default: 0] += 1
        let tree = loader(path).map { Parser.parse($0, names: names) }
        loaded[path] = tree
        return tree
    }

    /// The people and groups a file reaches through its `use` lines (its own `person` lines included).
    mutating func register(of path: String) -> Register {
        if let register = reached[path] { return register }
        guard case .success(let tree) = load(path) else { return Register(names: names) }
        visiting.append(path)
        var register = Register(names: names)
        for entry in Register.entries(of: tree) { register.add(entry) }
        var found: [Diagnostic] = []
        for declared in tree.statements.uses {
            let decl = declared.declaration
            let target = WorkspacePath.resolve(decl.path.text, from: path)
            if let start = visiting.firstIndex(of: target) {
                let chain = Array(visiting[start...]) + [target]
                if start == visiting.count - 1 {
                    found.append(WorkspaceMessages.cycle(chain, at: decl.path.range))
                } else {
                    circles[target, default: []].append(WorkspaceMessages.cycle(chain, at: following[start]))
                }
                continue
            }
            if case .failure(let failure) = load(target) {
                // `use "personer"` for `personer.netplan`: name the file that is there.
                let named = decl.path.text + ".netplan"
                let meant = decl.path.text.hasSuffix(".netplan") ? nil : named
                let exists = meant.map { if case .success = load(WorkspacePath.resolve($0, from: path)) { true } else { false } }
                found.append(
                    WorkspaceMessages.missing(
                        decl.path.text, reason: failure.reason, meant: exists == true ? meant : nil, at: decl.path.range))
                continue
            }
            following.append(decl.path.range)
            register.merge(self.register(of: target))
            following.removeLast()
        }
        visiting.removeLast()
        problems[path] = (found + (circles.removeValue(forKey: path) ?? [])).sortedByPosition()
        reached[path] = register
        return register
    }
}
