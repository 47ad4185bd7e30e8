import NetplanBase

/// How plan text goes into an iCalendar content line (RFC 5545): TEXT
/// values, parameter values, `mailto:` addresses, and folding.
extension ICalendar {
    /// Escapes a TEXT value: backslash, semicolon, comma and line breaks
    /// (a line feed is netplan's own: a name cannot hold one). Any other
    /// control character (which TEXT may not hold) is shown as `\u{1B}`,
    /// as in every text output, its backslash escaped in turn.
    package static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            default:
                if ControlCharacters.isControl(scalar) {
                    out += "\\" + ControlCharacters.escaped(scalar)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Folds a content line so no line is longer than 75 octets (CRLF not
    /// counted); continuation lines start with a space, which counts.
    /// Breaks fall between scalars, never inside a UTF-8 sequence, never
    /// before a combining mark (so a letter keeps its accents) and never
    /// between a backslash and the scalar it escapes. The units are found
    /// scalar by scalar: a backslash followed by a combining mark is still
    /// a backslash.
    static func fold(_ line: String) -> String {
        var units: [String] = []
        var pendingEscape = false
        for scalar in line.unicodeScalars {
            if !units.isEmpty, pendingEscape || DisplayWidth.of(scalar) == 0 {
                // The escaped scalar, or a combining mark, stays with what precedes it.
                units[units.count - 1].unicodeScalars.append(scalar)
                pendingEscape = false
            } else {
                units.append(String(scalar))
                pendingEscape = scalar == "\\"
            }
        }
        var out = ""
        var used = 0
        let limit = 75
        for unit in units {
            // A unit longer than a whole line (a letter with very many
            // accents) is broken between its scalars instead.
            let pieces = unit.utf8.count <= 74 ? [unit] : unit.unicodeScalars.map { String($0) }
            for piece in pieces {
                let size = piece.utf8.count
                if used + size > limit {
                    out += "\r\n "
                    used = 1
                }
                out += piece
                used += size
            }
        }
        return out
    }

    /// A parameter value (`CN=...`), always quoted. A quoted parameter value
    /// cannot hold a double quote or a line break; RFC 6868 writes them `^'`
    /// and `^n`, and `^` itself `^^`. Any other control character is shown
    /// as `\u{1B}`, as in every text output.
    package static func parameter(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "^": out += "^^"
            case "\"": out += "^'"
            case "\n": out += "^n"
            default:
                if ControlCharacters.isControl(scalar) {
                    out += ControlCharacters.escaped(scalar)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A `mailto:` URI for an e-mail address (RFC 6068): letters, digits and
    /// the address characters `-._~!$'*+=@` as they are, every other byte of
    /// its UTF-8 percent-encoded, so the value holds no space, quote, colon,
    /// semicolon, control character or non-ASCII letter a calendar could
    /// misread.
    package static func mailto(_ address: String) -> String {
        let kept = Set("-._~!$'*+=@".utf8)
        var out = "mailto:"
        for byte in address.utf8 {
            let isLetterOrDigit = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            if isLetterOrDigit || kept.contains(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let digits = String(byte, radix: 16, uppercase: true)
                out += "%" + (digits.count < 2 ? "0" : "") + digits
            }
        }
        return out
    }
}
