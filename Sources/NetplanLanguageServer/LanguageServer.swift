import Foundation
import NetplanBase
import NetplanSyntax

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A Language Server Protocol server for `.netplan` files, speaking JSON-RPC
/// 2.0 with `Content-Length` framing.
///
/// The server works in batches. `run(inputDescriptor:)` is the loop for a real
/// stream (standard input in `netplan lsp`, a pipe in the tests): a thread of
/// its own reads and parses the input (`MessageInbox`), and the loop takes
/// every message waiting as one batch. `receive(_:)` takes bytes directly, and
/// every complete message in them is one batch (tests, in-process `lsp`).
/// Replies and notifications are written through the `write` closure. All
/// server state is touched from the loop's thread only.
///
/// In a batch, messages are handled in the order they came. An edit only
/// replaces the text; the document is checked when something needs the
/// result. The order of what the client sees:
/// - A request about a document sees every edit before it. If those edits are
///   not published yet, the document is checked once and its diagnostics are
///   published just before the response (so a response never overtakes the
///   diagnostics of the text it answered about). `shutdown` publishes
///   everything pending first.
/// - After the batch, every document changed in it is checked once and its
///   latest version published, unless more input is already waiting: then
///   the next batch comes first, since it may change the document again.
/// So a burst of hundreds of edits costs one check and one
/// `publishDiagnostics`, for the latest version, and never one per edit.
///
/// Nothing the client sends can stop it: a malformed message gets a JSON-RPC
/// error and the server reads on; an unknown request gets `MethodNotFound`,
/// an unknown notification is ignored.
///
/// The parts: `MessageReader` (framing, then `ClientMessage` read with
/// `JSONDecoder`, on the input thread `MessageInbox`), this class (lifecycle
/// and routing), `DocumentSync` and `DocumentStore` (the open documents),
/// `Connection` (responses and notifications out), and one type per feature
/// (`Hover`, `Navigation`, `Completion`, `Rename`, ...).
public final class LanguageServer: @unchecked Sendable {
    enum State {
        case uninitialized
        case running
        case shutDown
    }

    private var reader = MessageReader()
    let connection: Connection
    package var log: (String) -> Void { connection.log }
    private(set) var state = State.uninitialized
    let store = DocumentStore()
    /// Whether more input is waiting than the batch being handled.
    var moreInputWaiting: () -> Bool = { false }

    /// How many times a document has been checked (the tests count them).
    var checkCount: Int { store.checkCount }

    /// The language of messages, hovers and completion details.
    public private(set) var language: Language

    /// Set by the `exit` notification (0 after `shutdown`, 1 without) or the end of the input (1).
    public private(set) var exitCode: Int32?

    /// Creates a server that writes framed messages with `write` and logs with `log` (standard error).
    public init(
        language: Language, log: @escaping (String) -> Void = LanguageServer.logToStandardError,
        write: @escaping (Data) -> Void
    ) {
        self.language = language
        self.connection = Connection(log: log, write: write)
    }

    /// Writes a line to standard error.
    public static func logToStandardError(_ line: String) {
        try? FileHandle.standardError.write(contentsOf: Data("netplan lsp: \(line)\n".utf8))
    }

    // MARK: - Input

    /// Reads the stream until `exit` or its end, and returns the exit code.
    public func run(inputDescriptor: Int32) -> Int32 {
        let inbox = MessageInbox.reading(inputDescriptor)
        moreInputWaiting = { inbox.hasWaiting }
        defer { moreInputWaiting = { false } }
        while exitCode == nil {
            let messages = inbox.takeAll()
            if messages.isEmpty { break }  // the input has ended
            handle(batch: messages)
        }
        inbox.stop()
        if exitCode == nil {
            if let note = inbox.endNote { log(note) }
            exitCode = 1
        }
        return exitCode ?? 1
    }

