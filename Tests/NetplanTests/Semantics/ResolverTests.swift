import Testing
@testable import NetplanBase
@testable import NetplanSyntax
@testable import NetplanCheck

@Suite struct ResolverTests {
    private func resolve(_ text: String) -> ResolvedPlan {
        let tree = Parser.parse(SourceFile(path: "t", text: text))
        #expect(tree.diagnostics.isEmpty, "syntax errors: \(tree.diagnostics.map { $0.message.en })")
        return Resolver.resolve(tree)
    }

    /// Names of the participants present in a phase, with how they are present.
    private func present(_ plan: ResolvedPlan, _ phase: String) -> [String] {
        guard let phase = plan.phases.first(where: { $0.name == phase }) else {
            Issue.record("no phase \(phase)")
            return []
        }
        return phase.present.map { "\(plan.participants[$0.participant].name)(\($0.presence.rawValue))" }
    }

    // MARK: Diamond

    @Test func defaultDiamondWhenNoneIsDeclared() {
        let plan = resolve("core Anne: faglighed")
        #expect(plan.diamondIsDefault)
        #expect(plan.diamond.map(\.name) == ["faglighed", "indsigt", "ressourcer", "handlekraft"])
        #expect(plan.diamond.allSatisfy { $0.range == nil })
        #expect(plan.diamondRange == nil)
        #expect(plan.participants[0].competences == [0])
    }

    @Test func declaredDiamondReplacesTheDefault() {
        let text = "core Anne: mod, faglighed\ndiamond viden, mod, penge, vilje"
        let plan = resolve(text)
        #expect(!plan.diamondIsDefault)
        #expect(plan.diamond.map(\.name) == ["viden", "mod", "penge", "vilje"])
        #expect(plan.diamond[1].range == TestSupport.range(of: "mod", in: text, occurrence: 2))
        // The diamond is read first, so a declaration above it still resolves.
        #expect(plan.participants[0].competences == [1])
        // A default competence is unknown under a declared diamond.
        #expect(plan.unresolved.map(\.name.text) == ["faglighed"])
        #expect(plan.unresolved.first?.kind == .competence)
    }

    // MARK: Presence

    @Test func coreParticipantsArePresentInEveryPhaseUnlessLeftOut() {
        let plan = resolve(
            """
            core Anne: faglighed
            core Bo: indsigt
            participant Erik: ressourcer
            phase Opstart
            phase Idé: invite Erik
            phase Test: without Anne
            """)
        #expect(present(plan, "Opstart") == ["Anne(core)", "Bo(core)"])
        #expect(present(plan, "Idé") == ["Anne(core)", "Bo(core)", "Erik(invited)"])
        #expect(present(plan, "Test") == ["Bo(core)"])
        #expect(plan.participants.map(\.phases) == [[0, 1], [0, 1, 2], [1]])
        #expect(plan.coreParticipants == [0, 1])
    }

    @Test func invitingACoreParticipantDoesNotCountThemTwice() {
        let plan = resolve("core Anne: faglighed\nphase Start: invite Anne, Anne")
        #expect(present(plan, "Start") == ["Anne(core)"])
        #expect(plan.phases[0].invited.count == 2)
    }

    @Test func withoutWinsOverInvite() {
        let plan = resolve("core Anne: faglighed\nparticipant Erik: ressourcer\nphase Start: without Anne, Erik invite Anne, Erik")
        #expect(present(plan, "Start") == [])
    }

    @Test func needsAreCoveredByPresentParticipants() {
        let plan = resolve(
            """
            core Anne: faglighed
            participant Erik: ressourcer
            group Borgere: indsigt
            phase A: invite Borgere needs indsigt, ressourcer, faglighed
            phase B: invite Erik without Anne needs faglighed, ressourcer, ressourcer
            """)
        let a = plan.phases[0]
        #expect(a.needs.map(\.competence) == [1, 2, 0])
        #expect(a.needs.map(\.coveredBy) == [[2], [], [0]])
        #expect(a.missing == [2])
        let b = plan.phases[1]
        #expect(b.needs.map(\.competence) == [0, 2], "a repeated need counts once")
        #expect(b.missing == [0])
    }

    // MARK: Built-in groups

