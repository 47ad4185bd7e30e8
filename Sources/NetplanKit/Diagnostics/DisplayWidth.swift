/// How many terminal cells a character takes, for lining up carets under
/// source text with tabs, wide (East Asian, emoji) and combining characters.
enum DisplayWidth {
    static let tabWidth = 4

    /// The cells a scalar takes: 0 for combining marks and format characters,
    /// 2 for wide characters, 1 otherwise.
    static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0xFE00...0xFE0F).contains(value) { return 0 }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
        ]
        return wide.contains { $0.contains(value) } ? 2 : 1
    }
}

/// One source line prepared for display: printable text and the cell where
/// each byte offset of the line begins.
struct DisplayLine {
    /// Printable pieces: (text, first cell, width in cells).
    var pieces: [(text: String, cell: Int, width: Int)] = []
    /// Cell of each byte offset relative to the line start (count + 1 entries).
    var cellAt: [Int] = []
    var width: Int = 0

    init(bytes: ArraySlice<UInt8>) {
        let array = Array(bytes)
        cellAt = [Int](repeating: 0, count: array.count + 1)
        var cell = 0
        var i = 0
        array.withUnsafeBufferPointer { buffer in
            while i < buffer.count {
                let start = i
                let text: String
                let width: Int
                if let (scalar, length) = UTF8Decoding.scalar(in: buffer, at: i) {
                    i += length
                    if scalar == "\t" {
                        text = String(repeating: " ", count: DisplayWidth.tabWidth)
                        width = DisplayWidth.tabWidth
                    } else if scalar.value < 0x20 || scalar.value == 0x7F {
                        // Show control characters as their visible symbols (␀, ␁, ...).
                        let symbol = Unicode.Scalar(scalar.value == 0x7F ? 0x2421 : 0x2400 + scalar.value)
                        text = symbol.map { String(Character($0)) } ?? "?"
                        width = 1
                    } else if ControlCharacters.isControl(scalar) {
                        // C1 controls have no symbol: shown escaped, as in messages.
                        text = ControlCharacters.escaped(scalar)
                        width = text.utf8.count
                    } else {
                        text = String(Character(scalar))
                        width = DisplayWidth.of(scalar)
                    }
                } else {
                    i += 1
                    text = "\u{FFFD}"
                    width = 1
                }
                for offset in start..<i { cellAt[offset] = cell }
                pieces.append((text, cell, width))
                cell += width
            }
        }
        cellAt[array.count] = cell
        width = cell
    }

    /// The text of the cells from `start` up to `end`, whole characters only.
    /// A wide character cut by either edge becomes spaces for the cells
    /// inside, so that carets computed from cells stay under their text.
    func text(cells start: Int, _ end: Int) -> String {
        var out = ""
        for piece in pieces {
            let pieceEnd = piece.cell + piece.width
            if piece.cell >= start && pieceEnd <= end {
                out += piece.text
            } else if piece.cell < end && pieceEnd > start {
                out += String(repeating: " ", count: min(end, pieceEnd) - max(start, piece.cell))
            }
        }
        return out
    }
}
