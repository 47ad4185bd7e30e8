import Foundation
import NetplanBase
import NetplanSyntax

/// Renders diagnostics as SARIF 2.1.0, the format code-scanning services
/// read: one run, the full rule catalogue as the tool's rules, and one result
/// per finding with its region (columns in Unicode code points).
public struct SARIFRenderer {
    public var language: Language

    public init(language: Language = .english) {
        self.language = language
    }

    public func render(_ files: [FileDiagnostics]) -> String {
        let catalogue = RuleDocumentation.all
        var ruleIndex: [String: Int] = [:]
        for (index, description) in catalogue.enumerated() { ruleIndex[description.code] = index }
        let rules: [JSONValue] = catalogue.map { description in
            .object([
                ("id", .string(description.code)),
                ("name", .string(Self.pascalCase(description.identifier))),
                ("shortDescription", .object([("text", .string(description.title(language)))])),
                ("fullDescription", .object([("text", .string(description.rationale(language)))])),
                (
                    "help",
                    .object([
                        ("text", .string(description.rationale(language))),
                        ("markdown", .string("**\(description.title(language))**\n\n\(description.rationale(language))")),
                    ])
                ),
                ("defaultConfiguration", .object([("level", .string(Self.level(description.severity)))])),
                ("properties", .object([("identifier", .string(description.identifier))])),
            ])
        }
        var results: [JSONValue] = []
        let sources = FileDiagnostics.sourcesByPath(files)
        for file in files {
            for diagnostic in file.diagnostics {
                var message = diagnostic.message(language)
                if let help = diagnostic.help {
                    message += " (\(language == .danish ? "hjælp" : "help"): \(help(language)))"
                }
                var pairs: [(String, JSONValue)] = [("ruleId", .string(diagnostic.code))]
                if let index = ruleIndex[diagnostic.code] { pairs.append(("ruleIndex", .int(index))) }
                pairs += [
                    ("level", .string(Self.level(diagnostic.severity))),
                    ("message", .object([("text", .string(message))])),
                    ("locations", .array([location(diagnostic.primary, in: file.source, id: nil)])),
                ]
                if !diagnostic.secondary.isEmpty {
                    pairs.append(
                        (
                            "relatedLocations",
                            .array(
                                diagnostic.secondary.enumerated().compactMap { index, annotation in
                                    // A place in another plan: that file's URI and positions.
                                    guard let path = annotation.file else { return location(annotation, in: file.source, id: index) }
                                    return sources[path].map { location(annotation, in: $0, id: index) }
                                })
                        ))
                }
                results.append(.object(pairs))
            }
        }
        let log: JSONValue = .object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            (
                "runs",
                .array([
                    .object([
                        (
                            "tool",
                            .object([
                                (
                                    "driver",
                                    .object([
                                        ("name", .string("netplan")),
                                        ("version", .string(Release.version)),
                                        ("semanticVersion", .string(Release.version)),
                                        ("rules", .array(rules)),
                                    ])
                                )
                            ])
                        ),
                        ("columnKind", .string("unicodeCodePoints")),
                        ("results", .array(results)),
                    ])
                ])
            ),
        ])
        return log.serialized() + "\n"
    }

    private func location(_ annotation: Annotation, in source: SourceFile, id: Int?) -> JSONValue {
        let start = source.scalarLocation(of: annotation.range.start)
        var end = source.scalarLocation(of: annotation.range.end)
        if end <= start { end = SourceLocation(line: start.line, column: start.column + 1) }
        var pairs: [(String, JSONValue)] = []
        if let id { pairs.append(("id", .int(id))) }
        pairs.append(
            (
                "physicalLocation",
                .object([
                    ("artifactLocation", .object([("uri", .string(Self.uri(source.path)))])),
                    (
                        "region",
                        .object([
                            ("startLine", .int(start.line)),
                            ("startColumn", .int(start.column)),
                            ("endLine", .int(end.line)),
                            ("endColumn", .int(end.column)),
                        ])
                    ),
                ])
            ))
        if let label = annotation.label { pairs.append(("message", .object([("text", .string(label(language)))]))) }
        return .object(pairs)
    }

    package static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .note: return "note"
        }
    }

    /// `need-uncovered` → `NeedUncovered`, the form SARIF's rule names usually take.
    static func pascalCase(_ identifier: String) -> String {
        identifier.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// A relative URI reference for a path (spaces and other characters percent-encoded).
    package static func uri(_ path: String) -> String {
        var cleaned = path
        while cleaned.hasPrefix("./") { cleaned.removeFirst(2) }
        let encoded = cleaned.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? cleaned
        return cleaned.hasPrefix("/") ? "file://" + encoded : encoded
    }
}

extension SourceFile {
    /// Line and column where the column counts Unicode scalars (SARIF's `unicodeCodePoints`).
    public func scalarLocation(of offset: Int) -> SourceLocation {
        let offset = min(max(offset, 0), bytes.count)
        let index = lineIndex(of: offset)
        let lineStart = index == 0 ? min(contentStart, offset) : lineStarts[index]
        var column = 1
        for byte in bytes[lineStart..<max(lineStart, offset)] where byte & 0xC0 != 0x80 { column += 1 }
        return SourceLocation(line: index + 1, column: column)
    }
}
