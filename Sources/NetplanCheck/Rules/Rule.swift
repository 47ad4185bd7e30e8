import NetplanBase
import NetplanSyntax

/// What a rule is: its code, name, default severity, explanation and examples.
///
/// The examples are the rule's tests and its documentation. In an example,
/// `↓` marks where a finding must start; a triggering example has at least one
/// marker, a non-triggering example none.
public struct RuleDescription: Sendable {
    /// The stable code, such as `NP201`.
    public var code: String
    /// A readable identifier, such as `core-team-size`.
    public var identifier: String
    /// The severity unless a plan's settings say otherwise.
    public var severity: Severity
    /// A one-line title.
    public var title: Text
    /// Why the method cares, in plain words.
    public var rationale: Text
    /// Plans that must trigger the rule where marked.
    public var triggering: [String]
    /// Plans that must not trigger the rule.
    public var nonTriggering: [String]

    public init(
        code: String, identifier: String, severity: Severity, title: Text, rationale: Text,
        triggering: [String], nonTriggering: [String]
    ) {
        self.code = code
        self.identifier = identifier
        self.severity = severity
        self.title = title
        self.rationale = rationale
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }

    /// The marker used in examples.
    public static let marker = "↓"

    /// The date every rule's examples are checked on, as `--today` would
    /// give it, so examples that depend on the calendar give the same
    /// answer every day.
    public static let exampleToday = CalendarDate(year: 2027, month: 1, day: 4)
}

/// A check of the method's rules over a resolved plan.
public protocol Rule: Sendable {
    /// The rule's description.
    var description: RuleDescription { get }
    /// The findings for a plan, at the rule's default severity.
    func check(_ context: RuleContext) -> [Diagnostic]
}

/// What a rule sees: the resolved plan, the plan's settings and the date today.
public struct RuleContext: Sendable {
    public let plan: ResolvedPlan
    /// The allowed number of core participants (default 4-6).
    public let coreTeam: ClosedRange<Int>
    /// The date the plan is checked on (`--today`, `NETPLAN_TODAY` or the
    /// system date); nil when the caller gives none, and then no rule looks
    /// at the calendar.
    public let today: CalendarDate?
    /// `set confirm-before N`: how many days before a phase starts everyone
    /// in it should be confirmed; nil when the setting is `off`.
    public let confirmBefore: Int?
    /// Which findings the checker will show; nil builds every finding in full.
    let budget: FindingBudget?

    public init(
        plan: ResolvedPlan, coreTeam: ClosedRange<Int> = 4...6, today: CalendarDate? = nil,
        confirmBefore: Int? = Configuration.defaultConfirmBefore
    ) {
        self.init(plan: plan, coreTeam: coreTeam, today: today, confirmBefore: confirmBefore, budget: nil)
    }

    init(
        plan: ResolvedPlan, coreTeam: ClosedRange<Int>, today: CalendarDate?, confirmBefore: Int?,
        budget: FindingBudget?
    ) {
        self.plan = plan
        self.coreTeam = coreTeam
        self.today = today
        self.confirmBefore = confirmBefore
        self.budget = budget
    }
}

extension Rule {
    /// A finding of this rule at its default severity.
    package func finding(
        _ message: Text, at range: SourceRange, label: Text? = nil, secondary: [Annotation] = [],
        notes: [Text] = [], help: Text? = nil, action: Text? = nil
    ) -> Diagnostic {
        WorkProbe.add(.findingBuilt)
        // Names can be megabytes long; a message stays readable.
        return Diagnostic(
            code: description.code, severity: description.severity, message: message.shortened(),
            primary: Annotation(range, label), secondary: secondary, notes: notes.map { $0.shortened() },
            help: help?.shortened(), action: action?.shortened())
    }
}
