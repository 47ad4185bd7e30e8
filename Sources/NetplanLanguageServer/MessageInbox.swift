import Foundation
import NetplanSyntax

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Messages read from the input by a thread of their own, waiting for the
/// language server's loop.
///
/// The reading thread reads, frames and parses JSON as fast as the client
/// writes, while the server checks a document; the server then takes every
/// message that is waiting at once (`takeAll()`), so a burst of edits is one
/// batch, and it can ask whether more input is waiting (`hasWaiting`) before
/// it spends time on a check or publishes a version that is already old.
///
/// `@unchecked Sendable`: every stored property is guarded by `condition`,
/// and each message is handed over once; the reading thread never touches it
/// again.
final class MessageInbox: @unchecked Sendable {
    private let condition = NSCondition()
    private var waiting: [IncomingMessage] = []
    private var ended = false
    private var stopped = false
    private var note: String?

    /// Starts a thread that reads `descriptor` until its end.
    ///
    /// The thread reads a duplicate of the descriptor and closes it when it
    /// is done, so a caller that closes its own descriptor (after `exit`, with
    /// the thread still waiting in `read`) can never have the thread read a
    /// file that later gets the same number.
    package static func reading(_ descriptor: Int32) -> MessageInbox {
        let inbox = MessageInbox()
        let own = dup(descriptor)
        let thread = Thread {
            inbox.pump(own >= 0 ? own : descriptor)
            if own >= 0 { close(own) }
        }
        // Room for parsing deeply nested JSON, as on the main thread.
        thread.stackSize = 8 << 20
        thread.name = "netplan lsp input"
        thread.start()
        return inbox
    }

    private func pump(_ descriptor: Int32) {
        var reader = MessageReader()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var problem: String?
        while true {
            let count = buffer.withUnsafeMutableBytes { raw in
                read(descriptor, raw.baseAddress, raw.count)
            }
            if count < 0 {
                if errno == EINTR { continue }
                problem = "cannot read the input: \(String(cString: strerror(errno)))"
                break
            }
            if count == 0 { break }
            reader.append(buffer[0..<count])
            let messages = reader.all()
            if !messages.isEmpty, !put(messages) { return }
        }
        if problem == nil, reader.hasPendingBytes { problem = "the input ended inside a message" }
        end(note: problem)
    }

    /// Adds messages; false once the server has stopped taking them.
    private func put(_ messages: [IncomingMessage]) -> Bool {
        condition.withLock {
            guard !stopped else { return false }
            waiting += messages
            condition.signal()
            return true
        }
    }

    private func end(note: String?) {
        condition.withLock {
            ended = true
            self.note = note
            condition.signal()
        }
    }

    /// Waits until a message is waiting and takes all of them; empty when
    /// the input has ended and nothing is left.
    func takeAll() -> [IncomingMessage] {
        condition.withLock {
            while waiting.isEmpty, !ended { condition.wait() }
            defer { waiting = [] }
            return waiting
        }
    }

    /// Whether messages are waiting to be taken.
    var hasWaiting: Bool { condition.withLock { !waiting.isEmpty } }

    /// Why the input ended, when it did not end cleanly.
    var endNote: String? { condition.withLock { note } }

    /// The server takes nothing more: later input is read and dropped.
    package func stop() {
        condition.withLock {
            stopped = true
            waiting = []
        }
    }
}
