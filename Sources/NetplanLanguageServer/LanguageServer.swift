import Foundation
import NetplanBase

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
public final class LanguageServer: @unchecked Sendable {
    enum State {
        case uninitialized
        case running
        case shutDown
    }

    private var reader = MessageReader()
    private let writer: MessageWriter
    package let log: (String) -> Void
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
        self.log = log
        self.writer = MessageWriter(write: write)
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
            case .json(let object):
                handle(object)
            case .notJSON(let count):
                log("a message that is not JSON (\(count) bytes)")
                sendError(id: nil, ResponseError(code: JSONRPCErrorCode.parseError, message: "the message is not valid JSON"))
            case .malformedHeader(let problem):
                log("malformed message header: \(problem)")
                sendError(id: nil, ResponseError(code: JSONRPCErrorCode.parseError, message: "malformed message header: \(problem)"))
            }
        }
        if exitCode == nil { publishPending(unlessMoreInput: true) }
    }

    // MARK: - Dispatch

    private func handle(_ object: Any) {
        guard let message = object as? JSONObject else {
            sendError(
                id: nil,
                ResponseError(code: JSONRPCErrorCode.invalidRequest, message: "a message must be a JSON object (batches are not supported)"))
            return
        }
        let rawID = message["id"].flatMap { $0 is NSNull ? nil : $0 }
        let id = rawID.flatMap(RequestID.init(json:))
        if rawID != nil, id == nil {
            sendError(id: nil, ResponseError(code: JSONRPCErrorCode.invalidRequest, message: "`id` must be an integer or a string"))
            return
        }
        guard message["jsonrpc"] as? String == "2.0" else {
            sendError(id: id, ResponseError(code: JSONRPCErrorCode.invalidRequest, message: "`jsonrpc` must be \"2.0\""))
            return
        }
        guard let method = message["method"] as? String else {
            if id != nil, message["result"] != nil || message["error"] != nil {
                return  // a response to a request of ours; we send none that need one
            }
            sendError(id: id, ResponseError(code: JSONRPCErrorCode.invalidRequest, message: "`method` is missing or not a string"))
            return
        }
        let rawParams = message["params"]
        if let rawParams, !(rawParams is NSNull), !(rawParams is JSONObject), !(rawParams is [Any]) {
            if let id {
                sendError(id: id, ResponseError(code: JSONRPCErrorCode.invalidRequest, message: "`params` must be an object or an array"))
            } else {
                log("`\(method)`: `params` must be an object or an array")
            }
            return
        }
        let params = Params(rawParams as? JSONObject ?? [:], path: "params")
        if let id {
            request(id: id, method: method, params: params)
        } else {
            notification(method: method, params: params)
        }
    }

    private func request(id: RequestID, method: String, params: Params) {
        let result: Result<Any, ResponseError>
        switch state {
        case .uninitialized where method != "initialize":
            result = .failure(ResponseError(code: JSONRPCErrorCode.serverNotInitialized, message: "the server is not initialized yet"))
        case .shutDown:
            result = .failure(ResponseError(code: JSONRPCErrorCode.invalidRequest, message: "the server has been shut down; only `exit` is accepted"))
        default:
            if method == "initialize", state != .uninitialized {
                result = .failure(ResponseError(code: JSONRPCErrorCode.invalidRequest, message: "the server is already initialized"))
            } else {
                do throws(ResponseError) {
                    if let value = try perform(method, params) {
                        result = .success(value)
                    } else {
                        result = .failure(
                            ResponseError(code: JSONRPCErrorCode.methodNotFound, message: "unknown method `\(method)`"))
                    }
                } catch {
                    result = .failure(error)
                }
            }
        }
        switch result {
        case .success(let value):
            if !writer.send(["jsonrpc": "2.0", "id": id.json, "result": value]) {
                log("`\(method)`: the result could not be written as JSON")
                sendError(id: id, ResponseError(code: JSONRPCErrorCode.internalError, message: "the result could not be written as JSON"))
            }
        case .failure(let error):
            sendError(id: id, error)
        }
    }

    private func notification(method: String, params: Params) {
        if method == "exit" {
            exitCode = state == .shutDown ? 0 : 1
            return
        }
        guard state == .running else { return }
        do throws(ResponseError) {
            if try !receiveNotification(method, params), !method.hasPrefix("$/") {
                log("ignoring the notification `\(method)`")
            }
        } catch {
            log("`\(method)`: \(error.message)")
        }
    }

    private func sendError(id: RequestID?, _ error: ResponseError) {
        _ = writer.send(["jsonrpc": "2.0", "id": id?.json ?? NSNull(), "error": error.json])
    }

    /// Sends a notification to the client.
    func notify(_ method: String, _ params: JSONObject) {
        if !writer.send(["jsonrpc": "2.0", "method": method, "params": params]) {
            log("`\(method)` could not be written as JSON")
        }
    }

    // MARK: - Handlers

    /// Runs a request; nil when the method is unknown.
    private func perform(_ method: String, _ params: Params) throws(ResponseError) -> Any? {
        switch method {
        case "initialize":
            return try initialize(params)
        case "shutdown":
            publishPending(unlessMoreInput: false)
            state = .shutDown
            return NSNull()
        case "textDocument/hover":
            return try withDocument(params) { document, offset in
                Hover.hover(at: offset, in: document, language: language)
            }
        case "textDocument/definition":
            return try withDocument(params) { document, offset in Navigation.definition(at: offset, in: document) }
        case "textDocument/references":
            let includeDeclaration = params.optionalObject("context")?.optionalBool("includeDeclaration") ?? true
            return try withDocument(params, missing: [Any]()) { document, offset in
                Navigation.references(at: offset, in: document, includeDeclaration: includeDeclaration)
            }
        case "textDocument/completion":
            return try withDocument(params, missing: [Any]()) { document, offset in
                Completion.items(at: offset, in: document, language: language)
            }
        case "textDocument/documentSymbol":
            guard let document = documents[try params.textDocumentURI()] else { return [Any]() }
            return DocumentSymbols.symbols(in: document, language: language)
        case "textDocument/formatting":
            guard let document = documents[try params.textDocumentURI()] else { return [Any]() }
            return try DocumentFormatting.edits(for: document, language: language)
        case "textDocument/prepareRename":
            return try withDocument(params) { document, offset throws(ResponseError) in
                try Rename.prepare(at: offset, in: document, language: language)
            }
        case "textDocument/rename":
            let newName = try params.string("newName")
            return try withDocument(params) { document, offset throws(ResponseError) in
                try Rename.rename(at: offset, to: newName, in: document, language: language)
            }
        default:
            return nil
        }
    }

    /// Handles a notification; false when the method is unknown.
    private func receiveNotification(_ method: String, _ params: Params) throws(ResponseError) -> Bool {
        switch method {
        case "initialized":
            break
        case "textDocument/didOpen":
            let item = try params.object("textDocument")
            let uri = try item.string("uri")
            let text = try item.string("text")
            store.set(uri, version: item.optionalInt("version"), bytes: Array(text.utf8))
        case "textDocument/didChange":
            try change(params)
        case "textDocument/didClose":
            let uri = try params.textDocumentURI()
            store.remove(uri)
            notify("textDocument/publishDiagnostics", ["uri": uri, "diagnostics": [Any]()])
        case "textDocument/didSave":
            let uri = try params.textDocumentURI()
            if let text = params.optionalString("text"), let current = store.text(of: uri) {
                store.set(uri, version: current.version, bytes: Array(text.utf8))
            }
        default:
            return false
        }
        return true
    }

    // MARK: - Lifecycle

    private func initialize(_ params: Params) throws(ResponseError) -> Any {
        if let chosen = params.optionalObject("initializationOptions")?.optionalString("language"),
            let chosenLanguage = Language(rawValue: chosen.lowercased())
        {
            language = chosenLanguage
        } else if let locale = params.optionalString("locale"), !locale.isEmpty {
            language = locale.lowercased().hasPrefix("da") ? .danish : .english
        }
        state = .running
        let capabilities: JSONObject = [
            "positionEncoding": "utf-16",
            // Incremental sync (2): an editor sends only what changed, so a burst
            // of typing costs little to read; a full text is accepted all the same.
            "textDocumentSync": ["openClose": true, "change": 2, "save": ["includeText": false]] as JSONObject,
            "hoverProvider": true,
            "definitionProvider": true,
            "referencesProvider": true,
            "completionProvider": ["triggerCharacters": [" ", ":", ","], "resolveProvider": false] as JSONObject,
            "documentSymbolProvider": true,
            "documentFormattingProvider": true,
            "renameProvider": ["prepareProvider": true],
        ]
        return ["capabilities": capabilities, "serverInfo": ["name": "netplan", "version": Release.version]] as JSONObject
    }
}
