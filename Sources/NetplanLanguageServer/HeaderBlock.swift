import Foundation
import NetplanSyntax

/// Reads the `Content-Length` of a message's header block.
///
/// A field counts only when its name is exactly `Content-Length`. Names are
/// compared without regard to case, as HTTP compares header names, but always
/// whole: `X-Content-Length`, `Content-Lengthy` or a value that mentions
/// `Content-Length` are other fields, and like every other field
/// (`Content-Type`) they are ignored. No space may come between the name and
/// its colon. The last `Content-Length` wins.
///
/// One repair: when the block's first line is not a header field at all,
/// because the part before its first colon holds a character that no header
/// name can have (the tail `…"}` of a broken message glued in front of the next
/// header), that junk is skipped up to the last `Content-Length:` that follows
/// such a character. Junk made only of name characters cannot be told from a
/// longer name, so it is never skipped: that block has no `Content-Length`.
enum HeaderBlock {
    package struct Problem: Error {
        package var text: String
    }

    static func contentLength(in block: ArraySlice<UInt8>) -> Result<Int, Problem> {
        var length: Int?
        var problem: String?
        var isFirstLine = true
        for line in block.split(omittingEmptySubsequences: true, whereSeparator: { $0 == 0x0A || $0 == 0x0D }) {
            defer { isFirstLine = false }
            let value: ArraySlice<UInt8>
            if let colon = line.firstIndex(of: 0x3A), colon > line.startIndex, line[..<colon].allSatisfy(isNameByte) {
                guard equalsFieldName(line[..<colon]) else { continue }
                value = line[(colon + 1)...]
            } else if isFirstLine, let afterField = fieldAfterJunk(in: line) {
                value = line[afterField...]
            } else {
                continue
            }
            let text = String(decoding: value, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let number = Int(text),
                number <= MessageFramer.maximumLength
            {
                length = number
                problem = nil
            } else {
                length = nil
                problem = "Content-Length is not a usable number: `\(text.prefix(30))`"
            }
        }
        if let length { return .success(length) }
        return .failure(Problem(text: problem ?? "a message header without Content-Length"))
    }

    private static let fieldName = Array("content-length".utf8)

    /// A `tchar` of RFC 9110: the bytes a header name is made of.
    static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"),
            UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
            UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            return true
        default: return false
        }
    }

    /// Whether `name` is `Content-Length`, ignoring ASCII case.
    private static func equalsFieldName(_ name: ArraySlice<UInt8>) -> Bool {
        name.count == fieldName.count && zip(name, fieldName).allSatisfy { lowercased($0) == $1 }
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }

    /// In a junk line, the index after the last `Content-Length:` that
    /// follows a byte no header name can have.
    private static func fieldAfterJunk(in line: ArraySlice<UInt8>) -> Int? {
        let nameLength = fieldName.count
        var start = line.endIndex - nameLength - 1
        while start > line.startIndex {
            if !isNameByte(line[start - 1]), line[start + nameLength] == 0x3A,
                equalsFieldName(line[start..<(start + nameLength)])
            {
                return start + nameLength + 1
            }
            start -= 1
        }
        return nil
    }
}
