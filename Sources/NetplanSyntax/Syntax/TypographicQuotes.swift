import NetplanBase

/// Quotes from word processors: `“…”`, `„…“`, `”…”`, `»…«`, `«…»`, `‘…’`
/// and `’…’`. A plan pasted from Word has them, and what they mean is plain,
/// so netplan reads them as quotes, with a warning (NP005) that `fmt`
/// fixes by writing straight quotes.
///
/// To stay unambiguous:
/// - a name opens with one of these marks only where a name can start (not
///   straight after a word, so `Mette’s` is a word and an apostrophe), and
///   it must close on the same line with a mark of the same family
///   (`“ ” „ ‟` close with `“ ”` or `‟`, guillemets with `« »`, single
///   quotes with `‘ ’ ‛`); without its partner, a mark is not a quote;
/// - a single quote closes only where it is not followed by a letter or a
///   digit, so `‘Mette’s venner’` is the name `Mette’s venner`;
/// - between the marks everything is the name: there are no escapes, and a
///   straight `"` or a mark of another family is part of the name;
/// - inside straight quotes, typographic marks are ordinary characters:
///   `"Foreningen »Aktive Ældre«"` keeps its guillemets.
enum TypographicQuotes {
    enum Family {
        case double, guillemet, single
    }

    /// The family of an opening mark, if the scalar can open a name.
    package static func family(opening scalar: Unicode.Scalar) -> Family? {
        switch scalar.value {
        case 0x201C, 0x201D, 0x201E, 0x201F: return .double
        case 0x00AB, 0x00BB: return .guillemet
        case 0x2018, 0x2019, 0x201A, 0x201B: return .single
        default: return nil
        }
    }

    /// Whether a scalar closes a name opened by a mark of `family`.
    package static func closes(_ scalar: Unicode.Scalar, _ family: Family) -> Bool {
        switch family {
        case .double: return scalar.value == 0x201C || scalar.value == 0x201D || scalar.value == 0x201F
        case .guillemet: return scalar.value == 0x00AB || scalar.value == 0x00BB
        case .single: return scalar.value == 0x2018 || scalar.value == 0x2019 || scalar.value == 0x201B
        }
    }

    /// The end (after the closing mark) of a name whose opening mark of
    /// `family` ends at `contentStart`; nil when it does not close on the line.
    package static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, from contentStart: Int, family: Family
    ) -> Int? {
        var i = contentStart
        let count = bytes.count
        while i < count {
            let byte = bytes[i]
            if byte == 0x0A { return nil }
            if byte < 0x80 { i += 1; continue }
            guard let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: i) else { i += 1; continue }
            if closes(scalar, family) {
                let after = i + length
                if family != .single || !continuesWord(bytes, at: after) { return after }
            }
            i += length
        }
        return nil
    }

    /// Whether a letter or digit starts at `index` (a single quote before it is an apostrophe).
    private static func continuesWord(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index < bytes.count, let (scalar, _) = UTF8Decoding.scalar(in: bytes, at: index) else { return false }
        return UTF8Decoding.isWordContinue(scalar) && scalar != "-" && scalar != "_"
    }

    /// The range of the name between the marks of a string token that opens
    /// with a typographic mark; nil when the token opens with something else.
    package static func content(of bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Range<Int>? {
        guard start < end, bytes[start] >= 0x80, let (opener, openerLength) = UTF8Decoding.scalar(in: bytes, at: start),
            let family = family(opening: opener)
        else { return nil }
        let contentStart = start + openerLength
        var last = end - 1
        while last > contentStart, bytes[last] & 0xC0 == 0x80 { last -= 1 }
        if last >= contentStart, let (closer, length) = UTF8Decoding.scalar(in: bytes, at: last),
            last + length == end, closes(closer, family)
        {
            return contentStart..<last
        }
        return contentStart..<max(contentStart, end)
    }
}
