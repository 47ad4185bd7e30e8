import Foundation

/// A half-open range of UTF-8 byte offsets into a source file.
///
/// Stored as two 32-bit offsets (8 bytes, not 16): every name, statement and
/// finding carries ranges, and no plan is longer than `PlanSize.maximumBytes`
/// (4 GiB - 1), so every offset fits. Callers read and write `Int`s.
public struct SourceRange: Hashable, Sendable, Comparable {
    private var first: UInt32
    private var pastLast: UInt32

    /// The offset of the first byte.
    public var start: Int {
        get { Int(first) }
        set { first = UInt32(clamping: newValue) }
    }
    /// The offset one past the last byte.
    public var end: Int {
        get { Int(pastLast) }
        set { pastLast = UInt32(clamping: newValue) }
    }

    /// Creates a range from `start` up to, not including, `end`.
    public init(_ start: Int, _ end: Int) {
        first = UInt32(clamping: start)
        pastLast = UInt32(clamping: max(start, end))
    }

    /// The number of bytes covered.
    public var length: Int { end - start }

    /// The smallest range covering both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(min(start, other.start), max(end, other.end))
    }

    public static func < (a: SourceRange, b: SourceRange) -> Bool {
        (a.start, a.end) < (b.start, b.end)
    }

    /// A value `init(_:_:)` never makes (its end is before its start): no range, for `OptionalRange`.
    fileprivate static let absent: SourceRange = {
        var range = SourceRange(0, 0)
        range.first = .max
        return range
    }()
}

/// A `SourceRange?` in the 8 bytes of a range (an optional range takes 12),
/// for the records a big plan has many of.
public struct OptionalRange: Hashable, Sendable {
    private var raw: SourceRange

    public init(_ range: SourceRange?) { raw = range ?? .absent }

    public var value: SourceRange? { raw == .absent ? nil : raw }
}

/// A 1-based line and column; the column counts characters, not bytes.
public struct SourceLocation: Hashable, Sendable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// The bytes of one plan and the table of where its lines start.
///
/// Offsets are always into `bytes`, including a byte-order mark if there is
/// one; `contentStart` says where the text proper begins. A line break is LF,
/// and CR LF counts as one break.
public final class SourceFile: Sendable {
    /// The path shown in messages (`-` or `<stdin>` for standard input).
    public let path: String
    /// The raw bytes as read.
    public let bytes: [UInt8]
    /// Offset of each line's first byte; the first entry is 0.
    public let lineStarts: [Int]
    /// Where the text begins (3 after a UTF-8 byte-order mark, else 0).
    public let contentStart: Int
    /// The last location answered: (line index, offset, column).
    private let locationCache = LockedValue((line: -1, offset: 0, column: 1))

    /// Creates a source file from raw bytes.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            // Counted first, so the array is allocated once at its size.
            var lines = 0
            for byte in buffer where byte == 0x0A { lines &+= 1 }
            starts.reserveCapacity(lines + 1)
            for index in 0..<buffer.count where buffer[index] == 0x0A {
                starts.append(index + 1)
            }
        }
        self.lineStarts = starts
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            contentStart = 3
        } else {
            contentStart = 0
        }
    }

    /// Creates a source file from text.
    public convenience init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The number of lines (a final line without a line break counts).
    public var lineCount: Int { lineStarts.count }

    /// The 0-based index of the line holding `offset`.
    public func lineIndex(of offset: Int) -> Int {
        SourceFile.lineIndex(of: offset, in: lineStarts)
    }

    /// The index of the last line start at or before `offset` (binary search;
    /// `lineStarts` is ascending and starts with 0).
    package static func lineIndex(of offset: Int, in lineStarts: [Int]) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The byte range of a line's content, without its line break (0-based index).
    public func lineContentRange(_ index: Int) -> SourceRange {
        let clamped = min(max(index, 0), lineStarts.count - 1)
        let start = index == 0 ? max(lineStarts[0], contentStart) : lineStarts[clamped]
        var end = clamped + 1 < lineStarts.count ? lineStarts[clamped + 1] - 1 : bytes.count
        if end > start, bytes[end - 1] == 0x0D, end < bytes.count, bytes[end] == 0x0A { end -= 1 }
        return SourceRange(start, max(start, end))
    }

    /// The line and column of an offset; offsets past the end map to the end.
    public func location(of offset: Int) -> SourceLocation {
        let offset = min(max(offset, 0), bytes.count)
        let index = lineIndex(of: offset)
        let lineStart = index == 0 ? min(contentStart, offset) : lineStarts[index]
        // Renderers ask for positions in ascending order; on a long line, count
        // on from the last answer instead of from the line start. That is only
        // safe where the last position is between two ASCII bytes (always a
        // character boundary inside a line).
        var from = lineStart
        var column = 1
        locationCache.withLock { cache in
            if cache.line == index, cache.offset <= offset, cache.offset > lineStart, cache.offset < bytes.count,
                bytes[cache.offset] < 0x80, bytes[cache.offset - 1] < 0x80
            {
                from = cache.offset
                column = cache.column
            }
        }
        column += SourceFile.characterCount(bytes[from..<max(from, offset)])
        locationCache.withLock { cache in cache = (index, offset, column) }
        return SourceLocation(line: index + 1, column: column)
    }

    /// The text of a range, decoded leniently (invalid bytes become U+FFFD).
    public func text(_ range: SourceRange) -> String {
        let start = min(max(range.start, 0), bytes.count)
        let end = min(max(range.end, start), bytes.count)
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Counts characters (extended grapheme clusters) in a byte slice.
    package static func characterCount(_ slice: ArraySlice<UInt8>) -> Int {
        if slice.allSatisfy({ $0 < 0x80 }) { return slice.count }
        return String(decoding: slice, as: UTF8.self).count
    }
}

/// A value behind a lock, for small caches in otherwise immutable types.
package final class LockedValue<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    package init(_ value: Value) { self.value = value }

    package func withLock<Result>(_ body: (inout Value) -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
