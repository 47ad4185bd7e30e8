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
}
