import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanLanguageServer

#if canImport(Glibc)
    import Glibc
#endif

/// A JSON value from the server, read with optional chaining: `message["result"]?["range"]?.int`.
struct JSON: @unchecked Sendable, CustomStringConvertible {
    let value: Any

    init(_ value: Any) { self.value = value }

    subscript(key: String) -> JSON? {
        guard let object = value as? [String: Any], let child = object[key] else { return nil }
        return JSON(child)
    }

    subscript(index: Int) -> JSON? {
        guard let array = value as? [Any], array.indices.contains(index) else { return nil }
        return JSON(array[index])
    }

    var int: Int? { JSONValues.integer(value) }
    var string: String? { value as? String }
    var bool: Bool? { JSONValues.boolean(value) }
    var array: [JSON]? { (value as? [Any])?.map(JSON.init) }
    var isNull: Bool { value is NSNull }
    var keys: Set<String> { Set((value as? [String: Any])?.keys.map { $0 } ?? []) }

    /// `{line, character}` as a pair.
    var position: (line: Int, character: Int)? {
        guard let line = self["line"]?.int, let character = self["character"]?.int else { return nil }
        return (line, character)
    }

    /// A range as "line:character-line:character", for compact expectations.
    var rangeText: String? {
        guard let start = self["start"]?.position, let end = self["end"]?.position else { return nil }
        return "\(start.line):\(start.character)-\(end.line):\(end.character)"
    }

