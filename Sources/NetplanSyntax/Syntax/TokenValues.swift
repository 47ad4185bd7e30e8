import NetplanBase

/// The values of word and string tokens, read from the source's bytes.
extension SourceFile {
    /// The value of a word token (the lexer has checked it is valid UTF-8):
    /// its text, without the zero-width characters the lexer let into it
    /// (see `InvisibleCharacters`).
    func fastText(_ range: SourceRange) -> String {
        guard range.start >= 0, range.end <= bytes.count, range.start < range.end else { return "" }
        let text = bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[range.start..<range.end]), as: UTF8.self)
        }
        return InvisibleCharacters.normalizedName(text)
    }

    /// The value of a string token: quotes removed, `\"` and `\\` resolved,
    /// Unicode spaces made plain and zero-width characters left out (see
    /// `Quoting.stringValue`).
    package func stringValue(_ range: SourceRange) -> String {
        guard range.start >= 0, range.end <= bytes.count, range.start < range.end else { return "" }
        return bytes.withUnsafeBufferPointer { Quoting.stringValue(in: $0, range.start, range.end) }
    }

    /// The id in `table` of a word's or string's value, interned straight
    /// from the source's bytes when the value is exactly those bytes: no
    /// escape, nothing to normalise (see `InvisibleCharacters`), no
    /// typographic quotes, valid UTF-8, and for a string not blank. Nil
    /// otherwise: the caller then reads the value as a `String`, which gives
    /// the same id for the same value.
    func internedValue(_ range: SourceRange, quoted: Bool, in table: NameTable) -> NameID? {
        guard range.start >= 0, range.end <= bytes.count, range.start < range.end else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> NameID? in
            var start = range.start
            var end = range.end
            if quoted {
                guard buffer[start] == 0x22 else { return nil }
                start += 1
                if end > start, buffer[end - 1] == 0x22 { end -= 1 }
                // Not blank: it starts with neither a space nor a tab. Without the
                // lead bytes `mayNeedNormalizing` looks for, the only space that a
                // lead byte above 0x20 starts is U+1680 (0xE1).
                guard end > start, buffer[start] > 0x20, buffer[start] != 0xE1 else { return nil }
            }
            let content = UnsafeBufferPointer(rebasing: buffer[start..<end])
            guard !InvisibleCharacters.mayNeedNormalizing(content) else { return nil }
            if quoted {
                var index = 0
                while index < content.count {
                    let byte = content[index]
                    if byte == 0x5C { return nil }
                    if byte < 0x80 {
                        index += 1
                    } else if let (_, length) = UTF8Decoding.scalar(in: content, at: index) {
                        index += length
                    } else {
                        return nil
                    }
                }
            }
            return table.internWritten(bytes: content)
        }
    }
}
