import NetplanBase
import NetplanSyntax

/// A `status` word that is not one of the four recruitment words.
public struct UnknownStatusRule: Rule {
    public init() {}

    public let description = RuleDescription(
        code: "NP105", identifier: "unknown-status", severity: .error,
        title: Text(en: "A status that netplan does not know", da: "En status, som netplan ikke kender"),
        rationale: Text(
            en: "`status` says where recruitment stands, so the report can count who has said yes and who still needs a call. netplan knows four words: `foreslået`, `kontaktet`, `bekræftet` and `afslået` (or `suggested`, `contacted`, `confirmed`, `declined`). Any other word would be counted nowhere, so a typo would hide someone who has said no, or still needs to be asked.",
            da: "`status` siger, hvor langt man er med at finde deltagerne, så rapporten kan tælle, hvem der har sagt ja, og hvem der stadig skal ringes til. netplan kender fire ord: `foreslået`, `kontaktet`, `bekræftet` og `afslået` (eller `suggested`, `contacted`, `confirmed`, `declined`). Et andet ord ville ikke tælle nogen steder, så en slåfejl kunne skjule en, der har sagt nej, eller som stadig skal spørges."),
        triggering: [
            "core Anne: faglighed status ↓bekrftet\nphase Start",
            "leader \"Mette Holm\" status ↓ja\ncore Anne: faglighed\nphase Start",
            "core Anne: faglighed\nparticipant Erik: indsigt status ↓\"ikke spurgt\"\nphase Start: invite Erik",
        ],
        nonTriggering: [
            "core Anne: faglighed status bekræftet\nparticipant Erik: indsigt status declined\nphase Start: invite Erik",
            "core Anne: faglighed status Kontaktet\nphase Start",
            "core Anne: faglighed\nphase Start",
        ])

    /// Words people write for a status that are not one of the four, with
    /// the status they most likely mean.
    static let synonyms: [String: RecruitmentStatus] = [
        "ja": .confirmed, "accepteret": .confirmed, "accepted": .confirmed, "yes": .confirmed,
        "nej": .declined, "afvist": .declined, "rejected": .declined, "no": .declined,
        "spurgt": .contacted, "inviteret": .contacted, "invited": .contacted, "asked": .contacted,
        "forslag": .suggested, "foreslåede": .suggested,
    ]

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let words = context.plan.statusWords.filter { RecruitmentStatus.read($0.text) == nil }
        guard !words.isEmpty else { return [] }
        let index = SuggestionIndex(RecruitmentStatus.words)
        let all = Text(
            en: "the status is one of `foreslået`, `kontaktet`, `bekræftet` or `afslået` (in English `suggested`, `contacted`, `confirmed` or `declined`)",
            da: "status er en af `foreslået`, `kontaktet`, `bekræftet` eller `afslået` (på engelsk `suggested`, `contacted`, `confirmed` eller `declined`)")
        return findings(words, in: context, at: \.range) { word in
            let lowered = word.text.lowercased()
            let meant = Self.synonyms[lowered].map(\.danish) ?? index.closest(to: lowered)
            return finding(
                Text(
                    en: "`\(SyntaxMessages.shorten(word.text))` is not a status",
                    da: "`\(SyntaxMessages.shorten(word.text))` er ikke en status"),
                at: word.range,
                label: Text(en: "unknown status", da: "ukendt status"),
                notes: meant == nil ? [] : [all],
                help: meant.map { Text(en: "did you mean `\($0)`?", da: "mente du `\($0)`?") } ?? all)
        }
    }
}
