import Foundation
import NetplanSyntax

/// `textDocument/definition` and `textDocument/references` for participants,
/// groups, phases and competences. Both read the resolver's name record, so
/// a name is found in every spelling the resolver takes as the same name.
enum Navigation {
    /// Where the name at `offset` is declared: the declaration (the first one
    /// if repeated). A competence of the default diamond, a built-in group
    /// and an unknown name have no declaration: null.
    package static func definition(at offset: Int, in document: OpenDocument) -> Any {
        guard let occurrence = document.names.occurrence(at: offset) else { return NSNull() }
        guard let first = document.names.declarations(of: occurrence.referent).first else { return NSNull() }
        return [document.locationJSON(first.range)]
    }

    /// Every place the name at `offset` is written: declarations, invites,
    /// `without`, `via`, role lines, `: ...` lists, `needs` and `kind`.
    package static func references(at offset: Int, in document: OpenDocument, includeDeclaration: Bool) -> Any {
        guard let occurrence = document.names.occurrence(at: offset) else { return [Any]() }
        return document.names.occurrences(of: occurrence.referent)
            .filter { includeDeclaration || !$0.isDeclaration }
            .map { document.locationJSON($0.range) }
    }
}
