import NetplanBase
import NetplanSyntax

/// Turns the checker's findings into LSP `Diagnostic` objects.
enum DiagnosticsConversion {
    /// LSP severities: 1 error, 2 warning, 3 information (our notes).
    package static func severity(_ severity: Severity) -> Int {
        switch severity {
        case .error: return 1
        case .warning: return 2
        case .note: return 3
        }
    }

    /// The findings of a document, with UTF-16 ranges.
    package static func diagnostics(for document: OpenDocument, language: Language) -> [JSONObject] {
        document.result.diagnostics.map { convert($0, in: document, language: language) }
    }

    static func convert(_ diagnostic: Diagnostic, in document: OpenDocument, language: Language) -> JSONObject {
        var result: JSONObject = [
            "range": document.rangeJSON(diagnostic.range),
            "severity": severity(diagnostic.severity),
            "code": diagnostic.code,
            "source": "netplan",
            "message": message(diagnostic, language: language),
        ]
        if !diagnostic.secondary.isEmpty {
            result["relatedInformation"] = diagnostic.secondary.map { annotation -> JSONObject in
                [
                    "location": document.locationJSON(annotation.range),
                    "message": annotation.label?(language)
                        ?? (language == .danish ? "se også her" : "see also here"),
                ]
            }
        }
        return result
    }

    /// The message, with the primary label, the notes and the help on lines of their own.
    package static func message(_ diagnostic: Diagnostic, language: Language) -> String {
        var lines = [diagnostic.message(language)]
        for note in diagnostic.notes {
            lines.append("\(language == .danish ? "bemærk" : "note"): \(note(language))")
        }
        if let help = diagnostic.help {
            lines.append("\(language == .danish ? "hjælp" : "help"): \(help(language))")
        }
        return lines.joined(separator: "\n")
    }
}
