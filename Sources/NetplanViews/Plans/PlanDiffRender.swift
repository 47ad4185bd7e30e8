import NetplanBase
import NetplanCheck
import NetplanSyntax

/// The renderers of `PlanDiff`: minutes in text or Markdown, grouped by
/// network, people, phases, meetings and findings; and JSON, one object per
/// change with the same keys every time.
extension PlanDiff {
    static func heading(_ area: PlanChange.Area) -> Text {
        switch area {
        case .network: return Text(en: "Network and roles", da: "Netværk og roller")
        case .people: return Text(en: "People", da: "Personer")
        case .phases: return Text(en: "Phases", da: "Faser")
        case .meetings: return Text(en: "Meetings", da: "Møder")
        case .findings: return Text(en: "Errors, warnings and notes", da: "Fejl, advarsler og bemærkninger")
        }
    }

    static func title(old: String, new: String) -> Text {
        Text(en: "Changes from \(old) to \(new)", da: "Ændringer fra \(old) til \(new)")
    }

    static func nothing(old: String, new: String) -> Text {
        Text(
            en: "No changes in the plan's meaning from \(old) to \(new).",
            da: "Ingen ændringer i planens indhold fra \(old) til \(new).")
    }

    /// The changes grouped by area, areas without changes left out.
    static func grouped(_ changes: [PlanChange]) -> [(PlanChange.Area, [PlanChange])] {
        PlanChange.Area.allCases.compactMap { area in
            let inArea = changes.filter { $0.kind.area == area }
            return inArea.isEmpty ? nil : (area, inArea)
        }
    }

    /// Text with control characters shown as escapes, so a name cannot move the terminal's cursor.
    static func printable(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if ControlCharacters.isControl(scalar) { out += ControlCharacters.escaped(scalar) } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// Minutes in plain text.
    public static func text(_ changes: [PlanChange], old: String, new: String, language: Language) -> String {
        guard !changes.isEmpty else { return printable(nothing(old: old, new: new)(language)) + "\n" }
        var lines = [printable(title(old: old, new: new)(language)) + ":"]
        for (area, inArea) in grouped(changes) {
            lines.append("")
            lines.append(heading(area)(language))
            for change in inArea { lines.append("  - " + printable(sentence(change)(language))) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Minutes in GitHub Markdown, every sentence escaped scalar by scalar.
    public static func markdown(_ changes: [PlanChange], old: String, new: String, language: Language) -> String {
        let escape = PlanningMatrix.escapeMarkdown
        guard !changes.isEmpty else { return escape(nothing(old: old, new: new)(language)) + "\n" }
        var lines = ["## " + escape(title(old: old, new: new)(language))]
        for (area, inArea) in grouped(changes) {
            lines += ["", "### " + heading(area)(language), ""]
            for change in inArea { lines.append("- " + escape(sentence(change)(language))) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"old", "new", "changes": [{"change", "area", "subject", "phase",
    /// "old", "new", "severity", "message", "text"}]}`: every key in every
    /// change, `null` where it does not apply; `text` and `message` in the
    /// chosen language, everything else language-neutral.
    public static func json(_ changes: [PlanChange], old: String, new: String, language: Language) -> JSONValue {
        func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        let entries = changes.map { change -> JSONValue in
            .object([
                ("change", .string(change.kind.rawValue)),
                ("area", .string(change.kind.area.rawValue)),
                ("subject", .string(change.subject)),
                ("phase", optional(change.phase)),
                ("old", optional(change.old)),
                ("new", optional(change.new)),
                ("severity", optional(change.severity?.rawValue)),
                ("message", optional(change.message?(language))),
                ("text", .string(sentence(change)(language))),
            ])
        }
        return .object([("old", .string(old)), ("new", .string(new)), ("changes", .array(entries))])
    }
}
