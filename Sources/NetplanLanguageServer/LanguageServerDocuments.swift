import Foundation

/// The open documents, as the server sees them: edits applied in order,
/// checked when needed, diagnostics published for the latest version.
extension LanguageServer {
    func change(_ params: Params) throws(ResponseError) {
        let item = try params.object("textDocument")
        let uri = try item.string("uri")
        let changes = try params.array("contentChanges")
        guard let current = store.text(of: uri) else {
            log("`didChange` for `\(uri)`, which is not open")
            return
        }
        var bytes = current.bytes
        for (index, rawChange) in changes.enumerated() {
            guard let object = rawChange as? JSONObject else {
                throw .invalidParams("`contentChanges[\(index)]` must be an object")
            }
            let change = Params(object, path: "contentChanges[\(index)]")
            let text = try change.string("text")
            if let range = change.optionalObject("range") {
                // An incremental change (what the server asks for): replace the range.
                let converter = PositionConverter(bytes: bytes)
                let start = converter.offset(of: try range.position("start"))
                let end = max(start, converter.offset(of: try range.position("end")))
                bytes.replaceSubrange(start..<end, with: Array(text.utf8))
            } else {
                bytes = Array(text.utf8)
            }
        }
        store.set(uri, version: item.optionalInt("version") ?? current.version, bytes: bytes)
    }

    /// Checks and publishes every document changed since its last publication.
    /// With `unlessMoreInput`, it stops as soon as more input is waiting: the
    /// next batch may change the documents again (a checked result is kept,
    /// so nothing is checked twice for the same text).
    func publishPending(unlessMoreInput: Bool) {
        for uri in store.unpublished {
            if unlessMoreInput, moreInputWaiting() { return }
            guard let document = store.document(uri) else { continue }
            if unlessMoreInput, moreInputWaiting() { return }
            publishDiagnostics(for: document)
            store.markPublished(uri)
        }
    }

    /// The checked latest version of an open document for a request; its
    /// diagnostics are published first if they are not yet.
    func checkedDocument(_ uri: String) -> OpenDocument? {
        guard let document = store.document(uri) else { return nil }
        if store.isUnpublished(uri) {
            publishDiagnostics(for: document)
            store.markPublished(uri)
        }
        return document
    }

    /// `documents[uri]`: the checked latest version of an open document, as `checkedDocument(_:)`.
    var documents: DocumentLookup { DocumentLookup(server: self) }

    struct DocumentLookup {
        package unowned let server: LanguageServer
        package subscript(uri: String) -> OpenDocument? { server.checkedDocument(uri) }
    }

    func publishDiagnostics(for document: OpenDocument) {
        var params: JSONObject = [
            "uri": document.uri,
            "diagnostics": DiagnosticsConversion.diagnostics(for: document, language: language),
        ]
        if let version = document.version { params["version"] = version }
        notify("textDocument/publishDiagnostics", params)
    }

    /// Runs `body` with the open document and the byte offset of `position`;
    /// `missing` is the answer when the document is not open.
    func withDocument(
        _ params: Params, missing: Any = NSNull(),
        _ body: (OpenDocument, Int) throws(ResponseError) -> Any
    ) throws(ResponseError) -> Any {
        let uri = try params.textDocumentURI()
        let position = try params.position("position")
        guard let document = documents[uri] else { return missing }
        return try body(document, document.offset(position))
    }
}
