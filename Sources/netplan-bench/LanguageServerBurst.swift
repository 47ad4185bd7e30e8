import Foundation
import NetplanLanguageServer
import NetplanTesting
import NetplanSyntax

extension Benchmark {
    /// A burst of edits to the language server, as an editor sends them while
    /// someone types fast: `lspBurstEdits` `didChange` notifications to an
    /// `lspBurstLines`-line plan, written to the server's input pipe at once.
    /// Measured: the time from the first byte of the burst until the
    /// diagnostics of the latest version are written, against one edit of the
    /// same plan handled alone in the same run (read, check, publish). The
    /// server checks once per batch of waiting messages, not once per edit.
    ///
    /// Two kinds of edits: typing sent as small ranged changes (incremental
    /// sync), and the full text with every change (full sync, what the
    /// server asks for and the VS Code client sends). With the full text, the
    /// server must still read every edit's JSON; that cost grows with the
    /// edits and is shown separately (parsing the burst's messages alone).
    func measureLanguageServerBurst() {
        let base = PlanGenerator(seed: options.seed).healthyPlan(lines: options.lspBurstLines).text + "# \n"
        let uri = "file:///bench/burst.netplan"
        let single = best { _ = burst(base: base, bytes: changes(.fullText, 1, uri: uri, base: base), latest: 2) }
        print("")
        print(
            "  language server burst, \(options.lspBurstLines)-line plan (\(base.utf8.count / 1000) kB), one edit alone: "
                + String(format: "%.1f ms", single * 1000) + "; ratios to it:")
        for kind in [EditKind.incremental, .fullText] {
            var seconds: [Double] = []
            for factor in [1, 4] {
                let edits = options.lspBurstEdits * factor
                let bytes = changes(kind, edits, uri: uri, base: base)
                var outcome = (seconds: Double.infinity, publications: 0)
                for _ in 0..<(kind == .fullText ? 1 : max(1, options.runs / 2)) {
                    guard let run = burst(base: base, bytes: bytes, latest: edits + 1) else {
                        print("  language server burst: the latest version was never published")
                        return
                    }
                    if run.seconds < outcome.seconds { outcome = run }
                }
                seconds.append(outcome.seconds)
                var line = "\(kind.rawValue), \(factor)x = \(edits) edits at once, until the latest version is published "
                line += "(\(outcome.publications) publications)"
                if kind == .fullText {
                    let parsing = best(1) { parseOnly(bytes) }
                    line += String(format: "; parsing their JSON alone: %.1f", parsing / single)
                }
                report(line, outcome.seconds / single, 3)
            }
            report("\(kind.rawValue): burst at 4x / burst at 1x (4 would be one check per edit)", seconds[1] / seconds[0], 4)
        }
    }

    enum EditKind: String {
        case incremental = "typing (ranged changes)"
        case fullText = "full text each change"
    }

