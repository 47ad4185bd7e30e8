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
