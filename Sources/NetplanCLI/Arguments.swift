import NetplanBase
import NetplanSyntax
import NetplanLanguageServer

/// A small parser for `--flag`, `--option value`, `--option=value` and
/// positional arguments. `-` alone is positional (standard input); `--` ends options.
struct Arguments {
    var positional: [String] = []
    package var flags: Set<String> = []
    package var values: [String: String] = [:]
    /// The command's declared options, when parsed from them.
    private var declared: CommandOptions?

    /// Parses `arguments` by the command's declared options: the same list
    /// `netplan completion` offers.
    package init(_ arguments: [String], _ options: CommandOptions) throws {
        try self.init(arguments, flags: options.flags, options: options.valued)
        declared = options
    }

    /// Parses `arguments`; `flags` take no value, `options` take one.
    package init(_ arguments: [String], flags allowedFlags: Set<String>, options allowedOptions: Set<String>) throws {
        var index = 0
        var onlyPositional = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositional || argument == "-" || !argument.hasPrefix("-") {
                positional.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositional = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if allowedFlags.contains(name), inlineValue == nil {
                flags.insert(name)
            } else if allowedOptions.contains(name) {
                if let inlineValue {
                    values[name] = inlineValue
                } else if index < arguments.count {
                    values[name] = arguments[index]
                    index += 1
                } else {
                    throw UsageError(
                        message: Text(en: "`\(name)` needs a value", da: "`\(name)` skal have en værdi"))
                }
            } else {
                let suggestion = Suggest.closest(to: name, among: Array(allowedFlags.union(allowedOptions)))
                let hint = suggestion.map { Text(en: " (did you mean `\($0)`?)", da: " (mente du `\($0)`?)") }
                    ?? .verbatim("")
                throw UsageError(
                    message: Text(en: "unknown option `\(name)`", da: "ukendt tilvalg `\(name)`") + hint)
            }
        }
    }

    /// The value of an option that must be one of the words its declaration lists.
    package func choice(_ name: String, default value: String) throws -> String {
        try choice(name, declared?.choices(name) ?? [], default: value)
    }

    /// The value of an option that must be one of `choices`.
    package func choice(_ name: String, _ choices: [String], default value: String) throws -> String {
        guard let given = values[name] else { return value }
        guard choices.contains(given) else {
            throw UsageError(
                message: Text(
                    en: "`\(name)` must be \(Text.alternatives(choices).en), not `\(given)`",
                    da: "`\(name)` skal være \(Text.alternatives(choices).da), ikke `\(given)`"))
        }
        return given
    }

    /// The file given with `-o` or `--output`, if any; both at once is a usage error.
    /// Every command that writes a file reads its output here.
    package func output() throws -> String? {
        if values["-o"] != nil, values["--output"] != nil {
            throw UsageError(
                message: Text(
                    en: "give the output file once, with `-o` or `--output`",
                    da: "angiv den fil, der skal skrives til, én gang, med `-o` eller `--output`"))
        }
        return values["-o"] ?? values["--output"]
    }
}
