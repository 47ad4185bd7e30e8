/// The languages netplan speaks.
public enum Language: String, Sendable, CaseIterable {
    case english = "en"
    case danish = "da"

    /// Picks the language from the environment: Danish when `LC_ALL`,
    /// `LC_MESSAGES` or `LANG` (the first one set) starts with `da`.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("da") ? .danish : .english
            }
        }
        return .english
    }
}

/// A piece of user-facing text in every language netplan speaks.
///
/// All messages are built from `Text` values, so a message cannot exist in
/// one language only: the initializer takes both.
public struct Text: Hashable, Sendable {
    /// The English text.
    public let en: String
    /// The Danish text.
    public let da: String

    /// Creates a text from its English and Danish versions.
    public init(en: String, da: String) {
        self.en = en
        self.da = da
    }

    /// A text that reads the same in both languages (a name, a code).
    public static func verbatim(_ text: String) -> Text { Text(en: text, da: text) }

    /// The text in a language.
    public func callAsFunction(_ language: Language) -> String {
        language == .danish ? da : en
    }

    /// Joins two texts with a separator in each language.
    public static func + (a: Text, b: Text) -> Text { Text(en: a.en + b.en, da: a.da + b.da) }

    /// The text with its first letter in upper case, for a heading or a label:
    /// a vocabulary word ("holdt ude") at the start of a line ("Holdt ude").
    public var capitalised: Text {
        func first(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }
        return Text(en: first(en), da: first(da))
    }
}

extension Text {
    /// Lists items as "a, b and c" / "a, b og c".
    public static func list(_ items: [String], quoted: Bool = true) -> Text {
        joined(quoted ? items.map { "`\($0)`" } : items, en: "and", da: "og")
    }

    /// Lists alternatives as "a, b or c" / "a, b eller c".
    public static func alternatives(_ items: [String]) -> Text {
        joined(items.map { "`\($0)`" }, en: "or", da: "eller")
    }

    private static func joined(_ shown: [String], en: String, da: String) -> Text {
        func join(_ word: String) -> String {
            guard let last = shown.last else { return "" }
            return shown.count == 1 ? last : shown.dropLast().joined(separator: ", ") + " \(word) " + last
        }
        return Text(en: join(en), da: join(da))
    }
}

extension Text {
    /// The text cut to `limit` characters in each language, ending in "…".
    public func shortened(to limit: Int = 400) -> Text {
        func cut(_ text: String) -> String {
            guard text.utf8.count > limit, text.count > limit else { return text }
            return String(text.prefix(limit - 1)) + "…"
        }
        return Text(en: cut(en), da: cut(da))
    }
}
