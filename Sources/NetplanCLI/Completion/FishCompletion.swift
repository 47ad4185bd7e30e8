/// The fish completion script, generated from the commands' declared options
/// (`Command.options`), so it offers exactly what the parser accepts.
enum FishCompletion {
    static func script(_ commands: [any Command.Type]) -> String {
        let names = commands.map { $0.name }.joined(separator: " ")
        var lines = [
            "# fish completion for netplan (the planner for municipal networks),",
            "# written by `netplan completion fish`.",
            "complete -c netplan -f",
            "complete -c netplan -n __fish_use_subcommand -l version",
            "complete -c netplan -n __fish_use_subcommand -x -a help",
            "complete -c netplan -n '__fish_seen_subcommand_from help' -x -a " + Shell.fishQuoted(names),
        ]
        for option in GlobalOptions.all { lines.append("complete -c netplan" + flags(option)) }
        for command in commands {
            lines.append(
                "complete -c netplan -n __fish_use_subcommand -x -a \(command.name) -d "
                    + Shell.fishQuoted(command.summary.en))
            let condition = " -n " + Shell.fishQuoted("__fish_seen_subcommand_from " + command.name)
            for option in command.options.options {
                lines.append("complete -c netplan" + condition + flags(option))
            }
            switch command.options.operands {
            case .none: break
            case .plans: lines.append("complete -c netplan" + condition + " -k -a '(__fish_complete_suffix .netplan)'")
            case .words(let words):
                lines.append("complete -c netplan" + condition + " -x -a " + Shell.fishQuoted(words.joined(separator: " ")))
            case .files(let fileExtension):
                lines.append("complete -c netplan" + condition + " -k -a '(__fish_complete_suffix .\(fileExtension))'")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `-s o` or `-l format`, then what the option takes.
    private static func flags(_ option: CommandOptions.Option) -> String {
        let name = option.name.hasPrefix("--") ? " -l " + option.name.dropFirst(2) : " -s " + option.name.dropFirst()
        switch option.value {
        case .none: return name
        case .choice(let words): return name + " -x -a " + Shell.fishQuoted(words.joined(separator: " "))
        case .file: return name + " -r -F"
        case .folder: return name + " -x -a '(__fish_complete_directories)'"
        case .text: return name + " -x"
        }
    }
}
