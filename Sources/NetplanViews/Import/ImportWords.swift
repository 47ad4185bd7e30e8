import Foundation
import NetplanBase
import NetplanSyntax

/// The words `netplan import` understands in headings and cells, in Danish
/// and English, compared without case, accents or surrounding spaces.
enum ImportWords {
    /// A word folded for comparison: trimmed, lower case, without accents.
    static func folded(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    static let nameHeadings = ["name", "navn", "deltager", "participant"].map(folded)
    static let kindHeadings = ["type", "kind", "art"].map(folded)
    static let unitHeadings = ["unit", "enhed"].map(folded)
    static let competenceHeadings = ["competences", "kompetencer", "kompetence", "competence"].map(folded)

    static let kinds: [(String, ParticipantKind)] = ([
        ("kerne", .core), ("kernedeltager", .core), ("core", .core), ("core participant", .core),
        ("løbende", .participant), ("as needed", .participant), ("participant", .participant),
        ("deltager", .participant), ("løbende deltager", .participant),
        ("gruppe", .group), ("group", .group),
    ] as [(String, ParticipantKind)]).map { (folded($0.0), $0.1) }

    /// The kind a cell names, if any.
    static func kind(_ cell: String) -> ParticipantKind? {
        let word = folded(cell)
        return kinds.first { $0.0 == word }?.1
    }

    /// The rows our own schema adds below the people.
    enum Footer { case start, end, other }
    static func footer(_ cell: String) -> Footer? {
        switch folded(cell) {
        case "start": return .start
        case "end", "slut": return .end
        case "covered", "dækket", "missing", "mangler": return .other
        default: return nil
        }
    }

    /// What a cell in a phase column says.
    enum Mark: Equatable {
        case none
        case invited(purpose: String?)
        case leftOut
    }

    static let invitedWords = [
        "x", "✓", "✔", "•", "ja", "yes", "j", "y", "kerne", "core", "inviteret", "invited",
        Vocabulary.Mark.core.symbol, Vocabulary.Mark.invited.symbol,
    ].map(folded)
    static let leftOutWords = ["holdt ude", "left out", "without", Vocabulary.Mark.leftOut.symbol].map(folded)

    /// The mark a cell holds, or nil when it is not a mark (the column is then not a phase).
    static func mark(_ cell: String) -> Mark? {
        let trimmed = cell.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return Mark.none }
        var word = trimmed
        var purpose: String? = nil
        if let open = trimmed.range(of: " (for: "), trimmed.hasSuffix(")") {
            word = String(trimmed[..<open.lowerBound])
            purpose = String(trimmed[open.upperBound..<trimmed.index(before: trimmed.endIndex)])
        }
        let folded = folded(word)
        if invitedWords.contains(folded) { return .invited(purpose: purpose) }
        if leftOutWords.contains(folded), purpose == nil { return .leftOut }
        return nil
    }
}
