/// `netplan graph FILE [--phases]`: the referral graph in Graphviz DOT.
enum GraphCommand: Command {
    static let name = "graph"
    static let summary = Text(
        en: "draw the referral graph (who found whom, via) in Graphviz DOT",
        da: "tegn henvisningsgrafen (hvem fandt hvem, via) i Graphviz DOT")
    static let help = Text(
        en: """
            Usage: netplan graph FILE [--phases]

            Prints the referral graph in Graphviz DOT: an arrow from A to B when B was
            found via A. Core participants are filled, bold boxes; participants involved
            as needed are ellipses; groups are folders (dashed when built in). A legend
            explains the styles. FILE may be - for standard input.

              --phases   add a box per phase holding everyone present in it (each box
                         has its own copy of a person, since a node can be in one box only)

            Draw it with Graphviz, for example: netplan graph plan.netplan | dot -Tsvg > plan.svg

            Exit codes: 0 no errors; 1 the plan has errors (the graph is still printed); 2 usage or file problem.

            """,
        da: """
            Brug: netplan graph FIL [--phases]

            Udskriver henvisningsgrafen i Graphviz DOT: en pil fra A til B, når B blev fundet
            via A. Kernedeltagere er udfyldte, fede kasser; deltagere, der inddrages løbende,
            er ellipser; grupper er mapper (stiplede, når de er indbyggede). En forklaring
            viser stilene. FIL kan være - for standard input.

              --phases   tilføj en boks pr. fase med alle, der er med i den (hver boks har sin
                         egen kopi af en person, da en knude kun kan stå i én boks)

            Tegn den med Graphviz, fx: netplan graph plan.netplan | dot -Tsvg > plan.svg

            Afslutningskoder: 0 ingen fejl; 1 planen har fejl (grafen udskrives alligevel); 2 brugs- eller filproblem.

            """)

    static func run(_ arguments: [String], language: Language, console: Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, flags: ["--phases"], options: [])
        let result = try ViewInput.check(parsed, command: name, console: console, language: language)
        console.write(ReferralGraph.dot(result.plan, language: language, phases: parsed.flags.contains("--phases")))
        return ViewInput.exitCode(result)
    }
}
