import Foundation
import Testing
@testable import NetplanLanguageServer

/// Framing (`Content-Length` by its exact name) and reading message text.
@Suite struct JSONRPCTests {
    /// The frames in `text`, as `body` or `malformed`.
    static func frames(_ text: String) -> [String] {
        var framer = MessageFramer()
        framer.append(Array(text.utf8))
        var result: [String] = []
        while let frame = framer.next() {
            switch frame {
            case .message(let body): result.append("body " + String(decoding: body, as: UTF8.self))
            case .malformed: result.append("malformed")
            }
        }
        return result
    }

    @Test func onlyTheExactHeaderNameCounts() {
        // A longer name that ends in Content-Length is another header.
        #expect(Self.frames("X-Content-Length: 2\r\n\r\n") == ["malformed"])
        #expect(Self.frames("Content-Length: 2\r\nX-Content-Length: 5\r\n\r\n{}") == ["body {}"])
        #expect(Self.frames("Content-Length: 2\r\nNot-Content-Length:5\r\n\r\n{}") == ["body {}"])
        // A value that mentions Content-Length is not the field.
        #expect(Self.frames("Content-Length: 2\r\nContent-Type: a; Content-Length: 9\r\n\r\n{}") == ["body {}"])
        #expect(Self.frames("Content-Length: 2\r\nContent-Lengthy: 9\r\n\r\n{}") == ["body {}"])
        // Header names ignore case, as in HTTP; the name is still compared whole.
        #expect(Self.frames("content-length: 2\r\n\r\n{}") == ["body {}"])
        #expect(Self.frames("CONTENT-LENGTH:2\r\ncontent-type: x\r\n\r\n{}") == ["body {}"])
        // No space is allowed between the name and the colon (as in HTTP).
        #expect(Self.frames("Content-Length : 2\r\n\r\n") == ["malformed"])
    }

    @Test func theTailOfABrokenMessageBeforeAHeaderIsSkipped() {
        // A body shorter than its length leaves a tail; the next header still counts.
        #expect(Self.frames("Content-Length: 5\r\n\r\n{\"a\":1}Content-Length: 2\r\n\r\n{}") == ["body {\"a\":", "body {}"])
        #expect(Self.frames("{\"a\":1}Content-Length: 2\r\n\r\n{}") == ["body {}"])
        #expect(Self.frames("\"]}Content-Length: 2\r\n\r\n{}") == ["body {}"])
        // Junk made only of letters could be a header name: it is not skipped,
        // so the block has no Content-Length; the message after it is read again.
        #expect(Self.frames("garbageContent-Length: 2\r\n\r\n{}Content-Length: 3\r\n\r\n[1]") == ["malformed", "body [1]"])
    }

    @Test func loneSurrogatesAreReplacedAndPairsKept() {
        func replaced(_ text: String) -> String {
            String(decoding: JSONText.replacingLoneSurrogates(Data(text.utf8)), as: UTF8.self)
        }
        #expect(replaced(#"{"a":"\ud800"}"#) == #"{"a":"\ufffd"}"#)
        #expect(replaced(#"{"a":"\udc00x"}"#) == #"{"a":"\ufffdx"}"#)
        #expect(replaced(#"{"a":"\uD800\u0041"}"#) == #"{"a":"\ufffd\u0041"}"#)
        #expect(replaced(#"{"a":"\ud800\ud800\udc00"}"#) == #"{"a":"\ufffd\ud800\udc00"}"#)
        #expect(replaced(#"{"a":"\ud83d\ude00"}"#) == #"{"a":"\ud83d\ude00"}"#)
        // An escaped backslash before `ud800` is not an escape of a surrogate.
        #expect(replaced(#"{"a":"\\ud800"}"#) == #"{"a":"\\ud800"}"#)
        // A surrogate at the very end, cut short.
        #expect(replaced(#""\ud800"#) == #""\ufffd"#)
        #expect(replaced(#""\ud8"#) == #""\ud8"#)
    }

    @Test func aLoneSurrogateInAnEditIsReplacedNotDropped() throws {
        let uri = "file:///tmp/surrogate.netplan"
        let session = InProcessServer()
        session.start(uri, "core Anne: faglighed\n")
        let body = #"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"\#(uri)","version":2},"contentChanges":[{"text":"core Anne: faglighed\nphase P: invite \"X\ud800Y\"\n"}]}}"#
        session.server.receive(InProcessServer.frame(body: body))
        let published = try #require(InProcessServer.published(session.take()).last?["params"])
        #expect(published["version"]?.int == 2)
        let unknown = try #require(published["diagnostics"]?.array?.first { $0["code"]?.string == "NP101" })
        #expect(unknown["message"]?.string?.contains("X\u{FFFD}Y") == true)
    }

    @Test func invalidUTF8InAnEditBecomesReplacementCharacters() throws {
        let uri = "file:///tmp/bytes.netplan"
        let session = InProcessServer()
        session.start(uri, "core Anne: faglighed\n")
        let head = #"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"\#(uri)","version":2},"contentChanges":[{"text":"core Anne: faglighed\nphase P: invite \"X"#
        let body = Array(head.utf8) + [0xFF, 0xC3] + Array(#"Y\"\n"}]}}"#.utf8)
        session.server.receive(Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body)
        let published = try #require(InProcessServer.published(session.take()).last?["params"])
        #expect(published["version"]?.int == 2)
        let unknown = try #require(published["diagnostics"]?.array?.first { $0["code"]?.string == "NP101" })
        #expect(unknown["message"]?.string?.contains("X\u{FFFD}\u{FFFD}Y") == true)
    }
}
