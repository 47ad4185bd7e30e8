import Foundation
import NetplanBase
import NetplanViews
import NetplanSyntax
import NetplanLanguageServer

/// `netplan import FILE.csv [-o PLAN.netplan] [--force] [--today DATE]`: a
/// planning schema kept in a spreadsheet becomes a plan (`PlanImport`).
enum ImportCommand: Command {
    package static let name = "import"
    package static let summary = Text(
        en: "turn a planning schema kept in a spreadsheet (CSV) into a plan",
        da: "lav en plan ud fra et planlægningsskema, der er gemt som CSV fra et regneark")
    package static let help = Text(
        en: """
            Usage: netplan import FILE.csv [-o FILE.netplan] [--force] [--today DATE]

            Reads a planning schema saved from Excel or LibreOffice as CSV (also what
            `netplan matrix --format csv` writes, with or without --excel) and prints it
            as a plan in the canonical layout, with a comment saying where it came from.
            The separator (, ; or tab) and a byte-order mark are found by themselves.
            FILE may be - for standard input.

            The heading row names the columns:
              Navn / Name                   the person or group (one row each)
              Type / Kind / Art             kerne (core), løbende (as needed) or gruppe
                                            (group); without this column everyone is løbende
              Kompetencer / Competences     separated by , or ;
              Enhed / Unit                  becomes `unit`
              a column of marks             a phase, named by its heading: x, X, ✓, \(Vocabulary.Mark.core.symbol), ja,
                                            kerne or inviteret mean taking part,
                                            "inviteret (for: ...)" with a purpose, holdt ude
                                            (left out) or an empty cell for a core
                                            participant means `without`
              any other column              kept as a `note` on each person ("Telefon: 1234")
            Rows named Start and Slut (End) give the phases' dates; Dækket and Mangler
            (Covered, Missing) are skipped. A ' that netplan put in front of a cell so a
            spreadsheet would not read it as a formula is removed again.

              -o, --output FILE   write the plan to FILE instead of standard output; an
                                  existing file is not replaced without --force
              --force             replace an existing FILE given with -o
              --today DATE        the date in the comment (default: today)

            A file with problems gives no plan: every problem is printed as
            FILE:ROW:COLUMN, with rows and columns numbered as the spreadsheet shows them.

            Exit codes: 0 the plan was written; 1 the file has problems (nothing is
            written); 2 usage or file problem.

            """,
        da: """
            Brug: netplan import FIL.csv [-o FIL.netplan] [--force] [--today DATO]

            Læser et planlægningsskema, der er gemt som CSV fra Excel eller LibreOffice
            (også det, `netplan matrix --format csv` skriver, med eller uden --excel), og
            udskriver det som en plan i det faste layout med en kommentar om, hvor den kom
            fra. Skilletegnet (, ; eller tabulator) og et byte-order mark findes af sig selv.
            FIL kan være - for standard input.

            Overskriftsrækken navngiver kolonnerne:
              Navn / Name                   personen eller gruppen (én række hver)
              Type / Kind / Art             kerne, løbende eller gruppe; uden denne kolonne
                                            er alle løbende
              Kompetencer / Competences     adskilt af , eller ;
              Enhed / Unit                  bliver til `unit`
              en kolonne med mærker         en fase med overskriften som navn: x, X, ✓, \(Vocabulary.Mark.core.symbol),
                                            ja, kerne eller inviteret betyder, at vedkommende
                                            er med, "inviteret (for: ...)" med et formål;
                                            holdt ude eller en tom celle ud for en
                                            kernedeltager bliver til `without`
              alle andre kolonner           gemmes som `note` på hver person ("Telefon: 1234")
            Rækkerne Start og Slut giver fasernes datoer; Dækket og Mangler springes over.
            Et ', som netplan har sat foran en celle, så regnearket ikke læser den som en
            formel, fjernes igen.

              -o, --output FIL    skriv planen til FIL i stedet for standard output; en
                                  eksisterende fil erstattes ikke uden --force
              --force             erstat en eksisterende FIL, der er angivet med -o
              --today DATO        datoen i kommentaren (standard: i dag)

            En fil med problemer giver ingen plan: hvert problem udskrives som
            FIL:RÆKKE:KOLONNE, med rækker og kolonner nummereret, som regnearket viser dem.

            Afslutningskoder: 0 planen er skrevet; 1 filen har problemer (intet skrives);
            2 kommandoen er brugt forkert, eller en fil kan ikke læses eller skrives.

            """)

    /// What `import` accepts: the parser and the completions read this list.
    package static let options = CommandOptions(
        [.file("-o"), .file("--output"), .flag("--force"), .text(Today.option)], operands: .files(extension: "csv"))

    package static func run(_ arguments: [String], language: Language, console: Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, options)
        guard parsed.positional.count == 1, let path = parsed.positional.first else {
            throw UsageError(
                message: Text(
                    en: "`netplan import` takes one CSV file (or - for standard input)",
                    da: "`netplan import` tager én CSV-fil (eller - for standard input)"))
        }
        let output = try parsed.output()
        let bytes = path == "-" ? try console.readStandardInput() : try Inputs.read(path).bytes
        let shown = path == "-" ? "<stdin>" : SystemError.shown(path)
        let today = try Today.read(parsed, console: console)
        let header = Text(
            en: "Imported from \(shown)\(today.map { " on \($0)" } ?? "") with netplan import",
            da: "Importeret fra \(shown)\(today.map { " den \($0)" } ?? "") med netplan import")
        switch PlanImport.formattedPlan(bytes, header: [ControlCharacters.visible(header(language), keepingLineFeeds: false)]) {
        case .failure(let problems):
            let word = Text(en: "error", da: "fejl")(language)
            for problem in problems {
                console.writeError("\(shown):\(problem.row):\(problem.column): \(word): \(problem.message(language))\n")
            }
            return .findings
        case .success(let plan):
            guard let output, output != "-" else {
                console.write(plan)
                return .success
            }
            if !parsed.flags.contains("--force"), FileManager.default.fileExists(atPath: output) {
                throw UsageError(
                    message: Text(
                        en: "`\(SystemError.shown(output))` exists already; give --force to replace it",
                        da: "`\(SystemError.shown(output))` findes allerede; angiv --force for at erstatte den"),
                    showsHelp: false)
            }
            do {
                try SafeWrite.write(Array(plan.utf8), to: output, .existingOrNew, calls: console.fileCalls)
            } catch {
                throw UsageError(message: error.message, showsHelp: false)
            }
            return .success
        }
    }
}
