import Foundation
import Testing
@testable import NetplanLanguageServer

/// Results on a very large plan stay bounded: completion and the outline are
/// capped, so one request cannot hold the server (and the editor) for seconds.
/// Serialized: the tests share one server (checking the big plan takes a moment), and a server takes one batch at a time.
@Suite(.serialized) struct LanguageServerLimitsTests {
    static let uri = "file:///tmp/big.netplan"
    static let participants = 20_000

    /// 20,000 participants, a phase inviting all of them, and two unfinished `invite`s at the end.
    static let plan: String = {
        var text = "core Anne: faglighed, indsigt, ressourcer, handlekraft\n"
        text.reserveCapacity(participants * 40)
        for index in 0..<participants { text += "participant P\(index): indsigt\n" }
        text += "phase Alle: invite " + (0..<participants).map { "P\($0)" }.joined(separator: ", ") + "\n"
        text += "phase Ny: invite \n"
        text += "phase Nz: invite p1234\n"
        return text
    }()

    /// One session on the big plan for all tests here (checking it takes a moment).
    static let session: InProcessServer = {
        let session = InProcessServer()
        session.start(uri, plan)
        return session
    }()

    static func request(_ method: String, _ params: [String: Any]) -> JSON? {
        session.server.receive(InProcessServer.request(1, method, params))
        return session.take().first { $0["id"]?.int == 1 }?["result"]
    }

    /// Completion at the end of the line that starts with `line`.
    static func completion(atEndOf line: String) -> JSON? {
        let position = LSPText.position(of: line, in: plan)
        return request(
            "textDocument/completion",
            ["textDocument": ["uri": uri], "position": ["line": position.line, "character": line.utf16.count]])
    }

    @Test func completionIsCappedAndMarkedIncomplete() throws {
        let result = try #require(Self.completion(atEndOf: "phase Ny: invite "))
        #expect(result["isIncomplete"]?.bool == true)
        let items = try #require(result["items"]?.array)
        #expect(items.count == Completion.limit)
        // The first ones in the editor's order are kept: declared names before the built-in groups.
        #expect(items.allSatisfy { $0["sortText"]?.string?.hasPrefix("0 ") == true })
    }

    @Test func completionFiltersByWhatIsTyped() throws {
        let result = try #require(Self.completion(atEndOf: "phase Nz: invite p1234"))
        #expect(result["isIncomplete"]?.bool == true)
        let labels = Set(result["items"]?.array?.compactMap { $0["label"]?.string } ?? [])
        #expect(labels == Set(["P1234"] + (0...9).map { "P1234\($0)" }))
    }

    @Test func documentSymbolsAreCappedWithANoteOfWhatIsLeftOut() throws {
        let symbols = try #require(Self.request("textDocument/documentSymbol", ["textDocument": ["uri": Self.uri]])?.array)
        let total = symbols.reduce(0) { $0 + 1 + ($1["children"]?.array?.count ?? 0) }
        #expect(total <= DocumentSymbols.limit)
        #expect(total > DocumentSymbols.limit - 10)
        let note = try #require(symbols.last)
        // The note is the last entry and counts the statements not shown: of 1 core, 20,000
        // participants and 4 phases (`phase Ny: invite` is unfinished, a syntax error, but the
        // parser keeps the phase it names, so it is an entry too).
        let shown = symbols.count - 1
        #expect(note["name"]?.string?.contains("\(Self.participants + 4 - shown)") == true, "\(note), \(shown) shown")
        #expect(note["name"]?.string?.contains("more") == true)
    }

    @Test func aPhaseThatDoesNotFitShowsTheFirstOfWhoIsPresent() throws {
        // The phase comes first, so its 6,000 people present are what fills the outline.
        let count = 6_000
        let text = "phase Alle: invite " + (0..<count).map { "P\($0)" }.joined(separator: ", ") + "\n"
            + (0..<count).map { "participant P\($0): indsigt\n" }.joined()
        let session = InProcessServer()
        session.start(Self.uri, text)
        session.server.receive(InProcessServer.request(1, "textDocument/documentSymbol", ["textDocument": ["uri": Self.uri]]))
        let symbols = try #require(session.take().first { $0["id"]?.int == 1 }?["result"]?.array)
        let phase = try #require(symbols.first)
        let children = phase["children"]?.array?.count ?? 0
        #expect(children == DocumentSymbols.limit - 2)  // the phase itself and the note
        #expect(phase["detail"]?.string?.contains("the first \(children) of \(count) shown") == true)
        #expect(symbols.count == 2)
        #expect(symbols.last?["name"]?.string?.contains("\(count) more") == true)
    }
}
