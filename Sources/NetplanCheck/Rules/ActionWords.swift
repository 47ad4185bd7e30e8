import NetplanBase
import NetplanSyntax

/// Small helpers for the actions rules give the printed report
/// (`Diagnostic.action`): plain lists of names, without code quotes.
enum ActionWords {
    /// "a, b or c" / "a, b eller c", without quotes.
    package static func either(_ items: [String]) -> Text {
        func join(_ word: String) -> String {
            guard let last = items.last else { return "" }
            return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " \(word) " + last
        }
        return Text(en: join("or"), da: join("eller"))
    }

    /// "a, b and c" / "a, b og c", without quotes.
    package static func all(_ items: [String]) -> Text { Text.list(items, quoted: false) }
}
