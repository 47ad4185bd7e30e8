import NetplanBase

/// The catalogue of lexical and syntax messages, in English and Danish.
/// Rule messages live with their rules, also as `Text`.
package enum SyntaxMessages {
    // MARK: Codes

    package static let invalidUTF8Code = "NP001"
    package static let strayCharacterCode = "NP002"
    package static let unterminatedStringCode = "NP003"
    package static let unknownEscapeCode = "NP004"
    package static let typographicQuotesCode = "NP005"
    package static let zeroWidthCharacterCode = "NP006"
    package static let unexpectedTokenCode = "NP010"
    package static let invalidDateCode = "NP011"

    // MARK: Lexical

    static func invalidUTF8(range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: invalidUTF8Code, severity: .error,
            message: Text(
                en: "this part of the file is not valid UTF-8 text",
                da: "denne del af filen er ikke gyldig UTF-8-tekst"),
            primary: Annotation(range, Text(en: "unreadable bytes", da: "ulæselige bytes")),
            help: Text(
                en: "save the file as UTF-8 in your editor (it is often an option under \"Save as\")",
                da: "gem filen som UTF-8 (i de fleste programmer under \"Gem som\")"))
    }

    static func strayCharacter(_ scalar: Unicode.Scalar, range: SourceRange) -> Diagnostic {
        let isInvisible = scalar.value < 0x20 || scalar.value == 0x7F || scalar.properties.generalCategory == .format
            || ControlCharacters.isControl(scalar)
        // An invisible character is named ("an escape character (U+001B)"),
        // and is almost always a leftover from copying (a NUL is not allowed
        // inside quotes either): removing it helps, quoting does not.
        let message: Text
        let help: Text
        if isInvisible {
            let described = InvisibleCharacters.described(scalar)
            message = Text(en: "\(described.en) cannot be used here", da: "\(described.da) kan ikke bruges her")
            help = Text(
                en: "remove it: it is an invisible character, often left behind when text is copied from another program",
                da: "fjern det: det er et usynligt tegn, som ofte følger med, når tekst kopieres fra et andet program")
        } else {
            let shown = "`\(Character(scalar))`"
            message = Text(en: "the character \(shown) cannot be used here", da: "tegnet \(shown) kan ikke bruges her")
            help = Text(
                en: "names with other characters than letters, digits, `_` and `-` must be in quotes: \"Bo Nielsen (DGI)\"",
                da: "sæt anførselstegn om navne med andre tegn end bogstaver, tal, `_` og `-`: \"Bo Nielsen (DGI)\"")
        }
        return Diagnostic(
            code: strayCharacterCode, severity: .error, message: message,
            primary: Annotation(range, Text(en: "not part of the language", da: "kan ikke stå her")),
            help: help)
    }

    static func unterminatedString(range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: unterminatedStringCode, severity: .error,
            message: Text(
                en: "this quoted name has no closing `\"`",
                da: "dette navn i anførselstegn mangler det afsluttende `\"`"),
            primary: Annotation(range, Text(en: "starts here", da: "begynder her")),
            help: Text(
                en: "add a `\"` at the end of the name; a quoted name must end on the line it starts",
                da: "tilføj et `\"` efter navnet; et navn i anførselstegn skal slutte på den linje, hvor det begynder"))
    }

    static func unknownEscape(range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: unknownEscapeCode, severity: .error,
            message: Text(
                en: "a backslash in a quoted name can only come before `\"` or another backslash",
                da: "en backslash i et navn i anførselstegn kan kun stå foran `\"` eller en anden backslash"),
            primary: Annotation(range),
            help: Text(en: "write `\\\\` for a backslash", da: "skriv `\\\\` for en backslash"))
    }

    static func nulInString(range: SourceRange) -> Diagnostic {
        strayCharacter(Unicode.Scalar(0), range: range)
    }

    // MARK: Syntax

    package enum what {
        package static let to = Text(en: "`to` and an end date", da: "`to` og en slutdato")
        package static let date = Text(en: "a date (YYYY-MM-DD)", da: "en dato (ÅÅÅÅ-MM-DD)")
        static let endOfStatement = Text(
            en: "the end of the statement (a line break or `;`)",
            da: "slutningen af linjen (et linjeskift eller `;`)")
    }

    static let expectedStatement = Text(
        en: "a statement such as `core`, `participant`, `group` or `phase`",
        da: "en linje, der begynder med `core`, `participant`, `group` eller `phase`")

    static let expectedClause = Text(
        en: "`invite`, `needs` or `without`",
        da: "`invite`, `needs` eller `without`")

    static func expectedName(after token: String) -> Text {
        Text(en: "a name after \(token)", da: "et navn efter \(token)")
    }

    static func expectedColon(after statement: String) -> Text {
        Text(en: "`:` after `\(statement)`", da: "`:` efter `\(statement)`")
    }

    static func colonHelp(_ statement: String, competence: String) -> Text {
        Text(
            en: "competences come after a colon: `\(statement): \(competence)`",
            da: "skriv kompetencerne efter et kolon: `\(statement): \(competence)`")
    }

    static func expectedAfterKeyword(_ what: Text, after keyword: Keyword, value: String? = nil) -> Text {
        let after = value.map { "`\(keyword.rawValue) \($0)`" } ?? "`\(keyword.rawValue)`"
        return Text(en: "\(what.en) after \(after)", da: "\(what.da) efter \(after)")
    }

    static func expectedSettingValue(_ name: String) -> Text {
        Text(en: "a value for the setting `\(name)`", da: "en værdi for indstillingen `\(name)`")
    }

    static func expectedReason(_ rule: String) -> Text {
        Text(
            en: "a reason in quotes after `allow \(rule)`",
            da: "en begrundelse i anførselstegn efter `allow \(rule)`")
    }

    static func quoteKeywordHelp(_ keyword: Keyword) -> Text {
        Text(
            en: "`\(keyword.rawValue)` is a keyword; if it is a name, write it in quotes: \"\(keyword.rawValue)\"",
            da: "`\(keyword.rawValue)` er et nøgleord; er det et navn, så skriv det i anførselstegn: \"\(keyword.rawValue)\"")
    }

    static func statementHelp(found token: Token, in source: SourceFile) -> Text? {
        guard token.kind == .word else { return nil }
        let text = source.text(token.range)
        if let keyword = Suggest.closest(to: text, among: Keyword.statementStarters.map(\.rawValue)) {
            return Text(en: "did you mean `\(keyword)`?", da: "mente du `\(keyword)`?")
        }
        // Every keyword a line can start with, from the one list the parser uses.
        let starters = Keyword.statementStartersInOrder.map { "`\($0.rawValue)`" }
        let list = starters.dropLast().joined(separator: ", ")
        return Text(
            en: "each line starts with a keyword: \(list) or \(starters.last ?? "")",
            da: "hver linje begynder med et nøgleord: \(list) eller \(starters.last ?? "")")
    }

    /// How a token is described in "found ..." messages.
    static func describe(_ token: Token, in source: SourceFile) -> Text {
        switch token.kind {
        case .newline: return Text(en: "the end of the line", da: "slutningen af linjen")
        case .endOfFile: return Text(en: "the end of the file", da: "slutningen af filen")
        case .keyword(let keyword):
            return Text(en: "the keyword `\(keyword.rawValue)`", da: "nøgleordet `\(keyword.rawValue)`")
        case .word:
            let text = shorten(source.text(token.range))
            return Text(en: "the name `\(text)`", da: "navnet `\(text)`")
        case .string:
            let text = shorten(source.text(token.range))
            return Text(en: "the quoted name \(text)", da: "navnet \(text) i anførselstegn")
        case .literal:
            let text = shorten(source.text(token.range))
            return Text(en: "`\(text)`", da: "`\(text)`")
        case .colon: return .verbatim("`:`")
        case .comma: return .verbatim("`,`")
        case .semicolon: return .verbatim("`;`")
        case .invalid: return Text(en: "a character netplan cannot read", da: "et tegn, netplan ikke kan læse")
        }
    }

    static func unexpected(_ token: Token, expected: Text, help: Text?, in source: SourceFile) -> Diagnostic {
        let found = describe(token, in: source)
        return Diagnostic(
            code: unexpectedTokenCode, severity: .error,
            message: Text(
                en: "expected \(expected.en), found \(found.en)",
                da: "netplan ventede \(expected.da), men fandt \(found.da)"),
            primary: Annotation(token.range),
            help: help)
    }

    /// A file larger than the lexer's offsets can hold (see `PlanSize`): one error, nothing lexed.
    static func fileTooLarge(limit: Int) -> Diagnostic {
        let reason = PlanSize.tooLarge(limit)
        return Diagnostic(
            code: unexpectedTokenCode, severity: .error,
            message: Text(en: "this file cannot be read: \(reason.en)", da: "filen kan ikke læses: \(reason.da)"),
            primary: Annotation(SourceRange(0, 0)),
            help: Text(
                en: "split the plan into several files, such as one for each network",
                da: "del planen op i flere filer, fx én for hvert netværk"))
    }

    static func invalidDate(_ text: String, range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: invalidDateCode, severity: .error,
            message: Text(
                en: "`\(shorten(text))` is not a date",
                da: "`\(shorten(text))` er ikke en dato"),
            primary: Annotation(range, Text(en: "not a calendar date", da: "ikke en dato i kalenderen")),
            help: Text(
                en: "write dates as year-month-day with four, two and two digits, such as 2026-03-01",
                da: "skriv datoer som år-måned-dag med fire, to og to cifre, fx 2026-03-01"))
    }

    static func dateTooLate(_ text: String, range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: invalidDateCode, severity: .error,
            message: Text(
                en: "`\(shorten(text))` is too late for a calendar",
                da: "`\(shorten(text))` ligger for sent til en kalender"),
            primary: Annotation(range, Text(en: "after the last date", da: "efter den sidste dato")),
            help: Text(
                en: "the last date a plan can use is \(CalendarDate.latest): a calendar file marks the end of a phase by the day after it, and that day must have a four-digit year",
                da: "den sidste dato, en plan kan bruge, er \(CalendarDate.latest): i en kalenderfil slutter en fase med dagen efter dens sidste dag, og den dag skal have et årstal med fire cifre"))
    }

    /// Shortens very long text shown inside a message.
    package static func shorten(_ text: String, limit: Int = 40) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(limit - 1)) + "…"
    }
}
