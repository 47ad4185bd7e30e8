import Foundation
import NetplanSyntax

/// The open documents, as the server sees them: opened, edited, saved and
/// closed in the order the client says; checked when needed (`DocumentStore`);
/// diagnostics published for the latest version.
extension LanguageServer {
    func open(_ params: DidOpenParams) {
        store.set(params.uri, version: params.version, bytes: Array(params.text.utf8))
    }

    /// Applies the changes in order: a change with a range replaces that range, one without it the whole text.
    func change(_ params: DidChangeParams) {
        let uri = params.document.uri
        guard let current = store.text(of: uri) else {
            log("`didChange` for `\(uri)`, which is not open")
            return
        }
        var bytes = current.bytes
        for change in params.changes {
            if let range = change.range {
                // An incremental change (what the server asks for): replace the range.
                let converter = PositionConverter(bytes: bytes)
                let start = converter.offset(of: range.start)
                let end = max(start, converter.offset(of: range.end))
                bytes.replaceSubrange(start..<end, with: Array(change.text.utf8))
            } else {
                bytes = Array(change.text.utf8)
            }
        }
        store.set(uri, version: params.document.version ?? current.version, bytes: bytes)
    }

    func close(_ params: TextDocumentParams) {
        store.remove(params.uri)
        notify("textDocument/publishDiagnostics", ["uri": params.uri, "diagnostics": [Any]()])
    }

    /// A save with its text replaces the text (the version stays).
    func save(_ params: DidSaveParams) {
        if let text = params.text, let current = store.text(of: params.uri) {
            store.set(params.uri, version: current.version, bytes: Array(text.utf8))
        }
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
    func withDocument<Failure: Error>(
        _ params: TextDocumentPositionParams, missing: Any = NSNull(),
        _ body: (OpenDocument, Int) throws(Failure) -> Any
    ) throws(Failure) -> Any {
        guard let document = documents[params.uri] else { return missing }
        return try body(document, document.offset(params.position))
    }
}
