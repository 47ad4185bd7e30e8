import NetplanBase

/// What a command accepts after its name: its options and what its other
/// arguments are. This one list is what the parser (`Arguments`) accepts and
/// what `netplan completion` offers, so the two cannot drift; a test checks it
/// against each command's help.
package struct CommandOptions: Sendable {
    /// What an option takes after it.
    package enum Value: Sendable, Equatable {
        /// Nothing: a flag such as `--strict`.
        case none
        /// One of these words (completed; `Arguments.choice` accepts only them).
        case choice([String])
        /// A file to write or read (any name).
        case file
        /// A folder.
        case folder
        /// Free text such as a number or a date (nothing to complete).
        case text
    }

    /// What the arguments that are not options are.
    package enum Operands: Sendable, Equatable {
        /// None.
        case none
        /// Plans: `*.netplan` files and folders (and `-`).
        case plans
        /// One of these words, such as rule codes.
        case words([String])
        /// Files with this extension and folders, such as `csv` for `import`.
        case files(extension: String)
    }

    /// One option, such as `--format` with its formats.
    package struct Option: Sendable, Equatable {
        package var name: String
        package var value: Value
    }

    package var options: [Option]
    package var operands: Operands

    package init(_ options: [Option], operands: Operands) {
        self.options = options
        self.operands = operands
    }

    /// Options that take no value.
    package var flags: Set<String> { Set(options.filter { $0.value == .none }.map(\.name)) }
    /// Options that take a value.
    package var valued: Set<String> { Set(options.filter { $0.value != .none }.map(\.name)) }
    /// Every option name, in the order given.
    package var names: [String] { options.map(\.name) }

    /// The option called `name`, if the command has it.
    package func option(_ name: String) -> Option? { options.first { $0.name == name } }

    /// The words `name` takes (empty unless it is a choice).
    package func choices(_ name: String) -> [String] {
        if case .choice(let words)? = option(name)?.value { return words }
        return []
    }
}

extension CommandOptions.Option {
    package static func flag(_ name: String) -> Self { Self(name: name, value: .none) }
    package static func choice(_ name: String, _ words: [String]) -> Self { Self(name: name, value: .choice(words)) }
    package static func file(_ name: String) -> Self { Self(name: name, value: .file) }
    package static func folder(_ name: String) -> Self { Self(name: name, value: .folder) }
    package static func text(_ name: String) -> Self { Self(name: name, value: .text) }
}

/// Options every command takes (`Tool` handles them before the command runs).
enum GlobalOptions {
    package static let all: [CommandOptions.Option] = [
        .choice("--lang", Language.allCases.map(\.rawValue)),
        .flag("--help"),
    ]
}
