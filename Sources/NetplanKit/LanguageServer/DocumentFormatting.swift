/// `textDocument/formatting`: one edit replacing the whole document with its
/// canonical layout. A document with a syntax error gets no edits: the
/// formatter refuses it, as `netplan fmt` does.
enum DocumentFormatting {
    static func edits(for document: OpenDocument) -> [JSONObject] {
        guard !document.tree.hasSyntaxErrors, let formatted = try? Formatter.format(document.tree) else { return [] }
        if document.source.bytes.elementsEqual(formatted.utf8) { return [] }
        let whole = LSPRange(start: LSPPosition(line: 0, character: 0), end: document.converter.endPosition)
        return [["range": whole.json, "newText": formatted]]
    }
}
