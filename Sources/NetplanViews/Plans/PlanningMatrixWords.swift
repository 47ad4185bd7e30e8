import NetplanBase
import NetplanSyntax

/// The planning schema's words and small helpers shared by its renderers:
/// titles, the legend, the words of a mark, date ranges.
extension PlanningMatrix {
    static let titleWord = Text(en: "Planning schema", da: "Planlægningsskema")
    static let coveredWord = Text(en: "Covered", da: "Dækket")
    static let missingWord = Text(en: "Missing", da: "Mangler")
    static let unitWord = Text(en: "Unit", da: "Enhed")
    static let purposesWord = Text(en: "Purposes (for)", da: "Formål (for)")
    static let phasesWord = Text(en: "Phases", da: "Faser")
    static let competencesWord = Text(en: "Competences", da: "Kompetencer")
    static let noPhases = Text(
        en: "The plan has no phases yet: add one with a `phase` line.",
        da: "Planen har endnu ingen faser: tilføj en med en `phase`-linje.")
    static let footnote = Text(
        en: "Covered: competences brought by somebody present. Missing: needs of the phase that nobody present brings.",
        da: "Dækket: kompetencer, som nogen, der er med i fasen, bidrager med. Mangler: fasens behov, som ingen, der er med, dækker.")

    package static func section(_ kind: ParticipantKind) -> Text { Vocabulary.section(kind) }

    package static func kindWord(_ kind: ParticipantKind) -> Text { Vocabulary.shortKind(kind) }

    /// The symbol of a mark in the text and Markdown views.
    package static func symbol(_ mark: Mark) -> String { mark.symbol }

    /// The word of a mark in CSV, where words sort and filter better than
    /// symbols. Not taking part is an empty cell, not "ikke med": a filter on
    /// "not empty" then shows exactly who takes part.
    package static func word(_ mark: Mark) -> Text {
        mark == .absent ? .verbatim("") : mark.word
    }

    /// A cell's mark with the purpose of taking part, if any: the invited
    /// symbol then "(for: fortæller om hverdagen)" in Markdown, "invited
    /// (for: ...)" in CSV.
    /// `for` is the word the plan uses, so it reads the same in both languages.
    package static func withPurpose(_ mark: String, _ purpose: String?) -> String {
        guard let purpose, !mark.isEmpty else { return mark }
        return "\(mark) (for: \(purpose))"
    }

    package static func legend(_ language: Language, includeAbsent: Bool) -> [String] {
        Mark.allCases.filter { includeAbsent || $0 != .absent }.map { $0.legend(language) }
    }

    package static func title(_ grid: Grid, _ language: Language) -> String {
        var title = titleWord(language)
        if let network = grid.network {
            title += ": " + network
            if let kind = grid.networkKind { title += " (\(kind))" }
        }
        return title
    }

    static func dateRange(_ column: Column) -> String? {
        switch (column.start, column.end) {
        case (let start?, let end?): return start == end ? start.description : "\(start) – \(end)"
        case (let start?, nil): return "\(start) –"
        case (nil, let end?): return "– \(end)"
        case (nil, nil): return nil
        }
    }
}
