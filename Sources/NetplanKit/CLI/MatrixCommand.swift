/// `netplan matrix FILE [--format text|markdown|csv] [--width N]`: the planning schema.
enum MatrixCommand: Command {
    static let name = "matrix"
    static let summary = Text(
        en: "show the planning schema: who takes part in which phase, and what is missing",
        da: "vis planlægningsskemaet: hvem der er med i hvilken fase, og hvad der mangler")
    static let help = Text(
        en: """
            Usage: netplan matrix FILE [--format text|markdown|csv] [--width N]

            Shows the planning schema: participants and groups as rows (core participants
            first, then those involved as needed, then groups), phases as columns with their
            dates, and a mark where each takes part:
              ●  core participant, present by default
              ○  invited by the phase
              –  core participant left out with `without`
            Below the grid, per phase: the competences somebody present brings (Covered)
            and the needs nobody present covers (Missing). FILE may be - for standard input.

              --format FORMAT   text for the terminal (default), markdown (a table for
                                GitHub or a wiki) or csv (RFC 4180, CRLF line ends, for
                                spreadsheets; marks as words)
              --width N         fit the text to N columns (default: COLUMNS, else 100);
                                long phase names are shortened or numbered, with a key

            Exit codes: 0 no errors; 1 the plan has errors (the schema is still shown); 2 usage or file problem.

            """,
        da: """
            Brug: netplan matrix FIL [--format text|markdown|csv] [--width N]

            Viser planlægningsskemaet: deltagere og grupper som rækker (kernedeltagere først,
            så dem, der inddrages løbende, så grupper), faser som kolonner med deres datoer,
            og et mærke, hvor hver enkelt er med:
              ●  kernedeltager, med som standard
              ○  inviteret af fasen
              –  kernedeltager, der er udeladt med `without`
            Under skemaet står for hver fase de kompetencer, nogen til stede bringer (Dækket),
            og de behov, ingen til stede dækker (Mangler). FIL kan være - for standard input.

              --format FORMAT   text til terminalen (standard), markdown (en tabel til
                                GitHub eller en wiki) eller csv (RFC 4180, CRLF-linjeskift,
                                til regneark; mærker som ord)
              --width N         tilpas teksten til N kolonner (standard: COLUMNS, ellers 100);
                                lange fasenavne forkortes eller nummereres, med en nøgle

            Afslutningskoder: 0 ingen fejl; 1 planen har fejl (skemaet vises alligevel); 2 brugs- eller filproblem.

            """)

    static func run(_ arguments: [String], language: Language, console: Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, flags: [], options: ["--format", "--width"])
        let choice = try parsed.choice(
            "--format", PlanningMatrix.Format.allCases.map(\.rawValue), default: PlanningMatrix.Format.text.rawValue)
        let format = PlanningMatrix.Format(rawValue: choice) ?? .text
        let width = try ViewInput.width(parsed, console: console, default: PlanningMatrix.defaultWidth)
        let result = try ViewInput.check(parsed, command: name, console: console, language: language)
        console.write(PlanningMatrix.render(result.plan, format: format, language: language, width: width))
        return ViewInput.exitCode(result)
    }
}
