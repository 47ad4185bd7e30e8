import Foundation
import NetplanBase
import NetplanSyntax
import NetplanLanguageServer

/// The `netplan` command line: parses the subcommand, runs it, returns the exit code.
public enum Tool {
    /// Runs the command line in `console` and returns the exit code.
    ///
    /// When standard output failed along the way (a full disk, a closed
    /// stream, a reader that stopped reading), the run ends with a short
    /// message on standard error and exit code 2, whatever the command found.
    public static func run(_ console: Console) -> ExitCode {
        let code = runCommand(console)
        guard let failure = console.outputFailure else { return code }
        var arguments = console.arguments
        let language = languageFromArguments(&arguments, environment: console.environment)
        let reason = SystemError.reason(failure)
        let message = Text(
            en: "cannot write to standard output: \(reason.en)", da: "kan ikke skrive til standard output: \(reason.da)")
        console.writeError("netplan: \(message(language))\n")
        return .usage
    }

    private static func runCommand(_ console: Console) -> ExitCode {
        var arguments = console.arguments
        let language = languageFromArguments(&arguments, environment: console.environment)
        guard let command = arguments.first else {
            console.write(Help.overview(language))
            return .usage
        }
        let rest = Array(arguments.dropFirst())
        do {
            switch command {
            case "--help", "-h":
                console.write(Help.overview(language))
                return .success
            case "--version", "version":
                console.write(Release.versionLine + "\n")
                return .success
            case "help":
                return try help(rest, language: language, console: console)
            default:
                guard let subcommand = Subcommand.named(command) else {
                    let suggestion = Suggest.closest(to: command, among: Subcommand.all.map { $0.name })
                    throw UsageError(
                        message: Text(en: "unknown command `\(command)`", da: "ukendt kommando `\(command)`")
                            + (suggestion.map { Text(en: " (did you mean `\($0)`?)", da: " (mente du `\($0)`?)") }
                                ?? .verbatim("")))
                }
                let options = rest.prefix { $0 != "--" }
                if options.contains("--help") || options.contains("-h") {
                    console.write(subcommand.help(language))
                    return .success
                }
                return try subcommand.run(rest, language: language, console: console)
            }
        } catch let error as UsageError {
            console.writeError("netplan: \(error.message(language))\n")
            if !error.showsHelp {
                return .usage
            } else if language == .danish {
                console.writeError("Skriv `netplan --help` for at se, hvordan netplan bruges.\n")
            } else {
                console.writeError("Run `netplan --help` to see how netplan is used.\n")
            }
            return .usage
        } catch {
            console.writeError("netplan: \(error.localizedDescription)\n")
            return .usage
        }
    }

    private static func help(_ arguments: [String], language: Language, console: Console) throws -> ExitCode {
        guard let name = arguments.first else {
            console.write(Help.overview(language))
            return .success
        }
        guard let subcommand = Subcommand.named(name) else {
            throw UsageError(message: Text(en: "unknown command `\(name)`", da: "ukendt kommando `\(name)`"))
        }
        console.write(subcommand.help(language))
        return .success
    }

    /// Takes `--lang da|en` out of the arguments, before or after the command
    /// but not after `--` (from there on every argument is a path);
    /// otherwise the environment decides.
    static func languageFromArguments(_ arguments: inout [String], environment: [String: String]) -> Language {
        var language = Language.fromEnvironment(environment)
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                break
            } else if argument == "--lang", index + 1 < arguments.count,
                let chosen = Language(rawValue: arguments[index + 1])
            {
                language = chosen
                arguments.removeSubrange(index...index + 1)
            } else if argument.hasPrefix("--lang="), let chosen = Language(rawValue: String(argument.dropFirst(7))) {
                language = chosen
                arguments.remove(at: index)
            } else {
                index += 1
            }
        }
        return language
    }
}

/// A subcommand of `netplan`: one file each under `CLI/`.
package protocol Command: Sendable {
    /// The word on the command line, such as `check`.
    static var name: String { get }
    /// One line for the overview.
    static var summary: Text { get }
    /// The full help text.
    static var help: Text { get }
    /// The options the command accepts and what its other arguments are: the
    /// one list its parser and `netplan completion` read.
    static var options: CommandOptions { get }
    /// Runs the command; throws `UsageError` for usage and file problems.
    static func run(_ arguments: [String], language: Language, console: Console) throws -> ExitCode
}

/// The subcommands, in the order the overview lists them.
enum Subcommand {
    package static let all: [any Command.Type] = [
        CheckCommand.self,
        RulesCommand.self,
        ExplainCommand.self,
        JSONCommand.self,
        ReportCommand.self,
        OverviewCommand.self,
        FmtCommand.self,
        MatrixCommand.self,
        ImportCommand.self,
        GraphCommand.self,
        ICSCommand.self,
        DiffCommand.self,
        InitCommand.self,
        LSPCommand.self,
        CompletionCommand.self,
    ]

    package static func named(_ name: String) -> (any Command.Type)? { all.first { $0.name == name } }
}
