import NetplanSyntax

/// The params of the notifications that keep the server's copy of a document
/// in step with the editor, read by the rules of `FieldDecoding`.

/// `textDocument/didOpen`: `{textDocument: {uri, version?, text}}`.
struct DidOpenParams: MessageObject {
    package var uri: String
    package var version: Int?
    package var text: String

    private enum Keys: String, CodingKey { case textDocument }
    private enum ItemKeys: String, CodingKey { case uri, version, text }

    private struct Item: MessageObject {
        package var uri: String
        package var version: Int?
        package var text: String

        package init(from decoder: any Decoder) throws {
            let fields = try decoder.object(keyedBy: ItemKeys.self)
            uri = try fields.required(.uri)
            text = try fields.required(.text)
            version = try fields.optionalInteger(.version)
        }
    }

    package init(from decoder: any Decoder) throws {
        let item = try decoder.object(keyedBy: Keys.self).required(.textDocument, as: Item.self)
        (uri, version, text) = (item.uri, item.version, item.text)
    }
}

/// `textDocument/didChange`: the document and its changes, applied in order.
struct DidChangeParams: MessageObject {
    package var document: TextDocumentIdentifier
    package var changes: [ContentChange]

    private enum Keys: String, CodingKey { case textDocument, contentChanges }

    package init(from decoder: any Decoder) throws {
        let fields = try decoder.object(keyedBy: Keys.self)
        document = try fields.required(.textDocument)
        changes = try fields.required(.contentChanges, as: FieldList<ContentChange>.self).elements
    }
}

/// One change: the new text of a range (incremental), or of the whole document.
/// A `range` that is not an object is left out, so the change is the whole text.
struct ContentChange: MessageObject {
    package var text: String
    package var range: LSPRange?

    private enum Keys: String, CodingKey { case text, range }

    package init(from decoder: any Decoder) throws {
        let fields = try decoder.object(keyedBy: Keys.self)
        text = try fields.required(.text)
        range = try fields.optional(.range, as: RangeField.self)?.value
    }
}

/// `textDocument/didSave`: the document, and its text if the client sends it.
struct DidSaveParams: MessageObject {
    package var uri: String
    package var text: String?

    private enum Keys: String, CodingKey { case textDocument, text }

    package init(from decoder: any Decoder) throws {
        let fields = try decoder.object(keyedBy: Keys.self)
        uri = try fields.required(.textDocument, as: TextDocumentIdentifier.self).uri
        text = try fields.optional(.text)
    }
}
