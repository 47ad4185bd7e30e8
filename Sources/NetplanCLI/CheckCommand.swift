import Foundation
import NetplanBase
import NetplanCheck
import NetplanViews
import NetplanSyntax
import NetplanLanguageServer

/// `netplan check PATH... [--format text|json|sarif] [--strict] [--color auto|always|never]`
enum CheckCommand: Command {
    package static let name = "check"
    package static let summary = Text(
        en: "check plans (files, folders with *.netplan, or - for standard input)",
        da: "tjek planer (filer, mapper med *.netplan eller - for standard input)")
    package static let help = Text(
        en: """
            Usage: netplan check PATH... [--format text|json|sarif] [--strict] [--color auto|always|never] [--jobs N] [--today DATE]

            Checks plans and reports every problem with its place, reason and a hint.
            A folder is searched for *.netplan files; - reads standard input.
            Several plans checked together (a folder or several paths) are also checked
            across networks: the same person core in too many networks at once, with
            different competences, or declined in one and proposed in another.

              --format FORMAT      text for people (default), json for tools, sarif for code scanning
              --strict             warnings also make the exit code 1
              --color WHEN         auto (on a terminal, unless NO_COLOR is set), always or never
              --jobs N             check files on N workers (default: one per core); output order never changes
              --today DATE         check as if today were DATE (YYYY-MM-DD; default: NETPLAN_TODAY, else the system date)

            Exit codes: 0 no errors; 1 errors (or warnings with --strict); 2 usage or file problem.

            """,
        da: """
            Brug: netplan check STI... [--format text|json|sarif] [--strict] [--color auto|always|never] [--jobs N] [--today DATO]

            Tjekker planer og melder hvert problem med sted, grund og et råd.
            En mappe gennemsøges for *.netplan-filer; - læser standard input.
            Flere planer, der tjekkes sammen (en mappe eller flere stier), tjekkes også
            på tværs af netværkene: den samme person som kernedeltager i for mange netværk
            på én gang, med forskellige kompetencer, eller med et nej i ét og foreslået i et andet.

              --format FORMAT      text til mennesker (standard), json til værktøjer, sarif til kodescanning
              --strict             advarsler giver også afslutningskode 1
              --color HVORNÅR      auto (i en terminal, medmindre NO_COLOR er sat), always eller never
              --jobs N             tjek filer med N arbejdere (standard: én pr. processorkerne); uddata kommer altid i samme rækkefølge
              --today DATO         tjek, som om det i dag var DATO (ÅÅÅÅ-MM-DD; standard: NETPLAN_TODAY, ellers systemets dato)

            Afslutningskoder: 0 ingen fejl; 1 fejl (eller advarsler med --strict); 2 kommandoen er brugt forkert,
            eller en fil kan ikke læses.

            """)

    /// What `check` accepts: the parser and the completions read this list.
    package static let options = CommandOptions(
        [.choice("--format", ["text", "json", "sarif"]), .flag("--strict"), .choice("--color", ["auto", "always", "never"]), .text("--jobs"), .text(Today.option)], operands: .plans)

    package static func run(_ arguments: [String], language: Language, console: Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, options)
        let format = try parsed.choice("--format", default: "text")
        let colorChoice = try parsed.choice("--color", default: "auto")
        guard !parsed.positional.isEmpty else {
            throw UsageError(
                message: Text(
                    en: "`check` needs at least one file or folder (or `-` for standard input)",
                    da: "`check` skal have mindst én fil eller mappe (eller `-` for standard input)"))
        }
        let sources = try Inputs.collect(parsed.positional, console: console)
        var jobs = ProcessInfo.processInfo.activeProcessorCount
        if let value = parsed.values["--jobs"] {
            guard let number = Int(value), number >= 1, number <= 1024 else {
                throw UsageError(
                    message: Text(
                        en: "`--jobs` takes a number of workers from 1 to 1024, not `\(value)`",
                        da: "`--jobs` tager et antal arbejdere fra 1 til 1024, ikke `\(value)`"))
            }
            jobs = number
        }
        let today = try Today.read(parsed, console: console)
        let results = checkAll(sources, jobs: jobs, today: today)
        // Several plans checked together also get the rules across networks;
        // a folder also those that need every plan (people no plan names).
        let diagnostics = CrossPlanRules.merged(results, wholeFolder: Inputs.namesFolder(parsed.positional))
        let files = results.indices.map { FileDiagnostics(source: results[$0].source, diagnostics: diagnostics[$0]) }

        switch format {
        case "json":
            console.write(JSONRenderer(language: language).render(files))
        case "sarif":
            console.write(SARIFRenderer(language: language).render(files))
        default:
            let color = useColor(colorChoice, console: console)
            let renderer = TextRenderer(language: language, color: color)
            let sources = FileDiagnostics.sourcesByPath(files)
            for file in files { console.write(renderer.render(file, others: sources)) }
            let total = { (severity: Severity) in files.reduce(0) { $0 + $1.count(severity) } }
            console.write(
                renderer.summary(
                    errors: total(.error), warnings: total(.warning), notes: total(.note), files: files.count)
                    + "\n")
        }
        let hasErrors = files.contains { $0.count(.error) > 0 }
        let hasWarnings = files.contains { $0.count(.warning) > 0 }
        return hasErrors || (parsed.flags.contains("--strict") && hasWarnings) ? .findings : .success
    }

    /// Checks files on `jobs` workers, keeping the input order of the results.
    static func checkAll(_ sources: [SourceFile], jobs: Int, today: CalendarDate? = nil) -> [CheckResult] {
        let workers = min(jobs, sources.count)
        // Plans that use registers (or registers) are checked together, each file loaded once.
        if workers < 2 || sources.contains(where: LoadedWorkspace.mayUseRegisters) {
            var workspace = LoadedWorkspace.make()
            return workspace.check(sources, today: today)
        }
        let results = ResultSlots<CheckResult>(count: sources.count)
        // Each worker takes every `workers`-th file, so the split is fixed and even.
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: sources.count, by: workers) {
                results.set(index, Checker.check(sources[index], today: today))
            }
        }
        return results.values()
    }

    static func useColor(_ choice: String, console: Console) -> Bool {
        if let noColor = console.environment["NO_COLOR"], !noColor.isEmpty { return false }
        switch choice {
        case "always": return true
        case "never": return false
        default: return console.isTerminal && console.environment["TERM"] != "dumb"
        }
    }
}

/// Slots that concurrent workers fill by index.
final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    package init(count: Int) { slots = Array(repeating: nil, count: count) }

    package func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    package func values() -> [Value] { slots.compactMap { $0 } }
}
