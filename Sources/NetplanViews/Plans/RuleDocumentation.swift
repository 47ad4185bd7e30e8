import Foundation
import NetplanBase
import NetplanCheck
import NetplanSyntax

/// Renders the rule catalogue for `netplan rules`, `netplan explain` and
/// `docs/rules.md`, all from the rules' own descriptions.
public enum RuleDocumentation {
    /// Every described code: the method's rules, then the built-in checks.
    /// Every described code: the method's rules, the rules across networks,
    /// then the built-in checks.
    public static var all: [RuleDescription] {
        RuleRegistry.all.map(\.description) + CrossPlanRules.all.map(\.description) + BuiltInChecks.all
    }

    /// The description of a code or identifier.
    public static func description(_ codeOrIdentifier: String) -> RuleDescription? {
        RuleRegistry.rule(codeOrIdentifier)?.description ?? CrossPlanRules.rule(codeOrIdentifier)?.description
            ?? BuiltInChecks.check(codeOrIdentifier)
    }

    /// Whether a plan can turn the rule off or change its level.
    static func isAdjustable(_ description: RuleDescription) -> Bool {
        (RuleRegistry.rule(description.code) != nil || CrossPlanRules.rule(description.code) != nil)
            && description.severity != .error
    }

    /// The example without markers.
    public static func unmarked(_ example: String) -> String {
        example.replacingOccurrences(of: RuleDescription.marker, with: "")
    }

    /// What netplan says about a triggering example (this code's findings only).
    public static func findings(for description: RuleDescription, example: String, language: Language) -> [String] {
        if CrossPlanRules.rule(description.code) != nil {
            return crossPlanFindings(for: description, example: example, language: language)
        }
        if Workspace.codes.contains(description.code) {
            return workspaceFindings(for: description, example: example, language: language)
        }
        let result = Checker.check(
            SourceFile(path: "example.netplan", text: unmarked(example)), today: RuleDescription.exampleToday)
        return result.diagnostics.filter { $0.code == description.code }.map { diagnostic in
            let location = result.source.location(of: diagnostic.range.start)
            var line = "\(location.line):\(location.column): \(diagnostic.severity.word(language)): \(diagnostic.message(language))"
            if let help = diagnostic.help { line += " (\(Vocabulary.helpLead(language)): \(help(language)))" }
            return line
        }
    }

    /// What netplan says about an example of several plans checked
    /// together, each finding with its file.
    static func crossPlanFindings(for description: RuleDescription, example: String, language: Language) -> [String] {
        let results = CrossPlanExample.files(unmarked(example)).map {
            Checker.check(SourceFile(path: $0.path, text: $0.text), today: RuleDescription.exampleToday)
        }
        let merged = CrossPlanRules.merged(results)
        return results.indices.flatMap { index in
            merged[index].filter { $0.code == description.code }.map { diagnostic in
                let source = results[index].source
                let location = source.location(of: diagnostic.range.start)
                var line = "\(source.path):\(location.line):\(location.column): \(diagnostic.severity.word(language)): \(diagnostic.message(language))"
                if let help = diagnostic.help { line += " (\(Vocabulary.helpLead(language)): \(help(language)))" }
                return line
            }
        }
    }

    /// What `netplan check` says about the first file of an example of
    /// several files (the others are there for its `use` lines).
    static func workspaceFindings(for description: RuleDescription, example: String, language: Language) -> [String] {
        let files = CrossPlanExample.files(unmarked(example))
        guard let result = Workspace.checkExample(files, today: RuleDescription.exampleToday) else { return [] }
        return result.diagnostics.filter { $0.code == description.code }.map { diagnostic in
            let location = result.source.location(of: diagnostic.range.start)
            var line = "\(result.source.path):\(location.line):\(location.column): \(diagnostic.severity.word(language)): \(diagnostic.message(language))"
            if let help = diagnostic.help { line += " (\(Vocabulary.helpLead(language)): \(help(language)))" }
            return line
        }
    }

    /// For a rule across networks: how to read its examples.
    static func severalPlans(_ description: RuleDescription, _ language: Language) -> String? {
        if Workspace.codes.contains(description.code) {
            return language == .danish
                ? "Tjekket, når en plan eller et register bruger et register (`use`). Eksempler med flere filer begynder hver fil med en linje `# file: NAVN.netplan`; den første fil tjekkes, de andre er der til dens `use`-linjer."
                : "Checked when a plan or a register uses a register (`use`). In examples of several files, each file starts with a line `# file: NAME.netplan`; the first file is checked, the others are there for its `use` lines."
        }
        guard CrossPlanRules.rule(description.code) != nil else { return nil }
        return language == .danish
            ? "Reglen bruges, når flere planer tjekkes sammen (`netplan check MAPPE` eller flere filer). I eksemplerne begynder hver plan med en linje `# file: NAVN.netplan`."
            : "The rule runs when several plans are checked together (`netplan check FOLDER` or several files). In the examples, each plan starts with a line `# file: NAME.netplan`."
    }

