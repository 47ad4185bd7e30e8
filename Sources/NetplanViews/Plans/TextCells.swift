import NetplanBase
import NetplanSyntax

/// Terminal-cell arithmetic for the text views: how wide a string is on
/// screen (`æ`, `ø` and `å` take one cell, East Asian characters and emoji two,
/// combining marks none), padding and shortening by cells, never by bytes.
enum TextCells {
    /// The cells `text` takes in a terminal.
    package static func width(_ text: String) -> Int {
        DisplayWidth.cells(text.unicodeScalars)
    }

    /// `text` followed by spaces up to `cells` (unchanged when already as wide).
    package static func pad(_ text: String, to cells: Int) -> String {
        text + String(repeating: " ", count: max(0, cells - width(text)))
    }

    /// `text` shortened to at most `cells`, ending in `…` when shortened.
    /// Whole characters only, so a letter and its accent stay together.
    static func truncate(_ text: String, to cells: Int) -> String {
        guard width(text) > cells else { return text }
        guard cells > 0 else { return "" }
        var out = ""
        var used = 0
        for character in text {
            let cost = DisplayWidth.cells(character.unicodeScalars)
            if used + cost > cells - 1 { break }
            out.append(character)
            used += cost
        }
        return out + "…"
    }

    /// Removes spaces at the end of every line.
    static func trimTrailingSpaces(_ line: String) -> String {
        var line = Substring(line)
        while line.last == " " { line = line.dropLast() }
        return String(line)
    }
}

/// Lines for a terminal, written into a `ByteWriter`: each ends in a line
/// feed, without the spaces at its end (as `TextCells.trimTrailingSpaces`
/// removes them), so padding can be written before it is known whether
/// anything follows.
struct TextLineWriter {
    var out = ByteWriter(capacity: 0)
    /// Where the current line starts in `out.bytes`.
    private var lineStart = 0

    /// Text on the current line.
    mutating func append(_ text: String) { out.append(utf8: text) }

    /// Static text on the current line.
    mutating func append(_ text: StaticString) { out.append(text) }

    /// `text`, then spaces up to `cells` (see `TextCells.pad`).
    mutating func pad(_ text: String, to cells: Int) {
        out.append(utf8: text)
        out.appendSpaces(cells - TextCells.width(text))
    }

    /// A whole line.
    mutating func line(_ text: String) {
        out.append(utf8: text)
        endLine()
    }

    /// Ends the line: its trailing spaces go, a line feed follows.
    mutating func endLine() {
        let end = out.bytes.count
        var start = end
        while start > lineStart, out.bytes[start - 1] == 0x20 { start -= 1 }
        if start < end {
            if start > lineStart, out.bytes[start - 1] >= 0x80 {
                // A space after a scalar outside ASCII may belong to its
                // character (a prepended mark such as U+0600 takes the space
                // with it): trim as `Character`s do.
                let line = String(decoding: out.bytes[lineStart..<end], as: UTF8.self)
                out.removeLast(end - lineStart)
                out.append(utf8: TextCells.trimTrailingSpaces(line))
            } else {
                out.removeLast(end - start)
            }
        }
        out.append(0x0A)
        out.flushIfFull()
        lineStart = out.bytes.count
    }
}

