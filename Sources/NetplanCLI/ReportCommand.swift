import Foundation
import NetplanBase
import NetplanViews
import NetplanSyntax
import NetplanLanguageServer

/// `netplan report FILE [-o FILE.html]`: the plan as one self-contained HTML page.
enum ReportCommand: Command {
    package static let name = "report"
    package static let summary = Text(
        en: "write the plan as one HTML page to read on screen or print for a meeting",
        da: "skriv planen som én HTML-side til skærmen eller til udskrift til et møde")
    package static let help = Text(
        en: """
            Usage: netplan report FILE [-o FILE.html] [--force] [--today DATE]
                   netplan report --watch FILE -o FILE.html [--interval SECONDS]

            Writes the plan as one self-contained HTML page: the network and its roles,
            where recruitment stands ("9 of 12 confirmed; 2 contacted"), the competence
            diamond (how many and who bring each competence), the planning matrix with
            each person's unit, status, note and contact, the purpose of each involvement
            and each phase's covered and missing needs, who suggested whom, the meetings
            on a timeline of the phases, and the findings, each with its next step in plain words (the plan
            syntax to type stays in `netplan check`). The page needs no network
            and no other file; it prints on A4 landscape. FILE may be - for standard input.

              -o, --output FILE    write the page to FILE instead of standard output; an existing
                                   FILE is replaced in one step and keeps its permissions (see
                                   `netplan fmt --help`); only a plain file is ever replaced
              --force              write the page for a plan with errors anyway: a red banner at
                                   the top, on screen and in print, says the page is incomplete
                                   and names the lines with errors
              --watch              keep the page up to date: rewrite it at every save of the plan or
                                   of a register it uses, until Ctrl-C. The open page reloads itself
                                   every 2 seconds. After a save with errors the page keeps the last
                                   version without errors under a red banner that names the errors
                                   and their lines; fixing them removes the banner. On Ctrl-C the page
                                   is written once more without the reload. Needs -o FILE
              --interval SECONDS   with --watch: how often to look for saves (default 0.5)

            A plan with errors gets no page without --force: people or phases on the
            broken lines would be missing from it. The errors are printed as `check`
            prints them. The page is in the language of messages (--lang da|en).
            Exit codes: 0 no errors; 1 the plan has errors (no page, or with --force the
            page marked as incomplete); 2 usage or file problem.

            """,
        da: """
            Brug: netplan report FIL [-o FIL.html] [--force] [--today DATO]
                  netplan report --watch FIL -o FIL.html [--interval SEKUNDER]

            Skriver planen som én selvstændig HTML-side: netværket og dets roller,
            hvor rekrutteringen står ("9 af 12 har bekræftet; 2 er kontaktet"),
            kompetencediamanten (hvor mange og hvem der bidrager med hver kompetence),
            planlægningsskemaet med hver persons enhed, status, note og kontakt, formålet
            med hver inddragelse og hver fases dækkede og manglende behov, hvem der har
            foreslået hvem, møderne på en tidslinje over faserne, og det, netplan har fundet, hver med næste skridt i almindelige
            ord (det, der skal skrives i planen, viser `netplan check`). Siden kræver
            hverken internet eller andre filer, og den kan udskrives på A4 liggende. FIL
            kan være - for standard input.

              -o, --output FIL     skriv siden til FIL i stedet for standard output; en eksisterende
                                   FIL erstattes i ét trin og beholder sine rettigheder (se
                                   `netplan fmt --help`); kun en almindelig fil bliver erstattet
              --force              skriv alligevel siden for en plan med fejl: et rødt banner
                                   øverst, på skærmen og på papir, siger, at siden er
                                   ufuldstændig, og nævner linjerne med fejl
              --watch              hold siden opdateret: skriv den igen, hver gang planen eller et
                                   register, den bruger, gemmes, indtil Ctrl-C. Den åbne side
                                   genindlæser sig selv hvert 2. sekund. Er der fejl, når der gemmes,
                                   viser siden den seneste udgave uden fejl under et rødt banner, der
                                   nævner fejlene og deres linjer; når de er rettet, forsvinder
                                   banneret. Ved Ctrl-C skrives siden en sidste gang uden
                                   genindlæsning. Kræver -o FIL
              --interval SEKUNDER  med --watch: hvor ofte der skal kigges efter ændringer (standard 0,5)

            En plan med fejl får ingen side uden --force: personer eller faser på de
            linjer, der er fejl i, ville mangle. Fejlene udskrives, som `check` gør.
            Siden er på meddelelsernes sprog (--lang da|en).
            Afslutningskoder: 0 ingen fejl; 1 planen har fejl (ingen side, eller med --force
            siden mærket som ufuldstændig); 2 kommandoen er brugt forkert, eller en fil
            kan ikke læses eller skrives.

            """)

    /// What `report` accepts: the parser and the completions read this list.
    package static let options = CommandOptions(
        [
            .file("-o"), .file("--output"), .flag(ViewInput.force), .flag(ReportWatch.flag),
            .text(ReportWatch.interval), .text(Today.option),
        ], operands: .plans)

    package static func run(_ arguments: [String], language: Language, console: Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, options)
        let output = try parsed.output()
        if parsed.flags.contains(ReportWatch.flag) || parsed.values[ReportWatch.interval] != nil {
            return try ReportWatch.run(parsed, output: output, language: language, console: console)
        }
        guard let checked = try ViewInput.check(parsed, command: name, console: console, language: language) else {
            return .findings
        }
        let result = checked.result
        // The page marks itself as incomplete whenever the plan has errors.
        if let output, output != "-" {
            do {
                let page = HTMLReport.bytes(result, language: language)
                try SafeWrite.write(page, to: output, .existingOrNew, calls: console.fileCalls)
            } catch {
                throw UsageError(message: error.message, showsHelp: false)
            }
        } else {
            // On standard output the page goes out chunk by chunk as it is written.
            var out = ByteWriter(chunkSize: 256 * 1024) { console.write(bytes: $0) }
            HTMLReport.write(result, language: language, into: &out)
            out.flush()
        }
        return checked.exitCode
    }
}
