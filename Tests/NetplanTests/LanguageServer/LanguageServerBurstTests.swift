import Foundation
import Testing

@testable import NetplanLanguageServer

/// A burst of edits: every queued change is applied, the document is checked
/// once, and only its latest version is published.
@Suite struct LanguageServerBurstTests {
    static let uri = "file:///tmp/burst.netplan"

    /// A plan without errors, about 60 lines.
    static let plan: String = {
        var text = "network \"Burst\"\ncore Anne: faglighed, indsigt, ressourcer, handlekraft\n"
        for index in 0..<20 { text += "participant P\(index): indsigt via Anne\n" }
        for index in 0..<20 { text += "phase F\(index): invite P\(index)\n" }
        return text
    }()

    /// Version `version` of the plan: a comment, and from `errorFrom` on an unknown name.
    static func edit(_ version: Int, errorFrom: Int = .max) -> String {
        plan + "# edit \(version)\n" + (version >= errorFrom ? "phase Sidst: invite Ukendt\n" : "")
    }

    @Test func aBurstIsCheckedOnceAndOnlyTheLatestVersionIsPublished() throws {
        let session = InProcessServer()
        #expect(InProcessServer.published(session.start(Self.uri, Self.plan)).count == 1)
        let checksBefore = session.server.checkCount
        var burst: [UInt8] = []
        for version in 2...101 { burst += InProcessServer.change(Self.uri, Self.edit(version, errorFrom: 101), version: version) }
        session.server.receive(burst)
        let published = InProcessServer.published(session.take())
        #expect(published.count == 1)
        let latest = try #require(published.last?["params"])
        #expect(latest["version"]?.int == 101)
        #expect(latest["diagnostics"]?.array?.contains { $0["code"]?.string == "NP101" } == true)
        #expect(session.server.checkCount == checksBefore + 1)
    }

    @Test func aRequestSeesTheEditsBeforeItAndComesAfterTheirDiagnostics() throws {
        let session = InProcessServer()
        session.start(Self.uri, Self.plan)
        let symbols: [String: Any] = ["textDocument": ["uri": Self.uri]]
        var burst: [UInt8] = []
        burst += InProcessServer.change(Self.uri, Self.plan + "participant Ny: indsigt\n", version: 2)
        burst += InProcessServer.change(Self.uri, Self.plan + "participant Nyere: indsigt\n", version: 3)
        burst += InProcessServer.request(5, "textDocument/documentSymbol", symbols)
        burst += InProcessServer.change(Self.uri, Self.plan, version: 4)
        burst += InProcessServer.request(6, "textDocument/documentSymbol", symbols)
        burst += InProcessServer.change(Self.uri, Self.edit(5, errorFrom: 5), version: 5)
        session.server.receive(burst)
        let messages = session.take()
        // In order: diagnostics of version 3, answer 5, diagnostics of 4, answer 6, diagnostics of 5.
        let order = messages.map { message -> String in
            if let id = message["id"]?.int { return "answer \(id)" }
            return "version \(message["params"]?["version"]?.int ?? -1)"
        }
        #expect(order == ["version 3", "answer 5", "version 4", "answer 6", "version 5"])
        let first = messages.first { $0["id"]?.int == 5 }?["result"]?.array?.compactMap { $0["name"]?.string } ?? []
        #expect(first.contains("Nyere"))
        #expect(!first.contains("Ny"))
        let second = messages.first { $0["id"]?.int == 6 }?["result"]?.array?.compactMap { $0["name"]?.string } ?? []
        #expect(!second.contains("Nyere"))
    }

    @Test func closingInABurstPublishesOnlyTheEmptyList() throws {
        let session = InProcessServer()
        session.start(Self.uri, Self.plan)
        var burst: [UInt8] = []
        for version in 2...30 { burst += InProcessServer.change(Self.uri, Self.edit(version, errorFrom: 2), version: version) }
        burst += InProcessServer.frame([
            "jsonrpc": "2.0", "method": "textDocument/didClose", "params": ["textDocument": ["uri": Self.uri]],
        ])
        session.server.receive(burst)
        let published = InProcessServer.published(session.take())
        #expect(published.count == 1)
        #expect(published.first?["params"]?["diagnostics"]?.array?.isEmpty == true)
    }

    /// Over a real pipe, with the reader thread: a burst written at once is
    /// published a few times at most (once per batch the server found waiting),
    /// never once per edit, and the last publication is for the latest version.
    @Test func aBurstOverAPipeIsNotPublishedOncePerEdit() throws {
        let client = LSPTestClient()
        client.initialize()
        client.open(Self.uri, Self.plan)
        _ = client.diagnostics(for: Self.uri)
        let edits = 200
        var burst: [UInt8] = []
        for version in 2...(edits + 1) {
            burst += InProcessServer.change(Self.uri, Self.edit(version, errorFrom: edits + 1), version: version)
        }
        client.sendRaw(String(decoding: burst, as: UTF8.self))
        var publications = 0
        var latest: JSON?
        while latest == nil, let published = client.diagnostics(for: Self.uri) {
            publications += 1
            if published["params"]?["version"]?.int == edits + 1 { latest = published }
        }
        let final = try #require(latest)
        #expect(final["params"]?["diagnostics"]?.array?.contains { $0["code"]?.string == "NP101" } == true)
        #expect(publications <= edits / 10, "published \(publications) times for \(edits) edits")
        // Nothing stale comes after it.
        let id = client.sendRequest("shutdown")
        var answered = false
        while !answered, let message = client.next() {
            answered = message["id"]?.int == id
            #expect(message["method"]?.string != "textDocument/publishDiagnostics", "published after the latest version")
        }
        #expect(answered)
        client.notify("exit")
        #expect(client.waitForExit() == 0)
    }
}
