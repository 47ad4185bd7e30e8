/// Plan text shown in Markdown (the matrix's tables, the language server's
/// hovers): the one escaper for both.
public enum Markdown {
    /// Escapes text scalar by scalar: `|` would end a table cell, and
    /// emphasis, code, link, heading, strike-through and HTML characters would
    /// change how it reads; a control character (a line break would end a
    /// table row) is shown as `\u{0D}`. A `|` or `*` followed by a combining
    /// mark still acts, so it is escaped too. (The bytes: `ByteWriter.appendMarkdown`.)
    public static func escape(_ text: String) -> String {
        var out = ByteWriter(capacity: text.utf8.count + 8)
        out.appendMarkdown(text)
        return out.text
    }
}
