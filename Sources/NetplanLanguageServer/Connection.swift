import Foundation
import NetplanSyntax

/// The server's side of the JSON-RPC connection going out: responses,
/// errors and notifications, each framed with its `Content-Length` and
/// written whole. (Coming in, `MessageReader` frames and reads the messages.)
final class Connection: @unchecked Sendable {
    private let write: (Data) -> Void
    private let lock = NSLock()
    package let log: (String) -> Void

    package init(log: @escaping (String) -> Void, write: @escaping (Data) -> Void) {
        self.log = log
        self.write = write
    }

    /// Answers request `id` with `result`; a result JSON cannot hold becomes an `InternalError`.
    func respond(to id: RequestID, method: String, result: Any) {
        if !send(["jsonrpc": "2.0", "id": id.json, "result": result]) {
            log("`\(method)`: the result could not be written as JSON")
            sendError(id: id, ResponseError(code: JSONRPCErrorCode.internalError, message: "the result could not be written as JSON"))
        }
    }

    /// Answers with an error; `id` is nil (written `null`) when the message's id could not be read.
    func sendError(id: RequestID?, _ error: ResponseError) {
        _ = send(["jsonrpc": "2.0", "id": id?.json ?? NSNull(), "error": error.json])
    }

    /// Sends a notification to the client.
    func notify(_ method: String, _ params: JSONObject) {
        if !send(["jsonrpc": "2.0", "method": method, "params": params]) {
            log("`\(method)` could not be written as JSON")
        }
    }

    /// Serialises and writes one message; false, and nothing written, for a value JSON cannot hold.
    private func send(_ message: JSONObject) -> Bool {
        guard let body = MessageJSON.data(message) else { return false }
        var frame = Data("Content-Length: \(body.count)\r\n\r\n".utf8)
        frame.append(body)
        lock.withLock { write(frame) }
        return true
    }
}
