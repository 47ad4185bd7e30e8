import Foundation
import NetplanBase
import NetplanSyntax
import NetplanCheck

/// A plan the client has open: its text, the checker's result, and the
/// tables derived from them on demand.
final class OpenDocument {
    package let uri: String
    package let version: Int?
    package let source: SourceFile
    package let result: CheckResult
    /// The normalised paths of the registers its workspace loaded (see `DocumentWorkspace`).
    package let loaded: Set<String>
    /// UTF-16 positions for the client.
    let converter: PositionConverter

    /// Checks the text through a workspace: by default every register it uses is read from disk.
    package init(
        uri: String, version: Int?, bytes: [UInt8], workspace: DocumentWorkspace = DocumentWorkspace(openText: { _ in nil })
    ) {
        self.uri = uri
        self.version = version
        source = SourceFile(path: OpenDocument.path(of: uri), bytes: bytes)
        (result, loaded) = workspace.check(source)
        converter = PositionConverter(bytes: bytes)
    }

    package var plan: ResolvedPlan { result.plan }
    package var tree: SyntaxTree { result.tree }

    /// The file path of a `file:` URI (for messages), else the URI itself.
    package static func path(of uri: String) -> String {
        if uri.hasPrefix("file:"), let url = URL(string: uri), url.isFileURL { return url.path }
        return uri
    }

    /// The byte offset of an LSP position, clamped to the document.
    package func offset(_ position: LSPPosition) -> Int { converter.offset(of: position) }

    /// The LSP range of a byte range, as JSON.
    func rangeJSON(_ range: SourceRange) -> JSONObject { converter.range(of: range).json }

    /// A `Location` in this document, as JSON.
    func locationJSON(_ range: SourceRange) -> JSONObject { ["uri": uri, "range": rangeJSON(range)] }

    /// Every name of the plan with what it stands for, as the resolver recorded it.
    package var names: NameRecord { plan.names }
}

extension LSPPosition {
    var json: JSONObject { ["line": line, "character": character] }
}

extension LSPRange {
    var json: JSONObject { ["start": start.json, "end": end.json] }
}
