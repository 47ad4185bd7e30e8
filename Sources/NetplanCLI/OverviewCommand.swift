import Foundation
import NetplanBase
import NetplanCheck
import NetplanViews
import NetplanSyntax
import NetplanLanguageServer

/// `netplan overview PATH... [-o FILE] [--format html|markdown|json] [--reports DIR]`:
/// all the networks of a municipality on one page.
enum OverviewCommand: Command {
    package static let name = "overview"
    package static let summary = Text(
        en: "one page for several networks: timeline, people and units across networks, coverage",
        da: "én side for flere netværk: tidslinje, personer og enheder på tværs af netværk, dækning")
    package static let help = Text(
        en: """
            Usage: netplan overview PATH... [-o FILE] [--format html|markdown|json] [--reports DIR] [--today DATE]

            Puts the networks of the plans given (files, or folders searched for
            `.netplan` files as `check` does) side by side: a timeline of every
            network's phases and meetings, what each person is in each network
            (a role, core, as needed or declined) with their unit, how many people
            from each unit take part where, each network's competence coverage as a
            small diamond, and how many errors, warnings and notes each plan has.
            Files with no `network` and no `phase` line (such as lists of people)
            are left out. A plan with errors is shown anyway, marked, since people
            on the broken lines may be missing; the exit code is then 1.

              -o, --output FILE    write to FILE instead of standard output (replaced in one
                                   step, like `report -o`)
              --format FORMAT      html (default): one self-contained page, A4 landscape in print;
                                   markdown: the same tables as GitHub Markdown;
                                   json: the same tables with fixed keys ("networks", "people",
                                   "units"; each person's "involvement" per network number)
              --reports DIR        also write each plan's own report into DIR, named after the
                                   plan file (plan.netplan gives DIR/plan.html), and link to it

            The page is in the language of messages (--lang da|en).
            Exit codes: 0 no errors; 1 a plan has errors; 2 usage or file problem.

            """,
        da: """
            Brug: netplan overview STI... [-o FIL] [--format html|markdown|json] [--reports MAPPE] [--today DATO]

            Stiller netværkene i de angivne planer side om side (filer, eller mapper,
            der gennemsøges for `.netplan`-filer, som `check` gør): en tidslinje over
            hvert netværks faser og møder, hvad hver person er i hvert netværk (en
            rolle, kerne, løbende eller afslået) med sin enhed, hvor mange fra hver
            enhed der er med hvor, hvert netværks kompetencedækning som en lille
            diamant, og hvor mange fejl, advarsler og bemærkninger hver plan har.
            Filer uden en `network`- og uden en `phase`-linje (fx lister over
            personer) er ikke med. En plan med fejl vises alligevel, mærket, da
            personer på linjerne med fejl kan mangle; afslutningskoden er så 1.

              -o, --output FIL     skriv til FIL i stedet for standard output (erstattes i ét
                                   trin, som ved `report -o`)
              --format FORMAT      html (standard): én selvstændig side, A4 liggende på papir;
                                   markdown: de samme tabeller som GitHub Markdown;
                                   json: de samme tabeller med faste nøgler ("networks", "people",
                                   "units"; hver persons "involvement" pr. netværksnummer)
              --reports MAPPE      skriv også hver plans egen rapport i MAPPE, opkaldt efter
                                   planens fil (plan.netplan giver MAPPE/plan.html), og link til den

            Siden er på meddelelsernes sprog (--lang da|en).
            Afslutningskoder: 0 ingen fejl; 1 en plan har fejl; 2 kommandoen er brugt forkert,
            eller en fil kan ikke læses eller skrives.

            """)

    /// What `overview` accepts: the parser and the completions read this list.
    package static let options = CommandOptions(
        [.file("-o"), .file("--output"), .choice("--format", ["html", "markdown", "json"]), .folder("--reports"), .text(Today.option)], operands: .plans)

