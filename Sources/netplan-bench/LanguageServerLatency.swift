import Foundation
import NetplanBase
import NetplanLanguageServer
import NetplanTesting
import NetplanSyntax

extension Benchmark {
    /// Language server latency: the time from handing a `didChange` of a
    /// `lspLines`-line plan to the server until its `publishDiagnostics` is
    /// written, over several changes (issue 16: median at most 15 ms, stretch
    /// 5 ms); returns the median in milliseconds. The server runs
    /// in-process, as it does behind `netplan lsp`; the client's framing of
    /// the change is done before the clock starts.
    @discardableResult
    func measureLanguageServer() -> Double? {
        let base = PlanGenerator(seed: options.seed).healthyPlan(lines: options.lspLines).text
        var publishedAt: UInt64 = 0
        let marker = Data("textDocument/publishDiagnostics".utf8)
        let server = LanguageServer(language: .english, log: { _ in }) { data in
            if data.range(of: marker) != nil { publishedAt = DispatchTime.now().uptimeNanoseconds }
        }
        func frame(_ message: [String: Any]) -> [UInt8] {
            let body = (try? JSONSerialization.data(withJSONObject: message)) ?? Data()
            return Array("Content-Length: \(body.count)\r\n\r\n".utf8) + [UInt8](body)
        }
        let uri = "file:///bench/plan.netplan"
        server.receive(frame(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:] as [String: Any]]]))
        server.receive(frame(["jsonrpc": "2.0", "method": "initialized", "params": [:] as [String: Any]]))
        server.receive(
            frame([
                "jsonrpc": "2.0", "method": "textDocument/didOpen",
                "params": ["textDocument": ["uri": uri, "languageId": "netplan", "version": 1, "text": base]],
            ]))
        var latencies: [Double] = []
        let changes = max(10, options.runs * 4)
        for index in 0..<changes {
            // Alternate an edit that adds an error with one that does not.
            let edit = index % 2 == 0 ? "phase Ny\(index): invite Ukendt\(index)\n" : "# ændring \(index)\n"
            let change = frame([
                "jsonrpc": "2.0", "method": "textDocument/didChange",
                "params": [
                    "textDocument": ["uri": uri, "version": index + 2],
                    "contentChanges": [["text": base + edit]],
                ],
            ])
            publishedAt = 0
            let start = DispatchTime.now().uptimeNanoseconds
            server.receive(change)
            guard publishedAt >= start else {
                print("\nlanguage server: no diagnostics were published after a change")
                return nil
            }
            latencies.append(Double(publishedAt - start) / 1e6)
        }
        latencies.sort()
        let best = latencies[0]
        let median = latencies[latencies.count / 2]
        print("")
        print(
            "  language server, \(options.lspLines)-line plan: didChange to publishDiagnostics written, \(changes) changes: "
                + String(format: "best %.1f ms, median %.1f ms", best, median)
                + " (target <= 15 ms, stretch 5 ms) \(median <= 5 ? "stretch met" : median <= 15 ? "met" : "NOT met")")
        return median
    }
}
