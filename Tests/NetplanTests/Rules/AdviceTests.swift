import Testing
@testable import NetplanBase
@testable import NetplanSyntax
@testable import NetplanCheck

/// The advice in the help of the method's findings points the right way
/// (issue 11, item 9): who to invite, which `group` line to write, who counts
/// as citizens, who could be core, and what netplan does with two phases of
/// one name.
@Suite struct AdviceTests {
    static func findings(_ text: String, _ code: String) -> [Diagnostic] {
        let result = Checker.check(SourceFile(path: "plan.netplan", text: text))
        #expect(result.tree.diagnostics.isEmpty, "syntax errors: \(result.tree.diagnostics.map { $0.message.en })")
        return result.diagnostics.filter { $0.code == code }
    }

    static func help(_ text: String, _ code: String, _ language: Language = .english) -> [String] {
        findings(text, code).map { $0.help?(language) ?? "" }
    }

    // MARK: NP206, a need left uncovered by `without`

    static let leftOut = """
        core Anne: faglighed, ressourcer
        core Bo: faglighed
        participant Erik: ressourcer
        participant Fie: ressourcer
        phase Start: invite Erik, Fie
        phase Test: needs ressourcer without Anne allow core-left-out "Anne er på kursus"
        """

    @Test func aNeedUncoveredByWithoutProposesEveryoneFreeAndNamesWhoIsLeftOut() {
        #expect(
            Self.help(Self.leftOut, "NP206") == [
                "invite `Erik` or `Fie`: they bring `ressourcer`; `Anne` also brings it but is left out of this phase with `without`"
            ])
        #expect(
            Self.help(Self.leftOut, "NP206", .danish) == [
                "invitér `Erik` eller `Fie`, der bidrager med `ressourcer`; `Anne` bidrager også med den, men er holdt ude af fasen med `without`"
            ])
    }

    @Test func whenOnlyTheLeftOutBringItTheHelpSaysSo() {
        let text = "core Anne: faglighed, ressourcer\ncore Bo: faglighed\nphase Test: needs ressourcer without Anne"
        #expect(
            Self.help(text, "NP206") == [
                "only `Anne` brings `ressourcer`, and is left out of this phase with `without`: take `Anne` out of `without`, or find someone else who brings it"
            ])
    }

    @Test func everyoneWhoBringsItIsNamedUpToEight() {
        let people = (1...10).map { "participant P\($0): ressourcer" }.joined(separator: "\n")
        let text = "core Anne: faglighed\n\(people)\nphase Start: invite \((1...10).map { "P\($0)" }.joined(separator: ", "))\nphase Test: needs ressourcer"
        let help = try? #require(Self.help(text, "NP206").first)
        #expect(help == "invite `P1`, `P2`, `P3`, `P4`, `P5`, `P6`, `P7`, `P8` or 2 more: they bring `ressourcer`")
    }

    // MARK: Built-in groups that bring nothing yet

    static func messages(_ text: String, _ code: String, _ language: Language = .english) -> [String] {
        findings(text, code).map { $0.message(language) }
    }

    /// The finding says that the group is invited but brings nothing without a
    /// `group` line (never a bare "nobody brings" while it is invited), and
    /// the help gives the line to write.
    @Test func anInvitedBuiltInGroupGetsTheGroupLineForANeed() {
        let text = "core Anne: faglighed\nphase Idé: invite Borgere, Politikere needs indsigt"
        #expect(
            Self.messages(text, "NP206") == [
                "`Idé` needs `indsigt`, but nobody present brings it yet: `Borgere` is invited but, without a `group` line, brings no competence"
            ])
        #expect(
            Self.messages(text, "NP206", .danish) == [
                "`Idé` har brug for `indsigt`, men ingen af dem, der er med i fasen, bidrager med den endnu: `Borgere` er inviteret, men bidrager ikke med noget uden en `group`-linje"
            ])
        #expect(Self.help(text, "NP206") == ["if they bring `indsigt`, write `group Borgere: indsigt` in the plan"])
        #expect(
            Self.help(text, "NP206", .danish) == ["bidrager gruppen med `indsigt`, så skriv `group Borgere: indsigt` i planen"])
    }

    @Test func competenceMissingKnowsInvitedBuiltInGroups() {
        let text = "network Tema\ncore Anne: faglighed, ressourcer, handlekraft\nphase Idé: invite Borgere, Brugere"
        #expect(
            Self.messages(text, "NP205") == [
                "nobody in the network brings `indsigt` yet: `Borgere` and `Brugere` are invited but, without a `group` line, bring no competence"
            ])
        #expect(
            Self.messages(text, "NP205", .danish) == [
                "ingen i netværket bidrager med `indsigt` endnu: `Borgere` og `Brugere` er inviteret, men bidrager ikke med noget uden en `group`-linje"
            ])
        #expect(
            Self.help(text, "NP205") == [
                "if one of them brings `indsigt`, write `group Borgere: indsigt` or `group Brugere: indsigt` in the plan"
            ])
        // Without invited groups, the usual advice, in Danish without "erklær".
        let plain = "network Tema\ncore Anne: faglighed, ressourcer, handlekraft\nphase Idé"
        let danish = Self.help(plain, "NP205", .danish)
        #expect(danish.count == 1)
        #expect(danish.allSatisfy { !$0.contains("erklær") && $0.contains("tilføj `: indsigt`") })
    }

    // MARK: NP210, citizens by name or by kind

    /// A plan with one group, declared as given and invited by its name.
    static func withGroup(_ declaration: String) -> String {
        let name = declaration.components(separatedBy: ":")[0]
        return "core Anne: faglighed\ngroup \(declaration)\nphase Start: invite \(name)"
    }

    @Test(arguments: [
        "\"Ældre i Nordby\": indsigt", "Unge-panelet: indsigt", "Ældresagen: indsigt", "Forældrerådet: indsigt",
        "Plejehjemsbeboere: indsigt", "Elevrådene: indsigt", "\"Borgere i Nordkvarteret\": indsigt",
        "Skolebørn: indsigt", "Seniorrådet: indsigt", "Pårørendegruppen: indsigt", "Lokalrådet: indsigt kind Borgere",
    ])
    func citizensAreSeenByTheirNameOrTheirKind(_ declaration: String) {
        #expect(Self.findings(Self.withGroup(declaration), "NP210").isEmpty)
    }

    @Test(arguments: [
        "Lokalrådet: indsigt", "\"Relevante aktører\": indsigt", "Televerket: indsigt",
        "\"Unge medarbejdere\": faglighed kind Medarbejdere",
    ])
    func groupsThatAreNotCitizensAreNotCounted(_ declaration: String) {
        #expect(Self.findings(Self.withGroup(declaration), "NP210").count == 1)
    }

    @Test func theDetectionIsAFunctionOfNameAndMarker() {
        #expect(CitizenPerspective.brings(name: "Ældre i Nordby", isGroup: true, category: nil))
        #expect(CitizenPerspective.brings(name: "Lokalrådet", isGroup: true, category: "Borgere"))
        #expect(!CitizenPerspective.brings(name: "Lokalrådet", isGroup: true, category: nil))
        #expect(!CitizenPerspective.brings(name: "Unge-panelet", isGroup: true, category: "Medarbejdere"))
        #expect(CitizenPerspective.brings(name: "Pårørende", isGroup: true, category: nil))
        // A person's name says nothing; their kind does.
        #expect(!CitizenPerspective.brings(name: "Ulla Unge", isGroup: false, category: nil))
        #expect(CitizenPerspective.brings(name: "Aisha Khan", isGroup: false, category: "Brugere"))
    }

    @Test func anUnknownKindIsAnErrorWithDidYouMean() {
        let text = "core Anne: faglighed\ngroup Lokalrådet: indsigt kind Borgre\nphase Start: invite Lokalrådet"
        let found = Self.findings(text, "NP101")
        #expect(found.map(\.message.en) == ["`Borgre` is not one of the built-in groups a `kind` can name"])
        #expect(found.first?.help?.en == "did you mean `Borgere`?")
    }

    // MARK: NP201, who could be core

    @Test func theCoreTeamHintNamesOnlyPeopleInSeveralPhasesWithTheRightGrammar() {
        let one = """
            core Anne: faglighed
            core Bo: indsigt
            core Carl: ressourcer
            participant Erik: handlekraft
            participant Fie: indsigt
            phase Start: invite Erik, Fie
            phase Idé: invite Erik
            phase Test
            """
        #expect(
            Self.help(one, "NP201") == [
                "`Erik` already takes part in 2 of the 3 phases: could `Erik` be a core participant?"
            ])
        #expect(
            Self.help(one, "NP201", .danish) == ["`Erik` er allerede med i 2 af de 3 faser: kunne `Erik` være kernedeltager?"])
        let two = one.replacingOccurrences(of: "core Carl: ressourcer\n", with: "")
            .replacingOccurrences(of: "phase Idé: invite Erik", with: "phase Idé: invite Erik, Fie")
        #expect(Self.help(two, "NP201") == ["`Erik` and `Fie` already take part in several phases: could they be core participants?"])
        #expect(Self.help(two, "NP201", .danish) == ["`Erik` og `Fie` er allerede med i flere faser: kunne de være kernedeltagere?"])
        // One phase each: nobody is proposed.
        let none = "core Anne: faglighed\nparticipant Erik: ressourcer\nphase Start: invite Erik\nphase Test"
        #expect(Self.help(none, "NP201").allSatisfy { !$0.contains("Erik") })
    }

    // MARK: NP102, two phases of one name

    @Test func twoPhasesOfOneNameAreTwoPhasesAndTheHelpSaysSo() {
        let text = "core Anne: faglighed\nphase Idé: invite Borgere\nphase Test\nphase Idé: needs faglighed"
        let result = Checker.check(SourceFile(path: "plan.netplan", text: text))
        #expect(result.plan.phases.map(\.name) == ["Idé", "Test", "Idé"])
        let help = result.diagnostics.filter { $0.code == "NP102" }.map { $0.help?.en ?? "" }
        #expect(
            help == [
                "netplan counts them as two phases, in the order written: give the second another name, such as `phase \"Idé 2\"`, or merge the two lines into one"
            ])
        #expect(help.allSatisfy { !$0.contains("uses the first") })
    }
}

/// `kind NAME` on a declaration parses in either order with `via`, and the
/// formatter keeps it.
@Suite struct DeclarationKindTests {
    @Test func kindAndViaInEitherOrderFormatTheSameWay() throws {
        for text in [
            "core Karen: faglighed\ngroup Lokalrådet: indsigt kind Borgere via Karen\n",
            "core Karen: faglighed\ngroup Lokalrådet: indsigt via Karen kind Borgere\n",
        ] {
            let tree = Parser.parse(SourceFile(path: "p.netplan", text: text))
            #expect(tree.diagnostics.isEmpty)
            guard case .participant(let decl)? = tree.statements.last?.kind else {
                Issue.record("not a declaration")
                continue
            }
            #expect(decl.category?.text == "Borgere")
            #expect(decl.via?.text == "Karen")
            #expect(try PlanFormatter.format(tree).hasSuffix("group Lokalrådet: indsigt via Karen kind Borgere\n"))
        }
        let twice = Parser.parse(SourceFile(path: "p.netplan", text: "group Lokalrådet: indsigt kind Borgere kind Brugere"))
        #expect(twice.diagnostics.count == 1)
    }
}
