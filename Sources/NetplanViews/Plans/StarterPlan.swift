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

    /// A placeholder: the text in angle brackets and quotes, as the rule
    /// `placeholder-name` recognises it.
    package static func placeholder(_ text: Text, _ language: Language) -> String {
        Quoting.quoted("<" + text(language) + ">")
    }

    /// The first day of the first phase when no date is given or known.
    public static let exampleStart = CalendarDate(year: 2027, month: 1, day: 4)

    /// The first Monday at least four weeks after `today`: time to recruit
    /// before the network starts.
    public static func start(after today: CalendarDate) -> CalendarDate {
        let later = today.adding(days: 28)
        return later.adding(days: (7 - later.weekday) % 7)
    }

    /// The starter plan for a kind of network, commented in `language`, its
    /// phases dated one after the other from `start`.
    public static func text(kind: Kind = .standard, language: Language, start: CalendarDate = exampleStart) -> String {
        let theme = placeholder(Text(en: "Theme of the network", da: "Netværkets tema"), language)
        let leader = placeholder(Text(en: "Name of the network leader", da: "Netværkslederens navn"), language)
        let codriver = placeholder(Text(en: "Name of the co-driver", da: "Co-driverens navn"), language)
        let reference = placeholder(Text(en: "Name of the reference leader", da: "Referencelederens navn"), language)
        let second = placeholder(Text(en: "Core participant 2", da: "Kernedeltager 2"), language)
        let third = placeholder(Text(en: "Core participant 3", da: "Kernedeltager 3"), language)
        let fourth = placeholder(Text(en: "Core participant 4", da: "Kernedeltager 4"), language)
        let expert = placeholder(
            Text(en: "Participant with special knowledge", da: "Deltager med særlig viden"), language)
        let unit = "unit " + placeholder(Text(en: "Unit", da: "Enhed"), language)
        let place = "place " + placeholder(Text(en: "Meeting place", da: "Mødested"), language)

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
                    After them: `unit` (the department or organisation they come from) and
                    `status`, where recruitment stands: foreslået (suggested), kontaktet
                    (contacted), bekræftet (confirmed) or afslået (declined). `note` and
                    `contact` (an e-mail address puts them on the meetings in `netplan ics`)
                    may follow.
                    To allow another team size, write for example: set core-team 3-7
                    """,
                da: """
                    Kernedeltagere (typisk 4-6) er med i alle faser, medmindre en fase siger
                    `without NAVN`. Efter `:` står de kompetencer, personen bidrager med.
                    `via NAVN` noterer, hvem der pegede jer hen til personen på
                    relationsrundturen ("kender du nogen, der kender nogen?").
                    Derefter: `unit` (den afdeling eller organisation, personen kommer fra) og
                    `status`, hvor langt I er med at rekruttere: foreslået, kontaktet, bekræftet
                    eller afslået. `note` og `contact` (med en mailadresse kommer personen med
                    på møderne i `netplan ics`) kan følge efter.
                    Skal kerneholdet have en anden størrelse, så skriv fx: set core-team 3-7
                    """))
        code("core \(codriver): faglighed, handlekraft \(unit) status bekræftet")
        code("core \(second): faglighed via \(codriver) \(unit) status foreslået")
        code("core \(third): ressourcer, handlekraft \(unit) status foreslået")
        code("core \(fourth): indsigt, faglighed via \(third) \(unit) status foreslået")
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
        code("participant \(expert): indsigt via \(second) \(unit) status foreslået")
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
                    is not there); `for "..."` after an invited name says why they take part.
                    The dates are a first suggestion, one phase after the other from
                    \(start) (`netplan init --start DATE` picks another day): move them as you plan.
                    Each phase has a meeting: `meeting NAME on DATE 13.00-15.00 in PHASE`,
                    with `place` and `note` if you like. Add the meetings you hold.
                    """,
                da: """
                    Faserne i rækkefølge: metodens skabelon for \(article.da), som I kan omdøbe,
                    udvide eller skære i. Efter `:` kommer `invite` (hvem der er med i denne fase),
                    `needs` (de kompetencer, den har brug for) og `without` (en kernedeltager,
                    der holdes ude af fasen); `for "..."` efter et inviteret navn siger, hvorfor
                    de er med. Datoerne er et første forslag, den ene fase efter den anden fra
                    \(start) (`netplan init --start DATO` vælger en anden dag): flyt dem, som I
                    planlægger. Hver fase har et møde: `meeting NAVN on DATO 13.00-15.00 in FASE`,
                    gerne med `place` og `note`. Tilføj de møder, I holder.
                    """)
                + .verbatim("\n") + kind.timing)
        var day = start
        for phase in opening(expert: expert) + closing(kind, expert: expert) {
            let name = Quoting.name(phase.name)
            let end = day.adding(days: phase.weeks * 7 - 3)
            blank()
            comment(phase.about)
            code("phase \(name) from \(day) to \(end)" + (phase.clauses.map { ": " + $0 } ?? ""))
            code("meeting \(Quoting.name(phase.meeting)) on \(day.adding(days: 1)) 13.00-15.00 in \(name) \(place)")
            day = day.adding(days: phase.weeks * 7)
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
