/// How many terminal cells a character takes, for lining up carets under
/// source text with tabs, wide (East Asian, emoji) and combining characters.
///
/// Emoji follow Unicode's East Asian Width and emoji presentation, as
/// current terminals draw them:
/// - a scalar with emoji presentation (🚀, 🌱, ⌚) takes two cells;
/// - a text-default emoji (❤, 🌡, 🛰) takes one, and two when a VS16
///   (U+FE0F) follows it;
/// - code points not yet assigned in the pictograph blocks take two, so an
///   emoji newer than this toolchain's Unicode tables is still wide;
/// - a sequence that forms one emoji glyph (a ZWJ sequence such as 👩‍👩‍👧, an
///   emoji with a skin-tone modifier, a pair of regional indicators making a
///   flag, a keycap) takes two cells in all. Terminals that cannot join a
///   sequence draw its parts side by side; the caret then lands a few cells
///   early on that line, never inside the following text's letters.
/// `Glyphs` applies the rules that depend on the scalars before.
package enum DisplayWidth {
    static let tabWidth = 4

    /// The cells a scalar takes on its own: 0 for combining marks and format
    /// characters, 2 for wide characters, 1 otherwise.
    package static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return 1 }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0xFE00...0xFE0F).contains(value) { return 0 }
        if isRegionalIndicator(scalar) { return 1 }  // two of them make a flag: see `Glyphs`
        if properties.isEmojiPresentation { return 2 }
        if properties.isEmoji { return 1 }  // text by default
        if pictographBlocks.contains(where: { $0.contains(value) }) {
            return properties.generalCategory == .unassigned ? 2 : 1
        }
        return wide.contains { $0.contains(value) } ? 2 : 1
    }

    /// The cells of a run of scalars, emoji sequences counted as one glyph.
    package static func cells(_ scalars: some Sequence<Unicode.Scalar>) -> Int {
        var glyphs = Glyphs()
        return scalars.reduce(0) { $0 + glyphs.next($1).cells }
    }

    /// East Asian wide and fullwidth ranges.
    package static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
        0xFFE0...0xFFE6, 0x20000...0x3FFFD,
    ]

    /// Miscellaneous Symbols and Pictographs, Emoticons, Transport and Map
    /// Symbols, Supplemental Symbols and Pictographs, Symbols and Pictographs
    /// Extended-A: where new emoji are assigned.
    static let pictographBlocks: [ClosedRange<UInt32>] = [
        0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F900...0x1F9FF, 0x1FA70...0x1FAFF,
    ]

    static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    /// Widths in context: fed the scalars of a line one by one, says how many
    /// cells each adds and whether it continues the emoji glyph before it.
    struct Glyphs {
        /// The cells of the current glyph, when it is an emoji.
        private var emojiCells: Int?
        /// The last scalar was a ZWJ inside an emoji glyph.
        private var joinerPending = false
        /// The current glyph is one regional indicator, waiting for its pair.
        private var regionalOpen = false

        package mutating func next(_ scalar: Unicode.Scalar) -> (cells: Int, joins: Bool) {
            let joiner = joinerPending
            joinerPending = false
            if let cells = emojiCells {
                if scalar == "\u{FE0F}" {
                    emojiCells = 2
                    return (2 - cells, true)
                }
                if scalar == "\u{200D}" {
                    joinerPending = true
                    return (0, true)
                }
                if joiner && scalar.value > 0x7F && scalar.properties.isEmoji
                    || scalar.properties.isEmojiModifier
                    || regionalOpen && DisplayWidth.isRegionalIndicator(scalar)
                {
                    regionalOpen = false
                    emojiCells = 2
                    return (max(0, 2 - cells), true)
                }
                if DisplayWidth.of(scalar) == 0 && scalar.value >= 0x300 {
                    return (0, true)  // a keycap's U+20E3, a tag in a subdivision flag
                }
            }
            let cells = DisplayWidth.of(scalar)
            regionalOpen = DisplayWidth.isRegionalIndicator(scalar)
            emojiCells = scalar.properties.isEmoji ? cells : nil
            return (cells, false)
        }
    }
}

/// One source line prepared for display: printable text and the cell where
/// each byte offset of the line begins.
package struct DisplayLine {
    /// Printable pieces: (text, first cell, width in cells).
    package var pieces: [(text: String, cell: Int, width: Int)] = []
    /// Cell of each byte offset relative to the line start (count + 1 entries).
    package var cellAt: [Int] = []
    package var width: Int = 0

    package init(bytes: ArraySlice<UInt8>) {
        let array = Array(bytes)
        cellAt = [Int](repeating: 0, count: array.count + 1)
        var cell = 0
        var i = 0
        var glyphs = DisplayWidth.Glyphs()
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
                        glyphs = DisplayWidth.Glyphs()
                    } else if scalar.value < 0x20 || scalar.value == 0x7F {
                        // Show control characters as their visible symbols (␀, ␁, ...).
                        let symbol = Unicode.Scalar(scalar.value == 0x7F ? 0x2421 : 0x2400 + scalar.value)
                        text = symbol.map { String(Character($0)) } ?? "?"
                        width = 1
                        glyphs = DisplayWidth.Glyphs()
                    } else if ControlCharacters.isControl(scalar) {
                        // C1 controls have no symbol: shown escaped, as in messages.
                        text = ControlCharacters.escaped(scalar)
                        width = text.utf8.count
                        glyphs = DisplayWidth.Glyphs()
                    } else {
                        let (cells, joins) = glyphs.next(scalar)
                        if joins, let last = pieces.indices.last {
                            // Part of the emoji glyph before: its bytes begin where the glyph does.
                            pieces[last].text.unicodeScalars.append(scalar)
                            pieces[last].width += cells
                            for offset in start..<i { cellAt[offset] = pieces[last].cell }
                            cell += cells
                            continue
                        }
                        text = String(Character(scalar))
                        width = cells
                    }
                } else {
                    i += 1
                    text = "\u{FFFD}"
                    width = 1
                    glyphs = DisplayWidth.Glyphs()
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
    package func text(cells start: Int, _ end: Int) -> String {
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
