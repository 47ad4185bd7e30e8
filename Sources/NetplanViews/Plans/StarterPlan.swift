import NetplanBase
import NetplanSyntax
import NetplanCheck

/// A commented starter plan (`netplan init`): the network and its roles,
/// the default diamond, four core participants who between them bring every
/// competence, one participant involved as needed, citizens as a group, and
/// the phases of the kind of network. Comments come in the chosen language;
/// keywords and the method's phase names stay as the language and the
/// handbook spell them.
///
/// Every name the user must fill in is a placeholder in angle brackets
/// (`"<Netværkslederens navn>"`), and the rule `placeholder-name` (NP220)
/// flags each one: an unedited starter plan checks without errors but not
/// clean. The three kinds differ where the method differs: a learning
/// network ends with trying the knowledge in the participants' own units
/// within 4-5 months; a welfare network runs about six months and then has a
/// test phase; an innovation network has no end and is reviewed continuously.
public enum StarterPlan {
    /// The three kinds of network (`NetworkKind`).
    public typealias Kind = NetworkKind

    /// A phase of the template: its name and what happens in it.
    struct TemplatePhase {
        package var name: String
        package var about: Text
        /// After `:` in the phase line, or nil.
        package var clauses: String?
    }

    /// The phases every kind starts with: the handbook's phases in order
    /// (its unnamed step between discovery and ideas is left out).
    static func opening(expert: String) -> [TemplatePhase] {
        [
            TemplatePhase(
                name: "Opstart",
                about: Text(
                    en: "Start-up: agreements with the reference leader, the line manager and the co-driver.",
                    da: "Aftaler med referenceleder, personaleleder og co-driver.")),
            TemplatePhase(
                name: "Netværksdesign",
                about: Text(
                    en: "Network design: find the participants and plan how each is involved.",
                    da: "Find deltagerne, og planlæg, hvordan hver enkelt inddrages.")),
            TemplatePhase(
                name: "Fokusering",
                about: Text(en: "Focusing: sharpen the theme together.", da: "Skærp temaet sammen.")),
            TemplatePhase(
                name: "Opdagelse",
                about: Text(
                    en: "Discovery: go out into practice, interview and observe.",
                    da: "Gå ud i praksis: interview og observér."),
                clauses: "invite Borgere, \(expert) needs indsigt"),
            TemplatePhase(
                name: "Idéudvikling og prioritering",
                about: Text(
                    en: "Ideas and priorities: many ideas first, then choose.",
                    da: "Mange idéer først, så vælger I."),
                clauses: "invite Borgere needs faglighed, indsigt"),
        ]
    }

    /// The phases after the ideas, where the kinds of network differ.
    static func closing(_ kind: Kind, expert: String) -> [TemplatePhase] {
        let evaluation = TemplatePhase(
            name: "Evaluering og spredning",
            about: Text(
                en: "Evaluate, and spread what works to new settings.",
                da: "Evaluér, og spred det, der virker, til nye steder."),
            clauses: "needs handlekraft")
        let closing = TemplatePhase(
            name: "Afrunding",
            about: Text(
                en: "Closing: tell the participants where their ideas went.",
                da: "Fortæl deltagerne, hvor deres idéer endte."),
            clauses: "invite Borgere, \(expert)")
        let concrete = TemplatePhase(
            name: "Konkretisering og test",
            about: Text(
                en: "Make it concrete and test small, with those the idea is for.",
                da: "Gør idéen konkret, og test i det små sammen med dem, den er til."),
            clauses: "invite Borgere needs indsigt, ressourcer, handlekraft")
        switch kind {
        case .learning:
            return [
                TemplatePhase(
                    name: "Afprøvning i egen enhed",
                    about: Text(
                        en: "Each participant tries what the network has learnt in their own unit.",
                        da: "Hver deltager afprøver det, netværket har lært, i sin egen enhed."),
                    clauses: "needs faglighed, handlekraft"),
                evaluation, closing,
            ]
        case .welfare:
            return [
                concrete,
                TemplatePhase(
                    name: "Testfase",
                    about: Text(
                        en: """
                            The test phase: after about six months, the chosen ideas are tested in
                            practice, with the money the reference leader has found for it.
                            """,
                        da: """
                            Testfasen: efter omkring seks måneder afprøves de valgte idéer i praksis,
                            med de midler, referencelederen har fundet til det.
                            """),
                    clauses: "invite Borgere needs indsigt, ressourcer, handlekraft"),
                evaluation, closing,
            ]
        case .innovation:
            return [
                concrete, evaluation,
                TemplatePhase(
                    name: "Løbende opfølgning",
                    about: Text(
                        en: """
                            An innovation network has no fixed end: meet regularly to review the
                            work and decide what comes next. Add a phase Afrunding when you
                            decide to close the network.
                            """,
                        da: """
                            Et innovationsnetværk har ingen fast slutdato: mød jer jævnligt, se på
                            arbejdet, og beslut, hvad der skal ske nu. Tilføj en fase Afrunding,
                            når I beslutter at lukke netværket.
                            """),
                    clauses: "invite \(expert) needs ressourcer"),
            ]
        }
    }

