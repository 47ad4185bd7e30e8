import NetplanBase
import NetplanSyntax

/// The checks that are not rules of the method: reading the text, the syntax,
/// settings and suppressions. They are described like rules, with examples,
/// so `netplan explain`, SARIF and docs/rules.md cover every code.
public enum BuiltInChecks {
    /// The description of the check with this code or identifier.
    public static func check(_ codeOrIdentifier: String) -> RuleDescription? {
        let key = codeOrIdentifier.lowercased()
        return all.first { $0.code.lowercased() == key || $0.identifier == key }
    }

    public static let all: [RuleDescription] = [
        RuleDescription(
            code: SyntaxMessages.invalidUTF8Code, identifier: "invalid-utf8", severity: .error,
            title: Text(en: "Text that is not UTF-8", da: "Tekst, der ikke er UTF-8"),
            rationale: Text(
                en: "Plans are UTF-8 text, so that names such as Søren and Pårørende mean the same on every machine. Bytes that are not UTF-8 usually come from saving in an old encoding; netplan shows where and reads on.",
                da: "Planer er UTF-8-tekst, så navne som Søren og Pårørende læses ens på alle computere. Bytes, der ikke er UTF-8, skyldes som regel, at filen er gemt i en gammel tegnkodning; netplan viser hvor og læser videre."),
            // A Swift string cannot hold invalid UTF-8, so this check's
            // triggering cases live in the fixtures (invalid-utf8.netplan).
            triggering: [],
            nonTriggering: ["core Søren: faglighed"]),
        RuleDescription(
            code: SyntaxMessages.strayCharacterCode, identifier: "stray-character", severity: .error,
            title: Text(en: "A character that cannot be used here", da: "Et tegn, der ikke kan bruges her"),
            rationale: Text(
                en: "Outside quotes, a plan holds only names, keywords, `:`, `,`, `;` and comments. Other characters, such as brackets or `@`, belong inside a quoted name.",
                da: "Uden for anførselstegn består en plan kun af navne, nøgleord, `:`, `,`, `;` og kommentarer. Andre tegn, fx parenteser eller `@`, skal stå i et navn i anførselstegn."),
            triggering: ["core Anne ↓(DGI): faglighed"],
            nonTriggering: ["core \"Anne (DGI)\": faglighed"]),
        RuleDescription(
            code: SyntaxMessages.unterminatedStringCode, identifier: "unterminated-string", severity: .error,
            title: Text(en: "A quoted name without its closing quote", da: "Et navn i anførselstegn uden afsluttende anførselstegn"),
            rationale: Text(
                en: "A quoted name starts and ends with `\"` on the same line. Without the closing quote, netplan cannot tell where the name ends.",
                da: "Et navn i anførselstegn begynder og slutter med `\"` på samme linje. Uden det afsluttende anførselstegn kan netplan ikke se, hvor navnet slutter."),
            triggering: ["core ↓\"Bo Nielsen: faglighed"],
            nonTriggering: ["core \"Bo Nielsen\": faglighed"]),
        RuleDescription(
            code: SyntaxMessages.unknownEscapeCode, identifier: "unknown-escape", severity: .error,
            title: Text(en: "A backslash that escapes nothing", da: "En backslash foran et tegn, der ikke skal have den"),
            rationale: Text(
                en: "Inside quotes, a backslash can only come before `\"` (a quote in the name) or another backslash. Anything else is probably a slip.",
                da: "Inden for anførselstegn kan en backslash kun stå foran `\"` (et anførselstegn i navnet) eller en anden backslash. Alt andet er sikkert en slåfejl."),
            triggering: ["core \"Bo ↓\\n\": faglighed"],
            nonTriggering: ["core \"Bo \\\"Bolle\\\" Nielsen\": faglighed"]),
        RuleDescription(
            code: SyntaxMessages.typographicQuotesCode, identifier: "typographic-quotes", severity: .warning,
            title: Text(en: "Quotes from a word processor", da: "Anførselstegn fra et tekstbehandlingsprogram"),
            rationale: Text(
                en: "A plan written in Word gets curly quotes (“…”, „…“, »…«, ‘…’). netplan reads them as quotes, so the name counts, and warns: `netplan fmt` writes straight quotes `\"`. A mark only opens a name where a name can start, and only with its partner on the same line, so an apostrophe (Mette’s) is never taken for a quote.",
                da: "En plan, der er skrevet i Word, får typografiske anførselstegn (“…”, „…“, »…«, ‘…’). netplan læser dem som anførselstegn, så navnet tæller, og advarer: `netplan fmt` skriver lige anførselstegn `\"`. Et tegn begynder kun et navn, hvor et navn kan begynde, og kun sammen med sin makker på samme linje, så en apostrof (Mette’s) aldrig læses som et anførselstegn."),
            triggering: ["core ↓“Bo Nielsen”: faglighed", "group ↓»Aktive Ældre«: indsigt"],
            nonTriggering: ["core \"Bo Nielsen\": faglighed", "group \"Foreningen »Aktive Ældre«\": indsigt"]),
        RuleDescription(
            code: SyntaxMessages.zeroWidthCharacterCode, identifier: "invisible-character", severity: .warning,
            title: Text(en: "A character nobody can see", da: "Et tegn, som ingen kan se"),
            rationale: Text(
                en: "Text copied from a web page or a mail can hold zero-width characters (a zero-width space U+200B, a soft hyphen U+00AD, a byte-order mark U+FEFF, ...). Two names that look the same would then be two people. netplan leaves them out of names, names them, and `netplan fmt` removes them. A no-break space or another Unicode space in a quoted name is simply a space.",
                da: "Tekst, der er kopieret fra en hjemmeside eller en mail, kan indeholde usynlige tegn (et usynligt mellemrum U+200B, en blød bindestreg U+00AD, et BOM-tegn U+FEFF, ...). To navne, der ser ens ud, ville så være to personer. netplan ser bort fra dem i navne, siger hvilket tegn det er, og `netplan fmt` fjerner dem. Et hårdt mellemrum eller et andet særligt mellemrum i et navn i anførselstegn er blot et mellemrum."),
            triggering: ["core \"Bo↓\u{200B} Nielsen\": faglighed", "core Carl↓\u{00AD}sen: indsigt"],
            nonTriggering: ["core \"Bo\u{00A0}Nielsen\": faglighed"]),
        RuleDescription(
            code: SyntaxMessages.unexpectedTokenCode, identifier: "syntax-error", severity: .error,
            title: Text(en: "A statement that does not follow the grammar", da: "En linje, der ikke følger grammatikken"),
            rationale: Text(
                en: "Each line is one statement that starts with a keyword. When something else comes where netplan expects a name, a keyword or the end of the line, it says what it expected and what it found, skips to the next statement and goes on, so every such error in the file is reported at once. The slips people make most get their fix spelt out, and the line is read as meant, so nothing else is reported because of them: a name with spaces that needs quotes, `og` or a missing comma in a list, a comma too many, a Danish or misspelt keyword (`kerne`, `fase`, `inviter`; the keywords are English), an empty name `\"\"`. A declaration that breaks after its name still declares it.",
                da: "Hver linje begynder med et nøgleord. Står der noget andet, hvor netplan venter et navn, et nøgleord eller linjens slutning, siger netplan, hvad den ventede, og hvad den fandt, springer videre til næste linje og fortsætter, så alle den slags fejl i filen vises på én gang."),
            triggering: [
                "phase ↓: invite Borgere", "core Anne: faglighed\n↓kerne Bo: indsigt", "core ↓Sanne Kjær: faglighed",
                "core Anne: faglighed ↓og indsigt", "core Anne: faglighed\nphase Idé: invite Anne, ↓needs indsigt",
                "participant ↓\"\": ressourcer",
            ],
            nonTriggering: ["phase Start: invite Borgere", "core \"Sanne Kjær\": faglighed, indsigt"]),
        RuleDescription(
            code: SyntaxMessages.invalidDateCode, identifier: "invalid-date", severity: .error,
            title: Text(en: "A date that does not exist", da: "En dato, der ikke findes"),
            rationale: Text(
                en: "Phase dates are written year-month-day, such as 2027-03-01, so that they sort and read the same everywhere. A date written another way (1/3-2027, 01.03.2027, 1. marts 2027, 2027-3-1) gets \"did you mean `2027-03-01`?\", read day before month as Danes write, and the phase keeps that date until it is fixed. A date like 2027-02-30 does not exist in the calendar. The last date a plan can use is 9999-12-30: a calendar file marks the end of a phase by the day after it, and that day must have a four-digit year.",
                da: "Fasedatoer skrives år-måned-dag, fx 2027-03-01, så de sorteres og læses ens overalt. En dato, der er skrevet på en anden måde (1/3-2027, 01.03.2027, 1. marts 2027, 2027-3-1), får \"mente du `2027-03-01`?\", læst med dagen før måneden, som man skriver i Danmark, og fasen beholder den dato, indtil den er rettet. En dato som 2027-02-30 findes ikke i kalenderen. Den sidste dato, en plan kan bruge, er 9999-12-30: en kalenderfil markerer, at en fase slutter, med dagen efter, og den dag skal have et årstal med fire cifre."),
            triggering: [
                "phase Start from ↓2027-02-30 to 2027-03-01", "phase Slut from 9999-12-01 to ↓9999-12-31",
                "phase Start from ↓1/3-2027 to 2027-03-31", "phase Start from ↓1. marts 2027 to 2027-03-31",
            ],
            nonTriggering: ["phase Start from 2028-02-29 to 2028-03-01", "phase Slut from 9999-12-01 to 9999-12-30"]),
        RuleDescription(
            code: SyntaxMessages.repeatedAttributeCode, identifier: "repeated-attribute", severity: .error,
            title: Text(en: "An attribute written twice", da: "En oplysning, der står to gange"),
            rationale: Text(
                en: "A person, group, phase or meeting has one unit, one status, one note, one contact and one place. Written twice on one line, netplan cannot know which is meant: it keeps the first and asks you to remove the other.",
                da: "En person, gruppe, fase eller et møde har én enhed, én status, ét notat, én kontakt og ét sted. Står en oplysning to gange på samme linje, kan netplan ikke vide, hvilken der gælder: den beholder den første og beder dig fjerne den anden."),
            triggering: [
                "core Anne: faglighed unit \"Ældre\" ↓unit \"Sundhed\"",
                "core Anne: faglighed status kontaktet ↓status bekræftet",
            ],
            nonTriggering: ["core Anne: faglighed unit \"Ældre\" status kontaktet note \"leder\" contact \"a@example.dk\""]),
        RuleDescription(
            code: SyntaxMessages.invalidTimeCode, identifier: "invalid-time", severity: .error,
            title: Text(en: "A meeting time netplan cannot read", da: "Et mødetidspunkt, netplan ikke kan læse"),
            rationale: Text(
                en: "A meeting's time is a range of hours and minutes, written as in Danish with a full stop: `14.00-16.00`. A time written with colons (`14:00-16:00`) is read as meant and gets the fixed line; anything else (`kl. 14`, `25.00-26.00`) has no time until it is fixed.",
                da: "Et mødes tidspunkt er et tidsrum i timer og minutter, skrevet med punktum: `14.00-16.00`. Et tidspunkt med kolon (`14:00-16:00`) læses, som det var ment, og får den rettede linje; alt andet (`kl. 14`, `25.00-26.00`) giver mødet intet tidspunkt, indtil det er rettet."),
            triggering: [
                "meeting Kickoff on 2027-01-06 ↓25.00-26.00",
                "meeting Kickoff on 2027-01-06 ↓14:00-16:00",
            ],
            nonTriggering: ["meeting Kickoff on 2027-01-06 14.00-16.00", "meeting Kickoff on 2027-01-06 9.30-11.00"]),
        RuleDescription(
            code: Configuration.settingCode, identifier: "invalid-setting", severity: .error,
            title: Text(en: "A setting netplan cannot use", da: "En indstilling, netplan ikke kan bruge"),
            rationale: Text(
                en: "`set` changes the core-team range or a rule's severity. An unknown name or value is reported rather than ignored, so a plan never believes a rule is off when it is not.",
                da: "`set` ændrer, hvor mange kernedeltagere kerneholdet skal have, eller en regels niveau. Et ukendt navn eller en ukendt værdi bliver meldt i stedet for at blive sprunget over, så ingen tror, at en regel er slået fra, når den ikke er det."),
            triggering: ["set ↓core-size 4-6", "set core-team ↓6-4", "set missing-role ↓quiet", "set unknown-name ↓off"],
            nonTriggering: ["set core-team 3-7\nset missing-role off\nset core-left-out warning"]),
        RuleDescription(
            code: Suppressions.invalidCode, identifier: "invalid-suppression", severity: .error,
            title: Text(en: "An `allow` that cannot be used", da: "En `allow`, der ikke kan bruges"),
            rationale: Text(
                en: "`allow RULE \"reason\"` silences one rule on one statement, and the reason says why, for the next person who reads the plan. The rule must exist, must find warnings or notes (errors cannot be allowed), and the reason must say something.",
                da: "`allow REGEL \"begrundelse\"` slår én regel fra på én linje, og begrundelsen fortæller den næste, der læser planen, hvorfor. Reglen skal findes, den skal give advarsler eller bemærkninger (fejl kan ikke undtages), og begrundelsen må ikke være tom."),
            triggering: [
                "core A: faglighed\nphase Start: without A allow ↓core-leftout \"ferie\"",
                "core A: faglighed\nphase Start: invite Borgre allow ↓unknown-name \"ok\"",
            ],
            nonTriggering: ["core A: faglighed\nphase Start: without A allow core-left-out \"Anne har ferie\""]),
        RuleDescription(
            code: Suppressions.unusedCode, identifier: "unused-suppression", severity: .warning,
            title: Text(en: "An `allow` that silences nothing", da: "En `allow`, der ikke slår noget fra"),
            rationale: Text(
                en: "Suppressions outlive the reasons for them. When an `allow` no longer silences anything, it only hides the next real finding, so netplan asks you to remove it.",
                da: "En undtagelse bliver tit stående, når grunden til den er væk. Når en `allow` ikke længere slår noget fra, skjuler den bare den næste advarsel, der er værd at se, så netplan beder dig fjerne den."),
            triggering: ["core A: faglighed\nphase Start: invite Borgere ↓allow core-left-out \"ferie\""],
            nonTriggering: ["core A: faglighed\nphase Start: without A allow core-left-out \"Anne har ferie\""]),
        RuleDescription(
            code: WorkspaceMessages.cycleCode, identifier: "use-cycle", severity: .error,
            title: Text(en: "Registers that use each other in a circle", da: "Registre, der bruger hinanden i ring"),
            rationale: Text(
                en: "A register may `use` another register, so that shared people are written once. When the `use` lines lead back to a file already on the way (`a.netplan` uses `b.netplan`, which uses `a.netplan`, or a file that uses itself), the circle is reported on the `use` line that closes it, and that line is passed over: the people of every register in the circle still count.",
                da: "Et register kan bruge (`use`) et andet register, så fælles personer kun skrives ét sted. Fører `use`-linjerne tilbage til en fil, der allerede er på vejen (`a.netplan` bruger `b.netplan`, som bruger `a.netplan`, eller en fil, der bruger sig selv), vises ringen på den `use`-linje, der slutter den, og linjen springes over: personerne i alle registrene i ringen tæller stadig."),
            triggering: ["# file: personer.netplan\nuse ↓\"personer.netplan\"\nperson \"Anne Krogh\": faglighed"],
            nonTriggering: [
                "# file: personer.netplan\nuse \"faelles.netplan\"\nperson \"Anne Krogh\": faglighed\n# file: faelles.netplan\nperson \"Jonas Berg\": indsigt"
            ]),
        RuleDescription(
            code: WorkspaceMessages.missingCode, identifier: "missing-register", severity: .error,
            title: Text(en: "A register that cannot be read", da: "Et register, der ikke kan læses"),
            rationale: Text(
                en: "`use \"personer.netplan\"` takes the people of a register, written relative to the folder of the plan. When the file is not there or cannot be read, the people the plan takes from it are missing, so it is an error on the `use` line with the reason. A name without `.netplan` gets the whole name when that file is there.",
                da: "`use \"personer.netplan\"` henter personerne fra et register; filnavnet skrives set fra planens mappe. Findes filen ikke, eller kan den ikke læses, mangler de personer, planen henter derfra, så det er en fejl på `use`-linjen med årsagen. Et navn uden `.netplan` får hele navnet foreslået, når den fil findes."),
            triggering: [
                "network Ensomhed\nuse ↓\"personer.netplan\"\ncore \"Anne Krogh\"",
                "# file: plan.netplan\nnetwork Ensomhed\nuse ↓\"personer\"\ncore \"Anne Krogh\"\n# file: personer.netplan\nperson \"Anne Krogh\": faglighed",
            ],
            nonTriggering: [
                "# file: plan.netplan\nnetwork Ensomhed\nuse \"personer.netplan\"\ncore \"Anne Krogh\"\n# file: personer.netplan\nperson \"Anne Krogh\": faglighed"
            ]),
        RuleDescription(
            code: WorkspaceMessages.brokenRegisterCode, identifier: "register-has-errors", severity: .error,
            title: Text(en: "A register with errors", da: "Et register med fejl"),
            rationale: Text(
                en: "A plan checked alone does not show the findings of the registers it uses. When such a register has errors (a line netplan cannot read, a person written twice, an unknown competence, a register it cannot use), people may be missing from the plan or have the wrong competences, so the plan gets one error on its `use` line with the register's first error. When the register is checked in the same run (a folder, or both files named), its errors are shown there instead, and the plan gets nothing extra.",
                da: "En plan, der tjekkes alene, viser ikke fejlene i de registre, den bruger. Har sådan et register fejl (en linje, netplan ikke kan læse, en person, der står to gange, en ukendt kompetence, et register, det ikke kan bruge), kan personer mangle i planen eller have forkerte kompetencer, så planen får én fejl på sin `use`-linje med registerets første fejl. Tjekkes registeret i samme omgang (en mappe, eller begge filer nævnt), vises fejlene dér i stedet, og planen får ikke noget ekstra."),
            triggering: [
                "# file: plan.netplan\nnetwork Ensomhed\nuse ↓\"personer.netplan\"\ncore \"Anne Krogh\"\n# file: personer.netplan\nperson \"Anne Krogh\": faglighed\nperson \"Anne Krogh\": indsigt"
            ],
            nonTriggering: [
                "# file: plan.netplan\nnetwork Ensomhed\nuse \"personer.netplan\"\ncore \"Anne Krogh\"\n# file: personer.netplan\nperson \"Anne Krogh\": faglighed, indsigt"
            ]),
    ]
}
