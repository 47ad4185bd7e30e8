import NetplanBase

/// The messages for the slips people make most (issue 11): a name with
/// spaces, a list joined with "og" or with a comma too many, a Danish or
/// misspelt keyword, an empty name. Each help ends with the fix, mostly the
/// whole line as it should be (`fixed`), so it can be copied.
extension SyntaxMessages {
    /// `core Sanne Kjær: faglighed`
    static func spacedName(_ name: String, range: SourceRange, fixed: String) -> Diagnostic {
        let shown = shorten(name)
        return Diagnostic(
            code: unexpectedTokenCode, severity: .error,
            message: Text(
                en: "the name `\(shown)` has a space, so it must be in quotes",
                da: "navnet `\(shown)` har et mellemrum, så det skal stå i anførselstegn"),
            primary: Annotation(range, Text(en: "one name?", da: "ét navn?")),
            help: Text(
                en: "write the whole name in quotes: `\(fixed)`",
                da: "skriv hele navnet i anførselstegn: `\(fixed)`"))
    }

    /// `core Anne faglighed`: the colon is missing.
    static func missingColon(statement: String, found: Token, in source: SourceFile, fixed: String) -> Diagnostic {
        unexpected(
            found, expected: expectedColon(after: statement),
            help: Text(
                en: "competences come after a colon: `\(fixed)`",
                da: "skriv kompetencerne efter et kolon: `\(fixed)`"),
            in: source)
    }

    /// `faglighed og indsigt`, `Erik Bo`: a list without its comma.
    static func missingComma(between first: String, and second: String, word: String?, range: SourceRange) -> Diagnostic {
        let pair = "\(shorten(first)), \(shorten(second))"
        let message =
            word.map { word in
                Text(
                    en: "the items of a list are separated with commas, not with `\(word)`",
                    da: "en liste adskilles med kommaer, ikke med `\(word)`")
            }
            ?? Text(
                en: "`\(shorten(first))` and `\(shorten(second))` need a comma between them",
                da: "der mangler et komma mellem `\(shorten(first))` og `\(shorten(second))`")
        return Diagnostic(
            code: unexpectedTokenCode, severity: .error, message: message,
            primary: Annotation(range),
            help: Text(en: "separate with a comma: `\(pair)`", da: "adskil med et komma: `\(pair)`"))
    }

    /// `invite Erik, needs indsigt`
    static func commaBeforeKeyword(_ keyword: Token, in source: SourceFile, fixed: String) -> Diagnostic {
        let word = shorten(source.text(keyword.range))
        return unexpected(
            keyword, expected: expectedName(after: "`,`"),
            help: Text(
                en: "remove the comma before `\(word)`: `\(fixed)`",
                da: "fjern kommaet foran `\(word)`: `\(fixed)`"),
            in: source)
    }

    /// `ressourcer,` at the end of a line.
    static func commaAtTheEnd(_ end: Token, in source: SourceFile, fixed: String) -> Diagnostic {
        unexpected(
            end, expected: expectedName(after: "`,`"),
            help: Text(
                en: "remove the comma at the end (a list cannot go on on the next line): `\(fixed)`",
                da: "fjern kommaet til sidst (en liste kan ikke fortsætte på næste linje): `\(fixed)`"),
            in: source)
    }

    /// `faglighed,, indsigt`
    static func extraComma(_ comma: Token, in source: SourceFile, fixed: String) -> Diagnostic {
        unexpected(
            comma, expected: expectedName(after: "`,`"),
            help: Text(en: "remove the extra comma: `\(fixed)`", da: "fjern det ekstra komma: `\(fixed)`"),
            in: source)
    }

    /// `kerne Anne`, `pahse Idé`: a Danish or misspelt keyword.
    static func keywordSlip(_ word: String, _ slip: KeywordSlip, range: SourceRange, fixed: String) -> Diagnostic {
        let shown = shorten(word)
        let keyword = slip.keyword.rawValue
        return Diagnostic(
            code: unexpectedTokenCode, severity: .error,
            message: slip.isDanish
                ? Text(
                    en: "`\(shown)` is not a keyword: the keywords are English",
                    da: "`\(shown)` er ikke et nøgleord: nøgleordene er på engelsk")
                : Text(en: "`\(shown)` is not a keyword", da: "`\(shown)` er ikke et nøgleord"),
            primary: Annotation(range, Text(en: "write `\(keyword)`", da: "skriv `\(keyword)`")),
            help: Text(en: "did you mean `\(keyword)`? `\(fixed)`", da: "mente du `\(keyword)`? `\(fixed)`"))
    }

    /// `participant Erik: ressourcer via` with nobody after `via`.
    static func viaWithoutName(_ name: String) -> Text {
        let shown = shorten(quotedIfNeeded(name))
        return Text(
            en: "write who suggested \(shown) after `via`, or remove `via`",
            da: "skriv efter `via`, hvem der foreslog \(shown), eller fjern `via`")
    }

    /// `core "": faglighed`
    static func emptyName(range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: unexpectedTokenCode, severity: .error,
            message: Text(en: "a name cannot be empty", da: "et navn kan ikke være tomt"),
            primary: Annotation(range, Text(en: "empty name", da: "tomt navn")),
            help: Text(
                en: "write the name between the quotes, or remove them",
                da: "skriv navnet mellem anførselstegnene, eller fjern dem"))
    }

    /// Said once, at the first error of a file with syntax errors: the rules
    /// that only run on a whole plan are waiting.
    package static func checksWaiting(_ count: Int) -> Text {
        Text(
            en: "\(count) more check\(count == 1 ? " runs" : "s run") once the syntax errors are fixed",
            da: "netplan kører \(count) tjek mere, når syntaksfejlene er rettet")
    }

    /// `phase Opstart without Bo`: a clause without the colon after the phase.
    static func missingClauseColon(statement: String, found: Token, in source: SourceFile, fixed: String) -> Diagnostic {
        unexpected(
            found, expected: expectedColon(after: statement),
            help: Text(
                en: "`invite`, `needs` and `without` come after a colon: `\(fixed)`",
                da: "`invite`, `needs` og `without` står efter et kolon: `\(fixed)`"),
            in: source)
    }

    /// `allow core-left-out` without a reason: show where the reason goes.
    static func reasonHelp(rule: String, statement: String) -> Text {
        let shown = shorten(statement)
        return Text(
            en: "write why in quotes, so the next reader knows: `\(shown) \"the reason in a few words\"`",
            da: "skriv hvorfor i anførselstegn, så den næste, der læser planen, ved det: `\(shown) \"begrundelsen med få ord\"`")
    }
}