    /// A placeholder: the text in angle brackets and quotes, as the rule
    /// `placeholder-name` recognises it.
    package static func placeholder(_ text: Text, _ language: Language) -> String {
        Quoting.quoted("<" + text(language) + ">")
    }

    /// The starter plan for a kind of network, commented in `language`.
    public static func text(kind: Kind = .standard, language: Language) -> String {
        let theme = placeholder(Text(en: "Theme of the network", da: "Netværkets tema"), language)
        let leader = placeholder(Text(en: "Name of the network leader", da: "Netværkslederens navn"), language)
        let codriver = placeholder(Text(en: "Name of the co-driver", da: "Co-driverens navn"), language)
        let reference = placeholder(Text(en: "Name of the reference leader", da: "Referencelederens navn"), language)
        let second = placeholder(Text(en: "Core participant 2", da: "Kernedeltager 2"), language)
        let third = placeholder(Text(en: "Core participant 3", da: "Kernedeltager 3"), language)
        let fourth = placeholder(Text(en: "Core participant 4", da: "Kernedeltager 4"), language)
        let expert = placeholder(
            Text(en: "Participant with special knowledge", da: "Deltager med særlig viden"), language)

        var lines: [String] = []
        func comment(_ text: Text) {
            lines += text(language).split(separator: "\n", omittingEmptySubsequences: false).map {
                $0.isEmpty ? "#" : "# " + $0
            }
        }
        func code(_ line: String) { lines.append(line) }
        func blank() { lines.append("") }

        let article = kind.withArticle
        comment(
            Text(
                en: """
                    A starter plan for \(article.en) (\(kind.rawValue)), made by `netplan init`.
                    Replace every name in angle brackets, such as "<Name of the network leader>",
                    with a real one: `netplan check FILE` points out each one until you have.
                    `netplan matrix FILE` shows the planning schema, `netplan graph FILE` the
                    referrals, and `netplan ics FILE` puts the dated phases in a calendar.

                    The language in brief: one statement a line (or separated by `;`), `#` starts
                    a comment, and a name is a word (Anne, Pårørende) or text in double quotes
                    ("Bo Nielsen"). Keywords are lower-case English words.
                    """,
                da: """
                    En startplan for \(article.da), lavet af `netplan init`.
                    Erstat alle navne i vinkelparenteser, fx "<Netværkslederens navn>", med
                    rigtige navne: `netplan check FIL` peger på hvert af dem, indtil I har gjort det.
                    `netplan matrix FIL` viser skemaet over, hvem der er med hvornår,
                    `netplan graph FIL` henvisningerne, og `netplan ics FIL` lægger de daterede
                    faser i en kalender.

                    Sproget kort: hver linje siger én ting om planen (flere kan stå på samme linje,
                    adskilt af `;`), `#` starter en kommentar, og et navn er et ord (Anne,
                    Pårørende) eller tekst i anførselstegn ("Bo Nielsen"). Nøgleordene er
                    engelske ord med små bogstaver.
                    """))
        blank()
        comment(
            Text(
                en: "The network: its theme, and its kind (læringsnetværk, velfærdsnetværk or innovationsnetværk).",
                da: "Netværket: temaet og typen (læringsnetværk, velfærdsnetværk eller innovationsnetværk).")
                + .verbatim("\n") + kind.length)
        code("network \(theme) kind \(kind.rawValue)")
        blank()
        comment(
            Text(
                en: """
                    The roles. The network leader writes the plan together with the co-driver,
                    a sparring partner from start to end who is often a core participant too.
                    The reference leader is the strategic sponsor: ties the theme to strategy,
                    opens doors and finds money for testing, but does not steer the network.
                    """,
                da: """
                    Rollerne. Netværkslederen skriver planen sammen med co-driveren, der er
                    sparringspartner fra start til slut og ofte også kernedeltager.
                    Referencelederen er strategisk sponsor: vedkommende kobler temaet til
                    strategien, åbner døre og finder penge til at afprøve idéerne, men styrer
                    ikke netværket.
                    """))
        code("leader \(leader)")
        code("codriver \(codriver)")
        code("reference \(reference)")
        blank()
        comment(
            Text(
                en: """
                    The competence diamond: the four competences the network must have.
                    Without this line exactly these four apply; name your own if your
                    municipality's diamond says otherwise. Every competence used below
                    must be one of them.
                    """,
                da: """
                    Kompetencediamanten: de fire kompetencer, netværket skal have med.
                    Uden denne linje gælder netop disse fire; skriv jeres egne, hvis jeres
                    kommunes diamant siger noget andet. Alle kompetencer nedenfor skal
                    være blandt dem.
                    """))
        code("diamond faglighed, indsigt, ressourcer, handlekraft")
        blank()
        comment(
            Text(
                en: """
                    Core participants (usually 4-6) take part in every phase unless a phase
                    says `without NAME`. After `:` come the competences the person brings.
                    `via NAME` records who pointed you to them on the relationship tour
                    ("do you know someone who knows someone?").
                    To allow another team size, write for example: set core-team 3-7
                    """,
                da: """
                    Kernedeltagere (typisk 4-6) er med i alle faser, medmindre en fase siger
                    `without NAVN`. Efter `:` står de kompetencer, personen bidrager med.
                    `via NAVN` noterer, hvem der pegede jer hen til personen på
                    relationsrundturen ("kender du nogen, der kender nogen?").
                    Skal kerneholdet have en anden størrelse, så skriv fx: set core-team 3-7
                    """))
        code("core \(codriver): faglighed, handlekraft")
        code("core \(second): faglighed via \(codriver)")
        code("core \(third): ressourcer, handlekraft")
        code("core \(fourth): indsigt, faglighed via \(third)")
        blank()
        comment(
            Text(
                en: """
                    A participant involved as needed takes part only in the phases that invite
                    them: someone with special knowledge or insight, or who controls resources.
                    """,
                da: """
                    En deltager, der inddrages løbende, er kun med i de faser, der inviterer
                    vedkommende: en med særlig viden eller indsigt, eller en, der råder over
                    ressourcer.
                    """))
        code("participant \(expert): indsigt via \(second)")
        blank()
        comment(
            Text(
                en: """
                    Groups of actors: citizens, users, relatives, companies, ... Borgere,
                    Brugere, Pårørende and other built-in groups can be invited without a
                    declaration; a `group` line gives them competences. Decide the citizens'
                    role on purpose, and make sure their input matters.
                    """,
                da: """
                    Grupper af aktører: borgere, brugere, pårørende, virksomheder, ... Borgere,
                    Brugere, Pårørende og andre indbyggede grupper kan inviteres, uden at de
                    står i planen; en `group`-linje giver dem kompetencer. Beslut bevidst,
                    hvilken rolle borgerne skal have, og sørg for, at det, de bidrager med,
                    gør en forskel.
                    """))
        code("group Borgere: indsigt")
        blank()
        comment(
            Text(
                en: """
                    The phases, in order: the method's template for \(article.en), to rename,
                    add or drop as you like. After `:` come `invite` (who joins this phase),
                    `needs` (the competences it needs) and `without` (a core participant who
                    is not there). Dates go after the name: phase Opstart from 2027-01-04 to 2027-01-29
                    """,
                da: """
                    Faserne i rækkefølge: metodens skabelon for \(article.da), som I kan omdøbe,
                    udvide eller skære i. Efter `:` kommer `invite` (hvem der er med i denne fase),
                    `needs` (de kompetencer, den har brug for) og `without` (en kernedeltager,
                    der holdes ude af fasen). Datoer står efter navnet: phase Opstart from 2027-01-04 to 2027-01-29
                    """)
                + .verbatim("\n") + kind.timing)
        for phase in opening(expert: expert) + closing(kind, expert: expert) {
            blank()
            comment(phase.about)
            code("phase \(Quoting.name(phase.name))" + (phase.clauses.map { ": " + $0 } ?? ""))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension NetworkKind {
    /// The kind `netplan init` uses without `--kind`.
    public static let standard = NetworkKind.welfare

    /// What a network of this kind is for and how long it typically runs.
    package var length: Text {
        switch self {
        case .learning:
            return Text(
                en: "A learning network typically runs 4-5 months and builds knowledge the participants apply at home.",
                da: "Et læringsnetværk varer typisk 4-5 måneder og opbygger viden, som deltagerne bruger i deres egen enhed.")
        case .welfare:
            return Text(
                en: "A welfare network typically runs about 6 months, followed by a test phase.",
                da: "Et velfærdsnetværk varer typisk omkring 6 måneder og følges af en testfase.")
        case .innovation:
            return Text(
                en: "An innovation network is open-ended and is reviewed continuously.",
                da: "Et innovationsnetværk har ingen fast slutdato og vurderes løbende.")
        }
    }

    /// How to date the phases of this kind.
    package var timing: Text {
        switch self {
        case .learning:
            return Text(
                en: "Spread the phases over 4-5 months; the last ones are for trying what you learnt in your own units.",
                da: "Fordel faserne over 4-5 måneder; de sidste er til at afprøve det lærte i jeres egne enheder.")
        case .welfare:
            return Text(
                en: "Spread the phases up to Konkretisering og test over about 6 months; the Testfase comes after them.",
                da: "Fordel faserne til og med Konkretisering og test over omkring 6 måneder; Testfasen kommer bagefter.")
        case .innovation:
            return Text(
                en: "The network has no end date: date the phases as you go, and review the plan at each Løbende opfølgning.",
                da: "Netværket har ingen slutdato: datér faserne, efterhånden som I kommer dertil, og se planen efter ved hver løbende opfølgning.")
        }
    }
}
