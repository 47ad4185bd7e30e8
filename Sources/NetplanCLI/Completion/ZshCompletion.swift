/// The zsh completion script, generated from the commands' declared options
/// (`Command.options`), so it offers exactly what the parser accepts.
enum ZshCompletion {
    static func script(_ commands: [any Command.Type]) -> String {
        let described: String = commands.map { "        " + Shell.quoted($0.name + ":" + $0.summary.en) }
            .joined(separator: "\n")
        let languages: String = GlobalOptions.all.first?.choiceWords ?? ""
        var out: String = header + described + "\n    )\n    _arguments -C \\\n"
        out += "        " + Shell.quoted("--lang:language:(" + languages + ")") + " \\\n"
        out += middle
        for command in commands {
            let specs = (command.options.options + GlobalOptions.all).map(spec) + operands(command.options.operands)
            out += "            " + command.name + ") _arguments " + specs.map(Shell.quoted).joined(separator: " ")
                + " ;;\n"
        }
        out += """
                        help) _describe -t commands 'netplan command' commands ;;
                    esac
                    ;;
                esac
            }

            if [[ $funcstack[1] == _netplan ]]; then
                _netplan "$@"
            else
                compdef _netplan netplan
            fi

            """
        return out
    }

    private static let header = """
        #compdef netplan
        # zsh completion for netplan (the planner for municipal networks),
        # written by `netplan completion zsh`.

        _netplan() {
            local curcontext=$curcontext state line
            local -a commands
            commands=(

        """

    private static let middle = """
                '(- *)--help' \\
                '(- *)--version' \\
                '1:command:->command' \\
                '*::argument:->argument' && return 0
            case $state in
                command) _describe -t commands 'netplan command' commands ;;
                argument)
                    curcontext=${curcontext%:*:*}:netplan-$words[1]:
                    case $words[1] in

        """

    /// The `_arguments` spec of one option.
    private static func spec(_ option: CommandOptions.Option) -> String {
        switch option.value {
        case .none: return option.name
        case .choice(let words): return option.name + ":value:(" + words.joined(separator: " ") + ")"
        case .file: return option.name + ":file:_files"
        case .folder: return option.name + ":folder:_files -/"
        case .text: return option.name + ":value: "
        }
    }

    /// The `_arguments` specs of the arguments that are not options.
    private static func operands(_ operands: CommandOptions.Operands) -> [String] {
        switch operands {
        case .none: return []
        case .plans: return ["*:plan:_files -g \"*.netplan\""]
        case .words(let words): return ["*:value:(" + words.joined(separator: " ") + ")"]
        case .files(let fileExtension): return ["*:file:_files -g \"*.\(fileExtension)\""]
        }
    }
}
