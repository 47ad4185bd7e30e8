import NetplanBase
import NetplanSyntax
import NetplanViews
import NetplanLanguageServer

/// `netplan init [--kind læringsnetværk|velfærdsnetværk|innovationsnetværk]`: a commented starter plan.
enum InitCommand: Command {
    package static let name = "init"
    package static let summary = Text(
        en: "print a commented starter plan with the method's phases",
        da: "udskriv en kommenteret startplan med metodens faser")
    package static let help = Text(
        en: """
            Usage: netplan init [--kind læringsnetværk|velfærdsnetværk|innovationsnetværk] [--start DATE]

            Prints a starter plan to fill in: the network and its roles, the competence
            diamond, core participants, a participant involved as needed, citizens, and
            the method's phases for the kind of network: a learning network ends by trying
            what was learnt in the participants' own units, a welfare network has a test
            phase after its six months, and an innovation network has no end but a
            recurring review. Comments explain each part, in the language of --lang.
            Every name to fill in stands in angle brackets, such as "<Name of the
            network leader>": `netplan check` warns about each one until it is replaced
            (rule placeholder-name, NP220); otherwise the plan checks clean.

              --kind KIND   the kind of network (default velfærdsnetværk); læring, velfærd,
                            innovation, learning and welfare are understood too
              --start DATE  the first day of the first phase, YYYY-MM-DD (default: the
                            first Monday at least four weeks from today, or from
                            NETPLAN_TODAY); the phases follow one after the other, each
                            with a meeting, and every person gets a unit to fill in and
                            a status (bekræftet for the co-driver, foreslået for the rest)

            Save it and start planning, for example: netplan init > plan.netplan

            """,
        da: """
            Brug: netplan init [--kind læringsnetværk|velfærdsnetværk|innovationsnetværk] [--start DATO]

            Udskriver en startplan til at udfylde: netværket og dets roller,
            kompetencediamanten, kernedeltagere, en deltager, der inddrages løbende, borgere
            og metodens faser for netværkets type: et læringsnetværk slutter med at afprøve det lærte i
            deltagernes egne enheder, et velfærdsnetværk har en testfase efter de seks
            måneder, og et innovationsnetværk har ingen slutning, men løbende opfølgning.
            Kommentarer forklarer hver del, på sproget fra --lang. Alle navne, der skal
            udfyldes, står i vinkelparenteser, fx "<Netværkslederens navn>": `netplan check`
            advarer om hvert af dem, indtil det er erstattet (reglen placeholder-name, NP220);
            ellers finder `netplan check` intet at bemærke i planen.

              --kind TYPE   netværkets type (standard velfærdsnetværk); læring, velfærd,
                            innovation, learning og welfare forstås også
              --start DATO  første dag i første fase, ÅÅÅÅ-MM-DD (standard: den første mandag
                            mindst fire uger fra i dag, eller fra NETPLAN_TODAY); faserne
                            følger efter hinanden, hver med et møde, og alle personer får
                            en enhed at udfylde og en status (bekræftet for co-driveren,
                            foreslået for resten)

            Gem den, og begynd at planlægge, fx: netplan init > plan.netplan

            """)

    /// What `init` accepts: the parser and the completions read this list.
    package static let options = CommandOptions(
        [.choice("--kind", StarterPlan.Kind.allCases.map(\.rawValue)), .text("--start")], operands: .none)

    package static func run(_ arguments: [String], language: Language, console: Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, options)
        if let extra = parsed.positional.first {
            throw UsageError(
                message: Text(
                    en:
                        "`init` takes no file `\(extra)`: it prints the plan; save it with `netplan init > plan.netplan`",
                    da:
                        "`init` tager ingen fil `\(extra)`: den udskriver planen; gem den med `netplan init > plan.netplan`"
                ))
        }
        var kind = StarterPlan.Kind.standard
        if let given = parsed.values["--kind"] {
            guard let named = StarterPlan.Kind(named: given) else {
                let names = StarterPlan.Kind.allCases.map(\.rawValue)
                let suggestion = Suggest.closest(to: given, among: names + ["learning", "welfare", "innovation"])
                throw UsageError(
                    message: Text(
                        en: "`\(given)` is not a kind of network; use \(Text.alternatives(names).en)",
                        da: "`\(given)` er ikke en netværkstype; brug \(Text.alternatives(names).da)")
                        + (suggestion.map { Text(en: " (did you mean `\($0)`?)", da: " (mente du `\($0)`?)") }
                            ?? .verbatim("")))
            }
            kind = named
        }
        console.write(StarterPlan.text(kind: kind, language: language, start: try start(parsed, console: console)))
        return .success
    }

    /// `--start`, else four weeks from today (`NETPLAN_TODAY` or the system date), else the example date.
    private static func start(_ parsed: Arguments, console: Console) throws -> CalendarDate {
        if let given = parsed.values["--start"] {
            let shown = ControlCharacters.visible(String(given.prefix(40)), keepingLineFeeds: false)
            if let date = CalendarDate(given), date.adding(days: 400) > CalendarDate.latest {
                throw UsageError(
                    message: Text(
                        en: "`--start \(shown)` is too late: the phases would run past \(CalendarDate.latest), the last date a plan can use",
                        da: "`--start \(shown)` er for sent: faserne ville løbe ud over \(CalendarDate.latest), den sidste dato, en plan kan bruge"))
            }
            guard let date = CalendarDate(given) else {
                throw UsageError(
                    message: Text(
                        en: "`--start` must be a date written YYYY-MM-DD, such as `2027-01-04`, not `\(shown)`",
                        da: "`--start` skal være en dato skrevet ÅÅÅÅ-MM-DD, fx `2027-01-04`, ikke `\(shown)`"))
            }
            return date
        }
        guard let today = try Today.read(parsed, console: console) else { return StarterPlan.exampleStart }
        return StarterPlan.start(after: today)
    }
}
