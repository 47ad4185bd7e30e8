import NetplanBase
import NetplanViews
import NetplanSyntax
import NetplanLanguageServer

/// `netplan matrix FILE [--format text|markdown|csv|xlsx] [--width N] [--units] [-o FILE]`: the planning schema.
enum MatrixCommand: Command {
    package static let name = "matrix"
    package static let summary = Text(
        en: "show the planning schema: who takes part in which phase, and what is missing",
        da: "vis planlægningsskemaet: hvem der er med i hvilken fase, og hvad der mangler")
    package static let help = Text(
        en: """
            Usage: netplan matrix FILE [--format text|markdown|csv|xlsx] [-o FILE] [--width N] [--units] [--excel] [--force] [--today DATE]

            Shows the planning schema: participants and groups as rows (core participants
            first, then those involved as needed, then groups), phases as columns with their
            dates, and a mark where each takes part:
              \(Vocabulary.Mark.core.symbol)  core participant, present by default
              \(Vocabulary.Mark.invited.symbol)  invited by the phase
              \(Vocabulary.Mark.leftOut.symbol)  core participant left out with `without`
            Below the grid, per phase: the competences somebody present brings (Covered)
            and the needs nobody present covers (Missing). Where a phase says why someone
            takes part (`invite NAME for "..."`), Markdown and CSV show it in the cell,
            "\(Vocabulary.Mark.invited.symbol) (for: ...)" and "invited (for: ...)"; the text view lists the purposes below
            the grid. FILE may be - for standard input.

              --format FORMAT   text for the terminal (default), markdown (a table for
                                GitHub or a wiki) or csv (RFC 4180, CRLF line ends, for
                                spreadsheets; marks as words, a column of competences;
                                a cell that starts with = + - @ or a tab gets a ' in
                                front, so a spreadsheet shows it as text, not a formula;
                                `netplan import` reads the file back) or xlsx (an Excel
                                workbook: the schema, and a sheet of the people)
              -o, --output FILE the file to write the xlsx workbook to (required
                                with xlsx, which is not text; an existing file is
                                replaced safely)
              --excel           with csv: for Danish Excel, fields separated by ; and a
                                byte-order mark first, so æ, ø and å come out right
              --width N         fit the text to N columns (default: COLUMNS, else 100);
                                long phase names are shortened or numbered, with a key
              --units           show the unit each person or group comes from (`unit`):
                                after the name in the text, a column in Markdown and CSV
              --force           show the schema of a plan with errors anyway, marked as
                                incomplete: the first line of the text, a quote before the
                                Markdown table, the first row of the CSV (one field, before
                                the header row; skip it when reading the CSV by its header),
                                the first row of the workbook, in bold red

            A plan with errors is not shown without --force: people or phases on the
            broken lines would be missing. The errors are printed as `check` prints them.

            Exit codes: 0 no errors; 1 the plan has errors (nothing is shown, or with
            --force the schema marked as incomplete); 2 usage or file problem.

            """,
        da: """
            Brug: netplan matrix FIL [--format text|markdown|csv|xlsx] [-o FIL] [--width N] [--units] [--excel] [--force] [--today DATO]

            Viser planlægningsskemaet: deltagere og grupper som rækker (kernedeltagere først,
            så dem, der inddrages løbende, så grupper), faser som kolonner med deres datoer,
            og et mærke, hvor hver enkelt er med:
              \(Vocabulary.Mark.core.symbol)  kernedeltager, med som standard
              \(Vocabulary.Mark.invited.symbol)  inviteret af fasen
              \(Vocabulary.Mark.leftOut.symbol)  kernedeltager, der er holdt ude med `without`
            Under skemaet står for hver fase de kompetencer, som nogen, der er med, bidrager
            med (Dækket), og de behov, som ingen, der er med, dækker (Mangler). Hvor en fase
            siger, hvorfor nogen er med (`invite NAVN for "..."`), viser Markdown og CSV
            formålet i cellen, "\(Vocabulary.Mark.invited.symbol) (for: ...)" og "inviteret (for: ...)"; teksten viser
            formålene under skemaet. FIL kan være - for standard input.

              --format FORMAT   text til terminalen (standard), markdown (en tabel til
                                GitHub eller en wiki) eller csv (RFC 4180, CRLF-linjeskift,
                                til regneark; mærker som ord, en kolonne med kompetencer;
                                en celle, der starter med = + - @ eller et tabulatortegn,
                                får et ' foran, så regnearket viser den som tekst og ikke
                                som en formel; `netplan import` læser filen igen) eller
                                xlsx (en Excel-projektmappe: skemaet og et ark med
                                personerne)
              -o, --output FIL  den fil, xlsx-projektmappen skrives til (skal angives
                                med xlsx, som ikke er tekst; en eksisterende fil
                                erstattes sikkert)
              --excel           med csv: til dansk Excel, felter adskilt af ; og et
                                byte-order mark først, så æ, ø og å vises rigtigt
              --width N         tilpas teksten til N kolonner (standard: COLUMNS, ellers 100);
                                lange fasenavne forkortes eller nummereres, med en nøgle
              --units           vis den enhed, hver person eller gruppe kommer fra (`unit`):
                                efter navnet i teksten, en kolonne i Markdown og CSV
              --force           vis alligevel skemaet for en plan med fejl, mærket som
                                ufuldstændigt: første linje i teksten, et citat før
                                Markdown-tabellen, første række i CSV (ét felt, før
                                overskriftsrækken; spring den over, når CSV læses efter overskrifterne),
                                første række i projektmappen, med fed rød skrift

            En plan med fejl vises ikke uden --force: personer eller faser på de
            linjer, der er fejl i, ville mangle. Fejlene udskrives, som `check` gør.

            Afslutningskoder: 0 ingen fejl; 1 planen har fejl (intet vises, eller med
            --force skemaet mærket som ufuldstændigt); 2 kommandoen er brugt forkert, eller
            en fil kan ikke læses.

            """)

