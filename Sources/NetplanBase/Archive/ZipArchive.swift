/// A ZIP archive written in memory, with stored entries only (method 0, no
/// compression): what an Office Open XML file (`.xlsx`) needs and every ZIP
/// reader opens.
///
/// - Each entry has a local header, its bytes and a CRC-32; then come the
///   central directory and the end record.
/// - Names are UTF-8 and say so (general purpose flag bit 11).
/// - Every entry carries the same fixed time, 1980-01-01 00:00 (the first
///   moment DOS time can hold), so the same entries give the same archive,
///   byte for byte.
/// - Classic ZIP holds at most 65535 entries and sizes and offsets below
///   4 GiB. An archive past either limit is refused with `Failure`, never
///   written wrong and never a trap.
public struct ZipArchive: Sendable {
    /// Why an archive cannot be written.
    public enum Failure: Error, Equatable, Sendable {
        /// More entries than the end record can count.
        case tooManyEntries(Int)
        /// An entry, or the archive up to it, reaches past the 4 GiB a
        /// classic ZIP can address.
        case tooLarge(entry: String)
        /// A name longer than 65535 bytes of UTF-8.
        case nameTooLong(String)
    }

    /// The most entries a classic ZIP holds.
    public static let maxEntries = 0xFFFF
    /// The largest size or offset a classic ZIP can write (4 GiB - 1).
    public static let maxSize = 0xFFFF_FFFF

    /// 1980-01-01 in DOS date form: (year - 1980) << 9 | month << 5 | day.
    static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1
    /// 00:00:00 in DOS time form.
    static let dosTime: UInt16 = 0
    /// Bit 11 of the general purpose flags: the name is UTF-8.
    static let utf8Flag: UInt16 = 0x0800
    /// Version 2.0: what a reader needs for stored entries and folders.
    static let version: UInt16 = 20

    private var entries: [(name: String, bytes: [UInt8])] = []
    /// The size limit; tests lower it to prove the guard without 4 GiB of memory.
    let sizeLimit: Int
    /// The entry limit; tests lower it the same way.
    let entryLimit: Int

    public init() {
        self.init(sizeLimit: Self.maxSize, entryLimit: Self.maxEntries)
    }

    package init(sizeLimit: Int, entryLimit: Int) {
        self.sizeLimit = sizeLimit
        self.entryLimit = entryLimit
    }

    /// Adds a file; entries are written in the order they are added.
    public mutating func add(_ name: String, _ bytes: [UInt8]) {
        entries.append((name, bytes))
    }

    /// Adds a text file, UTF-8 without a byte-order mark.
    public mutating func add(_ name: String, text: String) {
        add(name, Array(text.utf8))
    }

    /// The archive's bytes.
    public func bytes() throws(Failure) -> [UInt8] {
        guard entries.count <= entryLimit else { throw .tooManyEntries(entries.count) }
        var out: [UInt8] = []
        var directory: [UInt8] = []
        for entry in entries {
            let name = Array(entry.name.utf8)
            guard name.count <= 0xFFFF else { throw .nameTooLong(entry.name) }
            let offset = out.count
            let end = offset + 30 + name.count + entry.bytes.count
            guard entry.bytes.count <= sizeLimit, offset <= sizeLimit, end <= sizeLimit else {
                throw .tooLarge(entry: entry.name)
            }
            let crc = CRC32.checksum(entry.bytes)
            let size = UInt32(truncatingIfNeeded: entry.bytes.count)
            // Local file header.
            out.append(le32: 0x0403_4B50)
            out.append(le16: Self.version)
            out.append(le16: Self.utf8Flag)
            out.append(le16: 0)  // stored
            out.append(le16: Self.dosTime)
            out.append(le16: Self.dosDate)
            out.append(le32: crc)
            out.append(le32: size)
            out.append(le32: size)
            out.append(le16: UInt16(name.count))
            out.append(le16: 0)  // no extra field
            out += name
            out += entry.bytes
            // Its central directory record.
            directory.append(le32: 0x0201_4B50)
            directory.append(le16: Self.version)  // made by: version 2.0, MS-DOS attributes
            directory.append(le16: Self.version)
            directory.append(le16: Self.utf8Flag)
            directory.append(le16: 0)
            directory.append(le16: Self.dosTime)
            directory.append(le16: Self.dosDate)
            directory.append(le32: crc)
            directory.append(le32: size)
            directory.append(le32: size)
            directory.append(le16: UInt16(name.count))
            directory.append(le16: 0)  // extra field
            directory.append(le16: 0)  // comment
            directory.append(le16: 0)  // disk number
            directory.append(le16: 0)  // internal attributes
            directory.append(le32: 0)  // external attributes
            directory.append(le32: UInt32(truncatingIfNeeded: offset))
            directory += name
        }
        let directoryOffset = out.count
        guard directoryOffset <= sizeLimit, directory.count <= sizeLimit, directoryOffset + directory.count <= sizeLimit
        else { throw .tooLarge(entry: entries.last?.name ?? "") }
        out += directory
        // End of central directory record.
        let count = UInt16(truncatingIfNeeded: entries.count)
        out.append(le32: 0x0605_4B50)
        out.append(le16: 0)  // this disk
        out.append(le16: 0)  // disk with the directory
        out.append(le16: count)
        out.append(le16: count)
        out.append(le32: UInt32(truncatingIfNeeded: directory.count))
        out.append(le32: UInt32(truncatingIfNeeded: directoryOffset))
        out.append(le16: 0)  // comment length
        return out
    }
}

extension [UInt8] {
    mutating func append(le16 value: UInt16) {
        append(UInt8(truncatingIfNeeded: value))
        append(UInt8(truncatingIfNeeded: value >> 8))
    }

    mutating func append(le32 value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }
}
