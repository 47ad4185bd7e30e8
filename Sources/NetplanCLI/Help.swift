import NetplanBase
import NetplanSyntax
import NetplanLanguageServer

/// The overview printed by `netplan --help`, built from the commands' own summaries.
enum Help {
    package static func overview(_ language: Language) -> String {
        let width = (Subcommand.all.map { $0.name.count }.max() ?? 0) + 2
        let commands = Subcommand.all.map { command in
            "  " + command.name + String(repeating: " ", count: width - command.name.count) + command.summary(language)
        }.joined(separator: "\n")
        let text = Text(
            en: """
                netplan: plan who takes part in a municipal network, and when.

                Usage: netplan <command> [options] [files]

                Commands:
                \(commands)

                Options for every command:
                  --lang da|en   the language of messages (default: from LC_ALL, LC_MESSAGES or LANG, else English)
                  --help         show help (`netplan help COMMAND` for one command)
                  --version      show the version

                """,
            da: """
                netplan: planlæg, hvem der deltager i et kommunalt netværk, og hvornår.

                Brug: netplan <kommando> [tilvalg] [filer]

                Kommandoer:
                \(commands)

                Tilvalg til alle kommandoer:
                  --lang da|en   sproget i meddelelser (standard: fra LC_ALL, LC_MESSAGES eller LANG, ellers engelsk)
                  --help         vis hjælp (`netplan help KOMMANDO` for én kommando)
                  --version      vis versionen

                """)
        return text(language)
    }
}
