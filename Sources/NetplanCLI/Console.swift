import Foundation
import NetplanBase
import NetplanSyntax
import NetplanLanguageServer

/// Where a command reads and writes: the process in real use, buffers in tests.
///
/// Writing never traps: when standard output fails (a full disk, a closed
/// stream, a reader that went away), the failure is remembered in
/// `outputFailure`, later output is dropped, and `Tool.run` reports it and
/// exits 2. A failed standard error is remembered and ignored.
public final class Console: @unchecked Sendable {
    public var arguments: [String]
    public var environment: [String: String]
    /// Reads all of standard input; throws a `UsageError` when it cannot be
    /// read (a closed standard input is an error, not empty input).
    public var readStandardInput: () throws -> [UInt8]
    public private(set) var output = ""
    public private(set) var errors = ""
    /// Whether standard output is a terminal (for `--color auto`).
    public var isTerminal: Bool
    /// The date the calendar checks measure from when neither `--today` nor
    /// `NETPLAN_TODAY` gives one: the system date for the process, nil
    /// (no calendar checks) for a test console, so tests never depend on the
    /// day they run.
    public var systemToday: () -> CalendarDate?
    /// Whether to write through to the real streams as output arrives.
    let passThrough: Bool
    /// The system calls used to write files; tests replace them to simulate a full disk.
    var fileCalls = SafeWrite.Calls.system
    /// The `errno` of the first failed write to standard output, if one failed.
    public private(set) var outputFailure: Int32?
    private var errorFailure: Int32?
    private let streams: StandardStreams

    /// A console for tests: nothing touches the real streams.
    public init(arguments: [String], environment: [String: String] = [:], standardInput: [UInt8] = []) {
        self.arguments = arguments
        self.environment = environment
        self.readStandardInput = { standardInput }
        self.isTerminal = false
        self.passThrough = false
        self.streams = StandardStreams()
        self.systemToday = { nil }
    }

    /// The console of this process.
    public init(process: ProcessInfo = .processInfo) {
        let streams = StandardStreams.claim()
        self.streams = streams
        self.arguments = Array(process.arguments.dropFirst())
        self.environment = process.environment
        self.systemToday = { Today.system() }
        self.readStandardInput = {
            switch streams.readInput() {
            case .success(let bytes): return bytes
            case .failure(let failure):
                let reason = SystemError.reason(failure.code)
                throw UsageError(
                    message: Text(
                        en: "cannot read standard input: \(reason.en)", da: "kan ikke læse standard input: \(reason.da)"),
                    showsHelp: false)
            }
        }
        self.isTerminal = !streams.closed.contains(STDOUT_FILENO) && isatty(STDOUT_FILENO) == 1
        self.passThrough = true
    }

    /// Writes to standard output.
    public func write(_ text: String) {
        guard passThrough else {
            output += text
            return
        }
        guard outputFailure == nil else { return }
        let code = streams.write(text, to: STDOUT_FILENO)
        if code != 0 { outputFailure = code }
    }

    /// Writes UTF-8 bytes to standard output as they are (the writers of
    /// `json` and `fmt` produce bytes; no String is made on the way out).
    public func write(bytes: [UInt8]) {
        guard passThrough else {
            output += String(decoding: bytes, as: UTF8.self)
            return
        }
        guard outputFailure == nil else { return }
        let code = streams.write(bytes: bytes, to: STDOUT_FILENO)
        if code != 0 { outputFailure = code }
    }

    /// Writes to standard error. Messages there quote names and paths, so
    /// control characters are shown escaped (`\u{1B}`), never sent raw.
    public func writeError(_ text: String) {
        let text = ControlCharacters.visible(text)
        guard passThrough else {
            errors += text
            return
        }
        guard errorFailure == nil else { return }
        let code = streams.write(text, to: STDERR_FILENO)
        if code != 0 { errorFailure = code }
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
    package var message: Text
    /// Whether to point to `netplan --help` after the message (not for file problems).
    var showsHelp = true
}
