import NetplanBase

/// The words netplan uses for the method's concepts, in English and Danish:
/// one term for one thing, everywhere (the glossary is docs/ordliste.md).
///
/// Messages, views and the language server take these words from here rather
/// than spelling them out, so that "involved as needed" cannot drift into
/// "as needed" in one place and "efter behov" in another, and a mark means the
/// same in the terminal and on the printed page.
public enum Vocabulary {
    // MARK: Participants

    /// The name of a kind of participant, as a noun: "core participant" / "kernedeltager".
    public static func kind(_ kind: ParticipantKind) -> Text {
        switch kind {
        case .core: return Text(en: "core participant", da: "kernedeltager")
        case .participant: return Text(en: "participant involved as needed", da: "deltager, der inddrages løbende")
        case .group: return Text(en: "group", da: "gruppe")
        case .person: return Text(en: "person in a register", da: "person i et register")
        }
    }

    /// The plural, as a heading for a list: "Core participants" / "Kernedeltagere".
    public static func section(_ kind: ParticipantKind) -> Text {
        switch kind {
        case .core: return Text(en: "Core participants", da: "Kernedeltagere")
        case .participant: return Text(en: "Involved as needed", da: "Inddrages løbende")
        case .group: return Text(en: "Groups", da: "Grupper")
        case .person: return Text(en: "People", da: "Personer")
        }
    }

    /// The plural, in running text: "core participants" / "kernedeltagere".
    public static func plural(_ kind: ParticipantKind) -> Text {
        switch kind {
        case .core: return Text(en: "core participants", da: "kernedeltagere")
        case .participant: return Text(en: "participants involved as needed", da: "deltagere, der inddrages løbende")
        case .group: return Text(en: "groups", da: "grupper")
        case .person: return Text(en: "people in a register", da: "personer i et register")
        }
    }

    /// Everyone who is not core (participants and groups), in running text.
    public static let involvedAsNeeded = Text(en: "involved as needed", da: "inddrages løbende")

    /// The short form for a narrow column (the planning schema's kind column).
    public static func shortKind(_ kind: ParticipantKind) -> Text {
        switch kind {
        case .core: return Text(en: "core", da: "kerne")
        case .participant: return Text(en: "as needed", da: "løbende")
        case .group: return Text(en: "group", da: "gruppe")
        case .person: return Text(en: "person", da: "person")
        }
    }

    /// An actor category such as Borgere that a phase may invite without a `group` line.
    public static let builtInGroup = Text(en: "built-in group", da: "indbygget gruppe")
    /// All core participants together.
    public static let coreTeam = Text(en: "core team", da: "kerneholdet")

    // MARK: Roles

    /// The name of a role: "network leader" / "netværksleder".
    public static func role(_ role: RoleKind) -> Text {
        switch role {
        case .leader: return Text(en: "network leader", da: "netværksleder")
        case .codriver: return Text(en: "co-driver", da: "co-driver")
        case .reference: return Text(en: "reference leader", da: "referenceleder")
        }
    }

    /// The name of a role as a heading or a label: "Netværksleder".
    public static func roleHeading(_ role: RoleKind) -> Text { Vocabulary.role(role).capitalised }

    // MARK: Severities

    /// The word for a severity: "error" / "fejl".
    public static func severity(_ severity: Severity) -> Text {
        switch severity {
        case .error: return Text(en: "error", da: "fejl")
        case .warning: return Text(en: "warning", da: "advarsel")
        case .note: return Text(en: "note", da: "bemærkning")
        }
    }

    /// A count of findings of a severity: "1 warning", "3 advarsler".
    public static func count(_ count: Int, _ severity: Severity) -> Text {
        let one = Vocabulary.severity(severity)
        let many: Text
        switch severity {
        case .error: many = Text(en: "errors", da: "fejl")
        case .warning: many = Text(en: "warnings", da: "advarsler")
        case .note: many = Text(en: "notes", da: "bemærkninger")
        }
        let word = count == 1 ? one : many
        return Text(en: "\(count) \(word.en)", da: "\(count) \(word.da)")
    }

    /// Some findings of a severity, as a sentence says them: "an error",
    /// "3 errors", "en fejl", "3 fejl".
    public static func some(_ count: Int, _ severity: Severity) -> Text {
        guard count == 1 else { return Vocabulary.count(count, severity) }
        let word = Vocabulary.severity(severity)
        return Text(en: (severity == .error ? "an " : "a ") + word.en, da: "en " + word.da)
    }

    /// The word for a severity setting, `off` included: "off" / "fra".
    public static func setting(_ severity: Severity?) -> Text {
        severity.map(Vocabulary.severity) ?? Text(en: "off", da: "fra")
    }

    /// Before a note under a finding: "note" / "bemærk".
    public static let noteLead = Text(en: "note", da: "bemærk")
    /// Before the hint under a finding: "help" / "hjælp".
    public static let helpLead = Text(en: "help", da: "hjælp")
    /// What a severity is called in a table header: "severity" / "niveau".
    public static let severityHeading = Text(en: "severity", da: "niveau")

    // MARK: Marks of the planning schema

    /// How someone takes part in a phase, as a mark in the planning schema and the report.
    public enum Mark: Sendable, Hashable, CaseIterable {
        /// A core participant, present by default.
        case core
        /// Invited by the phase (`invite`).
        case invited
        /// A core participant left out by the phase (`without`).
        case leftOut
        /// Not taking part.
        case absent

        /// The symbol, the same in the terminal, in Markdown and on the printed page.
        public var symbol: String {
            switch self {
            case .core: return "●"
            case .invited: return "○"
            case .leftOut: return "✕"
            case .absent: return "·"
            }
        }

        /// The word, for a CSV cell or a tooltip.
        public var word: Text {
            switch self {
            case .core: return Text(en: "core", da: "kerne")
            case .invited: return Text(en: "invited", da: "inviteret")
            case .leftOut: return Text(en: "left out", da: "holdt ude")
            case .absent: return Text(en: "not taking part", da: "ikke med")
            }
        }

        /// What the mark means, for the legend under a schema.
        public var meaning: Text {
            switch self {
            case .core: return Text(en: "core participant (present by default)", da: "kernedeltager (med som standard)")
            case .invited: return Text(en: "invited", da: "inviteret")
            case .leftOut: return Text(en: "left out (`without`)", da: "holdt ude (`without`)")
            case .absent: return Text(en: "not taking part", da: "ikke med")
            }
        }

        /// The legend line: "● core participant (present by default)".
        public var legend: Text { .verbatim(symbol + " ") + meaning }
    }
}

extension Severity {
    /// The word shown in text output: "error" / "fejl".
    public func word(_ language: Language) -> String {
        Vocabulary.severity(self)(language)
    }
}
