/// `netplan init [--kind læringsnetværk|velfærdsnetværk|innovationsnetværk]`: a commented starter plan.
enum InitCommand: Command {
    static let name = "init"
    static let summary = Text(
        en: "print a commented starter plan with the method's phases",
        da: "udskriv en kommenteret startplan med metodens faser")
    static let help = Text(
        en: """
            Usage: netplan init [--kind læringsnetværk|velfærdsnetværk|innovationsnetværk]

            Prints a starter plan to fill in: the network and its roles, the competence
            diamond, core participants, a participant involved as needed, citizens, and
            the method's phases from Opstart to Afrunding. Comments explain each part, in
            the language of --lang. The plan checks without errors as it is.

              --kind KIND   the kind of network (default velfærdsnetværk); learning,
                            welfare and innovation are understood too

            Save it and start planning, for example: netplan init > plan.netplan

            """,
        da: """
            Brug: netplan init [--kind læringsnetværk|velfærdsnetværk|innovationsnetværk]

            Udskriver en startplan til at udfylde: netværket og dets roller, kompetence-
            diamanten, kernedeltagere, en deltager, der inddrages løbende, borgere og metodens
            faser fra Opstart til Afrunding. Kommentarer forklarer hver del, på sproget fra
            --lang. Planen tjekker uden fejl, som den er.

              --kind TYPE   netværkets type (standard velfærdsnetværk); learning, welfare og
                            innovation forstås også

            Gem den, og begynd at planlægge, fx: netplan init > plan.netplan

            """)

    static func run(_ arguments: [String], language: Language, console: Console) throws -> ExitCode {
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