    /// `edits` framed changes after version 1, as `kind` sends them.
    /// Typing inserts one letter at a time into the comment on the last line.
    private func changes(_ kind: EditKind, _ edits: Int, uri: String, base: String) -> [UInt8] {
        let lastLine = base.utf8.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } - 1
        var text = base
        var bytes: [UInt8] = []
        for edit in 0..<edits {
            let change: [String: Any]
            switch kind {
            case .incremental:
                let position: [String: Any] = ["line": lastLine, "character": 2 + edit]
                change = ["range": ["start": position, "end": position], "text": "a"]
            case .fullText:
                text.insert("a", at: text.index(before: text.endIndex))
                change = ["text": text]
            }
            bytes += frame([
                "jsonrpc": "2.0", "method": "textDocument/didChange",
                "params": ["textDocument": ["uri": uri, "version": edit + 2], "contentChanges": [change]],
            ])
        }
        return bytes
    }

    private func frame(_ message: [String: Any]) -> [UInt8] {
        let body = (try? JSONSerialization.data(withJSONObject: message)) ?? Data()
        return Array("Content-Length: \(body.count)\r\n\r\n".utf8) + [UInt8](body)
    }

    /// The shape of a `didChange`, read as the server reads it (with `JSONDecoder`).
    private struct ChangeMessage: Decodable {
        struct Params: Decodable {
            struct Document: Decodable {
                var uri: String
                var version: Int
            }
            struct Change: Decodable { var text: String }
            var textDocument: Document
            var contentChanges: [Change]
        }
        var jsonrpc: String
        var method: String
        var params: Params
    }

    /// Reads the JSON of every framed message in `bytes` with `JSONDecoder`, and nothing else.
    private func parseOnly(_ bytes: [UInt8]) {
        var index = 0
        while let headerEnd = bytes[index...].firstIndex(of: UInt8(ascii: "{")),
            let colon = bytes[index..<headerEnd].firstIndex(of: UInt8(ascii: ":")),
            let length = Int(String(decoding: bytes[(colon + 1)..<headerEnd], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        {
            let body = Data(bytes[headerEnd..<(headerEnd + length)])
            sink &+= (try? JSONDecoder().decode(ChangeMessage.self, from: body))?.params.contentChanges.count ?? 0
            index = headerEnd + length
            if index >= bytes.count { break }
        }
    }

    /// Runs a server over pipes, opens `base`, writes the burst at once and
    /// waits until version `latest` is published. The time counts from the
    /// first byte of the burst; framing the messages is done before.
    private func burst(base: String, bytes: [UInt8], latest: Int) -> (seconds: Double, publications: Int)? {
        let uri = "file:///bench/burst.netplan"
        let input = Pipe()
        let watcher = PublicationWatcher(latest: Data("\"version\":\(latest)}".utf8))
        let server = LanguageServer(language: .english, log: { _ in }) { data in watcher.saw(data) }
        let readDescriptor = input.fileHandleForReading.fileDescriptor
        let serverDone = DispatchSemaphore(value: 0)
        Thread {
            _ = server.run(inputDescriptor: readDescriptor)
            serverDone.signal()
        }.start()
        let writer = input.fileHandleForWriting
        var opening = frame(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:] as [String: Any]]])
        opening += frame(["jsonrpc": "2.0", "method": "initialized", "params": [:] as [String: Any]])
        opening += frame([
            "jsonrpc": "2.0", "method": "textDocument/didOpen",
            "params": ["textDocument": ["uri": uri, "languageId": "netplan", "version": 1, "text": base]],
        ])
        try? writer.write(contentsOf: opening)
        watcher.waitForPublications(1)
        let before = watcher.publications
        let data = Data(bytes)
        let start = DispatchTime.now().uptimeNanoseconds
        // The pipe holds 64 kB: write from another thread while the server reads.
        Thread { try? writer.write(contentsOf: data) }.start()
        let published = watcher.waitForLatest(timeout: 300)
        let end = DispatchTime.now().uptimeNanoseconds
        let goodbye = frame(["jsonrpc": "2.0", "id": 2, "method": "shutdown"]) + frame(["jsonrpc": "2.0", "method": "exit"])
        try? writer.write(contentsOf: Data(goodbye))
        serverDone.wait()
        try? writer.close()
        guard published else { return nil }
        return (Double(end - start) / 1e9, watcher.publications - before)
    }
}

/// Counts `publishDiagnostics` written by the server and notices the one for the latest version.
private final class PublicationWatcher: @unchecked Sendable {
    private let condition = NSCondition()
    private let latest: Data
    private var count = 0
    private var sawLatest = false
    private let marker = Data("textDocument/publishDiagnostics".utf8)

    init(latest: Data) { self.latest = latest }

    func saw(_ data: Data) {
        guard data.range(of: marker) != nil else { return }
        condition.withLock {
            count += 1
            if data.range(of: latest) != nil { sawLatest = true }
            condition.broadcast()
        }
    }

    var publications: Int { condition.withLock { count } }

    func waitForPublications(_ wanted: Int) {
        condition.withLock { while count < wanted { condition.wait() } }
    }

    func waitForLatest(timeout: Double) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        return condition.withLock {
            while !sawLatest { if !condition.wait(until: deadline) { return false } }
            return true
        }
    }
}
