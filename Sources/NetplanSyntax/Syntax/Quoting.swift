import NetplanBase

/// Writing names and strings as plan text, and reading them back: the one
/// place that knows the language's quoting (`"..."`, with `\"` and `\\` the
/// only escapes).
///
/// Everything here works on Unicode scalars or UTF-8 bytes, never on
/// `Character`s: a `"` followed by a combining mark (U+0301) is one
/// `Character` but still a quote the lexer sees, so it must be escaped.
public enum Quoting {
    /// A string in quotes, with every `"` and `\` escaped.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        out.unicodeScalars.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            if scalar == "\"" || scalar == "\\" { out.unicodeScalars.append("\\") }
            out.unicodeScalars.append(scalar)
        }
        out.unicodeScalars.append("\"")
        return out
    }

    /// Whether a name can be written without quotes: a bare word that is not
    /// a keyword, and that the parser would not read as one (see `readsAsKeyword`).
    public static func isBare(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, Keyword.lookup(name) == nil else { return false }
        return UTF8Decoding.isWordStart(first) && name.unicodeScalars.allSatisfy(UTF8Decoding.isWordContinue)
            && !readsAsKeyword(name)
    }

    /// Whether the parser could read the bare word as a Danish or misspelt
    /// keyword where a name may also stand (`nivite` after a name in a list is
    /// read as `invite`): a lower-case word close to a keyword. Such a name
    /// keeps its quotes, so formatting never changes what a plan says.
    static func readsAsKeyword(_ word: String) -> Bool {
        KeywordSlip.find(word, among: allKeywords, strict: true) != nil
    }

    private static let allKeywords = Set(Keyword.allCases)

    /// `isBare` of a name's UTF-8 bytes (valid UTF-8: a name's value), without a `String`.
    package static func isBare(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty, Keyword.lookup(bytes: bytes, 0, bytes.count) == nil else { return false }
        var index = 0
        var hasCapital = false
        while index < bytes.count {
            guard let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: index),
                index > 0 || UTF8Decoding.isWordStart(scalar), UTF8Decoding.isWordContinue(scalar)
            else { return false }
            if scalar.value >= 0x41, scalar.value <= 0x5A { hasCapital = true }
            index += length
        }
        // A word with a capital letter is never read as a keyword (keywords are lower-case).
        return hasCapital || !readsAsKeyword(String(decoding: bytes, as: UTF8.self))
    }

    /// A name as it must be written in a plan: bare if it can be, else quoted.
    public static func name(_ name: String) -> String {
        isBare(name) ? name : quoted(name)
    }

    /// The value of a name someone typed (a rename in the editor): surrounding
    /// quotes, straight or typographic, are quoting, resolved as the lexer
    /// does; otherwise the text as it is. Either way a name's value, as
    /// `stringValue` makes it.
    public static func typedValue(_ text: String) -> String {
        let bytes = Array(text.utf8)
        if bytes.count >= 2, bytes.first == 0x22, bytes.last == 0x22 {
            return InvisibleCharacters.normalizedName(unquote(bytes[...]))
        }
        let typographic: String? = bytes.withUnsafeBufferPointer { buffer in
            guard let content = TypographicQuotes.content(of: buffer, 0, buffer.count),
                content.upperBound < buffer.count
            else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[content]), as: UTF8.self)
        }
        return InvisibleCharacters.normalizedName(typographic ?? text)
    }

    /// The value of the string token at `start..<end`: the quotes removed
    /// (straight, or typographic: see `TypographicQuotes`), `\"` and `\\`
    /// resolved inside straight quotes, then Unicode spaces made plain
    /// spaces and zero-width characters left out (see `InvisibleCharacters`).
    /// The one definition of a quoted name's value: the parser, the
    /// formatter's check and the editor all read names through it.
    package static func stringValue(in buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        if let content = TypographicQuotes.content(of: buffer, start, end) {
            let raw = String(decoding: UnsafeBufferPointer(rebasing: buffer[content]), as: UTF8.self)
            return InvisibleCharacters.normalizedName(raw)
        }
        var contentStart = start
        var contentEnd = end
        if buffer[contentStart] == 0x22 { contentStart += 1 }
        var hasEscape = false
        for index in contentStart..<contentEnd where buffer[index] == 0x5C {
            hasEscape = true
            break
        }
        let raw: String
        if !hasEscape {
            if contentEnd > contentStart, buffer[contentEnd - 1] == 0x22 { contentEnd -= 1 }
            raw = String(decoding: UnsafeBufferPointer(rebasing: buffer[contentStart..<contentEnd]), as: UTF8.self)
        } else {
            raw = unquote(Array(buffer[start..<end])[...])
        }
        return InvisibleCharacters.normalizedName(raw)
    }
}

/// A name as it must be written in a plan: bare if it can be, else quoted
/// (see `Quoting.name`).
public func quotedIfNeeded(_ name: String) -> String {
    Quoting.name(name)
}

/// Decodes the value of a string token: strips the quotes and resolves `\"` and `\\`.
/// Works on bytes, so no escape can hide behind a combining mark.
public func unquote(_ bytes: ArraySlice<UInt8>) -> String {
    var slice = bytes
    if slice.first == 0x22 { slice = slice.dropFirst() }
    if slice.last == 0x22, slice.count >= 1 {
        // Only drop a closing quote that is not escaped.
        var backslashes = 0
        var index = slice.endIndex - 2
        while index >= slice.startIndex, slice[index] == 0x5C { backslashes += 1; index -= 1 }
        if backslashes % 2 == 0 { slice = slice.dropLast() }
    }
    if !slice.contains(0x5C) { return String(decoding: slice, as: UTF8.self) }
    var out: [UInt8] = []
    out.reserveCapacity(slice.count)
    var escaping = false
    for byte in slice {
        if escaping {
            out.append(byte)
            escaping = false
        } else if byte == 0x5C {
            escaping = true
        } else {
            out.append(byte)
        }
    }
    if escaping { out.append(0x5C) }
    return String(decoding: out, as: UTF8.self)
}
