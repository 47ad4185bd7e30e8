import Foundation
import NetplanBase
import NetplanViews
import NetplanSyntax
import NetplanLanguageServer

/// `netplan ics FILE`: the dated phases and the meetings as an iCalendar file.
enum ICSCommand: Command {
    package static let name = "ics"
    package static let summary = Text(
        en: "export the dated phases and the meetings as a calendar (iCalendar, .ics)",
        da: "eksportér de daterede faser og møderne som en kalender (iCalendar, .ics)")
    package static let help = Text(
        en: """
            Usage: netplan ics FILE [--force] [--today DATE]

            Prints every phase with dates (`phase NAME from DATE to DATE`) as an all-day
            event in one iCalendar file, with who is present and what the phase needs in
            the description. Phases without dates are left out, with a note on standard
            error. FILE may be - for standard input.

            Every meeting (`meeting NAME on DATE 14.00-16.00 ...`) is an event of its
            own, at its time in Danish time (Europe/Copenhagen, summer time included), or
            all day when it has no time. Its place is the event's location, its note and
            phase are in the description, and everyone present in its phase who has an
            e-mail address in `contact` (and has not declined) is an attendee. A
            meeting's UID comes from the plan's identity, its name and its date: a new
            time, place or note updates the event; a new date makes a new event.

            Importing the file again updates the events instead of doubling them:
            - each event's UID comes from the plan's identity and the phase's own name,
              so inserting or moving other phases, or renaming the theme, keeps it;
              renaming the phase makes a new event. The identity is the file's name,
              or `set calendar-id "ensomhed-2027"` in the plan (then the file may be
              renamed too; standard input needs it, else the theme is used);
            - DTSTAMP is the time of the export (UTC), and SEQUENCE (the revision
              number) is the minutes since 2020-01-01 at that time: netplan keeps no
              state, so every export counts as a new revision and wins over the last.
            Set NETPLAN_NOW=2027-01-04T09:30:00Z (or SOURCE_DATE_EPOCH, in seconds)
            to get the same file on every run.

              --force   print the calendar of a plan with errors anyway, marked as
                        incomplete in the calendar's description and on the first
                        line of every event's description

            A plan with errors gets no calendar without --force: phases on the broken
            lines would be missing. The errors are printed as `check` prints them.

            Save it and open it in a calendar, for example: netplan ics plan.netplan > plan.ics

            Exit codes: 0 no errors; 1 the plan has errors (nothing is printed, or with
            --force the calendar marked as incomplete), or no phase has dates and no
            meeting a date (nothing is printed); 2 usage or file problem.

            """,
        da: """
            Brug: netplan ics FIL [--force] [--today DATO]

            Udskriver hver fase med datoer (`phase NAVN from DATO to DATO`) som en heldagsbegivenhed
            i én iCalendar-fil, med hvem der er med, og hvad fasen har brug for, i beskrivelsen.
            Faser uden datoer kommer ikke med; netplan skriver en bemærkning om dem på
            standard error. FIL kan være - for standard input.

            Hvert møde (`meeting NAVN on DATO 14.00-16.00 ...`) bliver en begivenhed for sig,
            på sit tidspunkt i dansk tid (Europe/Copenhagen, med sommertid), eller hele dagen,
            når det ikke har et tidspunkt. Stedet bliver begivenhedens sted, noten og fasen
            står i beskrivelsen, og alle, der er med i fasen og har en e-mailadresse i
            `contact` (og ikke har afslået), bliver inviteret. Et mødes UID kommer fra planens
            identitet, mødets navn og dato: nyt tidspunkt, sted eller note opdaterer
            begivenheden; en ny dato giver en ny begivenhed.

            Importeres filen igen, opdateres begivenhederne i stedet for at blive dobbelte:
            - hver begivenheds UID kommer fra planens identitet og fasens eget navn, så den
              bliver den samme, når andre faser tilføjes eller flyttes, eller temaet får et
              nyt navn; omdøbes fasen, bliver den en ny begivenhed. Identiteten er filens
              navn, eller `set calendar-id "ensomhed-2027"` i planen (så kan filen også
              omdøbes; standard input skal have den, ellers bruges temaet);
            - DTSTAMP er tidspunktet for eksporten (UTC), og SEQUENCE (versionsnummeret)
              er antal minutter fra 2020-01-01 til da: netplan gemmer intet mellem
              kørsler, så hver eksport tæller som en ny version og vinder over den forrige.
            Sæt NETPLAN_NOW=2027-01-04T09:30:00Z (eller SOURCE_DATE_EPOCH, i sekunder) for
            at få den samme fil hver gang.

              --force   udskriv alligevel kalenderen for en plan med fejl, mærket som
                        ufuldstændig i kalenderens beskrivelse og i første linje af
                        hver begivenheds beskrivelse

            En plan med fejl får ingen kalender uden --force: faser på de linjer, der er
            fejl i, ville mangle. Fejlene udskrives, som `check` gør.

            Gem den, og åbn den i en kalender, fx: netplan ics plan.netplan > plan.ics

            Afslutningskoder: 0 ingen fejl; 1 planen har fejl (intet udskrives, eller med
            --force kalenderen mærket som ufuldstændig), eller hverken faser eller møder har
            datoer (intet udskrives); 2 kommandoen er brugt forkert, eller en fil kan ikke læses.

            """)

