/// The bash completion script, generated from the commands' declared options
/// (`Command.options`), so it offers exactly what the parser accepts.
enum BashCompletion {
    static func script(_ commands: [any Command.Type]) -> String {
        let names: String = commands.map { $0.name }.joined(separator: " ")
        let global: String = (GlobalOptions.all.map(\.name) + ["--version"]).joined(separator: " ")
        let languages: String = GlobalOptions.all.first?.choiceWords ?? ""
        var out: String = header
        out += "        _netplan_reply < <(compgen -W " + Shell.quoted(languages) + " -- \"$cur\")\n"
        out += middle
        out += "            _netplan_reply < <(compgen -W " + Shell.quoted(global) + " -- \"$cur\")\n"
        out += "        else\n"
        out += "            _netplan_reply < <(compgen -W " + Shell.quoted(names + " help") + " -- \"$cur\")\n"
        out += "        fi\n        return 0\n    fi\n    case $command in\n"
        for command in commands { out += branch(command.name, command.options) }
        out += "    help) _netplan_reply < <(compgen -W " + Shell.quoted(names) + " -- \"$cur\") ;;\n"
        out += "    esac\n    return 0\n}\n\ncomplete -F _netplan netplan\n"
        return out
    }

    private static let header = """
        # bash completion for netplan (the planner for municipal networks),
        # written by `netplan completion bash`.

        # Adds each line of standard input to COMPREPLY (names with spaces stay whole).
        _netplan_reply() {
            local line
            while IFS= read -r line; do COMPREPLY+=("$line"); done
        }

        # Plans: *.netplan files and folders (a folder ends in / and takes no space).
        _netplan_plans() {
            _netplan_reply < <(compgen -d -S / -- "$1")
            if [[ ${#COMPREPLY[@]} -gt 0 ]]; then compopt -o nospace 2>/dev/null || true; fi
            _netplan_reply < <(compgen -f -X '!*.netplan' -- "$1")
        }

        _netplan() {
            COMPREPLY=()
            local cur=${COMP_WORDS[COMP_CWORD]} prev=""
            [[ $COMP_CWORD -gt 0 ]] && prev=${COMP_WORDS[COMP_CWORD - 1]}
            if [[ $prev == --lang ]]; then

        """

    private static let middle = """
                return 0
            fi
            local command="" i
            for ((i = 1; i < COMP_CWORD; i++)); do
                case ${COMP_WORDS[i]} in
                    --lang) ((i++)) ;;
                    -*) ;;
                    *) command=${COMP_WORDS[i]}; break ;;
                esac
            done
            if [[ -z $command ]]; then
                if [[ $cur == -* ]]; then

        """

    /// The `case` branch for one command: values after an option, then options, then operands.
    private static func branch(_ name: String, _ declared: CommandOptions) -> String {
        let options = declared.options + GlobalOptions.all
        var out = "    \(name))\n        case $prev in\n"
        for option in declared.options {
            switch option.value {
            case .none: continue
            case .choice(let words):
                out += "            \(option.name)) _netplan_reply < <(compgen -W \(Shell.quoted(words.joined(separator: " "))) -- \"$cur\"); return 0 ;;\n"
            case .file:
                out += "            \(option.name)) _netplan_reply < <(compgen -f -- \"$cur\"); return 0 ;;\n"
            case .folder:
                out += "            \(option.name)) _netplan_reply < <(compgen -d -- \"$cur\"); return 0 ;;\n"
            case .text:
                out += "            \(option.name)) return 0 ;;\n"
            }
        }
        out += "        esac\n"
        out += "        if [[ $cur == -* ]]; then\n"
        out += "            _netplan_reply < <(compgen -W \(Shell.quoted(options.map(\.name).joined(separator: " "))) -- \"$cur\")\n"
        switch declared.operands {
        case .none:
            out += "        fi\n"
        case .plans:
            out += "        else\n            _netplan_plans \"$cur\"\n        fi\n"
        case .words(let words):
            out += "        else\n            _netplan_reply < <(compgen -W \(Shell.quoted(words.joined(separator: " "))) -- \"$cur\")\n        fi\n"
        case .files(let fileExtension):
            out += "        else\n            _netplan_reply < <(compgen -d -S / -- \"$cur\")\n"
            out += "            _netplan_reply < <(compgen -f -X \(Shell.quoted("!*." + fileExtension)) -- \"$cur\")\n        fi\n"
        }
        out += "        ;;\n"
        return out
    }
}

/// Quoting for the generated shell scripts.
enum Shell {
    /// `text` in single quotes for bash and zsh (no escapes inside; a quote is closed, escaped and reopened).
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// `text` in single quotes for fish (backslash and quote are escaped inside).
    static func fishQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}

extension CommandOptions.Option {
    /// The words of a choice, space-separated (empty for other options).
    var choiceWords: String {
        if case .choice(let words) = value { return words.joined(separator: " ") }
        return ""
    }
}
