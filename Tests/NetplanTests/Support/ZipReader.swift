import Foundation

/// A small ZIP reader for the tests: it finds the end record, walks the
/// central directory, reads each entry through its local header, and checks
/// sizes, the stored method and the CRC-32 (computed here bit by bit, not
/// with the table the writer uses).
enum ZipReader {
    struct Entry {
        var name: String
        var bytes: [UInt8]
        var flags: UInt16
        var time: UInt16
        var date: UInt16
    }

    struct Problem: Error, CustomStringConvertible {
        var description: String
    }

    static func u16(_ bytes: [UInt8], _ at: Int) throws -> UInt16 {
        guard at >= 0, at + 2 <= bytes.count else { throw Problem(description: "read past the end at \(at)") }
        return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    static func u32(_ bytes: [UInt8], _ at: Int) throws -> UInt32 {
        UInt32(try u16(bytes, at)) | UInt32(try u16(bytes, at + 2)) << 16
    }

    /// CRC-32 bit by bit, independent of the writer's table.
    static func crc(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    static func entries(_ bytes: [UInt8]) throws -> [Entry] {
        let end = bytes.count - 22
        guard end >= 0, try u32(bytes, end) == 0x0605_4B50 else { throw Problem(description: "no end record") }
        let count = Int(try u16(bytes, end + 10))
        guard try u16(bytes, end + 8) == count else { throw Problem(description: "entry counts differ") }
        let size = Int(try u32(bytes, end + 12))
        var at = Int(try u32(bytes, end + 16))
        guard at + size == end else { throw Problem(description: "the central directory does not end at the end record") }
        var entries: [Entry] = []
        for _ in 0..<count {
            guard try u32(bytes, at) == 0x0201_4B50 else { throw Problem(description: "bad directory record at \(at)") }
            let flags = try u16(bytes, at + 8)
            let method = try u16(bytes, at + 10)
            let time = try u16(bytes, at + 12)
            let date = try u16(bytes, at + 14)
            let crc = try u32(bytes, at + 16)
            let compressed = Int(try u32(bytes, at + 20))
            let length = Int(try u32(bytes, at + 24))
            let nameLength = Int(try u16(bytes, at + 28))
            let extra = Int(try u16(bytes, at + 30))
            let comment = Int(try u16(bytes, at + 32))
            let offset = Int(try u32(bytes, at + 42))
            guard at + 46 + nameLength <= bytes.count else { throw Problem(description: "name past the end") }
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            guard method == 0, compressed == length else { throw Problem(description: "\(name) is not stored") }
            guard try u32(bytes, offset) == 0x0403_4B50 else { throw Problem(description: "no local header for \(name)") }
            let localNameLength = Int(try u16(bytes, offset + 26))
            let localExtra = Int(try u16(bytes, offset + 28))
            guard try u32(bytes, offset + 14) == crc, Int(try u32(bytes, offset + 22)) == length,
                localNameLength == nameLength
            else { throw Problem(description: "local header of \(name) differs from the directory") }
            let start = offset + 30 + localNameLength + localExtra
            guard start + length <= bytes.count else { throw Problem(description: "\(name) runs past the end") }
            let data = Array(bytes[start..<(start + length)])
            guard Self.crc(data) == crc else { throw Problem(description: "CRC of \(name) is wrong") }
            entries.append(Entry(name: name, bytes: data, flags: flags, time: time, date: date))
            at += 46 + nameLength + extra + comment
        }
        return entries
    }
}
