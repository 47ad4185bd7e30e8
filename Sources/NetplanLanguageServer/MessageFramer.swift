import Foundation
import NetplanSyntax

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
