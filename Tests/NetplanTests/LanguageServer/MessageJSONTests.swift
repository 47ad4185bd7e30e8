import Foundation
import Testing
@testable import NetplanLanguageServer

/// The server's own JSON writer agrees with `JSONSerialization` on what it reads back.
@Suite struct MessageJSONTests {
    static func text(_ message: [String: Any]) -> String? {
        MessageJSON.data(message).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func writesSwiftValuesWithSortedKeys() throws {
        let message: [String: Any] = [
            "b": true, "a": 0, "c": NSNull(), "d": ["x", 1, false, [String: Any]()] as [Any],
            "e": ["range": ["line": 3, "character": 4]] as [String: Any], "f": [[String: Any]](),
        ]
        #expect(Self.text(message) == #"{"a":0,"b":true,"c":null,"d":["x",1,false,{}],"e":{"range":{"character":4,"line":3}},"f":[]}"#)
    }

    @Test func stringsAreEscapedAndReadBackUnchanged() throws {
        let names = ["\"quote\" \\ back/slash", "line\nbreak\r\ttab", "\u{1B}[31m\u{0}\u{7F}", "æøå 😀 e\u{301}", "\u{2028}\u{2029}"]
        let data = try #require(MessageJSON.data(["names": names]))
        let read = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(read["names"] as? [String] == names)
    }

    @Test func numbersFromTheClientKeepTheirKind() throws {
        // Values that came through JSONSerialization (NSNumber) stay booleans or integers.
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(#"{"t":true,"n":7,"z":0}"#.utf8)) as? [String: Any])
        #expect(Self.text(parsed) == #"{"n":7,"t":true,"z":0}"#)
    }

    @Test func aValueJSONCannotHoldIsRefused() {
        #expect(MessageJSON.data(["x": 1.5]) == nil)
        #expect(MessageJSON.data(["x": [Date()]]) == nil)
    }
}
