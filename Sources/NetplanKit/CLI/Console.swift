import Foundation

/// Where a command reads and writes: the process in real use, buffers in tests.
public final class Console: @unchecked Sendable {
    public var arguments: [String]
    public var environment: [String: String]
    /// Reads all of standard input.
    public var readStandardInput: () -> [UInt8]
    public private(set) var output = ""
    public private(set) var errors = ""
    /// Whether standard output is a terminal (for `--color auto`).
    public var isTerminal: Bool
    /// Whether to write through to the real streams as output arrives.
    let passThrough: Bool

    /// A console for tests: nothing touches the real streams.
    public init(arguments: [String], environment: [String: String] = [:], standardInput: [UInt8] = []) {
        self.arguments = arguments
        self.environment = environment
        self.readStandardInput = { standardInput }
        self.isTerminal = false
        self.passThrough = false
    }

    /// The console of this process.
    public init(process: ProcessInfo = .processInfo) {
        self.arguments = Array(process.arguments.dropFirst())
        self.environment = process.environment
        self.readStandardInput = { [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
        self.isTerminal = isatty(STDOUT_FILENO) == 1
        self.passThrough = true
    }

    /// Writes to standard output.
    public func write(_ text: String) {
        if passThrough {
            FileHandle.standardOutput.write(Data(text.utf8))
        } else {
            output += text
        }
    }

    /// Writes to standard error. Messages there quote names and paths, so
    /// control characters are shown escaped (`\u{1B}`), never sent raw.
    public func writeError(_ text: String) {
        let text = ControlCharacters.visible(text)
        if passThrough {
            FileHandle.standardError.write(Data(text.utf8))
        } else {
            errors += text
        }
    }
}

/// Exit codes of the command-line contract.
public enum ExitCode: Int32, Sendable {
    /// No error (and, under `--strict`, no warning).
    case success = 0
    /// The plan has errors (or warnings under `--strict`), or a file is not canonical.
    case findings = 1
    /// A usage or input/output problem.
    case usage = 2
}

/// A problem with the command line or the files it names: a message and exit 2.
struct UsageError: Error {
    var message: Text
}
