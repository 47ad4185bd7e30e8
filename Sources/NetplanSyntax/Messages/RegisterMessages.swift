import NetplanBase

/// Messages of `use` lines: what the parser says when the path is missing.
/// (Loading messages live with the workspace, in NetplanCheck.)
extension SyntaxMessages {
    static let expectedUsePath = Text(
        en: "the register's file name in quotes after `use`",
        da: "registerets filnavn i anførselstegn efter `use`")

    static let useHelp = Text(
        en: "write the file name in quotes, relative to the plan's folder: `use \"personer.netplan\"`",
        da: "skriv filnavnet i anførselstegn, set fra planens mappe: `use \"personer.netplan\"`")

    /// `use personer.netplan`: the file name without quotes.
    static func unquotedUsePath(_ written: String, source: String, range: SourceRange) -> Diagnostic {
        let shown = shorten(source)
        let fixed = "use \"\(shorten(written))\""
        return Diagnostic(
            code: unexpectedTokenCode, severity: .error,
            message: Text(
                en: "the register's file name `\(shown)` must be in quotes",
                da: "registerets filnavn `\(shown)` skal stå i anførselstegn"),
            primary: Annotation(range, Text(en: "write it in quotes", da: "skriv det i anførselstegn")),
            help: Text(
                en: "write the file name in quotes, relative to the plan's folder: `\(fixed)`",
                da: "skriv filnavnet i anførselstegn, set fra planens mappe: `\(fixed)`"))
    }

    /// `person kerne "Anne Krogh": faglighed`: a kind on a register's `person` line.
    static func kindOnPerson(_ written: String, kind: Keyword, name: String, range: SourceRange, fixed: String) -> Diagnostic {
        let shown = shorten(written)
        let planLine = "\(kind.rawValue) \(shorten(name))"
        return Diagnostic(
            code: unexpectedTokenCode, severity: .error,
            message: Text(
                en: "a `person` line has no kind: `\(shown)` cannot stand here",
                da: "en `person`-linje har ingen slags: `\(shown)` kan ikke stå her"),
            primary: Annotation(range, Text(en: "remove it", da: "fjern det")),
            help: Text(
                en: "write `\(fixed)`; whether someone is core or takes part as needed is decided in each plan that uses the register: `\(planLine)`",
                da: "skriv `\(fixed)`; om en person er kernedeltager eller inddrages løbende, afgøres i hver plan, der bruger registeret: `\(planLine)`"))
    }
}
