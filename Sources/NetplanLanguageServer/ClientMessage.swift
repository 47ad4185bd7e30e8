import Foundation
import NetplanSyntax

/// One JSON-RPC message from the client, read with `JSONDecoder`.
///
/// Reading it never fails once the text is JSON (but for text the parser
/// cannot read, which `JSONText` repairs): what is wrong with the message becomes its `kind`, so
/// the server can answer as JSON-RPC says.
/// - Not an object, or an `id` that is neither an integer nor a string
///   (`true`, `1.5`, `{}`): an invalid request, answered with id `null`. An
///   `id` of `null` counts as no id.
/// - `jsonrpc` other than `"2.0"`, no `method`, `params` that is neither an
///   object nor an array: an invalid request (logged for a notification).
/// - With a `method` and an `id`: a request, else a notification. The params
///   of a method the server knows are read into its type (`ClientRequest`,
///   `ClientNotification`); a field that is wrong is `InvalidParams` naming
///   it, kept until the server handles the message (a request that comes
///   too early is answered `ServerNotInitialized` all the same). Params that
///   are an array or left out are read as an empty object.
/// - An `id` with `result` or `error` and no `method`: a response to the server.
struct ClientMessage: Decodable {
    package enum Kind {
        case request(RequestID, method: String, Result<ClientRequest?, ResponseError>)
        case notification(method: String, Result<ClientNotification?, ResponseError>)
        /// A response from the client; the server sends no requests that need one.
        case response
        /// A message that is not a valid request: answered with this error.
        case invalid(RequestID?, ResponseError)
        /// A notification that is not valid: logged, never answered.
        case invalidNotification(method: String, problem: String)
    }

    package var kind: Kind

    fileprivate enum Keys: String, CodingKey { case jsonrpc, id, method, params, result, error }

    package init(from decoder: any Decoder) throws {
        guard let fields = try? decoder.container(keyedBy: Keys.self) else {
            kind = .invalid(nil, .invalidRequest("a message must be a JSON object (batches are not supported)"))
            return
        }
        var id: RequestID?
        if fields.contains(.id), (try? fields.decodeNil(forKey: .id)) != true {
            do {
                id = try fields.decode(RequestID.self, forKey: .id)
            } catch is DecodingError {
                kind = .invalid(nil, .invalidRequest("`id` must be an integer or a string"))
                return
            }
        }
        guard try fields.optional(.jsonrpc, as: String.self) == "2.0" else {
            kind = .invalid(id, .invalidRequest("`jsonrpc` must be \"2.0\""))
            return
        }
        guard let method = try fields.optional(.method, as: String.self) else {
            if id != nil, fields.contains(.result) || fields.contains(.error) {
                kind = .response
            } else {
                kind = .invalid(id, .invalidRequest("`method` is missing or not a string"))
            }
            return
        }
        let params: ParamsReader
        switch ParamsReader(fields, key: .params) {
        case let reader?:
            params = reader
        case nil:
            let problem = "`params` must be an object or an array"
            if let id {
                kind = .invalid(id, .invalidRequest(problem))
            } else {
                kind = .invalidNotification(method: method, problem: problem)
            }
            return
        }
        if let id {
            kind = .request(id, method: method, try params.read { reader throws in try ClientRequest(method, reader) })
        } else {
            kind = .notification(method: method, try params.read { reader throws in try ClientNotification(method, reader) })
        }
    }

    /// Reads the `params` of a message into the type its method needs.
    struct ParamsReader {
        private let fields: KeyedDecodingContainer<Keys>
        private let isObject: Bool

        /// Nil when `params` is there but neither an object, an array nor `null`.
        fileprivate init?(_ fields: KeyedDecodingContainer<Keys>, key: Keys) {
            self.fields = fields
            if !fields.contains(key) || (try? fields.decodeNil(forKey: key)) == true {
                isObject = false
            } else if (try? fields.nestedContainer(keyedBy: Keys.self, forKey: key)) != nil {
                isObject = true
            } else if (try? fields.nestedUnkeyedContainer(forKey: key)) != nil {
                isObject = false
            } else {
                return nil
            }
        }

