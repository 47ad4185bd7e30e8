/// The help texts of the command line, in English and Danish.
enum Help {
    static func overview(_ language: Language) -> String {
        let text = Text(
            en: """
                netplan: plan who takes part in a municipal network, and when.

                Usage: netplan <command> [options] [files]

                Commands:
                  check PATH...   check plans (files, folders with *.netplan, or - for standard input)
                  help COMMAND    show help for a command

                Options for every command:
                  --lang da|en    the language of messages (default: from LANG, else English)
                  --help          show help
                  --version       show the version

                """,
            da: """
                netplan: planlæg, hvem der deltager i et kommunalt netværk, og hvornår.

                Brug: netplan <kommando> [tilvalg] [filer]

                Kommandoer:
                  check STI...    tjek planer (filer, mapper med *.netplan eller - for standard input)
                  help KOMMANDO   vis hjælp til en kommando

                Tilvalg til alle kommandoer:
                  --lang da|en    sproget i meddelelser (standard: fra LANG, ellers engelsk)
                  --help          vis hjælp
                  --version       vis versionen

                """)
        return text(language)
    }

    static func text(for command: Subcommand, _ language: Language) -> String {
        switch command {
        case .check:
            return Text(
                en: """
                    Usage: netplan check PATH... [--format text|json] [--strict] [--color auto|always|never]

                    Checks plans and reports every problem with its place, reason and a hint.
                    A folder is searched for *.netplan files; - reads standard input.

                      --format text|json   text for people (default), json for tools
                      --strict             warnings also make the exit code 1
                      --color WHEN         auto (on a terminal, unless NO_COLOR is set), always or never

                    Exit codes: 0 no errors; 1 errors (or warnings with --strict); 2 usage or file problem.

                    """,
                da: """
                    Brug: netplan check STI... [--format text|json] [--strict] [--color auto|always|never]

                    Tjekker planer og melder hvert problem med sted, grund og et råd.
                    En mappe gennemsøges for *.netplan-filer; - læser standard input.

                      --format text|json   text til mennesker (standard), json til værktøjer
                      --strict             advarsler giver også afslutningskode 1
                      --color HVORNÅR      auto (i en terminal, medmindre NO_COLOR er sat), always eller never

                    Afslutningskoder: 0 ingen fejl; 1 fejl (eller advarsler med --strict); 2 brugs- eller filproblem.

                    """)(language)
        }
    }
}