    /// Handles every complete message in the bytes received so far, as one batch.
    public func receive<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        reader.append(bytes)
        let messages = reader.all()
        if !messages.isEmpty { handle(batch: messages) }
    }

    /// The input has ended: without `exit`, the exit code is 1.
    public func finishInput() {
        if exitCode == nil {
            if reader.hasPendingBytes { log("the input ended inside a message") }
            exitCode = 1
        }
    }

    /// Handles messages in order until `exit`, then publishes what changed.
    private func handle(batch: [IncomingMessage]) {
        for message in batch {
            guard exitCode == nil else { return }
            switch message {
            case .message(let message):
                handle(message.kind)
            case .notJSON(let count):
                log("a message that is not JSON (\(count) bytes)")
                connection.sendError(id: nil, ResponseError(code: JSONRPCErrorCode.parseError, message: "the message is not valid JSON"))
            case .malformedHeader(let problem):
                log("malformed message header: \(problem)")
                connection.sendError(
                    id: nil, ResponseError(code: JSONRPCErrorCode.parseError, message: "malformed message header: \(problem)"))
            }
        }
        if exitCode == nil { publishPending(unlessMoreInput: true) }
    }

    // MARK: - Routing

    private func handle(_ kind: ClientMessage.Kind) {
        switch kind {
        case .request(let id, let method, let request):
            respond(to: id, method: method, request)
        case .notification(let method, let notification):
            receive(method: method, notification)
        case .response:
            break  // a response to a request of ours; we send none that need one
        case .invalid(let id, let error):
            connection.sendError(id: id, error)
        case .invalidNotification(let method, let problem):
            log("`\(method)`: \(problem)")
        }
    }

    private func respond(to id: RequestID, method: String, _ request: Result<ClientRequest?, ResponseError>) {
        let result: Result<Any, ResponseError>
        switch state {
        case .uninitialized where method != "initialize":
            result = .failure(ResponseError(code: JSONRPCErrorCode.serverNotInitialized, message: "the server is not initialized yet"))
        case .shutDown:
            result = .failure(.invalidRequest("the server has been shut down; only `exit` is accepted"))
        case .running where method == "initialize":
            result = .failure(.invalidRequest("the server is already initialized"))
        default:
            switch request {
            case .success(let request?):
                do throws(ResponseError) {
                    result = .success(try perform(request))
                } catch {
                    result = .failure(error)
                }
            case .success(nil):
                result = .failure(ResponseError(code: JSONRPCErrorCode.methodNotFound, message: "unknown method `\(method)`"))
            case .failure(let error):
                result = .failure(error)
            }
        }
        switch result {
        case .success(let value): connection.respond(to: id, method: method, result: value)
        case .failure(let error): connection.sendError(id: id, error)
        }
    }

    private func receive(method: String, _ notification: Result<ClientNotification?, ResponseError>) {
        if method == "exit" {
            exitCode = state == .shutDown ? 0 : 1
            return
        }
        guard state == .running else { return }
        switch notification {
        case .success(let notification?):
            receive(notification)
        case .success(nil):
            if !method.hasPrefix("$/") { log("ignoring the notification `\(method)`") }
        case .failure(let error):
            log("`\(method)`: \(error.message)")
        }
    }

    /// Sends a notification to the client.
    func notify(_ method: String, _ params: JSONObject) {
        connection.notify(method, params)
    }

    // MARK: - Handlers

    /// Answers a request.
    private func perform(_ request: ClientRequest) throws(ResponseError) -> Any {
        switch request {
        case .initialize(let params):
            return initialize(params)
        case .shutdown:
            publishPending(unlessMoreInput: false)
            state = .shutDown
            return NSNull()
        case .hover(let params):
            return withDocument(params) { document, offset in Hover.hover(at: offset, in: document, language: language) }
        case .definition(let params):
            return withDocument(params) { document, offset in definition(at: offset, in: document) }
        case .references(let params):
            return withDocument(params.at, missing: [Any]()) { document, offset in
                Navigation.references(at: offset, in: document, includeDeclaration: params.includeDeclaration)
            }
        case .completion(let params):
            return withDocument(params, missing: [Any]()) { document, offset in
                Completion.items(at: offset, in: document, language: language)
            }
        case .documentSymbol(let params):
            guard let document = documents[params.uri] else { return [Any]() }
            return DocumentSymbols.symbols(in: document, language: language)
        case .formatting(let params):
            guard let document = documents[params.uri] else { return [Any]() }
            return try DocumentFormatting.edits(for: document, language: language)
        case .prepareRename(let params):
            return try withDocument(params) { document, offset throws(ResponseError) in
                try Rename.prepare(at: offset, in: document, language: language)
            }
        case .rename(let params):
            return try withDocument(params.at) { document, offset throws(ResponseError) in
                try Rename.rename(at: offset, to: params.newName, in: document, language: language)
            }
        }
    }

    /// Acts on a notification (the server is running).
    private func receive(_ notification: ClientNotification) {
        switch notification {
        case .initialized, .exit:
            break
        case .didOpen(let params):
            open(params)
        case .didChange(let params):
            change(params)
        case .didClose(let params):
            close(params)
        case .didSave(let params):
            save(params)
        }
    }

    // MARK: - Lifecycle

    /// Chooses the language (`initializationOptions.language`, else the client's `locale`) and starts.
    private func initialize(_ params: InitializeParams) -> Any {
        if let chosen = params.language, let chosenLanguage = Language(rawValue: chosen.lowercased()) {
            language = chosenLanguage
        } else if let locale = params.locale, !locale.isEmpty {
            language = locale.lowercased().hasPrefix("da") ? .danish : .english
        }
        state = .running
        return ["capabilities": ServerCapabilities.json, "serverInfo": ["name": "netplan", "version": Release.version]] as JSONObject
    }
}
