import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A Language Server Protocol server for `.netplan` files, speaking JSON-RPC
/// 2.0 with `Content-Length` framing.
///
/// The server is push-driven: `receive(_:)` takes bytes as they arrive and
/// handles every complete message at once, writing replies and notifications
/// through the `write` closure. `run(inputDescriptor:)` is the loop for a real
/// stream (standard input in `netplan lsp`, a pipe in the tests). All state is
/// touched from the thread that feeds the server only.
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

    private var framer = MessageFramer()
    private let writer: MessageWriter
    private let log: (String) -> Void
    private(set) var state = State.uninitialized
    private(set) var documents: [String: OpenDocument] = [:]

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
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while exitCode == nil {
            let count = buffer.withUnsafeMutableBytes { raw in
                read(inputDescriptor, raw.baseAddress, raw.count)
            }
            if count < 0 {
                if errno == EINTR { continue }
                log("cannot read the input: \(String(cString: strerror(errno)))")
                break
            }
            if count == 0 { break }
            receive(buffer[0..<count])
        }
        finishInput()
        return exitCode ?? 1
    }

    /// Handles every complete message in the bytes received so far.
    public func receive<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        framer.append(bytes)
        while exitCode == nil, let frame = framer.next() {
            switch frame {
            case .message(let body):
                handle(body)
            case .malformed(let problem):
                log("malformed message header: \(problem)")
                sendError(id: nil, ResponseError(code: JSONRPCErrorCode.parseError, message: "malformed message header: \(problem)"))
            }
        }
    }

    /// The input has ended: without `exit`, the exit code is 1.
    public func finishInput() {
        if exitCode == nil {
            if framer.hasPendingBytes { log("the input ended inside a message") }
            exitCode = 1
        }
    }

    // MARK: - Dispatch

    private func handle(_ body: Data) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed])
        } catch {
            log("a message that is not JSON (\(body.count) bytes)")
            sendError(id: nil, ResponseError(code: JSONRPCErrorCode.parseError, message: "the message is not valid JSON"))
            return
        }
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
            open(uri: uri, version: item.optionalInt("version"), bytes: Array(text.utf8))
        case "textDocument/didChange":
            try change(params)
        case "textDocument/didClose":
            let uri = try params.textDocumentURI()
            documents[uri] = nil
            notify("textDocument/publishDiagnostics", ["uri": uri, "diagnostics": [Any]()])
        case "textDocument/didSave":
            let uri = try params.textDocumentURI()
            if let text = params.optionalString("text"), let document = documents[uri] {
                open(uri: uri, version: document.version, bytes: Array(text.utf8))
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
            "textDocumentSync": ["openClose": true, "change": 1, "save": ["includeText": false]] as JSONObject,
            "hoverProvider": true,
            "definitionProvider": true,
            "referencesProvider": true,
            "completionProvider": ["triggerCharacters": [" ", ":", ","], "resolveProvider": false] as JSONObject,
            "documentSymbolProvider": true,
            "documentFormattingProvider": true,
            "renameProvider": ["prepareProvider": true],
        ]
        return ["capabilities": capabilities, "serverInfo": ["name": "netplan", "version": Tool.version]] as JSONObject
    }

    // MARK: - Documents

    private func open(uri: String, version: Int?, bytes: [UInt8]) {
        let document = OpenDocument(uri: uri, version: version, bytes: bytes)
        documents[uri] = document
        publishDiagnostics(for: document)
    }

    private func change(_ params: Params) throws(ResponseError) {
        let item = try params.object("textDocument")
        let uri = try item.string("uri")
        let changes = try params.array("contentChanges")
        guard let document = documents[uri] else {
            log("`didChange` for `\(uri)`, which is not open")
            return
        }
        var bytes = document.source.bytes
        for (index, rawChange) in changes.enumerated() {
            guard let object = rawChange as? JSONObject else {
                throw .invalidParams("`contentChanges[\(index)]` must be an object")
            }
            let change = Params(object, path: "contentChanges[\(index)]")
            let text = try change.string("text")
            if let range = change.optionalObject("range") {
                // An incremental change, though we ask for full text: apply it all the same.
                let converter = PositionConverter(bytes: bytes)
                let start = converter.offset(of: try range.position("start"))
                let end = max(start, converter.offset(of: try range.position("end")))
                bytes.replaceSubrange(start..<end, with: Array(text.utf8))
            } else {
                bytes = Array(text.utf8)
            }
        }
        open(uri: uri, version: item.optionalInt("version") ?? document.version, bytes: bytes)
    }

    private func publishDiagnostics(for document: OpenDocument) {
        var params: JSONObject = [
            "uri": document.uri,
            "diagnostics": DiagnosticsConversion.diagnostics(for: document, language: language),
        ]
        if let version = document.version { params["version"] = version }
        notify("textDocument/publishDiagnostics", params)
    }

    /// Runs `body` with the open document and the byte offset of `position`;
    /// `missing` is the answer when the document is not open.
    private func withDocument(
        _ params: Params, missing: Any = NSNull(),
        _ body: (OpenDocument, Int) throws(ResponseError) -> Any
    ) throws(ResponseError) -> Any {
        let uri = try params.textDocumentURI()
        let position = try params.position("position")
        guard let document = documents[uri] else { return missing }
        return try body(document, document.offset(position))
    }
}

/// Typed access to the params of a message; a missing or mistyped field is `InvalidParams`.
struct Params {
    let object: JSONObject
    /// Where this object is, for messages (`params.textDocument`).
    let path: String

    init(_ object: JSONObject, path: String) {
        self.object = object
        self.path = path
    }

    private func missing(_ key: String, _ what: String) -> ResponseError {
        .invalidParams("`\(path).\(key)` is missing or not \(what)")
    }

    func string(_ key: String) throws(ResponseError) -> String {
        guard let value = object[key] as? String else { throw missing(key, "a string") }
        return value
    }

    func optionalString(_ key: String) -> String? { object[key] as? String }

    func optionalInt(_ key: String) -> Int? { JSONValues.integer(object[key]) }

    func optionalBool(_ key: String) -> Bool? { JSONValues.boolean(object[key]) }

    func int(_ key: String) throws(ResponseError) -> Int {
        guard let value = JSONValues.integer(object[key]) else { throw missing(key, "an integer") }
        return value
    }

    func object(_ key: String) throws(ResponseError) -> Params {
        guard let value = object[key] as? JSONObject else { throw missing(key, "an object") }
        return Params(value, path: "\(path).\(key)")
    }

    func optionalObject(_ key: String) -> Params? {
        (object[key] as? JSONObject).map { Params($0, path: "\(path).\(key)") }
    }

    func array(_ key: String) throws(ResponseError) -> [Any] {
        guard let value = object[key] as? [Any] else { throw missing(key, "an array") }
        return value
    }

    /// `textDocument.uri`.
    func textDocumentURI() throws(ResponseError) -> String {
        try object("textDocument").string("uri")
    }

    /// A `Position` (`{line, character}`); negative numbers are clamped later.
    func position(_ key: String) throws(ResponseError) -> LSPPosition {
        let position = try object(key)
        return LSPPosition(line: try position.int("line"), character: try position.int("character"))
    }
}
