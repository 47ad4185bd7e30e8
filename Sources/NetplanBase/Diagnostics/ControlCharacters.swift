/// Control characters from a plan, made visible.
///
/// A quoted name may hold ESC, BEL, a carriage return or any other control
/// character (only NUL and the line feed end or break a string). Written to a
/// terminal as they are, they could move the cursor, change colours, set the
/// window title or hide text. So every text output turns them into a visible
/// escape such as `\u{1B}` at the point where plan text becomes display
/// text; escape codes netplan itself adds (colours with `--color`) are added
/// afterwards and are not touched.
///
/// Works on Unicode scalars: a control character followed by a combining
/// mark is still a control character.
public enum ControlCharacters {
    /// Whether a scalar is a control character a terminal may act on: C0
    /// (U+0000-U+001F), DEL (U+007F) and C1 (U+0080-U+009F).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// The visible form of one scalar: `\u{1B}` (two hex digits at least).
    public static func escaped(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return "\\u{" + (digits.count < 2 ? "0" : "") + digits + "}"
    }

    /// `text` with every control character shown as `\u{..}`; line feeds
    /// are kept when `keepingLineFeeds` (a name cannot hold one, so a line
    /// feed in a message is netplan's own). The result holds no control
    /// character other than those line feeds, and escaping it again changes
    /// nothing.
    public static func visible(_ text: String, keepingLineFeeds: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if isControl(scalar), !(keepingLineFeeds && scalar == "\n") {
                out += escaped(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