        /// The params as `Params`; an array or no params read as an empty object.
        package func decode<Params: MessageObject>(_ type: Params.Type) throws -> Params {
            if isObject { return try fields.required(.params) }
            return try JSONDecoder().decode(EmptyParams<Params>.self, from: EmptyParams<Params>.text).params
        }

        /// Runs `body`, turning a wrong field into the `InvalidParams` error for the client.
        /// Any other error is the parser's, about text it could not read: thrown on, for `JSONText` to repair.
        fileprivate func read<Value>(_ body: (ParamsReader) throws -> Value) throws -> Result<Value, ResponseError> {
            do {
                return .success(try body(self))
            } catch let error as FieldError {
                return .failure(error.responseError)
            } catch let error as DecodingError {
                let path = FieldError.path(of: error, fallback: "params")
                return .failure(.invalidParams("`\(path)` is not what the method needs"))
            }
        }
    }

    /// `{"params": {}}`, for a message whose params are an array or left out:
    /// the field names in messages start at `params` as for an object.
    private struct EmptyParams<Params: MessageObject>: Decodable {
        package static var text: Data { Data(#"{"params":{}}"#.utf8) }
        package var params: Params

        private enum Keys: String, CodingKey { case params }

        package init(from decoder: any Decoder) throws {
            params = try decoder.object(keyedBy: Keys.self).required(.params)
        }
    }
}

/// A request the server answers, with its params; nil from `init` for a method it does not know.
enum ClientRequest {
    case initialize(InitializeParams)
    case shutdown
    case hover(TextDocumentPositionParams)
    case definition(TextDocumentPositionParams)
    case references(ReferenceParams)
    case completion(TextDocumentPositionParams)
    case documentSymbol(TextDocumentParams)
    case formatting(TextDocumentParams)
    case prepareRename(TextDocumentPositionParams)
    case rename(RenameParams)

    package init?(_ method: String, _ params: ClientMessage.ParamsReader) throws {
        switch method {
        case "initialize": self = .initialize(try params.decode(InitializeParams.self))
        case "shutdown": self = .shutdown
        case "textDocument/hover": self = .hover(try params.decode(TextDocumentPositionParams.self))
        case "textDocument/definition": self = .definition(try params.decode(TextDocumentPositionParams.self))
        case "textDocument/references": self = .references(try params.decode(ReferenceParams.self))
        case "textDocument/completion": self = .completion(try params.decode(TextDocumentPositionParams.self))
        case "textDocument/documentSymbol": self = .documentSymbol(try params.decode(TextDocumentParams.self))
        case "textDocument/formatting": self = .formatting(try params.decode(TextDocumentParams.self))
        case "textDocument/prepareRename": self = .prepareRename(try params.decode(TextDocumentPositionParams.self))
        case "textDocument/rename": self = .rename(try params.decode(RenameParams.self))
        default: return nil
        }
    }
}

/// A notification the server acts on, with its params; nil from `init` for one it does not know
/// (`$/cancelRequest` among them: every request is answered in order, before a cancellation could
/// arrive for it).
enum ClientNotification {
    case initialized
    case exit
    case didOpen(DidOpenParams)
    case didChange(DidChangeParams)
    case didClose(TextDocumentParams)
    case didSave(DidSaveParams)

    package init?(_ method: String, _ params: ClientMessage.ParamsReader) throws {
        switch method {
        case "initialized": self = .initialized
        case "exit": self = .exit
        case "textDocument/didOpen": self = .didOpen(try params.decode(DidOpenParams.self))
        case "textDocument/didChange": self = .didChange(try params.decode(DidChangeParams.self))
        case "textDocument/didClose": self = .didClose(try params.decode(TextDocumentParams.self))
        case "textDocument/didSave": self = .didSave(try params.decode(DidSaveParams.self))
        default: return nil
        }
    }
}
