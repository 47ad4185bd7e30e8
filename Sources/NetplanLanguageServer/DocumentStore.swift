import NetplanSyntax

/// The documents the client has open: their latest text, checked only when
/// someone needs the result.
///
/// An edit replaces the text and forgets the checked result; nothing is
/// checked until a request or the publishing of diagnostics asks for the
/// document. So a burst of edits costs one check, however many edits it has.
/// The store also remembers which documents changed since their diagnostics
/// were last published, in the order they first changed.
///
/// A document is checked with the registers it uses (`DocumentWorkspace`):
/// open ones from their latest text, the others from disk. When a document
/// is set or closed, every checked document whose workspace loaded its path
/// (a plan using that register, directly or through another register) is
/// forgotten and counts as changed, so it is checked again, once, and its
/// diagnostics republished without the client touching it.
final class DocumentStore {
    private struct Entry {
        package var version: Int?
        package var bytes: [UInt8]
        package var checked: OpenDocument?
    }

    private var entries: [String: Entry] = [:]
    /// The URI of each open document by its normalised path.
    private var uris: [String: String] = [:]
    private var unpublishedOrder: [String] = []
    private var unpublishedSet: Set<String> = []

    /// How many times a document has been checked (the tests count them).
    private(set) var checkCount = 0

    /// Sets a document's text (opened, changed or saved with its text).
    package func set(_ uri: String, version: Int?, bytes: [UInt8]) {
        entries[uri] = Entry(version: version, bytes: bytes, checked: nil)
        uris[Self.key(uri)] = uri
        markChanged(uri)
        invalidateDependents(of: uri)
    }

    /// The latest text and version of an open document.
    package func text(of uri: String) -> (version: Int?, bytes: [UInt8])? {
        entries[uri].map { ($0.version, $0.bytes) }
    }

    /// The URI and latest text of the open document at a normalised path.
    package func openDocument(at path: String) -> (uri: String, bytes: [UInt8])? {
        guard let uri = uris[path], let entry = entries[uri] else { return nil }
        return (uri, entry.bytes)
    }

    /// Forgets a closed document.
    package func remove(_ uri: String) {
        entries[uri] = nil
        if uris[Self.key(uri)] == uri { uris[Self.key(uri)] = nil }
        if unpublishedSet.remove(uri) != nil { unpublishedOrder.removeAll { $0 == uri } }
        // Plans that used its unsaved text now read the file from disk.
        invalidateDependents(of: uri)
    }

    private func markChanged(_ uri: String) {
        if unpublishedSet.insert(uri).inserted { unpublishedOrder.append(uri) }
    }

    /// Forgets the result of every other document whose workspace loaded `uri`'s path.
    private func invalidateDependents(of uri: String) {
        let path = Self.key(uri)
        for (other, entry) in entries where other != uri {
            guard let checked = entry.checked, checked.loaded.contains(path) else { continue }
            entries[other]?.checked = nil
            markChanged(other)
        }
    }

    /// A document's path as the workspace keys it.
    private static func key(_ uri: String) -> String { DocumentWorkspace.key(OpenDocument.path(of: uri)) }

    /// How documents are checked: open documents served from their latest text.
    private var workspace: DocumentWorkspace {
        DocumentWorkspace { [unowned self] path in uris[path].flatMap { entries[$0]?.bytes } }
    }

    /// The checked latest version of a document, checking it now if needed.
    package func document(_ uri: String) -> OpenDocument? {
        guard var entry = entries[uri] else { return nil }
        if let checked = entry.checked { return checked }
        let checked = OpenDocument(uri: uri, version: entry.version, bytes: entry.bytes, workspace: workspace)
        checkCount += 1
        entry.checked = checked
        entries[uri] = entry
        return checked
    }

    /// Whether a document has changed since its diagnostics were published.
    func isUnpublished(_ uri: String) -> Bool { unpublishedSet.contains(uri) }

    /// The documents changed since their diagnostics were published, oldest change first.
    var unpublished: [String] { unpublishedOrder }

    /// Records that a document's latest diagnostics have been published.
    func markPublished(_ uri: String) {
        if unpublishedSet.remove(uri) != nil { unpublishedOrder.removeAll { $0 == uri } }
    }
}