    /// What `matrix` accepts: the parser and the completions read this list.
    package static let options = CommandOptions(
        [
            .choice("--format", PlanningMatrix.Format.allCases.map(\.rawValue) + [MatrixWorkbook.format]),
            .text("--width"), .flag("--units"), .flag("--excel"), .flag(ViewInput.force), .text(Today.option), .file("-o"),
            .file("--output"),
        ], operands: .plans)

    package static func run(_ arguments: [String], language: Language, console: Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, options)
        let choice = try parsed.choice("--format", default: PlanningMatrix.Format.text.rawValue)
        if choice == MatrixWorkbook.format {
            return try MatrixWorkbook.run(parsed, command: name, language: language, console: console)
        }
        try MatrixWorkbook.refuseOutput(parsed)
        let format = PlanningMatrix.Format(rawValue: choice) ?? .text
        let width = try ViewInput.width(parsed, console: console, default: PlanningMatrix.defaultWidth)
        let dialect = try csvDialect(parsed, format: format)
        guard let checked = try ViewInput.check(parsed, command: name, console: console, language: language) else {
            return .findings
        }
        // One buffer for the whole output, handed to standard output chunk by chunk as it fills.
        var out = ByteWriter(chunkSize: 256 * 1024) { console.write(bytes: $0) }
        if format == .csv { out.append(utf8: dialect.start) }
        if let mark = checked.incomplete {
            switch format {
            case .text: out.append(utf8: mark.textLine(language))
            case .markdown: out.append(utf8: mark.markdown(language))
            case .csv: out.append(utf8: mark.csvRecord(language, dialect))
            }
        }
        PlanningMatrix.write(
            checked.result.plan, format: format, language: language, width: width,
            units: parsed.flags.contains("--units"), dialect: dialect, into: &out)
        out.flush()
        return checked.exitCode
    }

    /// `--excel` picks the Excel dialect; it only belongs with `--format csv`.
    private static func csvDialect(_ parsed: Arguments, format: PlanningMatrix.Format) throws -> CSVDialect {
        guard parsed.flags.contains("--excel") else { return .rfc4180 }
        guard format == .csv else {
            throw UsageError(
                message: Text(
                    en: "`--excel` only goes with `--format csv`", da: "`--excel` kan kun bruges med `--format csv`"))
        }
        return .excel
    }
}
