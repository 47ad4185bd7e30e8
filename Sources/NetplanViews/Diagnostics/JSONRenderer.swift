import NetplanBase
import NetplanSyntax

/// Renders diagnostics as the JSON array of the command-line contract:
/// each element has `file`, `line`, `column`, `severity`, `code` and
/// `message`, plus the end position, label, related places, notes and help.
public struct JSONRenderer {
    public var language: Language

    public init(language: Language = .english) {
        self.language = language
    }

    /// One JSON value per diagnostic.
    public func values(_ file: FileDiagnostics) -> [JSONValue] {
        file.diagnostics.map { value($0, in: file.source) }
    }

    /// The whole array for several files.
    public func render(_ files: [FileDiagnostics]) -> String {
        JSONValue.array(files.flatMap(values)).serialized() + "\n"
    }

    package func value(_ diagnostic: Diagnostic, in source: SourceFile) -> JSONValue {
        let start = source.location(of: diagnostic.range.start)
        let end = source.location(of: diagnostic.range.end)
        let related: [JSONValue] = diagnostic.secondary.map { annotation in
            let location = source.location(of: annotation.range.start)
            return .object([
                ("line", .int(location.line)),
                ("column", .int(location.column)),
                ("message", .optional(annotation.label.map { $0(language) })),
            ])
        }
        return .object([
            ("file", .string(source.path)),
            ("line", .int(start.line)),
            ("column", .int(start.column)),
            ("endLine", .int(end.line)),
            ("endColumn", .int(end.column)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("code", .string(diagnostic.code)),
            ("message", .string(diagnostic.message(language))),
            ("label", .optional(diagnostic.primary.label.map { $0(language) })),
            ("related", .array(related)),
            ("notes", .array(diagnostic.notes.map { .string($0(language)) })),
            ("help", .optional(diagnostic.help.map { $0(language) })),
        ])
    }
}