    var description: String {
        guard JSONSerialization.isValidJSONObject(value),
            let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys])
        else { return "\(value)" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// Typed reads of what `JSONSerialization` made of the server's output (the
/// server itself reads its input with `JSONDecoder`).
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

/// Drives a `LanguageServer` running in-process on a thread, through a pair
/// of pipes, as an editor would: framed JSON-RPC in, framed JSON-RPC out.
final class LSPTestClient: @unchecked Sendable {
    let server: LanguageServer
    private let input = Pipe()
    private let output = Pipe()
    private let lock = NSLock()
    private let arrived = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    private var queue: [JSON] = []
    private var nextID = 1
    private var serverExitCode: Int32?
    private var inputClosed = false

    /// How long to wait for a message before failing.
    static let timeout: Double = 20

    init(language: Language = .english) {
        let output = self.output
        server = LanguageServer(
            language: language, log: { _ in },
            write: { data in try? output.fileHandleForWriting.write(contentsOf: data) })
        let serverThread = Thread { [self] in
            let code = server.run(inputDescriptor: input.fileHandleForReading.fileDescriptor)
            lock.withLock { serverExitCode = code }
            try? output.fileHandleForWriting.close()
            finished.signal()
        }
        serverThread.start()
        let readerThread = Thread { [self] in readReplies() }
        readerThread.start()
    }

    deinit {
        closeInput()
    }

    private func readReplies() {
        var framer = MessageFramer()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let descriptor = output.fileHandleForReading.fileDescriptor
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            framer.append(buffer[0..<count])
            while let frame = framer.next() {
                guard case .message(let body) = frame,
                    let object = try? JSONSerialization.jsonObject(with: body)
                else {
                    Issue.record("the server wrote a badly framed or non-JSON message")
                    continue
                }
                lock.withLock { queue.append(JSON(object)) }
                arrived.signal()
            }
        }
    }

    // MARK: Sending

    /// Writes raw bytes to the server, framing and all.
    func sendRaw(_ text: String) {
        try? input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
    }

    /// Frames a body and writes it.
    func sendBody(_ body: String) {
        sendRaw("Content-Length: \(body.utf8.count)\r\n\r\n" + body)
    }

    func send(_ message: [String: Any]) {
        guard let data = try? JSONSerialization.data(withJSONObject: message, options: [.sortedKeys]) else {
            Issue.record("cannot serialise a test message")
            return
        }
        sendBody(String(decoding: data, as: UTF8.self))
    }

    /// Sends a request and returns its id.
    @discardableResult
    func sendRequest(_ method: String, _ params: [String: Any]? = nil) -> Int {
        let id = lock.withLock {
            defer { nextID += 1 }
            return nextID
        }
        var message: [String: Any] = ["jsonrpc": "2.0", "id": id, "method": method]
        if let params { message["params"] = params }
        send(message)
        return id
    }

    /// Sends a request and waits for its response.
    func request(_ method: String, _ params: [String: Any]? = nil) -> JSON? {
        let id = sendRequest(method, params)
        return response(to: id)
    }

    func notify(_ method: String, _ params: [String: Any]? = nil) {
        var message: [String: Any] = ["jsonrpc": "2.0", "method": method]
        if let params { message["params"] = params }
        send(message)
    }

    // MARK: Receiving

    /// The next message, in the order the server wrote them.
    func next(timeout: Double = LSPTestClient.timeout) -> JSON? {
        let deadline = DispatchTime.now() + timeout
        while true {
            if let message = lock.withLock({ queue.isEmpty ? nil : queue.removeFirst() }) { return message }
            if arrived.wait(timeout: deadline) == .timedOut {
                return lock.withLock { queue.isEmpty ? nil : queue.removeFirst() }
            }
        }
    }

    /// The first message matching `predicate`; earlier ones are dropped.
    func waitFor(timeout: Double = LSPTestClient.timeout, _ predicate: (JSON) -> Bool) -> JSON? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            guard let message = next(timeout: max(0.01, deadline.timeIntervalSinceNow)) else { return nil }
            if predicate(message) { return message }
        }
        return nil
    }

    func response(to id: Int) -> JSON? {
        waitFor { $0["id"]?.int == id && $0["method"] == nil }
    }

    /// The next `publishDiagnostics` for `uri`.
    func diagnostics(for uri: String) -> JSON? {
        waitFor { $0["method"]?.string == "textDocument/publishDiagnostics" && $0["params"]?["uri"]?.string == uri }
    }

    /// Messages already received and not yet taken.
    var pending: [JSON] { lock.withLock { queue } }

    // MARK: Life cycle

    /// Initializes with the given options and sends `initialized`.
    @discardableResult
    func initialize(_ extra: [String: Any] = [:]) -> JSON? {
        var params: [String: Any] = ["processId": NSNull(), "rootUri": NSNull(), "capabilities": [String: Any]()]
        for (key, value) in extra { params[key] = value }
        let result = request("initialize", params)
        notify("initialized", [:])
        return result
    }

    func open(_ uri: String, _ text: String, version: Int = 1) {
        notify(
            "textDocument/didOpen",
            ["textDocument": ["uri": uri, "languageId": "netplan", "version": version, "text": text]])
    }

    func change(_ uri: String, _ text: String, version: Int) {
        notify(
            "textDocument/didChange",
            ["textDocument": ["uri": uri, "version": version], "contentChanges": [["text": text]]])
    }

    /// Params for a request at a position.
    static func at(_ uri: String, _ line: Int, _ character: Int) -> [String: Any] {
        ["textDocument": ["uri": uri], "position": ["line": line, "character": character]]
    }

    func closeInput() {
        let shouldClose = lock.withLock {
            defer { inputClosed = true }
            return !inputClosed
        }
        if shouldClose { try? input.fileHandleForWriting.close() }
    }

    /// Waits for the server loop to end and returns its exit code.
    func waitForExit(timeout: Double = LSPTestClient.timeout) -> Int32? {
        guard finished.wait(timeout: .now() + timeout) == .success else { return nil }
        finished.signal()
        return lock.withLock { serverExitCode }
    }
}

/// Positions in test text, counted independently of the server's converter.
enum LSPText {
    /// The 0-based line and UTF-16 character of the `occurrence`-th `needle`.
    static func position(of needle: String, in text: String, occurrence: Int = 1) -> (line: Int, character: Int) {
        var seen = 0
        var searchStart = text.startIndex
        while let found = text.range(of: needle, range: searchStart..<text.endIndex) {
            seen += 1
            if seen == occurrence {
                let before = text[..<found.lowerBound]
                let lines = before.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
                let last = lines.last.map(String.init) ?? ""
                return (lines.count - 1, last.utf16.count)
            }
            searchStart = found.upperBound
        }
        Issue.record("`\(needle)` not found")
        return (0, 0)
    }

    /// The range of a needle as "line:character-line:character" (single-line needles).
    static func range(of needle: String, in text: String, occurrence: Int = 1) -> String {
        let start = position(of: needle, in: text, occurrence: occurrence)
        return "\(start.line):\(start.character)-\(start.line):\(start.character + needle.utf16.count)"
    }
}
