import Foundation
import NetplanBase
import NetplanSyntax

/// Reads the JSON text of a message, repairing what is text-level damage
/// rather than a broken message.
///
/// `JSONDecoder` refuses two things an editor can send in the middle of
/// ordinary text: a lone UTF-16 surrogate written as an escape (`"\ud800"`,
/// for example half an emoji cut by a plugin) and bytes that are not UTF-8.
/// Refusing them would drop the whole edit, and every later position would be
/// off. Instead each lone surrogate escape becomes `\ufffd` and each invalid
/// byte sequence U+FFFD, the replacement character, and the message is read
/// again. Messages that are valid JSON are read as they are, at no extra cost.
/// Text in a field the server does not read is never looked at.
enum JSONText {
    /// The message in a body, or nil when the body is not JSON even after repair.
    /// (`ClientMessage` reads any JSON value; what is wrong with it becomes its kind.)
    package static func message(in body: Data) -> ClientMessage? {
        let decoder = JSONDecoder()
        do {
            return try decoder.decode(ClientMessage.self, from: body)
        } catch {
            // Not JSON, or damaged text (which `JSONDecoder` finds only when it reads the string).
            let repaired = Data(String(decoding: replacingLoneSurrogates(body), as: UTF8.self).utf8)
            guard repaired != body else { return nil }
            return try? decoder.decode(ClientMessage.self, from: repaired)
        }
    }

    /// The text with every `\uXXXX` escape of a lone surrogate replaced by `\ufffd`.
    /// A high surrogate directly followed by an escaped low surrogate is a pair and stays.
    static func replacingLoneSurrogates(_ text: Data) -> Data {
        let bytes = [UInt8](text)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        let replacement = Array(#"\ufffd"#.utf8)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count else {
                result.append(bytes[index])
                index += 1
                continue
            }
            guard let unit = escapedUnit(bytes, at: index) else {
                // Another escape (`\\`, `\"`, `\n`, ...): copied whole, so its second byte is never read as a start.
                result.append(contentsOf: bytes[index...(index + 1)])
                index += 2
                continue
            }
            switch unit {
            case 0xD800...0xDBFF:
                if let next = escapedUnit(bytes, at: index + 6), (0xDC00...0xDFFF).contains(next) {
                    result.append(contentsOf: bytes[index..<(index + 12)])
                    index += 12
                } else {
                    result.append(contentsOf: replacement)
                    index += 6
                }
            case 0xDC00...0xDFFF:
                result.append(contentsOf: replacement)
                index += 6
            default:
                result.append(contentsOf: bytes[index..<(index + 6)])
                index += 6
            }
        }
        return Data(result)
    }

    /// The code unit of a complete `\uXXXX` escape at `index`, if there is one.
    private static func escapedUnit(_ bytes: [UInt8], at index: Int) -> UInt16? {
        guard index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
            return nil
        }
        var unit: UInt16 = 0
        for byte in bytes[(index + 2)..<(index + 6)] {
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: return nil
            }
            unit = unit << 4 | UInt16(digit)
        }
        return unit
    }
}
