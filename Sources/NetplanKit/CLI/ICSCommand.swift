/// `netplan ics FILE`: the dated phases as an iCalendar file.
enum ICSCommand: Command {
    static let name = "ics"
    static let summary = Text(
        en: "export the dated phases as a calendar (iCalendar, .ics)",
        da: "eksportér de daterede faser som en kalender (iCalendar, .ics)")
    static let help = Text(
        en: """
            Usage: netplan ics FILE

            Prints every phase with dates (`phase NAME from DATE to DATE`) as an all-day
            event in one iCalendar file, with who is present and what the phase needs in
            the description. Phases without dates are left out, with a note on standard
            error. The output is the same every run: each event's UID comes from the
            network's theme and the phase's number and name, so importing the file again
            updates the events. FILE may be - for standard input.

            Save it and open it in a calendar, for example: netplan ics plan.netplan > plan.ics

            Exit codes: 0 no errors; 1 the plan has errors (the calendar is still printed),
            or no phase has dates (nothing is printed); 2 usage or file problem.

            """,
        da: """
            Brug: netplan ics FIL

            Udskriver hver fase med datoer (`phase NAVN from DATO to DATO`) som en heldagsbegivenhed
            i én iCalendar-fil, med hvem der er med, og hvad fasen har brug for, i beskrivelsen.
            Faser uden datoer udelades, med en besked på standard error. Uddata er ens hver gang:
            hver begivenheds UID kommer fra netværkets tema og fasens nummer og navn, så en ny
            import af filen opdaterer begivenhederne. FIL kan være - for standard input.

            Gem den, og åbn den i en kalender, fx: netplan ics plan.netplan > plan.ics

            Afslutningskoder: 0 ingen fejl; 1 planen har fejl (kalenderen udskrives alligevel),
            eller ingen fase har datoer (intet udskrives); 2 brugs- eller filproblem.

            """)

    static func run(_ arguments: [String], language: Language, console: Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, flags: [], options: [])
        let result = try ViewInput.check(parsed, command: name, console: console, language: language)
        let calendar = ICalendar.calendar(result.plan, language: language)
        for line in calendar.skipped {
            console.writeError(Text(en: "netplan: note: ", da: "netplan: bemærk: ")(language) + line + "\n")
        }
        guard let text = calendar.text else {
            let message = Text(
                en:
                    "no phase in `\(result.source.path)` has dates, so there is no calendar to make; give a phase dates like this: phase Opstart from 2027-01-04 to 2027-01-29",
                da:
                    "ingen fase i `\(result.source.path)` har datoer, så der er ingen kalender at lave; giv en fase datoer sådan her: phase Opstart from 2027-01-04 to 2027-01-29"
            )
            console.writeError("netplan: \(message(language))\n")
            return .findings
        }
        console.write(text)
        return ViewInput.exitCode(result)
    }
}
