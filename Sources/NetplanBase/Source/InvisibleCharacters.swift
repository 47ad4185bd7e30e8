import Foundation

/// Characters nobody can see in a plan, and what netplan does with them.
///
/// - Unicode spaces (a no-break space U+00A0, U+2000-U+200A, U+202F, U+205F,
///   U+3000) are spaces: inside a quoted name each is a plain space in the
///   name's value, so `"Bo Nielsen"` typed with a no-break space is the same
///   person, and `fmt` writes a plain space.
/// - Zero-width characters (U+200B-U+200F, U+2060, U+FEFF inside the text,
///   the soft hyphen U+00AD) are left out of names and reported by name
///   (NP006, a warning that `fmt` fixes).
/// - Control characters and text-direction controls cannot be used
///   (NP002), and the message names them: "an escape character (U+001B)".
package enum InvisibleCharacters {
    /// Whether a scalar is a Unicode space that means a plain space in a name.
    static func isUnicodeSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Whether a scalar is a zero-width character that is left out of names.
    package static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x200B...0x200F, 0x2060, 0xFEFF: return true
        default: return false
        }
    }

    /// Whether a zero-width joiner between `before` and `after` is part of
    /// an emoji (👩‍👩‍👧: woman, joiner, woman, joiner, girl): there it joins
    /// the emoji into one picture, is seen, and stays in the name.
    package static func joinsEmoji(after before: Unicode.Scalar?, before after: Unicode.Scalar?) -> Bool {
        guard let before, let after else { return false }
        let joinsFrom =
            (before.properties.isEmoji && before.value > 0xFF) || before.properties.isEmojiModifier
            || before.value == 0xFE0F
        return joinsFrom && after.properties.isEmoji && after.value > 0xFF
    }

    /// Whether a scalar changes the direction text is shown in (it can make a
    /// line look different from what it says): never part of a name.
    package static func isDirectionControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// Whether a scalar shows nothing on screen: controls, format characters,
    /// default-ignorable code points and white space other than a space.
    package static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " { return false }
        if ControlCharacters.isControl(scalar) { return true }
        let properties = scalar.properties
        return properties.isDefaultIgnorableCodePoint || properties.generalCategory == .format
            || properties.isWhitespace
    }

    /// `U+200B`: the code with at least four hex digits.
    package static func code(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// What an invisible character is called, with its article: "a zero-width space".
    package static func name(_ scalar: Unicode.Scalar) -> Text {
        switch scalar.value {
        case 0x00: return Text(en: "a null character", da: "et nul-tegn")
        case 0x07: return Text(en: "a bell character", da: "et klokketegn")
        case 0x08: return Text(en: "a backspace character", da: "et tilbage-tegn")
        case 0x09: return Text(en: "a tab", da: "en tabulator")
        case 0x0B: return Text(en: "a vertical tab", da: "en lodret tabulator")
        case 0x0C: return Text(en: "a form feed", da: "et sideskift")
        case 0x0D: return Text(en: "a carriage return", da: "et vognretur-tegn")
        case 0x1B: return Text(en: "an escape character", da: "et escape-tegn")
        case 0x7F: return Text(en: "a delete character", da: "et slettetegn")
        case 0x00AD: return Text(en: "a soft hyphen", da: "en blød bindestreg")
        case 0x200B: return Text(en: "a zero-width space", da: "et usynligt mellemrum")
        case 0x200C: return Text(en: "a zero-width non-joiner", da: "et usynligt skilletegn")
        case 0x200D: return Text(en: "a zero-width joiner", da: "et usynligt bindetegn")
        case 0x200E: return Text(en: "a left-to-right mark", da: "et usynligt retningstegn (venstre mod højre)")
        case 0x200F: return Text(en: "a right-to-left mark", da: "et usynligt retningstegn (højre mod venstre)")
        case 0x2060: return Text(en: "a word joiner", da: "et usynligt ordbindetegn")
        case 0xFEFF: return Text(en: "a byte-order mark", da: "et BOM-tegn (byte-order mark)")
        case 0x034F: return Text(en: "a combining grapheme joiner", da: "et usynligt kombinationstegn")
        case 0xFE00...0xFE0F: return Text(en: "a variation selector", da: "en usynlig variantvælger")
        default:
            if isDirectionControl(scalar) {
                return Text(en: "a text-direction control", da: "et tegn, der styrer tekstretningen")
            }
            if isUnicodeSpace(scalar) { return Text(en: "a special space", da: "et særligt mellemrum") }
            if ControlCharacters.isControl(scalar) { return Text(en: "a control character", da: "et styretegn") }
            return Text(en: "an invisible character", da: "et usynligt tegn")
        }
    }

    /// "a zero-width space (U+200B)".
    package static func described(_ scalar: Unicode.Scalar) -> Text {
        let name = name(scalar)
        let code = code(scalar)
        return Text(en: "\(name.en) (\(code))", da: "\(name.da) (\(code))")
    }

    // MARK: Names

    /// Whether a name's UTF-8 may hold a Unicode space or a zero-width
    /// character: all of them start with one of these lead bytes. Danish
    /// letters (0xC3 ..) and ASCII never do, so most names skip the work.
    package static func mayNeedNormalizing(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte == 0xC2 || byte == 0xE2 || byte == 0xE3 || byte == 0xEF { return true }
        return false
    }

    /// `mayNeedNormalizing` of a string's UTF-8.
    static func mayNeedNormalizing(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { mayNeedNormalizing($0) }
    }

    /// A name's value: Unicode spaces become plain spaces, zero-width characters go.
    package static func normalizedName(_ text: String) -> String {
        guard mayNeedNormalizing(text) else { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.utf8.count)
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if isUnicodeSpace(scalar) {
                out.unicodeScalars.append(" ")
            } else if !isZeroWidth(scalar)
                || (scalar == "\u{200D}"
                    && joinsEmoji(after: index > 0 ? scalars[index - 1] : nil, before: scalars.dropFirst(index + 1).first))
            {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// What a name looks like on screen: canonical composition, every run of
    /// white space one space, no space at the ends, invisible characters
    /// gone. Two names with the same visible form cannot be told apart by
    /// a reader.
    static func visibleForm(_ text: String) -> String {
        // Scalars below U+0300 (lead bytes below 0xCC) are already composed, as in `NameKey`.
        let composed = text.utf8.allSatisfy { $0 < 0xCC } ? text : text.precomposedStringWithCanonicalMapping
        var out = ""
        out.unicodeScalars.reserveCapacity(composed.utf8.count)
        var pendingSpace = false
        for scalar in composed.unicodeScalars {
            if isPlainlyVisible(scalar) {
                if pendingSpace { out.unicodeScalars.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            } else if scalar == " " || scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else if !isInvisible(scalar) {
                if pendingSpace { out.unicodeScalars.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A printable ASCII or Latin-1 letter or sign other than a space: seen,
    /// and never white space (the soft hyphen U+00AD and the controls and the
    /// no-break space below it are not). Answers without Unicode's tables,
    /// for the letters nearly every name is made of.
    package static func isPlainlyVisible(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x21...0x7E).contains(value) || ((0xA1...0xFF).contains(value) && value != 0xAD)
    }
}
