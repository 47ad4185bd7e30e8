import NetplanBase
import NetplanSyntax

/// Rule 8: the same name declared twice.
public struct DuplicateDeclarationRule: Rule {
    public init() {}

    public let description = RuleDescription(
        code: "NP102", identifier: "duplicate-declaration", severity: .error,
        title: Text(en: "A name declared twice", da: "Et navn, der står i planen to gange"),
        rationale: Text(
            en: "Each participant, group, phase and competence is declared once, so that every reference to it means one thing. Two declarations of the same name may disagree about competences or referrals, and netplan would have to pick one silently. It uses the first and points at both, so you can merge them. Two phases of one name are the exception: netplan keeps both, in the order written, and asks you to rename one or merge them.",
            da: "Hver deltager, gruppe, fase og kompetence skrives i planen én gang, så et navn altid betyder én ting. To linjer med samme navn kan være uenige om kompetencer eller henvisninger, og så måtte netplan i stilhed vælge den ene. netplan bruger den første og viser begge, så du kan lægge dem sammen. To faser med samme navn er undtagelsen: netplan beholder begge i den rækkefølge, de står, og beder dig om at omdøbe den ene eller samle dem."),
        triggering: [
            "core Anne: faglighed\nparticipant ↓Anne: indsigt\nphase Start",
            "core Anne: faglighed\nphase Start\nphase ↓Start",
            "diamond a, b, c, ↓a\ncore Anne: a\nphase Start",
            "leader Mette\n↓leader Jonas\ncore Anne: faglighed\nphase Start",
        ],
        nonTriggering: [
            "leader Anne\ncore Anne: faglighed\nphase Start",
            "core Anne: faglighed\nphase Start\nphase Slut",
        ])

    public func check(_ context: RuleContext) -> [Diagnostic] {
        findings(context.plan.duplicates, in: context, at: \.second) { duplicate in
            let name = duplicate.name
            let message: Text
            switch duplicate.kind {
            case .participant:
                message = Text(en: "`\(name)` is declared twice", da: "`\(name)` står i planen to gange")
            case .phase:
                message = Text(
                    en: "there are two phases called `\(name)`", da: "der er to faser, der hedder `\(name)`")
            case .competence:
                message = Text(
                    en: "the diamond names `\(name)` twice", da: "diamanten nævner `\(name)` to gange")
            case .role:
                message = Text(
                    en: "the plan names its `\(name)` twice", da: "planen nævner sin `\(name)` to gange")
            case .network:
                message = Text(
                    en: "the plan has two `network` lines", da: "planen har to `network`-linjer")
            case .diamond:
                message = Text(
                    en: "the plan has two `diamond` lines", da: "planen har to `diamond`-linjer")
            }
            return finding(
                message, at: duplicate.second,
                label: Text(en: "declared again here", da: "igen her"),
                secondary: [Annotation(duplicate.first, Text(en: "first declared here", da: "første gang her"))],
                help: duplicate.kind == .phase ? Self.phaseHelp(name) : Self.help)
        }
    }

    package static let help = Text(
        en: "keep one declaration and merge what the other says into it; netplan uses the first",
        da: "behold én af linjerne, og flyt det, den anden siger, over i den; netplan bruger den første")

    /// Two phases of one name are two phases: the resolver keeps both, in
    /// the order written (each has its own dates, invitations and needs), so
    /// the help says so instead of "netplan uses the first".
    static func phaseHelp(_ name: String) -> Text {
        let renamed = quotedIfNeeded("\(name) 2")
        return Text(
            en: "netplan counts them as two phases, in the order written: give the second another name, such as `phase \(renamed)`, or merge the two lines into one",
            da: "netplan regner dem som to faser i den rækkefølge, de står: giv den anden et andet navn, fx `phase \(renamed)`, eller saml de to linjer til én")
    }
}
