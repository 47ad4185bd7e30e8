import NetplanBase
import NetplanViews
import NetplanSyntax
import NetplanLanguageServer

/// `netplan graph FILE [--phases]`: the referral graph in Graphviz DOT.
enum GraphCommand: Command {
    package static let name = "graph"
    package static let summary = Text(
        en: "draw the referral graph (who found whom, via) in Graphviz DOT",
        da: "tegn henvisningsgrafen (hvem der har foreslået hvem, via) i Graphviz DOT")
    package static let help = Text(
        en: """
            Usage: netplan graph FILE [--phases] [--force] [--today DATE]

            Prints the referral graph in Graphviz DOT: an arrow from A to B when B was
            found via A. Core participants are filled, bold boxes; participants involved
            as needed are ellipses; groups are folders (dashed when built in). A legend
            explains the styles. FILE may be - for standard input.

              --phases   add a box per phase holding everyone present in it (each box
                         has its own copy of a person, since a node can be in one box only)
              --force    print the graph of a plan with errors anyway, marked as incomplete:
                         the graph's title says so in red, and so does the first line

            A plan with errors is not drawn without --force: people on the broken lines
            would be missing. The errors are printed as `check` prints them.

            Draw it with Graphviz, for example: netplan graph plan.netplan | dot -Tsvg > plan.svg

            Exit codes: 0 no errors; 1 the plan has errors (nothing is printed, or with
            --force the graph marked as incomplete); 2 usage or file problem.

            """,
        da: """
            Brug: netplan graph FIL [--phases] [--force] [--today DATO]

            Udskriver henvisningsgrafen i Graphviz DOT: en pil fra A til B, når A har
            foreslået B (`via`). Kernedeltagere er udfyldte, fede kasser; deltagere, der inddrages løbende,
            er ellipser; grupper er mapper (stiplede, når de er indbyggede). En forklaring
            viser stilene. FIL kan være - for standard input.

              --phases   tilføj en boks pr. fase med alle, der er med i den (en person, der
                         er med i flere faser, står i hver af dem, fordi et punkt i grafen
                         kun kan stå i én boks)
              --force    udskriv alligevel grafen for en plan med fejl, mærket som
                         ufuldstændig: grafens titel siger det med rødt, og det gør første linje også

            En plan med fejl tegnes ikke uden --force: personer på de linjer, der er fejl
            i, ville mangle. Fejlene udskrives, som `check` gør.

            Tegn den med Graphviz, fx: netplan graph plan.netplan | dot -Tsvg > plan.svg

            Afslutningskoder: 0 ingen fejl; 1 planen har fejl (intet udskrives, eller med
            --force grafen mærket som ufuldstændig); 2 kommandoen er brugt forkert, eller en
            fil kan ikke læses.

            """)

    /// What `graph` accepts: the parser and the completions read this list.
    package static let options = CommandOptions(
        [.flag("--phases"), .flag(ViewInput.force), .text(Today.option)], operands: .plans)

    package static func run(_ arguments: [String], language: Language, console: Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, options)
        guard let checked = try ViewInput.check(parsed, command: name, console: console, language: language) else {
            return .findings
        }
        let plan = checked.result.plan
        var dot = ReferralGraph.dot(plan, language: language, phases: parsed.flags.contains("--phases"))
        if let mark = checked.incomplete {
            let title = plan.network.map { $0.name.text } ?? Text(en: "Referral graph", da: "Henvisninger")(language)
            dot = mark.dot(dot, title: title, language: language)
        }
        console.write(dot)
        return checked.exitCode
    }
}
