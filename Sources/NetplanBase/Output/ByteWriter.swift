/// A growing buffer of UTF-8 bytes that writers (`json`, `fmt`, `matrix`, the report)
/// write straight into: static text, the bytes of a `String`, decimal
/// integers and runs of spaces, without building intermediate Strings.
///
/// Optionally it hands its bytes to a sink in chunks (`flushIfFull`), so a
/// large output need not be held whole; without a sink the bytes stay in
/// `bytes` until the caller takes them.
public struct ByteWriter {
    /// The bytes written and not yet flushed.
    public private(set) var bytes: [UInt8]
    /// Where full chunks go, if anywhere.
    private let sink: (([UInt8]) -> Void)?
    private let chunkSize: Int

    /// A writer that keeps everything, with room for `capacity` bytes to start.
    public init(capacity: Int = 4096) {
        bytes = []
        bytes.reserveCapacity(max(capacity, 16))
        sink = nil
        chunkSize = Int.max
    }

    /// A writer that hands its bytes to `sink` whenever `flushIfFull` finds at
    /// least `chunkSize` of them, and at `flush`.
    public init(chunkSize: Int, sink: @escaping ([UInt8]) -> Void) {
        self.chunkSize = max(chunkSize, 1)
        self.sink = sink
        bytes = []
        bytes.reserveCapacity(self.chunkSize + self.chunkSize / 4)
    }

    /// The bytes as text (they are valid UTF-8 when only Strings and ASCII were written).
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    @inlinable public var isEmpty: Bool { bytes.isEmpty }

    public mutating func append(_ byte: UInt8) { bytes.append(byte) }

    /// Static ASCII or UTF-8 text, copied as bytes.
    public mutating func append(_ text: StaticString) {
        if text.hasPointerRepresentation {
            bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        } else {
            append(utf8: String(describing: text))
        }
    }

    /// The UTF-8 bytes of a String (contiguous for native strings: one copy).
    public mutating func append(utf8 text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// The UTF-8 bytes of a Substring.
    public mutating func append(utf8 text: Substring) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Bytes already encoded as UTF-8.
    public mutating func append<Bytes: Sequence>(contentsOf other: Bytes) where Bytes.Element == UInt8 {
        bytes.append(contentsOf: other)
    }

    /// An integer in decimal, as `String(value)` writes it.
    public mutating func append(decimal value: Int) {
        if value >= 0, value < 10 {
            bytes.append(0x30 &+ UInt8(truncatingIfNeeded: value))
            return
        }
        var magnitude = value.magnitude
        if value < 0 { bytes.append(0x2D) }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 24 digits, 20 are needed
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = 0x30 &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            while count > 0 {
                count -= 1
                bytes.append(buffer[count])
            }
        }
    }

    /// `count` spaces.
    public mutating func appendSpaces(_ count: Int) {
        guard count > 0 else { return }
        bytes.append(contentsOf: repeatElement(0x20, count: count))
    }

    /// Removes the last `count` bytes not yet flushed (trailing spaces, say).
    public mutating func removeLast(_ count: Int) {
        bytes.removeLast(min(max(count, 0), bytes.count))
    }

    /// Hands the bytes to the sink when at least a chunk has gathered; does
    /// nothing for a writer without a sink. Writers call it between records.
    public mutating func flushIfFull() {
        if bytes.count >= chunkSize { flush() }
    }

    /// Hands every byte gathered so far to the sink (none without a sink).
    public mutating func flush() {
        guard let sink, !bytes.isEmpty else { return }
        sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }
}
