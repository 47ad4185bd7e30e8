import Foundation
import Testing
@testable import NetplanLanguageServer

/// `netplan lsp` as a real process, as an editor starts it.
@Suite struct LSPBinaryTests {
    /// The `netplan` executable built next to the test bundle, if there is one.
    static var binary: URL? {
        var folders: [URL] = []
        if let executable = Bundle.main.executableURL { folders.append(executable.deletingLastPathComponent()) }
        folders.append(Bundle.main.bundleURL.deletingLastPathComponent())
        if let first = CommandLine.arguments.first {
            folders.append(URL(fileURLWithPath: first).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        for folder in folders {
            let candidate = folder.appendingPathComponent("netplan")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate.path)
            {
                return candidate
            }
        }
        return nil
    }

    @Test(.enabled(if: binary != nil, "the built `netplan` binary was not found next to the tests"))
    func sessionWithTheBuiltBinary() throws {
        let binary = try #require(Self.binary)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["lsp", "--stdio"]
        process.environment = ["LANG": "C"]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()

        func frame(_ body: String) -> Data { Data("Content-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8) }
        let open = #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///p.netplan","languageId":"netplan","version":1,"text":"core Anne: faglighed\nphase \"Bæ 😀\": invite Borgre\n"}}}"#
        var script = Data()
        script.append(frame(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{},"initializationOptions":{"language":"da"}}}"#))
        script.append(frame(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#))
        script.append(frame(open))
        script.append(frame("{not json"))
        script.append(frame(#"{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///p.netplan"},"position":{"line":1,"character":23}}}"#))
        script.append(frame(#"{"jsonrpc":"2.0","id":3,"method":"shutdown"}"#))
        script.append(frame(#"{"jsonrpc":"2.0","method":"exit"}"#))
        try input.fileHandleForWriting.write(contentsOf: script)
        try input.fileHandleForWriting.close()

        let data = output.fileHandleForReading.readDataToEndOfFile()
        _ = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        var framer = MessageFramer()
        framer.append(data)
        var messages: [JSON] = []
        while let frame = framer.next() {
            guard case .message(let body) = frame, let object = try? JSONSerialization.jsonObject(with: body) else {
                Issue.record("a badly framed reply")
                continue
            }
            messages.append(JSON(object))
        }
        #expect(messages.count == 5)  // initialize, diagnostics, parse error, hover, shutdown
        #expect(messages.first?["result"]?["capabilities"] != nil)
        let diagnostics = try #require(messages.first { $0["method"]?.string == "textDocument/publishDiagnostics" })
        let unknown = try #require(diagnostics["params"]?["diagnostics"]?.array?.first { $0["code"]?.string == "NP101" })
        #expect(unknown["range"]?.rangeText == "1:22-1:28")
        #expect(unknown["message"]?.string?.contains("mente du `Borgere`?") == true)
        #expect(messages.contains { $0["error"]?["code"]?.int == JSONRPCErrorCode.parseError })
        #expect(messages.contains { $0["id"]?.int == 2 && $0["result"] != nil })
        #expect(messages.last?["id"]?.int == 3)
    }
}
