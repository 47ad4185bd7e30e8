import NetplanSyntax

/// The documents the client has open: their latest text, checked only when
/// someone needs the result.
///
/// An edit replaces the text and forgets the checked result; nothing is
/// checked until a request or the publishing of diagnostics asks for the
/// document. So a burst of edits costs one check, however many edits it has.
/// The store also remembers which documents changed since their diagnostics
/// were last published, in the order they first changed.
final class DocumentStore {
    private struct Entry {
        package var version: Int?
        package var bytes: [UInt8]
        package var checked: OpenDocument?
    }

    private var entries: [String: Entry] = [:]
    private var unpublishedOrder: [String] = []
    private var unpublishedSet: Set<String> = []

    /// How many times a document has been checked (the tests count them).
    private(set) var checkCount = 0

    /// Sets a document's text (opened, changed or saved with its text).
    package func set(_ uri: String, version: Int?, bytes: [UInt8]) {
        entries[uri] = Entry(version: version, bytes: bytes, checked: nil)
        if unpublishedSet.insert(uri).inserted { unpublishedOrder.append(uri) }
    }

    /// The latest text and version of an open document.
    package func text(of uri: String) -> (version: Int?, bytes: [UInt8])? {
        entries[uri].map { ($0.version, $0.bytes) }
    }

    /// Forgets a closed document.
    package func remove(_ uri: String) {
        entries[uri] = nil
        if unpublishedSet.remove(uri) != nil { unpublishedOrder.removeAll { $0 == uri } }
    }

    /// The checked latest version of a document, checking it now if needed.
    package func document(_ uri: String) -> OpenDocument? {
        guard var entry = entries[uri] else { return nil }
        if let checked = entry.checked { return checked }
        let checked = OpenDocument(uri: uri, version: entry.version, bytes: entry.bytes)
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
