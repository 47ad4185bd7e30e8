import NetplanBase

/// Messages for the slips of people who write plans in a word processor:
/// typographic quotes, invisible characters and dates written the Danish way.
extension SyntaxMessages {
    // MARK: Typographic quotes (NP005)

    static func typographicQuotes(written: String, value: String, range: SourceRange) -> Diagnostic {
        let straight = Quoting.quoted(value)
        return Diagnostic(
            code: typographicQuotesCode, severity: .warning,
            message: Text(
                en: "`\(shorten(written))` has quotes from a word processor",
                da: "`\(shorten(written))` har anførselstegn fra et tekstbehandlingsprogram"),
            primary: Annotation(range, Text(en: "read as \(shorten(straight))", da: "læses som \(shorten(straight))")),
            help: Text(
                en: "write straight quotes: `\(shorten(straight))` (`netplan fmt` does it for you)",
                da: "skriv lige anførselstegn: `\(shorten(straight))` (`netplan fmt` gør det for dig)"))
    }

    // MARK: Zero-width characters (NP006)

    static func zeroWidthCharacter(_ scalar: Unicode.Scalar, range: SourceRange) -> Diagnostic {
        let described = InvisibleCharacters.described(scalar)
        return Diagnostic(
            code: zeroWidthCharacterCode, severity: .warning,
            message: Text(
                en: "\(described.en) is hidden here",
                da: "her gemmer sig \(described.da)"),
            primary: Annotation(range, Text(en: "invisible", da: "usynligt")),
            help: Text(
                en: "remove it: netplan leaves it out of the name, and `netplan fmt` removes it; it usually comes with text copied from another program",
                da: "fjern det: netplan ser bort fra det i navnet, og `netplan fmt` fjerner det; det følger som regel med, når tekst kopieres fra et andet program"))
    }

    // MARK: Dates written another way (NP011)

    private static let monthNames = (
        en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        da: ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"])

    /// "1 March 2027" / "1. marts 2027".
    static func spelledOut(_ date: CalendarDate) -> Text {
        let index = min(max(date.month - 1, 0), 11)
        return Text(
            en: "\(date.day) \(monthNames.en[index]) \(date.year)",
            da: "\(date.day). \(monthNames.da[index]) \(date.year)")
    }

    static func dateWrittenAnotherWay(_ text: String, meant: CalendarDate, range: SourceRange) -> Diagnostic {
        let spelled = spelledOut(meant)
        return Diagnostic(
            code: invalidDateCode, severity: .error,
            message: Text(
                en: "`\(shorten(text))` is not written year-month-day",
                da: "`\(shorten(text))` er ikke skrevet som år-måned-dag"),
            primary: Annotation(range, Text(en: "read as \(spelled.en)", da: "læst som \(spelled.da)")),
            help: Text(
                en: "did you mean `\(meant)`? A plan writes dates year-month-day, so they read the same everywhere",
                da: "mente du `\(meant)`? I en plan står datoer som år-måned-dag, så de læses ens overalt"))
    }

    static func impossibleDate(_ text: String, range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: invalidDateCode, severity: .error,
            message: Text(
                en: "`\(shorten(text))` is not a date, read as day/month or as month/day",
                da: "`\(shorten(text))` er ikke en dato, hverken læst som dag/måned eller som måned/dag"),
            primary: Annotation(range, Text(en: "no such day", da: "den dag findes ikke")),
            help: Text(
                en: "check the day and the month, and write the date year-month-day, such as 2027-03-01",
                da: "tjek dagen og måneden, og skriv datoen som år-måned-dag, fx 2027-03-01"))
    }

    static func dateWithoutYear(_ text: String, month: Int, day: Int, range: SourceRange) -> Diagnostic {
        let pad = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        let form = "\(pad(month))-\(pad(day))"
        return Diagnostic(
            code: invalidDateCode, severity: .error,
            message: Text(en: "`\(shorten(text))` has no year", da: "`\(shorten(text))` mangler årstallet"),
            primary: Annotation(range, Text(en: "no year", da: "intet årstal")),
            help: Text(
                en: "write the year first: `YYYY-\(form)`, such as `2027-\(form)`",
                da: "skriv årstallet først: `ÅÅÅÅ-\(form)`, fx `2027-\(form)`"))
    }
}
