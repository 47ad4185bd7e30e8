import NetplanBase

/// Messages about attributes (`unit`, `status`, `note`, `contact`),
/// purposes (`for`) and meetings.
extension SyntaxMessages {
    package static let repeatedAttributeCode = "NP012"
    package static let invalidTimeCode = "NP013"

    /// `unit "A" unit "B"`: an attribute written twice on one line.
    static func repeatedAttribute(_ keyword: String, first: SourceRange, again: SourceRange) -> Diagnostic {
        Diagnostic(
            code: repeatedAttributeCode, severity: .error,
            message: Text(
                en: "`\(keyword)` is written twice on this line",
                da: "`\(keyword)` står to gange på denne linje"),
            primary: Annotation(again, Text(en: "written again here", da: "skrevet igen her")),
            secondary: [Annotation(first, Text(en: "first here", da: "første gang her"))],
            help: Text(
                en: "keep one `\(keyword)`: netplan uses the first and leaves this one out",
                da: "behold én `\(keyword)`: netplan bruger den første og ser bort fra denne"))
    }

    /// `14:00-16:00`, `14-16`, `25.00-26.00`: a time range netplan cannot read.
    static func invalidTime(_ text: String, range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: invalidTimeCode, severity: .error,
            message: Text(
                en: "`\(shorten(text))` is not a time range",
                da: "`\(shorten(text))` er ikke et tidsrum"),
            primary: Annotation(range, Text(en: "not hours and minutes", da: "ikke timer og minutter")),
            help: Text(
                en: "write the start and the end as hours.minutes, such as `14.00-16.00`",
                da: "skriv start og slut som timer.minutter, fx `14.00-16.00`"))
    }

    static let expectedMeetingDate = Text(
        en: "`on` and the meeting's date (YYYY-MM-DD)", da: "`on` og mødets dato (ÅÅÅÅ-MM-DD)")

    static let expectedAttributeValue = Text(
        en: "a value in quotes", da: "en værdi i anførselstegn")

    static func attributeHelp(_ keyword: Keyword) -> Text {
        switch keyword {
        case .status:
            return Text(
                en: "write one of `foreslået`, `kontaktet`, `bekræftet`, `afslået`, such as `status kontaktet`",
                da: "skriv et af ordene `foreslået`, `kontaktet`, `bekræftet`, `afslået`, fx `status kontaktet`")
        case .contact:
            return Text(
                en: "write the e-mail address or phone number in quotes, such as `contact \"ak@example.dk\"`",
                da: "skriv mailadressen eller telefonnummeret i anførselstegn, fx `contact \"ak@example.dk\"`")
        case .for:
            return Text(
                en: "write why they take part in quotes, such as `invite Borgere for \"fortæller om hverdagen\"`",
                da: "skriv i anførselstegn, hvorfor de er med, fx `invite Borgere for \"fortæller om hverdagen\"`")
        default:
            return Text(
                en: "write the text in quotes, such as `\(keyword.rawValue) \"Ældre og Handicap\"`",
                da: "skriv teksten i anførselstegn, fx `\(keyword.rawValue) \"Ældre og Handicap\"`")
        }
    }

    /// `for` after a name of a `needs` or `without` list.
    static let purposeOnlyAfterInvite = Text(
        en: "`for` gives the purpose of someone invited: it can only follow a name after `invite`",
        da: "`for` fortæller, hvorfor en inviteret er med: det kan kun stå efter et navn efter `invite`")

    /// `meeting` written with a time as `14:00`.
    static let colonInTime = Text(
        en: "write times with a full stop between hours and minutes, as in Danish",
        da: "skriv klokkeslæt med punktum mellem timer og minutter")
}
