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

    /// One JSON value per diagnostic. `others` holds the files that related
    /// places in other files point into, by path.
    public func values(_ file: FileDiagnostics, others: [String: SourceFile] = [:]) -> [JSONValue] {
        file.diagnostics.map { value($0, in: file.source, others: others) }
    }

    /// The whole array for several files; related places may point into any of them.
    public func render(_ files: [FileDiagnostics]) -> String {
        let sources = FileDiagnostics.sourcesByPath(files)
        return JSONValue.array(files.flatMap { values($0, others: sources) }).serialized() + "\n"
    }

    /// A diagnostic as JSON. Each related place carries its `file`: the
    /// diagnostic's own, or another plan's for a finding across plans.
    package func value(_ diagnostic: Diagnostic, in source: SourceFile, others: [String: SourceFile] = [:]) -> JSONValue {
        let start = source.location(of: diagnostic.range.start)
        let end = source.location(of: diagnostic.range.end)
        let related: [JSONValue] = diagnostic.secondary.map { annotation in
            let file = annotation.file.map { others[$0] } ?? source
            let location = file.map { $0.location(of: annotation.range.start) }
            return .object([
                ("file", .string(annotation.file ?? source.path)),
                ("line", location.map { .int($0.line) } ?? .null),
                ("column", location.map { .int($0.column) } ?? .null),
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

extension FileDiagnostics {
    /// The files by path, for places in other files (findings across plans).
    public static func sourcesByPath(_ files: [FileDiagnostics]) -> [String: SourceFile] {
        var sources: [String: SourceFile] = [:]
        for file in files where sources[file.source.path] == nil { sources[file.source.path] = file.source }
        return sources
    }
}
