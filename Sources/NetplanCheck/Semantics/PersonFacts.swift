import NetplanBase
import NetplanSyntax

/// Where recruitment of a person or group stands (`status WORD`). The
/// words are Danish in a plan; the English words mean the same, and JSON
/// writes the English word.
public enum RecruitmentStatus: String, Hashable, Sendable, CaseIterable {
    case suggested, contacted, confirmed, declined

    /// The Danish word: `foreslået`, `kontaktet`, `bekræftet`, `afslået`.
    public var danish: String {
        switch self {
        case .suggested: return "foreslået"
        case .contacted: return "kontaktet"
        case .confirmed: return "bekræftet"
        case .declined: return "afslået"
        }
    }

    /// The word people read, in both languages ("confirmed" / "bekræftet"):
    /// the one place views and messages take it from.
    public var word: Text { Text(en: rawValue, da: danish) }

    /// Every word a plan may write, Danish first.
    public static let words: [String] = allCases.map(\.danish) + allCases.map(\.rawValue)

    /// The status a word names (either language, any case), or nil.
    public static func read(_ word: String) -> RecruitmentStatus? {
        let key = NameKey(word.lowercased()).text
        return allCases.first { $0.danish == key || $0.rawValue == key }
    }

    /// Not yet confirmed, and not declined: someone to follow up.
    public var isOpen: Bool { self == .suggested || self == .contacted }
}

/// What a plan says about who someone is: the attributes of a declaration
/// (`unit`, `status`, `note`, `contact`). A register's `person` carries the
/// same facts, so a plan and a register fill in one shape.
public struct PersonFacts: Hashable, Sendable {
    public var unit: String?
    /// The status, when its word is known.
    public var status: RecruitmentStatus?
    /// The status word as written (also when it is not a known word).
    public var statusWord: Name?
    public var note: String?
    public var contact: String?
    /// The attributes as written, for their positions.
    public var attributes: [Attribute]

    public init(_ attributes: [Attribute] = []) {
        self.attributes = attributes
        unit = attributes.value(.unit)
        statusWord = attributes.first(.status)?.value
        status = statusWord.flatMap { RecruitmentStatus.read($0.text) }
        note = attributes.value(.note)
        contact = attributes.value(.contact)
    }

    /// Whether nothing is said.
    public var isEmpty: Bool { attributes.isEmpty }

    /// No facts at all.
    public static let none = PersonFacts()

    /// The e-mail address in `contact`, when it holds one.
    public var email: String? {
        guard let contact else { return nil }
        for piece in contact.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == "<" || $0 == ">" }) {
            let parts = piece.split(separator: "@", omittingEmptySubsequences: false)
            if parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") {
                return String(piece)
            }
        }
        return nil
    }

    /// Declined people do not count toward the core team, coverage or needs.
    public var isDeclined: Bool { status == .declined }
}

/// `for "..."` on an invitation: why that person or group takes part in the phase.
public struct Purpose: Hashable, Sendable {
    public var participant: Int
    public var text: String
    public var range: SourceRange
}

/// `meeting NAME on DATE [TIME] [in PHASE] [place ...] [note ...]`, resolved.
public struct Meeting: Hashable, Sendable {
    public var name: String
    public var nameRange: SourceRange
    public var statementRange: SourceRange
    public var date: CalendarDate?
    public var dateRange: SourceRange?
    public var time: TimeSpan?
    /// The phase the meeting belongs to: the one named after `in`, or else
    /// the first whose dates hold the meeting's date.
    public var phase: Int?
    /// The phase as written after `in`.
    public var phaseName: Name?
    public var place: String?
    public var note: String?
    /// Where the place is written (quotes included).
    public var placeRange: SourceRange? = nil
    /// Where the note's text is written (quotes included).
    public var noteRange: SourceRange? = nil

    /// Whether the phase comes from the dates rather than from `in`.
    public var phaseIsFromDates: Bool { phaseName == nil && phase != nil }
}