    /// The table printed by `netplan rules`.
    public static func table(_ language: Language) -> String {
        let rows = all.map { [$0.code, $0.identifier, $0.severity.word(language), $0.title(language)] }
        let header = language == .danish
            ? ["kode", "navn", Vocabulary.severityHeading.da, "titel"] : ["code", "identifier", Vocabulary.severityHeading.en, "title"]
        let widths = (0..<3).map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func format(_ row: [String]) -> String {
            (0..<3).map { row[$0] + String(repeating: " ", count: widths[$0] - row[$0].count) }.joined(separator: "  ")
                + "  " + row[3]
        }
        var out = format(header) + "\n"
        out += rows.map(format).joined(separator: "\n") + "\n"
        out += language == .danish
            ? "\nSkriv `netplan explain KODE` for at se, hvorfor reglen findes, med eksempler.\n"
            : "\nRun `netplan explain CODE` for the rationale and examples.\n"
        return out
    }

    /// The text printed by `netplan explain CODE`.
    public static func explain(_ description: RuleDescription, _ language: Language) -> String {
        let danish = language == .danish
        var out = "\(description.code) \(description.identifier) (\(description.severity.word(language)))\n"
        out += description.title(language) + "\n\n"
        out += wrap(description.rationale(language), width: 78) + "\n"
        if let several = severalPlans(description, language) { out += "\n" + wrap(several, width: 78) + "\n" }
        if !description.triggering.isEmpty {
            out += "\n" + (danish ? "Udløses af (↓ viser stedet):" : "Triggers on (↓ marks the finding):") + "\n"
            for example in description.triggering {
                out += "\n" + indent(example) + "\n"
                for finding in findings(for: description, example: example, language: language) {
                    out += "    → " + finding + "\n"
                }
            }
        }
        if !description.nonTriggering.isEmpty {
            out += "\n" + (danish ? "Udløses ikke af:" : "Does not trigger on:") + "\n"
            for example in description.nonTriggering { out += "\n" + indent(example) + "\n" }
        }
        if isAdjustable(description) {
            out += "\n"
            // Rules across networks are set per plan; `allow` on one line is not read for them.
            let acrossPlans = CrossPlanRules.rule(description.code) != nil
            out += danish
                ? "Slå reglen fra eller skift niveau: `set \(description.identifier) off|note|warning|error` (fra, bemærkning, advarsel, fejl)."
                    + (acrossPlans ? " Indstillingen gælder den plan, den står i.\n" : " Undtag én linje: `allow \(description.identifier) \"begrundelse\"`.\n")
                : "Turn off or change: `set \(description.identifier) off|note|warning|error`."
                    + (acrossPlans ? " The setting holds for the plan it is written in.\n" : " Exempt one statement: `allow \(description.identifier) \"reason\"`.\n")
        }
        return out
    }

    /// `docs/rules.md` (English) or `docs/rules.da.md` (Danish).
    public static func markdown(_ language: Language) -> String {
        let danish = language == .danish
        var out = danish ? "# Regler og tjek\n\n" : "# Rules and findings\n\n"
        out += danish
            ? "Lavet ud fra reglernes egne beskrivelser (`swift run netplan rules --markdown --lang da`). Ret ikke filen i hånden: en test fejler, når den ikke længere passer til reglerne.\n\n"
            : "Generated from the rules' own descriptions (`swift run netplan rules --markdown`). Do not edit by hand: a test fails when this file is out of date.\n\n"
        out += "| " + (danish ? "kode | navn" : "code | identifier") + " | \(Vocabulary.severityHeading(language)) | " + (danish ? "titel" : "title") + " |\n|---|---|---|---|\n"
        for description in all {
            out += "| [\(description.code)](#\(description.code.lowercased())) | `\(description.identifier)` | \(description.severity.word(language)) | \(description.title(language)) |\n"
        }
        for description in all {
            out += "\n## \(description.code)\n\n"
            out += "**`\(description.identifier)`** · \(description.severity.word(language)) · \(description.title(language))\n\n"
            out += description.rationale(language) + "\n"
            if let several = severalPlans(description, language) { out += "\n" + several + "\n" }
            if !description.triggering.isEmpty {
                out += "\n" + (danish ? "Udløses af (↓ viser stedet):" : "Triggers on (↓ marks the finding):") + "\n"
                for example in description.triggering {
                    out += "\n```netplan\n\(example)\n```\n"
                    let found = findings(for: description, example: example, language: language)
                    if !found.isEmpty {
                        out += "\n" + found.map { "> " + $0 }.joined(separator: "\n>\n") + "\n"
                    }
                }
            }
            if !description.nonTriggering.isEmpty {
                out += "\n" + (danish ? "Udløses ikke af:" : "Does not trigger on:") + "\n"
                for example in description.nonTriggering { out += "\n```netplan\n\(example)\n```\n" }
            }
        }
        return out
    }

    package static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
    }

    /// Wraps text at word boundaries.
    static func wrap(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}
