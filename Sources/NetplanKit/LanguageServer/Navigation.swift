import Foundation

/// `textDocument/definition` and `textDocument/references` for participants,
/// groups, phases and competences.
enum Navigation {
    /// Where the name at `offset` is declared: the declaration (the first one
    /// if repeated). A competence of the default diamond and a built-in group
    /// have no declaration: null.
    static func definition(at offset: Int, in document: OpenDocument) -> Any {
        guard let occurrence = document.index.occurrence(at: offset) else { return NSNull() }
        let declarations = document.index.declarations(of: occurrence.key)
        guard let first = declarations.first else { return NSNull() }
        return [document.locationJSON(first.range)]
    }

    /// Every place the name at `offset` is written: declarations, invites,
    /// `without`, `via`, role lines, `: ...` lists and `needs`.
    static func references(at offset: Int, in document: OpenDocument, includeDeclaration: Bool) -> Any {
        guard let occurrence = document.index.occurrence(at: offset) else { return [Any]() }
        return document.index.occurrences(of: occurrence.key)
            .filter { includeDeclaration || !$0.isDeclaration }
            .map { document.locationJSON($0.range) }
    }
}
