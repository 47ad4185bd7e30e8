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
            Usage: netplan init [--kind læringsnetværk|velfærdsnetværk|innovationsnetværk]

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

            Save it and start planning, for example: netplan init > plan.netplan

            """,
        da: """
            Brug: netplan init [--kind læringsnetværk|velfærdsnetværk|innovationsnetværk]

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

            Gem den, og begynd at planlægge, fx: netplan init > plan.netplan

            """)

    package static func run(_ arguments: [String], language: Language, console: Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, flags: [], options: ["--kind"])
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
        console.write(StarterPlan.text(kind: kind, language: language))
        return .success
    }
}
