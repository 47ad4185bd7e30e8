import NetplanBase
import NetplanSyntax

/// A position as the Language Server Protocol counts it: a 0-based line and a
/// 0-based character offset in UTF-16 code units.
public struct LSPPosition: Hashable, Sendable, Comparable {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    public static func < (a: LSPPosition, b: LSPPosition) -> Bool {
        (a.line, a.character) < (b.line, b.character)
    }
}

/// A half-open range of LSP positions.
public struct LSPRange: Hashable, Sendable {
    public var start: LSPPosition
    public var end: LSPPosition

    public init(start: LSPPosition, end: LSPPosition) {
        self.start = start
        self.end = end
    }
}

/// Converts between the UTF-8 byte offsets netplan uses and the UTF-16
/// line/character positions of the Language Server Protocol, both ways.
///
/// Lines are split the way the protocol says a client splits them: at LF,
/// CR LF and a lone CR (the lexer treats a lone CR as white space, so its line
/// table cannot be used here). A character outside the Basic Multilingual
/// Plane counts two UTF-16 units; an invalid byte counts one (the client sees
/// U+FFFD). A byte offset inside a multi-byte character maps to the start of
/// that character; a position inside a surrogate pair maps to the start of
/// its character. Positions past the end of a line or of the file are clamped.
public struct PositionConverter: Sendable {
    private let bytes: [UInt8]
    /// The offset of each line's first byte.
    private let lineStarts: [Int]
    /// The offset where each line's content ends (before its line break).
    private let lineEnds: [Int]

    /// A converter for the bytes of a document.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var ends: [Int] = []
        starts.reserveCapacity(bytes.count / 24 + 1)
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A {
                ends.append(index)
                starts.append(index + 1)
            } else if byte == 0x0D {
                ends.append(index)
                if index + 1 < count, bytes[index + 1] == 0x0A { index += 1 }
                starts.append(index + 1)
            }
            index += 1
        }
        ends.append(count)
        lineStarts = starts
        lineEnds = ends
    }

    /// A converter for a source file.
    public init(_ source: SourceFile) {
        self.init(bytes: source.bytes)
    }

    /// The number of lines as the client counts them.
    public var lineCount: Int { lineStarts.count }

    /// The 0-based line holding a byte offset.
    public func line(of offset: Int) -> Int {
        SourceFile.lineIndex(of: offset, in: lineStarts)
    }

    /// The LSP position of a byte offset (clamped to the document).
    public func position(of offset: Int) -> LSPPosition {
        let offset = min(max(offset, 0), bytes.count)
        let line = line(of: offset)
        let start = lineStarts[line]
        // An offset inside a line break belongs at the end of the line's content.
        let end = min(offset, lineEnds[line])
        var units = 0
        var index = start
        while index < end {
            let (length, width) = scalar(at: index)
            if index + length > end { break }  // inside a character: its start
            units += width
            index += length
        }
        return LSPPosition(line: line, character: units)
    }

    /// The LSP positions of many byte offsets, in the order given. Offsets
    /// are visited in ascending order and a line is scanned only once, so
    /// thousands of positions on one long line cost time linear in the line,
    /// not one scan from the line's start each.
    public func positions(of offsets: [Int]) -> [LSPPosition] {
        var result = [LSPPosition](repeating: LSPPosition(line: 0, character: 0), count: offsets.count)
        var line = -1
        var index = 0
        var units = 0
        for which in offsets.indices.sorted(by: { offsets[$0] < offsets[$1] }) {
            let offset = min(max(offsets[which], 0), bytes.count)
            let offsetLine = self.line(of: offset)
            if offsetLine != line {
                line = offsetLine
                index = lineStarts[line]
                units = 0
            }
            // An offset inside a line break belongs at the end of the line's content.
            let end = min(offset, lineEnds[line])
            while index < end {
                let (length, width) = scalar(at: index)
                if index + length > end { break }  // inside a character: its start
                units += width
                index += length
            }
            result[which] = LSPPosition(line: line, character: units)
        }
        return result
    }

    /// The LSP range of a byte range.
    public func range(of range: SourceRange) -> LSPRange {
        LSPRange(start: position(of: range.start), end: position(of: range.end))
    }

    /// The byte offset of an LSP position. A line past the end maps to the end
    /// of the document, a character past the end of its line to the line's end.
    public func offset(of position: LSPPosition) -> Int {
        if position.line < 0 { return 0 }
        if position.line >= lineStarts.count { return bytes.count }
        let end = lineEnds[position.line]
        var index = lineStarts[position.line]
        var units = 0
        let target = max(position.character, 0)
        while index < end, units < target {
            let (length, width) = scalar(at: index)
            if units + width > target { break }  // between the halves of a surrogate pair
            units += width
            index += length
        }
        return min(index, end)
    }

    /// The position of the end of the document.
    public var endPosition: LSPPosition { position(of: bytes.count) }

    /// The byte length and UTF-16 width of the character starting at `index`.
    private func scalar(at index: Int) -> (length: Int, width: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (1, 1) }
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return (1, 1)
        }
        guard index + length <= bytes.count else { return (1, 1) }
        let valid: Bool? = bytes.withUnsafeBufferPointer { buffer in
            UTF8Decoding.scalar(in: buffer, at: index).map { $0.1 == length }
        }
        guard valid == true else { return (1, 1) }
        return (length, length == 4 ? 2 : 1)
    }
}
