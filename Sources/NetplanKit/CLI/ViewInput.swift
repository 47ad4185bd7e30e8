/// What the view commands (`matrix`, `graph`, `ics`) share: they read one
/// plan, check it, and draw what netplan makes of it even when it has
/// errors; then they exit 1 and say so on standard error, like `json`.
enum ViewInput {
    /// Reads and checks the one plan file (or `-`) of a view command.
    static func check(_ parsed: Arguments, command: String, console: Console, language: Language) throws
        -> CheckResult
    {
        let source = try SingleInput.read(parsed, command: command, console: console)
        let result = Checker.check(source)
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        if errors > 0 {
            let path = source.path
            let message = Text(
                en: errors == 1
                    ? "`\(path)` has an error, so this view may be incomplete; `netplan check \(path)` shows it"
                    : "`\(path)` has \(errors) errors, so this view may be incomplete; `netplan check \(path)` shows them",
                da: errors == 1
                    ? "`\(path)` har en fejl, så visningen kan være ufuldstændig; `netplan check \(path)` viser den"
                    : "`\(path)` har \(errors) fejl, så visningen kan være ufuldstændig; `netplan check \(path)` viser dem"
            )
            console.writeError("netplan: \(message(language))\n")
        }
        return result
    }

    /// 1 when the plan has errors, else 0.
    static func exitCode(_ result: CheckResult) -> ExitCode {
        result.hasErrors ? .findings : .success
    }

    /// The terminal width: `--width N`, else `COLUMNS`, else the default.
    static func width(_ parsed: Arguments, console: Console, default fallback: Int) throws -> Int {
        if let given = parsed.values["--width"] {
            guard let width = Int(given), width > 0 else {
                throw UsageError(
                    message: Text(
                        en: "`--width` must be a positive whole number of columns, not `\(given)`",
                        da: "`--width` skal være et positivt helt antal kolonner, ikke `\(given)`"))
            }
            return width
        }
        if let columns = console.environment["COLUMNS"], let width = Int(columns), width > 0 { return width }
        return fallback
    }
}
