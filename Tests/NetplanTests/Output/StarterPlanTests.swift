import Foundation
import Testing

@testable import NetplanBase
@testable import NetplanSyntax
@testable import NetplanCheck
@testable import NetplanViews

@Suite struct StarterPlanTests {
    static let cases: [(StarterPlan.Kind, Language)] = StarterPlan.Kind.allCases.flatMap { kind in
        Language.allCases.map { (kind, $0) }
    }

    @Test(arguments: cases)
    func checksWithoutErrorsButFlagsEveryPlaceholder(kind: StarterPlan.Kind, language: Language) {
        let text = StarterPlan.text(kind: kind, language: language)
        let result = Checker.check(SourceFile(path: "plan.netplan", text: text))
        let problems = result.diagnostics.filter { $0.severity != .note }
        // Unedited, the plan is not clean: each placeholder is flagged once, and nothing else is.
        #expect(problems.allSatisfy { $0.code == "NP220" }, "\(problems.map { "\($0.code) \($0.message(.english))" })")
        #expect(problems.count == 10, "theme, three roles, three more core participants, one as needed, unit, place")
        #expect(problems.allSatisfy { $0.severity == .warning })
        let people = problems.filter { $0.help?.en.hasPrefix("replace this with a real person") == true }
        #expect(people.count == 7)
        let details = problems.filter { $0.help?.en.hasPrefix("write the real") == true }
        #expect(details.count == 2, "one unit and one meeting place, each flagged where it first stands")
        #expect(result.plan.network?.kind?.text == kind.rawValue)
        // Filled in, it checks clean.
        var filled = text
        var number = 0
        while let open = filled.range(of: "\"<"), let close = filled.range(of: ">\"", range: open.upperBound..<filled.endIndex) {
            let placeholder = String(filled[open.lowerBound..<close.upperBound])
            number += 1
            filled = filled.replacingOccurrences(of: placeholder, with: "\"Person \(number)\"")
        }
        let clean = Checker.check(SourceFile(path: "plan.netplan", text: filled)).diagnostics.filter { $0.severity != .note }
        #expect(clean.isEmpty, "\(clean.map { "\($0.code) \($0.message(.english))" })")
    }