    @Test func builtInGroupsAreCreatedOnlyWhenUsed() {
        let unused = resolve("core Anne: faglighed\nphase Start")
        #expect(unused.participants.map(\.name) == ["Anne"])

        let used = resolve("core Anne: faglighed\nphase Start: invite Borgere, Pårørende\nphase Slut: invite Borgere")
        #expect(used.participants.map(\.name) == ["Anne", "Borgere", "Pårørende"])
        let borgere = used.participants[1]
        #expect(borgere.isBuiltIn)
        #expect(borgere.kind == .group)
        #expect(borgere.competences.isEmpty)
        #expect(borgere.nameRange == nil)
        #expect(borgere.phases == [0, 1])
        #expect(used.unresolved.isEmpty)
    }

    @Test func declaredGroupWithABuiltInNameBringsCompetences() {
        let plan = resolve("phase Start: invite Borgere\ngroup Borgere: indsigt")
        #expect(plan.participants.count == 1)
        #expect(plan.participants[0].isBuiltIn == false)
        #expect(plan.participants[0].competences == [1])
    }

    @Test func builtInGroupsCanBeReferrers() {
        let plan = resolve("core Anne: faglighed via Foreninger")
        #expect(plan.participants.map(\.name) == ["Anne", "Foreninger"])
        #expect(plan.participants[0].referrer == 1)
        #expect(plan.unresolved.isEmpty)
    }

    @Test func withoutDoesNotCreateABuiltInGroup() {
        let plan = resolve("core Anne: faglighed\nphase Start: without Borgere")
        #expect(plan.participants.map(\.name) == ["Anne"])
        #expect(plan.unresolved.map(\.name.text) == ["Borgere"])
        #expect(plan.unresolved.first?.kind == .participant)
    }

    /// `without` a built-in group that another phase invites must mean the
    /// same whichever phase comes first.
    @Test func withoutABuiltInGroupInvitedLaterResolvesLikeInvitedEarlier() {
        let later = resolve("core Anne: faglighed\nphase A: without Borgere\nphase B: invite Borgere")
        let earlier = resolve("core Anne: faglighed\nphase B: invite Borgere\nphase A: without Borgere")
        #expect(later.unresolved.isEmpty)
        #expect(earlier.unresolved.isEmpty)
        #expect(later.phases[0].without.map(\.participant) == [1])
        #expect(earlier.phases[1].without.map(\.participant) == [1])
        #expect(later.participants.map(\.name) == earlier.participants.map(\.name))
    }

    // MARK: Order independence

    @Test func phasesMayReferToLaterDeclarations() {
        let text = "phase Start: invite Erik without Anne\nparticipant Erik: ressourcer via Anne\ncore Anne: faglighed"
        let plan = resolve(text)
        #expect(plan.unresolved.isEmpty)
        #expect(present(plan, "Start") == ["Erik(invited)"])
        #expect(plan.phases[0].invited == [ParticipantReference(participant: 0, range: TestSupport.range(of: "Erik", in: text))])
        #expect(plan.participants[0].referrer == 1)
    }

    // MARK: Duplicates

    @Test func duplicatesKeepBothRanges() {
        let text = """
            network A
            network B
            leader Mette
            leader Jonas
            diamond a, b, c, a
            core Anne: a
            participant Anne: b
            phase Start
            phase Start
            diamond x
            """
        let plan = resolve(text)
        let found = plan.duplicates.map { "\($0.kind.rawValue) \($0.name)" }
        #expect(found == ["competence a", "diamond diamond", "network B", "role leader", "participant Anne", "phase Start"])
        let r = { (needle: String, occurrence: Int) in TestSupport.range(of: needle, in: text, occurrence: occurrence) }
        let byKind = Dictionary(uniqueKeysWithValues: plan.duplicates.map { ($0.kind, $0) })
        #expect(byKind[.participant]?.first == r("Anne", 1))
        #expect(byKind[.participant]?.second == r("Anne", 2))
        #expect(byKind[.phase]?.first == r("Start", 1))
        #expect(byKind[.phase]?.second == r("Start", 2))
        let diamond = TestSupport.offset(of: "diamond a, b, c, a", in: text)
        #expect(byKind[.competence]?.first == SourceRange(diamond + 8, diamond + 9))
        #expect(byKind[.competence]?.second == SourceRange(diamond + 17, diamond + 18))
        #expect(byKind[.role]?.first == r("leader Mette", 1))
        #expect(byKind[.role]?.second == r("leader Jonas", 1))
        #expect(byKind[.diamond]?.first == r("diamond a, b, c, a", 1))
        #expect(byKind[.diamond]?.second == r("diamond x", 1))
        // The first declaration counts.
        #expect(plan.participants.map(\.name) == ["Anne"])
        #expect(plan.participants[0].isCore)
        #expect(plan.diamond.map(\.name) == ["a", "b", "c"])
        #expect(plan.network?.name.text == "A")
        #expect(plan.role(.leader)?.name.text == "Mette")
    }

