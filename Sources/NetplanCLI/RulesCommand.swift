import NetplanBase
import NetplanViews
import NetplanSyntax
import NetplanLanguageServer

/// `netplan rules [--markdown]`: every rule and check with its code, identifier, severity and title.
enum RulesCommand: Command {
    package static let name = "rules"
    package static let summary = Text(
        en: "list every rule: code, identifier, default severity and title",
        da: "vis alle regler: kode, navn, standardniveau og titel")
    package static let help = Text(
        en: """
            Usage: netplan rules [--markdown]

            Lists every rule of the method and every built-in check.
              --markdown   print the full catalogue as Markdown (this is docs/rules.md)

            """,
        da: """
            Brug: netplan rules [--markdown]

            Viser alle metodens regler og alle indbyggede tjek.
              --markdown   udskriv hele kataloget som Markdown (det er docs/rules.md)

            """)

    /// What `rules` accepts: the parser and the completions read this list.
    package static let options = CommandOptions([.flag("--markdown")], operands: .none)

    package static func run(_ arguments: [String], language: Language, console: Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, options)
        if let extra = parsed.positional.first {
            throw UsageError(
                message: Text(en: "`rules` takes no argument `\(extra)`", da: "`rules` tager ikke argumentet `\(extra)`"))
        }
        console.write(
            parsed.flags.contains("--markdown") ? RuleDocumentation.markdown(language) : RuleDocumentation.table(language))
        return .success
    }
}

/// `netplan explain CODE`: a rule's rationale and examples.
enum ExplainCommand: Command {
    package static let name = "explain"
    package static let summary = Text(
        en: "explain a rule (by code or identifier): why it matters, with examples",
        da: "forklar en regel (kode eller navn): hvorfor den findes, med eksempler")
    package static let help = Text(
        en: """
            Usage: netplan explain CODE

            Prints why a rule matters and the examples that trigger it or not.
            CODE is a code such as NP201 or an identifier such as core-team-size.

            """,
        da: """
            Brug: netplan explain KODE

            Viser, hvorfor en regel findes, med eksempler, der udløser den, og eksempler,
            der ikke gør.
            KODE er en kode som NP201 eller et navn som core-team-size.

            """)

    /// What `explain` accepts: a rule code (the completions offer every code).
    package static let options = CommandOptions([], operands: .words(RuleDocumentation.all.map(\.code)))

    package static func run(_ arguments: [String], language: Language, console: Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, options)
        guard parsed.positional.count == 1, let code = parsed.positional.first else {
            throw UsageError(
                message: Text(
                    en: "`explain` needs one rule code or identifier, such as `netplan explain NP201`",
                    da: "`explain` skal have én regelkode eller ét navn, fx `netplan explain NP201`"))
        }
        guard let description = RuleDocumentation.description(code) else {
            let names = RuleDocumentation.all.flatMap { [$0.code, $0.identifier] }
            let suggestion = Suggest.closest(to: code, among: names)
            throw UsageError(
                message: Text(en: "there is no rule `\(code)`", da: "der er ingen regel `\(code)`")
                    + (suggestion.map { Text(en: " (did you mean `\($0)`?)", da: " (mente du `\($0)`?)") }
                        ?? Text(en: "; `netplan rules` lists them", da: "; `netplan rules` viser dem")))
        }
        console.write(RuleDocumentation.explain(description, language))
        return .success
    }
}
