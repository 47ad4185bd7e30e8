import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanLanguageServer

/// Reading messages with `JSONDecoder` (`ClientMessage`, `FieldDecoding`): the
/// edge cases where a plain `Codable` reading goes wrong. `1.5` as an `Int` is
/// "not valid JSON" to `JSONDecoder` (it would be a parse error, or drop a
/// whole edit), an optional field of the wrong kind would refuse the message,
/// and its errors do not name the field. Each test sends raw JSON text.
@Suite struct MessageDecodingTests {
    static let uri = "file:///tmp/afkodning.netplan"
    static let plan = "core Anne: faglighed\nphase Start: invite Anne\n"

    /// A server with a plan open, whose log lines are kept.
    final class Session: @unchecked Sendable {
        private final class Record: @unchecked Sendable {
            let lock = NSLock()
            var written: [JSON] = []
            var logged: [String] = []
        }

        let server: LanguageServer
        private let record = Record()

        init() {
            let record = self.record
            server = LanguageServer(
                language: .english, log: { line in record.lock.withLock { record.logged.append(line) } },
                write: { data in
                    var framer = MessageFramer()
                    framer.append(data)
                    while case .message(let body)? = framer.next() {
                        guard let object = try? JSONSerialization.jsonObject(with: body) else { continue }
                        record.lock.withLock { record.written.append(JSON(object)) }
                    }
                })
            send(#"{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"capabilities":{}}}"#)
            send(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#)
            send(
                #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"\#(MessageDecodingTests.uri)","version":1,"text":"core Anne: faglighed\nphase Start: invite Anne\n"}}}"#
            )
            _ = take()
        }

        /// Sends one message, framed, as a batch of its own.
        func send(_ body: String) {
            server.receive(InProcessServer.frame(body: body))
        }

        /// Sends a message and returns what the server wrote for it.
        func exchange(_ body: String) -> [JSON] {
            send(body)
            return take()
        }

        func take() -> [JSON] {
            record.lock.withLock {
                defer { record.written = [] }
                return record.written
            }
        }

        var log: [String] { record.lock.withLock { record.logged } }

        /// The error the server answered a request with.
        func error(_ body: String) -> (code: Int?, message: String?, id: JSON?) {
            let answer = exchange(body).first { $0["error"] != nil }
            return (answer?["error"]?["code"]?.int, answer?["error"]?["message"]?.string, answer?["id"])
        }

        /// The text of the document, as the server holds it.
        var text: String? {
            server.store.text(of: MessageDecodingTests.uri).map { String(decoding: $0.bytes, as: UTF8.self) }
        }

        var version: Int? { server.store.text(of: MessageDecodingTests.uri)?.version }
    }

    static func hover(line: String, character: String, extra: String = "") -> String {
        #"{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{"textDocument":{"uri":"\#(uri)"},"position":{"line":\#(line),"character":\#(character)}\#(extra)}}"#
    }

    @Test func aBooleanOrAFractionIsNoIntegerAndTheFieldIsNamed() {
        let session = Session()
        for (line, character, field) in [
            ("true", "0", "params.position.line"), ("0", "1.5", "params.position.character"),
            ("\"1\"", "0", "params.position.line"), ("0", "null", "params.position.character"),
            ("1e300", "0", "params.position.line"), ("9007199254740993", "0", "params.position.line"),
            ("0", "false", "params.position.character"),
        ] {
            let error = session.error(Self.hover(line: line, character: character))
            #expect(error.code == JSONRPCErrorCode.invalidParams, "\(line), \(character)")
            #expect(error.message == "`\(field)` is missing or not an integer", "\(line), \(character)")
            #expect(error.id?.int == 1)
        }
        // A number without a fraction, however it is written, is an integer.
        for (line, character) in [("0", "5.0"), ("0", "5"), ("0.0", "5e0"), ("-0", "50e-1")] {
            let answer = session.exchange(Self.hover(line: line, character: character)).first { $0["id"]?.int == 1 }
            #expect(answer?["error"] == nil, "\(line), \(character)")
            #expect(answer?["result"]?["contents"]?["value"]?.string?.contains("Anne") == true, "\(line), \(character)")
        }
    }

    @Test func anIDThatIsNeitherIntegerNorStringIsAnInvalidRequest() {
        let session = Session()
        for id in ["{}", "[1]", "true", "1.5", "1e300", "{\"a\":1}"] {
            let error = session.error(#"{"jsonrpc":"2.0","id":\#(id),"method":"shutdown"}"#)
            #expect(error.code == JSONRPCErrorCode.invalidRequest, "\(id)")
            #expect(error.message == "`id` must be an integer or a string", "\(id)")
            #expect(error.id?.isNull == true, "\(id)")
        }
        // Integers written with an exponent or `.0` are integers; strings are echoed as strings.
        for (id, number, string) in [("7.0", 7, nil), ("7e0", 7, nil), ("\"7\"", nil, "7")] as [(String, Int?, String?)] {
            let answer = session.exchange(#"{"jsonrpc":"2.0","id":\#(id),"method":"no/such"}"#).first
            #expect(answer?["error"]?["code"]?.int == JSONRPCErrorCode.methodNotFound, "\(id)")
            #expect(answer?["id"]?.int == number, "\(id)")
            #expect(answer?["id"]?.string == string, "\(id)")
        }
    }

    @Test func anIDOfNullIsNoID() {
        // As before: `"id": null` is a notification, so the change is applied and nothing is answered.
        let session = Session()
        let written = session.exchange(
            #"{"jsonrpc":"2.0","id":null,"method":"textDocument/didChange","params":{"textDocument":{"uri":"\#(Self.uri)","version":2},"contentChanges":[{"text":"core Bo: indsigt\n"}]}}"#
        )
        #expect(written.allSatisfy { $0["method"]?.string == "textDocument/publishDiagnostics" })
        #expect(session.text == "core Bo: indsigt\n")
        #expect(session.version == 2)
    }

    @Test func aFieldOfTheWrongKindInAnEditIsNamedAndTheEditLeftOut() {
        let session = Session()
        let change = { (range: String) in
            #"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"\#(Self.uri)","version":2},"contentChanges":[{"text":"x"},{"range":\#(range),"text":"Bo"}]}}"#
        }
        // `true` as a line: the whole notification is refused, not read as line 1.
        session.send(change(#"{"start":{"line":true,"character":5},"end":{"line":0,"character":9}}"#))
        #expect(session.text == Self.plan)
        #expect(session.log.last == "`textDocument/didChange`: `params.contentChanges[1].range.start.line` is missing or not an integer")
        // `1.5` as a character: refused and named too (not a parse error that loses the message).
        let written = session.exchange(change(#"{"start":{"line":0,"character":5},"end":{"line":0,"character":1.5}}"#))
        #expect(written.isEmpty)
        #expect(session.text == Self.plan)
        #expect(session.log.last == "`textDocument/didChange`: `params.contentChanges[1].range.end.character` is missing or not an integer")
        // A change that is not an object.
        session.send(#"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"\#(Self.uri)"},"contentChanges":[{"text":"x"},7]}}"#)
        #expect(session.log.last == "`textDocument/didChange`: `params.contentChanges[1]` is missing or not an object")
        #expect(session.text == Self.plan)
    }

    @Test func optionalFieldsOfTheWrongKindAreLeftOut() {
        let session = Session()
        // A version with a fraction is no version: the text changes, the version stays.
        session.send(
            #"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"\#(Self.uri)","version":2.5},"contentChanges":[{"text":"core Bo: indsigt\n","range":"all"}]}}"#
        )
        #expect(session.text == "core Bo: indsigt\n")
        #expect(session.version == 1)
        // `includeDeclaration: 1` is not a boolean: the default (true) holds.
        let references = session.exchange(
            #"{"jsonrpc":"2.0","id":1,"method":"textDocument/references","params":{"textDocument":{"uri":"\#(Self.uri)"},"position":{"line":0,"character":5},"context":{"includeDeclaration":1}}}"#
        ).first { $0["id"]?.int == 1 }
        #expect(references?["result"]?.array?.count == 1)
        #expect(session.log.isEmpty)
    }

    @Test func unknownFieldsAreIgnoredEverywhere() {
        let session = Session()
        let answer = session.exchange(
            #"{"jsonrpc":"2.0","id":1,"extra":[1,{"b":null}],"method":"textDocument/hover","params":{"textDocument":{"uri":"\#(Self.uri)","languageId":"netplan","x":{}},"position":{"line":0,"character":5,"y":true},"workDoneToken":"t"}}"#
        ).first { $0["id"]?.int == 1 }
        #expect(answer?["result"]?["contents"]?["value"]?.string?.contains("Anne") == true)
        // Text that cannot be read in a field the server does not read costs nothing.
        let ignored = session.exchange(#"{"jsonrpc":"2.0","id":2,"method":"shutdown","params":{"note":"\ud800"}}"#).first
        #expect(ignored?["id"]?.int == 2)
        #expect(ignored?["result"]?.isNull == true)
    }

    @Test func paramsMissingOrAnArrayReadAsAnEmptyObject() {
        let session = Session()
        for params in ["", #","params":[]"#, #","params":null"#, #","params":[1,2]"#] {
            let error = session.error(#"{"jsonrpc":"2.0","id":1,"method":"textDocument/rename"\#(params)}"#)
            #expect(error.code == JSONRPCErrorCode.invalidParams, "\(params)")
            #expect(error.message == "`params.newName` is missing or not a string", "\(params)")
        }
        let missing = session.error(#"{"jsonrpc":"2.0","id":1,"method":"textDocument/documentSymbol","params":{"textDocument":{}}}"#)
        #expect(missing.message == "`params.textDocument.uri` is missing or not a string")
        let notObject = session.error(#"{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{"textDocument":{"uri":"\#(Self.uri)"},"position":[0,5]}}"#)
        #expect(notObject.message == "`params.position` is missing or not an object")
        // A method the server knows only as a notification is unknown as a request, whatever its params.
        let asRequest = session.error(#"{"jsonrpc":"2.0","id":1,"method":"textDocument/didOpen","params":{"textDocument":5}}"#)
        #expect(asRequest.code == JSONRPCErrorCode.methodNotFound)
    }

    @Test func theLifecycleComesBeforeTheParams() {
        // Before `initialize`, a request with wrong params is refused as too early, not for its params.
        let session = InProcessServer()
        session.server.receive(InProcessServer.frame(body: #"{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{"position":true}}"#))
        #expect(session.take().first?["error"]?["code"]?.int == JSONRPCErrorCode.serverNotInitialized)
    }

    @Test func fieldPathsAreWrittenAsTheClientWroteThem() throws {
        struct Change: MessageObject {
            var range: RangeField
            private enum Keys: String, CodingKey { case range }
            init(from decoder: any Decoder) throws {
                range = try decoder.object(keyedBy: Keys.self).required(.range)
            }
        }
        struct Params: MessageObject {
            var changes: FieldList<Change>
            private enum Keys: String, CodingKey { case contentChanges }
            init(from decoder: any Decoder) throws {
                changes = try decoder.object(keyedBy: Keys.self).required(.contentChanges)
            }
        }
        let text = #"{"contentChanges":[{"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}}},{"range":{"start":{"line":0},"end":{}}}]}"#
        #expect(throws: FieldError(path: "contentChanges[1].range.start.character", kindName: "an integer")) {
            try JSONDecoder().decode(Params.self, from: Data(text.utf8))
        }
    }
}
