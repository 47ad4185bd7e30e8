import Foundation
import NetplanBase

/// A JSON object as `JSONSerialization` reads and writes it.
typealias JSONObject = [String: Any]

/// The error codes of JSON-RPC 2.0 and the Language Server Protocol.
public enum JSONRPCErrorCode {
    public static let parseError = -32700
    public static let invalidRequest = -32600
    public static let methodNotFound = -32601
    public static let invalidParams = -32602
    public static let internalError = -32603
    public static let serverNotInitialized = -32002
    public static let requestFailed = -32803
}

/// An error returned to the client in a response.
public struct ResponseError: Error, Hashable, Sendable {
    public var code: Int
    public var message: String

    public init(code: Int, message: String) {
        self.code = code
        self.message = message
    }

    static func invalidParams(_ message: String) -> ResponseError {
        ResponseError(code: JSONRPCErrorCode.invalidParams, message: message)
    }

    var json: JSONObject { ["code": code, "message": message] }
}

/// The id of a request: a number or a string.
public enum RequestID: Hashable, Sendable {
    case number(Int)
    case string(String)

    /// Reads an id from JSON; nil for anything that is not an integer or a string.
    package init?(json value: Any) {
        if let string = value as? String {
            self = .string(string)
        } else if let number = JSONValues.integer(value) {
            self = .number(number)
        } else {
            return nil
        }
    }

    package var json: Any {
        switch self {
        case .number(let number): return number
        case .string(let string): return string
        }
    }
}

/// Typed reads of values that `JSONSerialization` produced.
enum JSONValues {
    /// Whether a value is a JSON `true` or `false` (on Linux, `1 is Bool` holds too).
    static func isBoolean(_ value: Any) -> Bool {
        guard let number = value as? NSNumber else { return false }
        return String(cString: number.objCType) == "c"
    }

    /// An integer, not a boolean and not a number with a fraction.
    static func integer(_ value: Any?) -> Int? {
        guard let value, !(value is String), !isBoolean(value), let number = value as? NSNumber else { return nil }
        let double = number.doubleValue
        guard double == double.rounded(), abs(double) < 9.0e15 else { return nil }
        return number.intValue
    }

    /// A boolean.
    static func boolean(_ value: Any?) -> Bool? {
        guard let value, isBoolean(value) else { return nil }
        return (value as? NSNumber)?.boolValue
    }
}

/// One step of reading the input stream.
enum Frame {
    /// The body of a well-framed message.
    case message(Data)
    /// A header that could not be read; the text says why.
    case malformed(String)
}

/// Cuts a byte stream into `Content-Length` framed messages.
///
/// Bytes are appended as they arrive; `next()` returns each complete frame.
/// A header without a usable `Content-Length` is reported and skipped; the
/// tail of a broken message glued in front of the next header is skipped
/// (see `HeaderBlock`), so one bad message does not lose the next.
struct MessageFramer {
    /// The largest body accepted (a plan is text; 64 MB is far beyond any).
    static let maximumLength = 64 << 20

    private var buffer: [UInt8] = []
    private var position = 0

    /// Adds bytes read from the stream.
    package mutating func append<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        if position > 0, position >= buffer.count / 2 {
            buffer.removeFirst(position)
            position = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// Whether bytes are waiting that do not form a complete frame yet.
    var hasPendingBytes: Bool { position < buffer.count }

    /// The next complete frame, or nil when more bytes are needed.
    package mutating func next() -> Frame? {
        // Skip line breaks between messages (some clients send an extra one).
        while position < buffer.count, buffer[position] == 0x0D || buffer[position] == 0x0A { position += 1 }
        guard position < buffer.count else { return nil }
        guard let headerEnd = findHeaderEnd() else {
            if buffer.count - position > 8192 {
                // No header ends within a sensible length: drop what we have.
                position = buffer.count
                return .malformed("a message header longer than 8192 bytes without an empty line after it")
            }
            return nil
        }
        let bodyStart = headerEnd.end
        switch HeaderBlock.contentLength(in: buffer[position..<headerEnd.start]) {
        case .success(let length):
            guard buffer.count - bodyStart >= length else { return nil }
            let body = Data(buffer[bodyStart..<bodyStart + length])
            position = bodyStart + length
            return .message(body)
        case .failure(let problem):
            position = bodyStart
            return .malformed(problem.text)
        }
    }

    /// The header block's end: the empty line (CR LF CR LF, or LF LF).
    private func findHeaderEnd() -> (start: Int, end: Int)? {
        var index = position
        let count = buffer.count
        while index < count {
            if buffer[index] == 0x0A {
                if index + 1 < count, buffer[index + 1] == 0x0A { return (index, index + 2) }
                if index + 2 < count, buffer[index + 1] == 0x0D, buffer[index + 2] == 0x0A {
                    return (index, index + 3)
                }
            }
            index += 1
        }
        return nil
    }
}

/// Writes framed JSON-RPC messages.
final class MessageWriter: @unchecked Sendable {
    private let write: (Data) -> Void
    private let lock = NSLock()

    package init(write: @escaping (Data) -> Void) {
        self.write = write
    }

    /// Serialises and writes one message; a value that cannot be serialised is logged, not written.
    func send(_ message: JSONObject) -> Bool {
        guard let body = MessageJSON.data(message) else { return false }
        var frame = Data("Content-Length: \(body.count)\r\n\r\n".utf8)
        frame.append(body)
        lock.lock()
        defer { lock.unlock() }
        write(frame)
        return true
    }
}
