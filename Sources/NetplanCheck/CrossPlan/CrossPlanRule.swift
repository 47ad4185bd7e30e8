import NetplanBase
import NetplanSyntax

/// One plan among those checked together: its path, the resolved plan and
/// its settings.
public struct CrossPlanInput: Sendable {
    public let path: String
    public let plan: ResolvedPlan
    public let configuration: Configuration
    /// Whether the file is a register of people rather than a plan (`Workspace.isRegister`).
    public let isRegister: Bool

    public init(path: String, plan: ResolvedPlan, configuration: Configuration) {
        self.path = path
        self.plan = plan
        self.configuration = configuration
        isRegister = plan.isRegister
    }

    /// The network's name as people know it: the `network` line, else the file name.
    public var networkName: String {
        if let name = plan.network?.name.text, !name.isEmpty { return name }
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return file.hasSuffix(".netplan") ? String(file.dropLast(".netplan".count)) : file
    }
}

/// A finding of a rule across plans: the diagnostic and the plan it belongs
/// to (an index into the inputs). Its position is in that plan's file; its
/// secondary annotations name the other files they point into.
public struct CrossPlanFinding: Sendable {
    public var plan: Int
    public var diagnostic: Diagnostic
}

/// What a rule across plans sees: every plan checked together, and who is
/// who across them.
public struct CrossPlanContext: Sendable {
    public let inputs: [CrossPlanInput]
    /// The people (not groups) of every plan, matched by name.
    public let people: CrossPlanPeople
    /// Whether the inputs are every file of a folder (`netplan check DIR`),
    /// not only the files someone named: only then can a rule tell that
    /// something is used by no plan at all.
    public let wholeFolder: Bool

    public init(_ inputs: [CrossPlanInput], wholeFolder: Bool = false) {
        self.inputs = inputs
        self.wholeFolder = wholeFolder
        people = CrossPlanPeople(inputs)
    }
}

/// A rule that looks at several plans together (a folder or several paths
/// checked at once). Its examples are several plans in one text, each
/// starting with a line `# file: NAME.netplan` (see `CrossPlanExample`).
public protocol CrossPlanRule: Sendable {
    var description: RuleDescription { get }
    /// Whether the rule runs only when a whole folder is checked (see
    /// `CrossPlanContext.wholeFolder`); false unless the rule says so.
    var needsWholeFolder: Bool { get }
    /// The findings, at the rule's default severity.
    func check(_ context: CrossPlanContext) -> [CrossPlanFinding]
}

extension CrossPlanRule {
    public var needsWholeFolder: Bool { false }

    /// A finding of this rule in plan `plan`, at its default severity.
    func finding(
        in plan: Int, _ message: Text, at range: SourceRange, label: Text? = nil, related: [Annotation] = [],
        notes: [Text] = [], help: Text? = nil, action: Text? = nil
    ) -> CrossPlanFinding {
        CrossPlanFinding(
            plan: plan,
            diagnostic: Diagnostic(
                code: description.code, severity: description.severity, message: message.shortened(),
                primary: Annotation(range, label), secondary: related, notes: notes.map { $0.shortened() },
                help: help?.shortened(), action: action?.shortened()))
    }
}