    @Test(arguments: cases)
    func hasTheMethodsPhasesInOrderWithoutTheUnnamedStep(kind: StarterPlan.Kind, language: Language) {
        let plan = Checker.check(SourceFile(path: "p", text: StarterPlan.text(kind: kind, language: language))).plan
        let opening = ["Opstart", "Netværksdesign", "Fokusering", "Opdagelse", "Idéudvikling og prioritering"]
        let closing: [String]
        switch kind {
        case .learning: closing = ["Afprøvning i egen enhed", "Evaluering og spredning", "Afrunding"]
        case .welfare: closing = ["Konkretisering og test", "Testfase", "Evaluering og spredning", "Afrunding"]
        case .innovation: closing = ["Konkretisering og test", "Evaluering og spredning", "Løbende opfølgning"]
        }
        #expect(plan.phases.map(\.name) == opening + closing)
        #expect(plan.coreParticipants.count == 4)
        #expect(plan.participants.contains { $0.kind == .participant })
        #expect(plan.participants.contains { $0.name == "Borgere" && $0.isGroup })
        for role in RoleKind.allCases { #expect(plan.role(role) != nil) }
        #expect(plan.participants.contains { $0.referrer != nil }, "shows `via`")
        let brought = Set(plan.participants.flatMap(\.competences))
        #expect(brought == Set(plan.diamond.indices), "the core team and others cover the diamond")
    }

    @Test func theKindsDifferWhereTheMethodDoes() {
        let texts = StarterPlan.Kind.allCases.map { StarterPlan.text(kind: $0, language: .english) }
        #expect(Set(texts).count == 3)
        let welfare = StarterPlan.text(kind: .welfare, language: .english)
        #expect(welfare.contains("# The test phase: after about six months"))
        let innovation = StarterPlan.text(kind: .innovation, language: .danish)
        #expect(innovation.contains("ingen fast slutdato"))
        #expect(!innovation.contains("phase Afrunding"), "an innovation network is open-ended")
        let learning = StarterPlan.text(kind: .learning, language: .danish)
        #expect(learning.contains("Fordel faserne over 4-5 måneder"))
    }

    @Test func theArticleAgreesWithTheKind() {
        #expect(StarterPlan.text(kind: .innovation, language: .english).hasPrefix("# A starter plan for an innovation network (innovationsnetværk)"))
        #expect(StarterPlan.text(kind: .learning, language: .english).hasPrefix("# A starter plan for a learning network (læringsnetværk)"))
        #expect(StarterPlan.text(kind: .welfare, language: .english).hasPrefix("# A starter plan for a welfare network (velfærdsnetværk)"))
        for kind in StarterPlan.Kind.allCases {
            let english = StarterPlan.text(kind: kind, language: .english)
            #expect(!english.contains(" a innovation") && !english.contains(" a \(kind.rawValue)"))
            #expect(StarterPlan.text(kind: kind, language: .danish).hasPrefix("# En startplan for et \(kind.rawValue), "))
        }
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
            "network", "leader", "codriver", "reference", "diamond", "core", "participant", "group", "phase", "meeting",
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
        for (name, kind) in [
            ("læring", NetworkKind.learning), ("Lærings", .learning), ("learning network", .learning),
            ("velfærd", .welfare), ("Velfærdsnetværk", .welfare), ("welfare-network", .welfare),
            ("innovations", .innovation), ("Innovation Network", .innovation), ("innovationsnetværket", .innovation),
        ] {
            #expect(NetworkKind(named: name) == kind, "\(name)")
        }
        for name in ["", "s", "netværk", "network", "innovationer", "velfærdsstat"] {
            #expect(NetworkKind(named: name) == nil, "\(name)")
        }
    }

    /// The phases follow one another from the start date, each with a meeting
    /// inside it; people have a unit to fill in and a status.
    @Test(arguments: cases)
    func phasesAreDatedFromTheStartEachWithAMeetingInside(kind: StarterPlan.Kind, language: Language) throws {
        let start = CalendarDate(year: 2027, month: 8, day: 2)
        let text = StarterPlan.text(kind: kind, language: language, start: start)
        let plan = Checker.check(SourceFile(path: "p", text: text)).plan
        #expect(plan.phases.first?.start == start)
        for (index, phase) in plan.phases.enumerated() {
            let first = try #require(phase.start), last = try #require(phase.end)
            #expect(first.weekday == 0 && last.weekday == 4, "\(phase.name) runs Monday to Friday")
            if index > 0 { #expect(plan.phases[index - 1].end.map { $0.adding(days: 3) } == first) }
        }
        #expect(plan.meetings.count == plan.phases.count)
        for meeting in plan.meetings {
            let phase = try #require(meeting.phase.map { plan.phases[$0] })
            let date = try #require(meeting.date)
            #expect(phase.start.map { $0 <= date } == true && phase.end.map { date <= $0 } == true, "\(meeting.name)")
            #expect(meeting.time?.start == 13 * 60 && meeting.time?.end == 15 * 60)
        }
        let people = plan.participants.filter { !$0.isBuiltIn && !$0.isGroup }
        #expect(people.allSatisfy { $0.facts.unit != nil && $0.facts.status != nil })
        #expect(people.filter { $0.facts.status == .confirmed }.count == 1, "the co-driver")
        // Dated, filled in and checked on a day before the start, it gives no calendar warning.
        let check = Checker.check(SourceFile(path: "p", text: text), today: CalendarDate(year: 2027, month: 7, day: 1))
        #expect(!check.diagnostics.contains { $0.code == "NP216" })
    }

    @Test func theStartIsTheFirstMondayFourWeeksAhead() {
        #expect(StarterPlan.start(after: CalendarDate(year: 2026, month: 12, day: 1)) == CalendarDate(year: 2027, month: 1, day: 4))
        #expect(StarterPlan.start(after: CalendarDate(year: 2027, month: 1, day: 4)) == CalendarDate(year: 2027, month: 2, day: 1))
        #expect(CalendarDate(dayNumber: CalendarDate(year: 2028, month: 2, day: 29).dayNumber) == CalendarDate(year: 2028, month: 2, day: 29))
        #expect(CalendarDate(year: 1970, month: 1, day: 1).weekday == 3, "a Thursday")
    }
}
