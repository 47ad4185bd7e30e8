/// The params of the requests the server answers, read by the rules of
/// `FieldDecoding` (a field that is wrong is `InvalidParams` naming it).

/// `{textDocument: {uri}}`: documentSymbol, formatting, didClose.
struct TextDocumentParams: MessageObject {
    var uri: String

    private enum Keys: String, CodingKey { case textDocument }

    init(from decoder: any Decoder) throws {
        uri = try decoder.object(keyedBy: Keys.self).required(.textDocument, as: TextDocumentIdentifier.self).uri
    }
}

/// `{uri}` (the `version` of a `VersionedTextDocumentIdentifier` is optional).
struct TextDocumentIdentifier: MessageObject {
    var uri: String
    var version: Int?

    private enum Keys: String, CodingKey { case uri, version }

    init(from decoder: any Decoder) throws {
        let fields = try decoder.object(keyedBy: Keys.self)
        uri = try fields.required(.uri)
        version = try fields.optionalInteger(.version)
    }
}

/// `{textDocument: {uri}, position: {line, character}}`: hover, definition,
/// completion, prepareRename.
struct TextDocumentPositionParams: MessageObject {
    var uri: String
    var position: LSPPosition

    private enum Keys: String, CodingKey { case textDocument, position }

    init(from decoder: any Decoder) throws {
        let fields = try decoder.object(keyedBy: Keys.self)
        uri = try fields.required(.textDocument, as: TextDocumentIdentifier.self).uri
        position = try fields.required(.position, as: PositionField.self).value
    }
}

/// `{line, character}`, read into an `LSPPosition`. Negative numbers are
/// read as they are; the converter clamps them.
struct PositionField: MessageObject {
    var value: LSPPosition

    private enum Keys: String, CodingKey { case line, character }

    init(from decoder: any Decoder) throws {
        let fields = try decoder.object(keyedBy: Keys.self)
        value = LSPPosition(line: try fields.integer(.line), character: try fields.integer(.character))
    }
}

/// `{start, end}`, read into an `LSPRange`.
struct RangeField: MessageObject {
    var value: LSPRange

    private enum Keys: String, CodingKey { case start, end }

    init(from decoder: any Decoder) throws {
        let fields = try decoder.object(keyedBy: Keys.self)
        value = LSPRange(
            start: try fields.required(.start, as: PositionField.self).value, end: try fields.required(.end, as: PositionField.self).value)
    }
}

/// `textDocument/references`: a position and `context.includeDeclaration` (true when left out).
struct ReferenceParams: MessageObject {
    var at: TextDocumentPositionParams
    var includeDeclaration: Bool

    private enum Keys: String, CodingKey { case context }
    private enum ContextKeys: String, CodingKey { case includeDeclaration }

    private struct Context: MessageObject {
        var includeDeclaration: Bool?

        init(from decoder: any Decoder) throws {
            includeDeclaration = try decoder.object(keyedBy: ContextKeys.self).optional(.includeDeclaration)
        }
    }

    init(from decoder: any Decoder) throws {
        at = try TextDocumentPositionParams(from: decoder)
        let fields = try decoder.object(keyedBy: Keys.self)
        includeDeclaration = try fields.optional(.context, as: Context.self)?.includeDeclaration ?? true
    }
}

/// `textDocument/rename`: the new name, then the position.
struct RenameParams: MessageObject {
    var newName: String
    var at: TextDocumentPositionParams

    private enum Keys: String, CodingKey { case newName }

    init(from decoder: any Decoder) throws {
        newName = try decoder.object(keyedBy: Keys.self).required(.newName)
        at = try TextDocumentPositionParams(from: decoder)
    }
}

/// `initialize`: the language the client asks for, if any
/// (`initializationOptions.language`, else `locale`).
struct InitializeParams: MessageObject {
    var language: String?
    var locale: String?

    private enum Keys: String, CodingKey { case initializationOptions, locale }
    private enum OptionKeys: String, CodingKey { case language }

    private struct Options: MessageObject {
        var language: String?

        init(from decoder: any Decoder) throws {
            language = try decoder.object(keyedBy: OptionKeys.self).optional(.language)
        }
    }

    init(from decoder: any Decoder) throws {
        let fields = try decoder.object(keyedBy: Keys.self)
        language = try fields.optional(.initializationOptions, as: Options.self)?.language
        locale = try fields.optional(.locale)
    }
}
