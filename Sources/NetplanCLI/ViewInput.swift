import NetplanBase
import NetplanCheck
import NetplanViews
import NetplanSyntax
import NetplanLanguageServer

/// What the view commands (`report`, `matrix`, `graph`, `ics`) share: they
/// read one plan and check it. A plan with errors is not drawn: people or
/// phases on the broken lines would be missing without anyone noticing. The
/// command prints the errors to standard error as `check` does and exits 1.
/// With `--force` it draws what netplan makes of the plan anyway, and the
/// view carries an `IncompleteMark` on the output itself; it still exits 1.
enum ViewInput {
    /// The flag that draws a plan with errors, marked as incomplete.
    package static let force = "--force"

    /// A checked plan that may be drawn, with the mark it must carry.
    struct Checked {
        package var result: CheckResult
        /// Non-nil when the plan has errors and `--force` was given.
        package var incomplete: IncompleteMark?
        /// 1 when the plan has errors, else 0.
        package var exitCode: ExitCode { result.hasErrors ? .findings : .success }
    }

    /// Reads and checks the one plan file (or `-`) of a view command; nil
    /// when the plan has errors and no `--force` (the errors are printed).
    package static func check(_ parsed: Arguments, command: String, console: Console, language: Language) throws
        -> Checked?
    {
        let source = try SingleInput.read(parsed, command: command, console: console)
        let result = LoadedWorkspace.check(source, today: try Today.read(parsed, console: console))
        guard let mark = IncompleteMark(result) else { return Checked(result: result, incomplete: nil) }
        if parsed.flags.contains(force) {
            let message = Text(
                en: "\(mark.reason.en) The view is marked as incomplete.",
                da: "\(mark.reason.da) Visningen er mærket som ufuldstændig.")
            console.writeError("netplan: \(message(language))\n")
            return Checked(result: result, incomplete: mark)
        }
        refuse(result, command: command, console: console, language: language)
        return nil
    }

    /// Prints the plan's errors as `check` does (without colour), then why nothing was drawn.
    static func refuse(_ result: CheckResult, command: String, console: Console, language: Language) {
        guard let mark = IncompleteMark(result) else { return }
        let errors = result.diagnostics.filter { $0.severity == .error }
        let renderer = TextRenderer(language: language, color: false)
        console.writeError(renderer.render(FileDiagnostics(source: result.source, diagnostics: errors)))
        let count = Vocabulary.some(mark.errors, .error)
        let lines = mark.lineList
        let message = Text(
            en: "`\(command)` draws nothing from `\(mark.path)`: it has \(count.en) (\(lines.en)), and people or phases on \(mark.lines.count == 1 ? "that line" : "those lines") would be missing without a word. Fix \(mark.errors == 1 ? "it" : "them"), or add `--force` to draw the plan anyway, marked as incomplete",
            da: "`\(command)` laver intet ud fra `\(mark.path)`: planen har \(count.da) (\(lines.da)), og personer eller faser på \(mark.lines.count == 1 ? "den linje" : "de linjer") ville mangle, uden at det kunne ses. Ret \(mark.errors == 1 ? "fejlen" : "fejlene"), eller tilføj `--force` for at få visningen alligevel, mærket som ufuldstændig"
        )
        console.writeError("netplan: \(message(language))\n")
    }

    /// The terminal width: `--width N`, else `COLUMNS`, else the default.
    package static func width(_ parsed: Arguments, console: Console, default fallback: Int) throws -> Int {
        if let given = parsed.values["--width"] {
            guard let width = Int(given), width > 0 else {
                throw UsageError(
                    message: Text(
                        en: "`--width` must be a positive whole number of columns, not `\(given)`",
                        da: "`--width` skal være et helt tal større end 0, ikke `\(given)`"))
            }
            return width
        }
        if let columns = console.environment["COLUMNS"], let width = Int(columns), width > 0 { return width }
        return fallback
    }
}