    // MARK: Unknown names

    @Test func unknownInviteeSuggestsABuiltInGroup() {
        let text = "core Anne: faglighed\nphase Idé: invite Borgre"
        let plan = resolve(text)
        #expect(plan.unresolved.count == 1)
        let reference = plan.unresolved.first
        #expect(reference?.name.text == "Borgre")
        #expect(reference?.name.range == TestSupport.range(of: "Borgre", in: text))
        #expect(reference?.kind == .invitee)
        #expect(reference.flatMap(plan.suggestion(for:)) == "Borgere")
        #expect(plan.participants.map(\.name) == ["Anne"], "an unknown name creates nothing")
    }

    @Test func unknownCompetenceSuggestsTheClosestOne() {
        let plan = resolve("core Anne: resourcer\nphase Start: needs Indsigt, xyz")
        #expect(plan.unresolved.map(\.name.text) == ["resourcer", "Indsigt", "xyz"])
        #expect(plan.unresolved.map(\.kind) == [.competence, .competence, .competence])
        #expect(plan.unresolved.map(plan.suggestion(for:)) == ["ressourcer", "indsigt", nil])
        #expect(plan.participants[0].competences.isEmpty)
        #expect(plan.participants[0].listsCompetences)
    }

    @Test func unknownParticipantSuggestionsNeverOfferBuiltInGroupsAfterWithout() {
        let plan = resolve("core Anne: faglighed\nphase Start: without Ane, Borgre")
        #expect(plan.unresolved.map(plan.suggestion(for:)) == ["Anne", nil])
    }

    @Test func unknownReferrerIsRecorded() {
        let plan = resolve("core Anne: faglighed via Karen\ncore Bo: indsigt via Ane")
        #expect(plan.unresolved.map(\.kind) == [.referrer, .referrer])
        #expect(plan.unresolved.map(plan.suggestion(for:)) == [nil, "Anne"])
        #expect(plan.participants.map(\.referrer) == [nil, nil])
    }

    /// `é` as one scalar and as `e` + U+0301 look the same and are the same name.
    @Test func canonicallyEquivalentSpellingsAreOneName() {
        let plan = resolve("core \"Ren\u{E9}\": faglighed\nphase Start: invite \"Rene\u{301}\"\ncore Ide\u{301}: indsigt\ncore Id\u{E9}: indsigt")
        #expect(plan.unresolved.isEmpty)
        #expect(plan.phases[0].invited.map(\.participant) == [0])
        #expect(plan.duplicates.map(\.name) == ["Id\u{E9}"])
        #expect(plan.participants.map { Array($0.name.unicodeScalars) } == [Array("Ren\u{E9}".unicodeScalars), Array("Ide\u{301}".unicodeScalars)])
    }

    // MARK: Roles

    @Test func rolesMayNameParticipants() {
        let plan = resolve("leader Anne\ncodriver \"Bo N\"\nreference Lise\ncore Anne: faglighed\ncore \"Bo N\": indsigt")
        #expect(plan.duplicates.isEmpty)
        #expect(plan.unresolved.isEmpty)
        #expect(plan.role(.leader)?.participant == 0)
        #expect(plan.role(.codriver)?.participant == 1)
        #expect(plan.role(.reference)?.participant == nil)
        #expect(plan.role(.reference)?.name.text == "Lise")
    }

    @Test func errorNodesAreIgnored() {
        let tree = Parser.parse(SourceFile(path: "t", text: "core : x\ncore Anne: faglighed\nphase Start"))
        let plan = Resolver.resolve(tree)
        #expect(plan.participants.map(\.name) == ["Anne"])
        #expect(plan.phases.map(\.name) == ["Start"])
    }
}
