import Testing

@testable import NetplanKit

@Suite struct StarterPlanTests {
    static let cases: [(StarterPlan.Kind, Language)] = StarterPlan.Kind.allCases.flatMap { kind in
        Language.allCases.map { (kind, $0) }
    }

    @Test(arguments: cases)
    func checksWithoutErrorsOrWarnings(kind: StarterPlan.Kind, language: Language) {
        let text = StarterPlan.text(kind: kind, language: language)
        let result = Checker.check(SourceFile(path: "plan.netplan", text: text))
        let problems = result.diagnostics.filter { $0.severity != .note }
        #expect(problems.isEmpty, "\(problems.map { "\($0.code) \($0.message(.english))" })")
        #expect(result.plan.network?.kind?.text == kind.rawValue)
    }

    @Test(arguments: cases)
    func hasTheMethodsPhasesInOrderWithoutTheUnnamedStep(kind: StarterPlan.Kind, language: Language) {
        let plan = Checker.check(SourceFile(path: "p", text: StarterPlan.text(kind: kind, language: language))).plan
        #expect(
            plan.phases.map(\.name) == [
                "Opstart", "Netværksdesign", "Fokusering", "Opdagelse", "Idéudvikling og prioritering",
                "Konkretisering og test", "Evaluering og spredning", "Afrunding",
            ])
        #expect(plan.coreParticipants.count == 4)
        #expect(plan.participants.contains { $0.kind == .participant })
        #expect(plan.participants.contains { $0.name == "Borgere" && $0.isGroup })
        for role in RoleKind.allCases { #expect(plan.role(role) != nil) }
        #expect(plan.participants.contains { $0.referrer != nil }, "shows `via`")
        let brought = Set(plan.participants.flatMap(\.competences))
        #expect(brought == Set(plan.diamond.indices), "the core team and others cover the diamond")
    }

    @Test func commentsComeInTheChosenLanguage() {
        let danish = StarterPlan.text(kind: .learning, language: .danish)
        let english = StarterPlan.text(kind: .learning, language: .english)
        #expect(danish.contains("# Kernedeltagere (typisk 4-6)"))
        #expect(danish.contains("Et læringsnetværk varer typisk 4-5 måneder"))
        #expect(english.contains("# Core participants (usually 4-6)"))
        #expect(english.contains("A learning network typically runs 4-5 months"))
        #expect(!english.contains("Kernedeltagere"))
        #expect(StarterPlan.text(kind: .innovation, language: .english).contains("open-ended"))
        #expect(StarterPlan.text(kind: .welfare, language: .english).contains("about 6 months"))
    }

    @Test func everyLineIsACommentABlankOrAStatement() {
        let keywords = [
            "network", "leader", "codriver", "reference", "diamond", "core", "participant", "group", "phase",
        ]
        for (kind, language) in Self.cases {
            for line in StarterPlan.text(kind: kind, language: language).split(
                separator: "\n", omittingEmptySubsequences: false)
            {
                let first = line.split(separator: " ").first.map(String.init) ?? ""
                #expect(line.isEmpty || first == "#" || line == "#" || keywords.contains(first), "\(line)")
            }
        }
    }

    @Test func kindsAreFoundByDanishOrEnglishName() {
        #expect(StarterPlan.Kind(named: "læringsnetværk") == .learning)
        #expect(StarterPlan.Kind(named: "Welfare") == .welfare)
        #expect(StarterPlan.Kind(named: "innovation") == .innovation)
        #expect(StarterPlan.Kind(named: "netværk") == nil)
    }
}
