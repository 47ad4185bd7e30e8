import NetplanBase

/// Why the formatter gave no text for a plan.
public enum FormatRefusal: Error, Sendable {
    /// The plan has a syntax error; formatting half a plan could lose text.
    case syntaxError(FormatError)
    /// The new text would not say what the plan says: a bug in netplan,
    /// caught before anything was written.
    case changedMeaning(path: String)

    /// One line for standard error (or the editor), in both languages.
    public var message: Text {
        switch self {
        case .syntaxError(let error):
            return error.message
        case .changedMeaning(let path):
            return Text(
                en: "\(path): not formatted: the new layout would change what the plan says; this is a bug in netplan, please report it; nothing was written",
                da: "\(path): ikke formateret: det nye layout ville ændre, hvad planen siger; det er en fejl i netplan, så meld den gerne; intet er skrevet")
        }
    }
}

extension PlanFormatter {
    /// Turns a parsed plan into text: the formatter's layout. Tests replace
    /// it (see `layoutOverride`) to show that a faulty layout is caught.
    public typealias Layout = @Sendable (SyntaxTree) throws(FormatError) -> String

    /// A layout to use instead of the real one, for tests only: set with
    /// `PlanFormatter.$layoutOverride.withValue(...)`, it affects only that task.
    @TaskLocal static var layoutOverride: Layout?

    /// The canonical text of a plan, checked before anyone uses it: the text
    /// is parsed again and must mean exactly what the plan means (see
    /// `PlanMeaning`), comments included. `fmt`, `fmt --write` and the
    /// language server's formatting all go through here.
    public static func verifiedFormat(_ source: SourceFile) throws(FormatRefusal) -> String {
        try verifiedFormat(Parser.parse(source))
    }

    /// The canonical text of a parsed plan, checked as above.
    public static func verifiedFormat(_ tree: SyntaxTree) throws(FormatRefusal) -> String {
        let text: String
        do {
            if let layoutOverride {
                text = try layoutOverride(tree)
            } else {
                text = try format(tree)
            }
        } catch {
            throw .syntaxError(error)
        }
        try verify(Array(text.utf8), saysWhat: tree)
        return text
    }

    /// Throws `FormatRefusal.changedMeaning` unless `bytes` parse to what
    /// `tree` says, with the names at the ranges in `renamed` given their new
    /// values (what a rename must do). The one check behind formatting and
    /// rename.
    package static func verify(
        _ bytes: [UInt8], saysWhat tree: SyntaxTree, renamed: [SourceRange: String] = [:]
    ) throws(FormatRefusal) {
        let reparsed = Parser.parse(SourceFile(path: tree.source.path, bytes: bytes))
        guard PlanMeaning(reparsed) == PlanMeaning(tree, renamed: renamed) else {
            throw .changedMeaning(path: tree.source.path)
        }
    }
}
