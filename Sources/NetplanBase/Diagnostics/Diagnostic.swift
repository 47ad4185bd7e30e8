/// How serious a finding is.
public enum Severity: String, Sendable, Comparable, CaseIterable {
    case note
    case warning
    case error

    private var rank: Int {
        switch self {
        case .note: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// A range with an optional label, shown under the source line.
public struct Annotation: Hashable, Sendable {
    public var range: SourceRange
    public var label: Text?
    /// The path of the file the range is in, when it is not the file the
    /// diagnostic belongs to (a finding across several plans points into
    /// the others); nil for the diagnostic's own file.
    public var file: String?

    public init(_ range: SourceRange, _ label: Text? = nil, file: String? = nil) {
        self.range = range
        self.label = label
        self.file = file
    }
}

/// One finding about a plan: a value, rendered separately as text, JSON or SARIF.
public struct Diagnostic: Hashable, Sendable {
    /// The stable code, such as `NP101`.
    public var code: String
    /// How serious it is.
    public var severity: Severity
    /// The one-line message.
    public var message: Text
    /// Where it is, with an optional label.
    public var primary: Annotation
    /// Other places that matter (the first declaration of a duplicate).
    public var secondary: [Annotation]
    /// Further explanation, one paragraph each.
    public var notes: [Text]
    /// One concrete thing to try.
    public var help: Text?
    /// The same advice for a person reading the printed report: an action in
    /// plain words ("Invite Erik to the phases that need indsigt"), naming
    /// people and phases but no plan syntax. The terminal and the editor show
    /// `help`; the report shows this when a rule gives it, else `help`.
    public var action: Text?

    public init(
        code: String, severity: Severity, message: Text, primary: Annotation,
        secondary: [Annotation] = [], notes: [Text] = [], help: Text? = nil, action: Text? = nil
    ) {
        self.code = code
        self.severity = severity
        self.message = message
        self.primary = primary
        self.secondary = secondary
        self.notes = notes
        self.help = help
        self.action = action
    }

    /// The primary range.
    public var range: SourceRange { primary.range }
}

/// The diagnostics of one file, with the file they point into.
public struct FileDiagnostics: Sendable {
    public let source: SourceFile
    public let diagnostics: [Diagnostic]

    public init(source: SourceFile, diagnostics: [Diagnostic]) {
        self.source = source
        self.diagnostics = diagnostics
    }

    /// The number of findings of a severity.
    public func count(_ severity: Severity) -> Int {
        diagnostics.reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
    }
}

extension Array where Element == Diagnostic {
    /// Sorted by position, then code: the order every renderer uses.
    public func sortedByPosition() -> [Diagnostic] {
        sorted { ($0.range.start, $0.code, $0.range.end) < ($1.range.start, $1.code, $1.range.end) }
    }
}