    /// What `ics` accepts: the parser and the completions read this list.
    package static let options = CommandOptions(
        [.flag(ViewInput.force), .text(Today.option)], operands: .plans)

    package static func run(_ arguments: [String], language: Language, console: Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, options)
        let now = try Self.now(console)
        guard let checked = try ViewInput.check(parsed, command: name, console: console, language: language) else {
            return .findings
        }
        let result = checked.result
        let stamp = ICalendar.Stamp(identity: ICalendar.identity(result), now: now, incomplete: checked.incomplete)
        let calendar = ICalendar.calendar(result.plan, language: language, stamp: stamp)
        for line in calendar.skipped {
            console.writeError("netplan: " + Vocabulary.noteLead(language) + ": " + line + "\n")
        }
        guard let text = calendar.text else {
            let message = Text(
                en:
                    "no phase or meeting in `\(result.source.path)` has dates, so there is no calendar to make; give a phase dates like this: phase Opstart from 2027-01-04 to 2027-01-29",
                da:
                    "ingen fase eller møde i `\(result.source.path)` har datoer, så der er ingen kalender at lave; giv en fase datoer sådan her: phase Opstart from 2027-01-04 to 2027-01-29"
            )
            console.writeError("netplan: \(message(language))\n")
            return .findings
        }
        if result.source.path == "<stdin>", result.configuration.calendarID == nil {
            let note = Text(
                en:
                    "netplan: note: standard input has no file name, so the events' UIDs come from the theme; add `set calendar-id \"...\"` to the plan to keep them when the theme changes\n",
                da:
                    "netplan: bemærk: standard input har intet filnavn, så begivenhedernes UID kommer fra temaet; tilføj `set calendar-id \"...\"` i planen for at beholde dem, når temaet ændres\n"
            )
            console.writeError(note(language))
        }
        console.write(text)
        return checked.exitCode
    }

    /// The time of the export in seconds since 1970 (UTC): `NETPLAN_NOW`
    /// (`YYYY-MM-DDTHH:MM:SSZ`), else `SOURCE_DATE_EPOCH` (seconds), else the clock.
    package static func now(_ console: Console) throws -> Int64 {
        if let given = console.environment["NETPLAN_NOW"] {
            guard let seconds = parseUTC(given) else {
                throw UsageError(
                    message: Text(
                        en: "`NETPLAN_NOW` must be a UTC time like `2027-01-04T09:30:00Z`, not `\(ControlCharacters.visible(given))`",
                        da: "`NETPLAN_NOW` skal være et UTC-tidspunkt som `2027-01-04T09:30:00Z`, ikke `\(ControlCharacters.visible(given))`"),
                    showsHelp: false)
            }
            return seconds
        }
        if let given = console.environment["SOURCE_DATE_EPOCH"] {
            guard given.count <= 12, given.allSatisfy(\.isASCII), let seconds = Int64(given), seconds >= 0 else {
                throw UsageError(
                    message: Text(
                        en: "`SOURCE_DATE_EPOCH` must be whole seconds since 1970, not `\(ControlCharacters.visible(given))`",
                        da: "`SOURCE_DATE_EPOCH` skal være hele sekunder siden 1970, ikke `\(ControlCharacters.visible(given))`"),
                    showsHelp: false)
            }
            return seconds
        }
        return Int64(Date().timeIntervalSince1970.rounded(.down))
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` as seconds since 1970, or nil.
    static func parseUTC(_ text: String) -> Int64? {
        let parts = text.split(separator: "T", omittingEmptySubsequences: false)
        guard parts.count == 2, let date = CalendarDate(String(parts[0])), parts[1].hasSuffix("Z") else { return nil }
        let clock = parts[1].dropLast().split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 3, clock.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
            let hour = Int(clock[0]), let minute = Int(clock[1]), let second = Int(clock[2]),
            (0..<24).contains(hour), (0..<60).contains(minute), (0..<60).contains(second)
        else { return nil }
        return Int64(date.dayNumber) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }
}
