/// A commented starter plan (`netplan init`): the network and its roles,
/// the default diamond, four core participants who between them bring every
/// competence, one participant involved as needed, citizens as a group, and
/// the method's phase template. Comments (and placeholder names) come in
/// the chosen language; keywords and the method's phase names stay as the
/// language and the handbook spell them. The plan checks without errors
/// or warnings.
public enum StarterPlan {
    /// The three kinds of network, with their typical lengths.
    public enum Kind: String, Sendable, CaseIterable {
        case learning = "læringsnetværk"
        case welfare = "velfærdsnetværk"
        case innovation = "innovationsnetværk"

        /// The kind `netplan init` uses without `--kind`.
        public static let standard = Kind.welfare

        /// The kind named by its Danish name or an English word (`learning`, `welfare`, `innovation`).
        public init?(named name: String) {
            if let kind = Kind(rawValue: name) {
                self = kind
                return
            }
            switch name.lowercased() {
            case "learning": self = .learning
            case "welfare": self = .welfare
            case "innovation": self = .innovation
            default: return nil
            }
        }

        /// What a network of this kind is for and how long it typically runs.
        var length: Text {
            switch self {
            case .learning:
                return Text(
                    en:
                        "A learning network typically runs 4-5 months and builds knowledge the participants apply at home.",
                    da: "Et læringsnetværk varer typisk 4-5 måneder og opbygger viden, som deltagerne bruger hjemme.")
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
    }

    /// The phase template: the handbook's phases in order (its unnamed step
    /// between discovery and ideas is left out), each with what happens in it.
    static let phases: [(name: String, about: Text)] = [
        (
            "Opstart",
            Text(
                en: "Start-up: agreements with the reference leader, the line manager and the co-driver.",
                da: "Aftaler med referenceleder, personaleleder og co-driver.")
        ),
        (
            "Netværksdesign",
            Text(
                en: "Network design: find the participants and plan how each is involved.",
                da: "Find deltagerne, og planlæg, hvordan hver enkelt inddrages.")
        ),
        (
            "Fokusering",
            Text(
                en: "Focusing: sharpen the theme together.",
                da: "Skærp temaet sammen.")
        ),
        (
            "Opdagelse",
            Text(
                en: "Discovery: go out into practice, interview and observe.",
                da: "Gå ud i praksis: interview og observér.")
        ),
        (
            "Idéudvikling og prioritering",
            Text(
                en: "Ideas and priorities: many ideas first, then choose.",
                da: "Mange idéer først, så vælger I.")
        ),
        (
            "Konkretisering og test",
            Text(
                en: "Make it concrete and test small, with those the idea is for.",
                da: "Gør idéen konkret, og test i det små sammen med dem, den er til.")
        ),
        (
            "Evaluering og spredning",
            Text(
                en: "Evaluate, and spread what works to new settings.",
                da: "Evaluér, og spred det, der virker, til nye steder.")
        ),
        (
            "Afrunding",
            Text(
                en: "Closing: tell the participants where their ideas went.",
                da: "Fortæl deltagerne, hvor deres idéer endte.")
        ),
    ]

    /// The starter plan for a kind of network, commented in `language`.
    public static func text(kind: Kind = .standard, language: Language) -> String {
        let name = { (text: Text) in quote(text(language)) }
        let theme = name(Text(en: "Theme of the network", da: "Netværkets tema"))
        let leader = name(Text(en: "Name of the network leader", da: "Netværkslederens navn"))
        let codriver = name(Text(en: "Name of the co-driver", da: "Co-driverens navn"))
        let reference = name(Text(en: "Name of the reference leader", da: "Referencelederens navn"))
        let second = name(Text(en: "Core participant 2", da: "Kernedeltager 2"))
        let third = name(Text(en: "Core participant 3", da: "Kernedeltager 3"))
        let fourth = name(Text(en: "Core participant 4", da: "Kernedeltager 4"))
        let expert = name(Text(en: "Participant with special knowledge", da: "Deltager med særlig viden"))

        var lines: [String] = []
        func comment(_ text: Text) {
            lines += text(language).split(separator: "\n", omittingEmptySubsequences: false).map {
                $0.isEmpty ? "#" : "# " + $0
            }
        }
        func code(_ line: String) { lines.append(line) }
        func blank() { lines.append("") }

        comment(
            Text(
                en: """
                    A starter plan for a \(kind.rawValue), made by `netplan init`.
                    Replace the placeholders (the names in quotes) with your own, then check
                    the plan with `netplan check FILE`; `netplan matrix FILE` shows the
                    planning schema, `netplan graph FILE` the referrals, and `netplan ics FILE`
                    puts the dated phases in a calendar.

                    The language in brief: one statement a line (or separated by `;`), `#` starts
                    a comment, and a name is a word (Anne, Pårørende) or text in double quotes
                    ("Bo Nielsen"). Keywords are lower-case English words.
                    """,
                da: """
                    En startplan for et \(kind.rawValue), lavet af `netplan init`.
                    Erstat pladsholderne (navnene i anførselstegn) med jeres egne, og tjek
                    planen med `netplan check FIL`. `netplan matrix FIL` viser skemaet over,
                    hvem der er med hvornår, `netplan graph FIL` henvisningerne, og
                    `netplan ics FIL` lægger de daterede faser i en kalender.

                    Sproget kort: én sætning pr. linje (eller adskilt af `;`), `#` starter en
                    kommentar, og et navn er et ord (Anne, Pårørende) eller tekst i
                    anførselstegn ("Bo Nielsen"). Nøgleordene er engelske ord med små bogstaver.
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
                    Referencelederen er strategisk sponsor: kobler temaet til strategien,
                    åbner døre og finder midler til test, men styrer ikke netværket.
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
                    `without NAVN`. Efter `:` står de kompetencer, personen bringer.
                    `via NAVN` noterer, hvem der pegede jer hen til personen på
                    relationsrundturen ("kender du nogen, der kender nogen?").
                    Skal holdet have en anden størrelse, så skriv fx: set core-team 3-7
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
                    dem: en med særlig viden eller indsigt, eller som råder over ressourcer.
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
                    Brugere, Pårørende og andre indbyggede grupper kan inviteres uden at være
                    erklæret; en `group`-linje giver dem kompetencer. Beslut borgernes rolle
                    bevidst, og sørg for, at deres input betyder noget.
                    """))
        code("group Borgere: indsigt")
        blank()
        comment(
            Text(
                en: """
                    The phases, in order: the method's template, to rename, add or drop as you
                    like. After `:` come `invite` (who joins this phase), `needs` (the
                    competences it needs) and `without` (a core participant who is not there).
                    Dates go after the name: phase Opstart from 2027-01-04 to 2027-01-29
                    """,
                da: """
                    Faserne i rækkefølge: metodens skabelon, som I kan omdøbe, udvide eller
                    skære i. Efter `:` kommer `invite` (hvem der er med i denne fase), `needs`
                    (de kompetencer, den har brug for) og `without` (en kernedeltager, der
                    ikke er med). Datoer står efter navnet: phase Opstart from 2027-01-04 to 2027-01-29
                    """))
        let clauses: [String: String] = [
            "Opdagelse": "invite Borgere, \(expert) needs indsigt",
            "Idéudvikling og prioritering": "invite Borgere needs faglighed, indsigt",
            "Konkretisering og test": "invite Borgere needs indsigt, ressourcer, handlekraft",
            "Evaluering og spredning": "needs handlekraft",
            "Afrunding": "invite Borgere, \(expert)",
        ]
        for phase in phases {
            blank()
            comment(phase.about)
            let written = phase.name.contains(" ") ? quote(phase.name) : phase.name
            code("phase \(written)" + (clauses[phase.name].map { ": " + $0 } ?? ""))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A name in double quotes, with `"` and `\` escaped as the language asks.
    static func quote(_ text: String) -> String { Quoting.quoted(text) }
}
