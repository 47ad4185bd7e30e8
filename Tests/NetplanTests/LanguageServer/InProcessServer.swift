import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanLanguageServer

/// A `LanguageServer` fed synchronously with `receive(_:)`: everything handed
/// over in one call is one batch, so what the server writes for a burst is
/// deterministic. The messages it writes are collected in order.
final class InProcessServer: @unchecked Sendable {
    let server: LanguageServer
    private let output = Output()

    init(language: Language = .english) {
        let output = self.output
        server = LanguageServer(language: language, log: { _ in }) { data in output.collect(data) }
    }

    /// Takes the messages written so far.
    func take() -> [JSON] { output.take() }

    private final class Output: @unchecked Sendable {
        private let lock = NSLock()
        private var written: [JSON] = []

        func collect(_ data: Data) {
            var framer = MessageFramer()
            framer.append(data)
            while let frame = framer.next() {
                guard case .message(let body) = frame, let object = try? JSONSerialization.jsonObject(with: body) else {
                    Issue.record("the server wrote a badly framed or non-JSON message")
                    continue
                }
                lock.withLock { written.append(JSON(object)) }
            }
        }

        func take() -> [JSON] {
            lock.withLock {
                defer { written = [] }
                return written
            }
        }
    }

    /// One framed message.
    static func frame(_ message: [String: Any]) -> [UInt8] {
        let body = (try? JSONSerialization.data(withJSONObject: message, options: [.sortedKeys])) ?? Data()
        return Array("Content-Length: \(body.count)\r\n\r\n".utf8) + [UInt8](body)
    }

    /// One framed message from its JSON text.
    static func frame(body: String) -> [UInt8] {
        Array("Content-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8)
    }

    static func change(_ uri: String, _ text: String, version: Int) -> [UInt8] {
        frame([
            "jsonrpc": "2.0", "method": "textDocument/didChange",
            "params": ["textDocument": ["uri": uri, "version": version], "contentChanges": [["text": text]]],
        ])
    }

    static func request(_ id: Int, _ method: String, _ params: [String: Any]) -> [UInt8] {
        frame(["jsonrpc": "2.0", "id": id, "method": method, "params": params])
    }

    /// Initializes and opens `text` as version 1; returns what was written.
    @discardableResult
    func start(_ uri: String, _ text: String) -> [JSON] {
        server.receive(Self.frame(["jsonrpc": "2.0", "id": 0, "method": "initialize", "params": ["capabilities": [String: Any]()]]))
        server.receive(Self.frame(["jsonrpc": "2.0", "method": "initialized", "params": [String: Any]()]))
        server.receive(
            Self.frame([
                "jsonrpc": "2.0", "method": "textDocument/didOpen",
                "params": ["textDocument": ["uri": uri, "languageId": "netplan", "version": 1, "text": text]],
            ]))
        return take()
    }

    /// The `publishDiagnostics` notifications among `messages`.
    static func published(_ messages: [JSON]) -> [JSON] {
        messages.filter { $0["method"]?.string == "textDocument/publishDiagnostics" }
    }
}
