import NetplanBase
import NetplanViews

/// `netplan matrix FILE --format xlsx -o FILE`: the schema as an Excel
/// workbook, written through `SafeWrite`.
///
/// A workbook is a ZIP file, not text: it is only ever written to a file
/// named with `-o`/`--output`, never to standard output, so it can neither
/// fill a terminal with binary nor be cut by a shell that changes line ends.
/// With `--force`, a plan with errors gets a workbook whose first row says
/// the schema is incomplete; the exit code is then 1, as for the other formats.
enum MatrixWorkbook {
    static let format = "xlsx"

    /// The file named with `-o` or `--output`; a usage error when both are given.
    static func output(_ parsed: Arguments) throws -> String? {
        try parsed.output()
    }

    /// The text formats print to standard output; `-o` is only for xlsx.
    static func refuseOutput(_ parsed: Arguments) throws {
        guard try output(parsed) != nil else { return }
        throw UsageError(
            message: Text(
                en: "`-o` is for `--format xlsx`; the text formats print to standard output (use `> FILE`)",
                da: "`-o` er til `--format xlsx`; tekstformaterne udskrives på standard output (brug `> FIL`)"))
    }

    static func run(_ parsed: Arguments, command: String, language: Language, console: Console) throws -> ExitCode {
        guard let output = try output(parsed), output != "-" else {
            throw UsageError(
                message: Text(
                    en: "an xlsx workbook is a file, not text: name it with `-o`, e.g. `-o skema.xlsx`",
                    da: "en xlsx-projektmappe er en fil, ikke tekst: angiv den med `-o`, f.eks. `-o skema.xlsx`"))
        }
        guard let checked = try ViewInput.check(parsed, command: command, console: console, language: language) else {
            return .findings
        }
        let bytes: [UInt8]
        do {
            bytes = try PlanningWorkbook.render(
                checked.result.plan, language: language, units: parsed.flags.contains("--units"),
                incomplete: checked.incomplete)
        } catch {
            throw UsageError(
                message: Text(
                    en: "the plan is too large for an xlsx workbook (a ZIP file holds at most 4 GiB)",
                    da: "planen er for stor til en xlsx-projektmappe (en ZIP-fil kan højst rumme 4 GiB)"),
                showsHelp: false)
        }
        do {
            try SafeWrite.write(bytes, to: output, .existingOrNew, calls: console.fileCalls)
        } catch {
            throw UsageError(message: error.message, showsHelp: false)
        }
        return checked.exitCode
    }
}