    package static func run(_ arguments: [String], language: Language, console: Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, options)
        let output = try parsed.output()
        let format = try parsed.choice("--format", default: "html")
        guard !parsed.positional.isEmpty else {
            throw UsageError(
                message: Text(
                    en: "`overview` needs plan files or folders", da: "`overview` skal have planfiler eller mapper"))
        }
        let today = try Today.read(parsed, console: console)
        // Checked as `check` checks them: through the workspace, so plans take people from their registers.
        let results = CheckCommand.checkAll(try Inputs.collect(parsed.positional, console: console), jobs: 1, today: today)
            .filter(Overview.isPlan)
        guard !results.isEmpty else {
            throw UsageError(
                message: Text(
                    en: "none of the files given holds a plan (a `network` or `phase` line)",
                    da: "ingen af de angivne filer indeholder en plan (en `network`- eller `phase`-linje)"))
        }
        var links: [String?] = []
        if let folder = parsed.values["--reports"] {
            links = try writeReports(results, into: folder, output: output, language: language, console: console)
        }
        let overview = Overview(results, reports: links)
        let text: String
        switch format {
        case "markdown": text = OverviewMarkdown.render(overview, language: language)
        case "json": text = OverviewJSON.render(overview)
        default: text = OverviewHTML.render(overview, language: language)
        }
        if let output, output != "-" {
            do {
                try SafeWrite.write(Array(text.utf8), to: output, .existingOrNew, calls: console.fileCalls)
            } catch {
                throw UsageError(message: error.message, showsHelp: false)
            }
        } else {
            console.write(text)
        }
        return results.contains { $0.hasErrors } ? .findings : .success
    }

    /// Writes each plan's report into `folder` (made, with the folders above it, if missing) as `<plan>.html`
    /// (`<plan>-2.html` for a second plan of the same name); returns the links,
    /// relative to the folder of `output` when the reports folder lies inside it.
    static func writeReports(
        _ results: [CheckResult], into folder: String, output: String?, language: Language, console: Console
    ) throws -> [String] {
        var status = stat()
        if stat(folder, &status) != 0 {
            if let code = makeFolder(folder) {
                let reason = SystemError.reason(code)
                throw UsageError(
                    message: Text(
                        en: "cannot make the folder `\(SystemError.shown(folder))`: \(reason.en)",
                        da: "kan ikke oprette mappen `\(SystemError.shown(folder))`: \(reason.da)"),
                    showsHelp: false)
            }
        } else if status.st_mode & S_IFMT != S_IFDIR {
            throw UsageError(
                message: Text(
                    en: "`--reports` needs a folder, and `\(SystemError.shown(folder))` is not one",
                    da: "`--reports` skal have en mappe, og `\(SystemError.shown(folder))` er ikke en mappe"))
        }
        var used: Set<String> = []
        var links: [String] = []
        let base = output.flatMap { $0 == "-" ? nil : SafeWrite.split($0).0 }
        for result in results {
            var stem = Overview.fileName(result.source.path)
            if stem.hasSuffix(".netplan") { stem = String(stem.dropLast(".netplan".count)) }
            if stem.isEmpty || stem == "<stdin>" { stem = "plan" }
            var name = stem + ".html", number = 2
            while used.contains(name) {
                name = "\(stem)-\(number).html"
                number += 1
            }
            used.insert(name)
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            do {
                let page = HTMLReport.bytes(result, language: language)
                try SafeWrite.write(page, to: path, .existingOrNew, calls: console.fileCalls)
            } catch {
                throw UsageError(message: error.message, showsHelp: false)
            }
            links.append(link(to: path, from: base))
        }
        return links
    }

    /// Makes `folder` and any missing folders above it; nil, or the `errno` of the failure.
    static func makeFolder(_ folder: String) -> Int32? {
        var path = folder.hasPrefix("/") ? "/" : ""
        for part in folder.split(separator: "/") {
            path += part + "/"
            if mkdir(path, 0o755) != 0, errno != EEXIST { return errno }
        }
        return nil
    }

    /// `path` as seen from the folder `base` (the output file's folder, as
    /// `SafeWrite.split` gives it): relative when both are relative, else as given.
    static func link(to path: String, from base: String?) -> String {
        let path = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        guard let base, !base.isEmpty, base != "./" else { return path }
        let folder = base.hasPrefix("./") ? String(base.dropFirst(2)) : base
        if path.hasPrefix(folder) { return String(path.dropFirst(folder.count)) }
        let steps = folder.split(separator: "/").filter { $0 != "." }
        guard !path.hasPrefix("/"), !folder.hasPrefix("/"), !steps.contains("..") else { return path }
        return String(repeating: "../", count: steps.count) + path
    }
}
