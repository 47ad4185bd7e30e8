import NetplanBase
import NetplanSyntax

/// `textDocument/formatting`: one edit replacing the whole document with its
/// canonical layout. A document with a syntax error gets no edits: the
/// formatter refuses it, as `netplan fmt` does. The new text is checked as
/// `netplan fmt` checks it (`PlanFormatter.verifiedFormat`): if it would change
/// what the plan says, the request fails and the document stays as it is.
enum DocumentFormatting {
    package static func edits(for document: OpenDocument, language: Language) throws(ResponseError) -> [JSONObject] {
        guard !document.tree.hasSyntaxErrors else { return [] }
        let formatted: String
        do {
            formatted = try PlanFormatter.verifiedFormat(document.tree)
        } catch {
            switch error {
            case .syntaxError: return []
            case .changedMeaning:
                throw ResponseError(code: JSONRPCErrorCode.internalError, message: error.message(language))
            }
        }
        if document.source.bytes.elementsEqual(formatted.utf8) { return [] }
        let whole = LSPRange(start: LSPPosition(line: 0, character: 0), end: document.converter.endPosition)
        return [["range": whole.json, "newText": formatted]]
    }
}
