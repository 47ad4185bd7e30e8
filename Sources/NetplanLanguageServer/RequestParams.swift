import NetplanSyntax

/// The params of the requests the server answers, read by the rules of
/// `FieldDecoding` (a field that is wrong is `InvalidParams` naming it).

/// `{textDocument: {uri}}`: documentSymbol, formatting, didClose.
struct TextDocumentParams: MessageObject {
    package var uri: String

    private enum Keys: String, CodingKey { case textDocument }

    package init(from decoder: any Decoder) throws {
        uri = try decoder.object(keyedBy: Keys.self).required(.textDocument, as: TextDocumentIdentifier.self).uri
    }
}

/// `{uri}` (the `version` of a `VersionedTextDocumentIdentifier` is optional).
struct TextDocumentIdentifier: MessageObject {
    package var uri: String
    package var version: Int?

    private enum Keys: String, CodingKey { case uri, version }

    package init(from decoder: any Decoder) throws {
        let fields = try decoder.object(keyedBy: Keys.self)
        uri = try fields.required(.uri)
        version = try fields.optionalInteger(.version)
    }
}

/// `{textDocument: {uri}, position: {line, character}}`: hover, definition,
/// completion, prepareRename.
struct TextDocumentPositionParams: MessageObject {
    package var uri: String
    package var position: LSPPosition

    private enum Keys: String, CodingKey { case textDocument, position }

    package init(from decoder: any Decoder) throws {
        let fields = try decoder.object(keyedBy: Keys.self)
        uri = try fields.required(.textDocument, as: TextDocumentIdentifier.self).uri
        position = try fields.required(.position, as: PositionField.self).value
    }
}

/// `{line, character}`, read into an `LSPPosition`. Negative numbers are
/// read as they are; the converter clamps them.
struct PositionField: MessageObject {
    package var value: LSPPosition

    private enum Keys: String, CodingKey { case line, character }

    package init(from decoder: any Decoder) throws {
        let fields = try decoder.object(keyedBy: Keys.self)
        value = LSPPosition(line: try fields.integer(.line), character: try fields.integer(.character))
    }
}

/// `{start, end}`, read into an `LSPRange`.
struct RangeField: MessageObject {
    package var value: LSPRange

    private enum Keys: String, CodingKey { case start, end }

    package init(from decoder: any Decoder) throws {
        let fields = try decoder.object(keyedBy: Keys.self)
        value = LSPRange(
            start: try fields.required(.start, as: PositionField.self).value, end: try fields.required(.end, as: PositionField.self).value)
    }
}

/// `textDocument/references`: a position and `context.includeDeclaration` (true when left out).
struct ReferenceParams: MessageObject {
    package var at: TextDocumentPositionParams
    var includeDeclaration: Bool

    private enum Keys: String, CodingKey { case context }
    private enum ContextKeys: String, CodingKey { case includeDeclaration }

    private struct Context: MessageObject {
        var includeDeclaration: Bool?

        package init(from decoder: any Decoder) throws {
            includeDeclaration = try decoder.object(keyedBy: ContextKeys.self).optional(.includeDeclaration)
        }
    }

    package init(from decoder: any Decoder) throws {
        at = try TextDocumentPositionParams(from: decoder)
        let fields = try decoder.object(keyedBy: Keys.self)
        includeDeclaration = try fields.optional(.context, as: Context.self)?.includeDeclaration ?? true
    }
}

/// `textDocument/rename`: the new name, then the position.
struct RenameParams: MessageObject {
    var newName: String
    package var at: TextDocumentPositionParams

    private enum Keys: String, CodingKey { case newName }

    package init(from decoder: any Decoder) throws {
        newName = try decoder.object(keyedBy: Keys.self).required(.newName)
        at = try TextDocumentPositionParams(from: decoder)
    }
}

/// `initialize`: the language the client asks for, if any
/// (`initializationOptions.language`, else `locale`).
struct InitializeParams: MessageObject {
    package var language: String?
    package var locale: String?

    private enum Keys: String, CodingKey { case initializationOptions, locale }
    private enum OptionKeys: String, CodingKey { case language }

    private struct Options: MessageObject {
        package var language: String?

        package init(from decoder: any Decoder) throws {
            language = try decoder.object(keyedBy: OptionKeys.self).optional(.language)
        }
    }

    package init(from decoder: any Decoder) throws {
        let fields = try decoder.object(keyedBy: Keys.self)
        language = try fields.optional(.initializationOptions, as: Options.self)?.language
        locale = try fields.optional(.locale)
    }
}
