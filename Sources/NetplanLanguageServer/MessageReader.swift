import Foundation
import NetplanSyntax

/// A message from the client, as read from the input.
enum IncomingMessage {
    /// A well-framed message, read as JSON-RPC (`ClientMessage.Kind` says what is wrong with it, if anything).
    case message(ClientMessage)
    /// A well-framed body that is not JSON.
    case notJSON(byteCount: Int)
    /// A header that could not be read; the text says why.
    case malformedHeader(String)
}

/// Turns the bytes of the input into messages: framing, then reading the JSON
/// into `ClientMessage` with `JSONDecoder`.
///
/// The language server uses one directly when it is fed with `receive(_:)`,
/// and `MessageInbox` runs one on its reading thread, so that JSON is parsed
/// while the server checks a document.
struct MessageReader {
    private var framer = MessageFramer()

    /// Adds bytes read from the input.
    package mutating func append<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        framer.append(bytes)
    }

    /// Whether bytes are waiting that do not form a complete message yet.
    var hasPendingBytes: Bool { framer.hasPendingBytes }

    /// The next complete message, or nil when more bytes are needed.
    package mutating func next() -> IncomingMessage? {
        switch framer.next() {
        case nil:
            return nil
        case .message(let body):
            if let message = JSONText.message(in: body) { return .message(message) }
            return .notJSON(byteCount: body.count)
        case .malformed(let problem):
            return .malformedHeader(problem)
        }
    }

    /// Every complete message in the bytes appended so far.
    package mutating func all() -> [IncomingMessage] {
        var messages: [IncomingMessage] = []
        while let message = next() { messages.append(message) }
        return messages
    }
}
