import NetplanBase

/// `netplan completion bash|zsh|fish`: a completion script for the shell,
/// generated from the commands' declared options.
enum CompletionCommand: Command {
    package static let name = "completion"
    package static let shells = ["bash", "zsh", "fish"]
    package static let summary = Text(
        en: "print a completion script for bash, zsh or fish (commands, options, formats, plan files)",
        da: "udskriv et fuldførelsesscript til bash, zsh eller fish (kommandoer, tilvalg, formater, planfiler)")
    package static let help = Text(
        en: """
            Usage: netplan completion bash|zsh|fish

            Prints a script that lets the shell complete netplan's commands, their
            options, the values of --format, --color, --kind and --lang, rule codes for
            `explain`, and *.netplan files and folders where a command takes plans.
            Put it where the shell looks for it:

              bash   netplan completion bash > ~/.local/share/bash-completion/completions/netplan
                     (needs the bash-completion package; or add
                     `source <(netplan completion bash)` to ~/.bashrc)
              zsh    mkdir -p ~/.zfunc && netplan completion zsh > ~/.zfunc/_netplan
                     and in ~/.zshrc, before `compinit`: fpath=(~/.zfunc $fpath)
              fish   netplan completion fish > ~/.config/fish/completions/netplan.fish

            Then open a new terminal. On Ubuntu, whose own `netplan` (the network
            tool) has a completion of its own, the file in your home folder wins for you.

            Exit codes: 0 the script was printed; 2 no shell or an unknown one.

            """,
        da: """
            Brug: netplan completion bash|zsh|fish

            Udskriver et script, så skallen kan fuldføre netplans kommandoer, deres
            tilvalg, værdierne til --format, --color, --kind og --lang, regelkoder til
            `explain` og *.netplan-filer og mapper, hvor en kommando tager planer.
            Læg det, hvor skallen leder efter det:

              bash   netplan completion bash > ~/.local/share/bash-completion/completions/netplan
                     (kræver pakken bash-completion; eller tilføj
                     `source <(netplan completion bash)` i ~/.bashrc)
              zsh    mkdir -p ~/.zfunc && netplan completion zsh > ~/.zfunc/_netplan
                     og i ~/.zshrc, før `compinit`: fpath=(~/.zfunc $fpath)
              fish   netplan completion fish > ~/.config/fish/completions/netplan.fish

            Åbn derefter en ny terminal. På Ubuntu, hvis eget `netplan` (netværksværktøjet)
            har sin egen fuldførelse, er det filen i din hjemmemappe, der gælder for dig.

            Afslutningskoder: 0 scriptet er udskrevet; 2 ingen skal eller en ukendt skal.

            """)

    /// What `completion` accepts: the name of a shell.
    package static let options = CommandOptions([], operands: .words(shells))

    package static func run(_ arguments: [String], language: Language, console: Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, options)
        guard parsed.positional.count == 1, let shell = parsed.positional.first else {
            throw UsageError(
                message: Text(
                    en: "`completion` needs the name of one shell: bash, zsh or fish",
                    da: "`completion` skal have navnet på én skal: bash, zsh eller fish"))
        }
        switch shell {
        case "bash": console.write(BashCompletion.script(Subcommand.all))
        case "zsh": console.write(ZshCompletion.script(Subcommand.all))
        case "fish": console.write(FishCompletion.script(Subcommand.all))
        default:
            let suggestion = Suggest.closest(to: shell, among: shells)
            throw UsageError(
                message: Text(
                    en: "netplan has no completion for the shell `\(shell)`; use bash, zsh or fish",
                    da: "netplan har ingen fuldførelse til skallen `\(shell)`; brug bash, zsh eller fish")
                    + (suggestion.map { Text(en: " (did you mean `\($0)`?)", da: " (mente du `\($0)`?)") }
                        ?? .verbatim("")))
        }
        return .success
    }
}
