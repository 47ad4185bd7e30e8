import NetplanSyntax

/// What the server tells the client it can do, in its answer to `initialize`.
enum ServerCapabilities {
    package static var json: JSONObject {
        [
            "positionEncoding": "utf-16",
            // Incremental sync (2): an editor sends only what changed, so a burst
            // of typing costs little to read; a full text is accepted all the same.
            "textDocumentSync": ["openClose": true, "change": 2, "save": ["includeText": false]] as JSONObject,
            "hoverProvider": true,
            "definitionProvider": true,
            "referencesProvider": true,
            "completionProvider": ["triggerCharacters": [" ", ":", ","], "resolveProvider": false] as JSONObject,
            "documentSymbolProvider": true,
            "documentFormattingProvider": true,
            "renameProvider": ["prepareProvider": true],
        ]
    }
}
