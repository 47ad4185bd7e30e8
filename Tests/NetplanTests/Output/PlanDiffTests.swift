import Foundation
import Testing

@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanViews

/// `PlanDiff`: each kind of change in a plan's meaning, and what is never a
/// change (layout, comments, order, NFC/NFD spellings of one name).
@Suite struct PlanDiffTests {
    static let base = """
        network "Ensomhed" kind velfærdsnetværk
        leader "Mette Holm"
        codriver "Jonas Berg"
        reference "Lise Dam"
        core "Karin Wulff": faglighed unit "Sundhed" status kontaktet note "sygeplejerske" contact "kawu@example.dk"
        core Bo: handlekraft status bekræftet
        core Carl: ressourcer status bekræftet
        core Dorte: indsigt status bekræftet
        participant Erik: indsigt status foreslået
        phase Opstart from 2027-03-01 to 2027-03-31
        phase Test from 2027-05-01 to 2027-08-31: invite Erik for "afprøver", Borgere for "fortæller" needs indsigt
        meeting Kickoff on 2027-03-03 13.00-15.00 in Opstart place "Rådhuset"
        """

    func changes(_ old: String, _ new: String) -> [PlanChange] {
        PlanDiff.changes(from: TestSupport.check(old), to: TestSupport.check(new))
    }

    /// The plan with `old` replaced by `new` (which must be there).
    func edited(_ old: String, _ new: String) -> String {
        #expect(Self.base.contains(old), "the base plan has no `\(old)`")
        return Self.base.replacingOccurrences(of: old, with: new)
    }

    func kinds(_ changes: [PlanChange]) -> [PlanChange.Kind] { changes.map(\.kind) }

    /// The changes to the plan itself, without the findings that follow from them.
    func planKinds(_ changes: [PlanChange]) -> [PlanChange.Kind] {
        changes.filter { $0.kind.area != .findings }.map(\.kind)
    }

    @Test func theSamePlanHasNoChanges() {
        #expect(changes(Self.base, Self.base).isEmpty)
    }

    @Test func layoutCommentsAndOrderAreNoChange() {
        var lines = Self.base.components(separatedBy: "\n")
        lines.swapAt(5, 7)
        let relaid = "# Referat fra mødet\n\n" + lines.joined(separator: "\n\n").replacingOccurrences(of: ": ", with: ":   ")
            + "  # sidste linje\n"
        #expect(changes(Self.base, relaid).isEmpty)
    }

    @Test func theSameNameInNFCAndNFDIsNoChange() {
        let nfc = Self.base.replacingOccurrences(of: "Dorte", with: "Andr\u{E9}")
        let nfd = Self.base.replacingOccurrences(of: "Dorte", with: "Andre\u{301}")
        #expect(changes(nfc, nfd).isEmpty)
    }

    @Test func aPersonAddedAndRemoved() {
        let result = changes(Self.base, edited("core Dorte: indsigt status bekræftet", "core Eva: indsigt status bekræftet"))
        #expect(kinds(result) == [.personAdded, .personRemoved])
        #expect(PlanDiff.sentence(result[0]).da == "Ny kernedeltager: Eva")
        #expect(PlanDiff.sentence(result[1]).en == "Dorte is no longer in the plan (was a core participant)")
    }

    @Test func statusKindCompetencesUnitNoteAndContact() {
        let new = edited(
            "core \"Karin Wulff\": faglighed unit \"Sundhed\" status kontaktet note \"sygeplejerske\" contact \"kawu@example.dk\"",
            "participant \"Karin Wulff\": faglighed, indsigt unit \"Ældre\" status bekræftet note \"leder\" contact \"kw@example.dk\"")
        let result = changes(Self.base, new)
        #expect(
            planKinds(result) == [.kindChanged, .competencesChanged, .unitChanged, .statusChanged, .noteChanged, .contactChanged])
        let status = result.first { $0.kind == .statusChanged }
        #expect(status.map { PlanDiff.sentence($0).da } == "Karin Wulff er nu bekræftet (var kontaktet)")
        #expect(status?.old == "contacted" && status?.new == "confirmed")
        let kind = result.first { $0.kind == .kindChanged }
        #expect(kind.map { PlanDiff.sentence($0).da } == "Karin Wulff er nu deltager, der inddrages løbende (var kernedeltager)")
    }

    @Test func competencesInAnotherOrderAreNoChange() {
        let a = edited("core Bo: handlekraft", "core Bo: handlekraft, indsigt")
        let b = edited("core Bo: handlekraft", "core Bo: indsigt, handlekraft")
        #expect(changes(a, b).isEmpty)
    }

    @Test func aPhaseReDated() {
        let result = changes(Self.base, edited("Test from 2027-05-01 to 2027-08-31", "Test from 2027-06-01 to 2027-09-30"))
        #expect(kinds(result) == [.phaseRedated])
        #expect(PlanDiff.sentence(result[0]).da == "Fasen Test er flyttet til 2027-06-01 – 2027-09-30 (var 2027-05-01 – 2027-08-31)")
    }

    @Test func aPhaseRenamedKeepsItsMeetingsAndIsOneChange() {
        var new = edited("phase Opstart from", "phase Start from")
        new = new.replacingOccurrences(of: "in Opstart", with: "in Start")
        let result = changes(Self.base, new)
        #expect(kinds(result) == [.phaseRenamed])
        #expect(PlanDiff.sentence(result[0]).da == "Fasen Opstart hedder nu Start")
    }

    @Test func aPhaseWithOtherDatesAndANewNameIsRemovedAndAdded() {
        let result = changes(Self.base, edited("phase Opstart from 2027-03-01", "phase Start from 2027-02-01"))
        #expect(Set(kinds(result)).isSuperset(of: [.phaseAdded, .phaseRemoved]))
        #expect(!kinds(result).contains(.phaseRenamed))
    }

    @Test func invitationsWithoutPurposesAndNeeds() {
        let new = edited(
            "invite Erik for \"afprøver\", Borgere for \"fortæller\" needs indsigt",
            "invite Borgere for \"fortæller om hverdagen\", Politikere for \"beslutter\" without Bo needs indsigt, handlekraft")
        let result = changes(Self.base, new)
        #expect(planKinds(result) == [.invited, .uninvited, .leftOut, .purposeChanged, .phaseNeedsChanged])
        #expect(result[0].subject == "Politikere" && result[0].phase == "Test")
        #expect(PlanDiff.sentence(result[2]).da == "Bo er nu holdt ude af fasen Test")
        #expect(PlanDiff.sentence(result[3]).da == "Borgere er nu med i fasen Test for \"fortæller om hverdagen\" (før: \"fortæller\")")
        let back = changes(new, Self.base)
        #expect(kinds(back).contains(.takenBackIn))
    }

    @Test func meetingsAddedMovedAndCancelled() {
        let moved = edited("Kickoff on 2027-03-03 13.00-15.00 in Opstart place \"Rådhuset\"", "Kickoff on 2027-03-04 13.00-15.00 in Opstart place \"Biblioteket\"")
        #expect(kinds(changes(Self.base, moved)) == [.meetingMoved, .meetingPlaceChanged])
        let renamed = edited("meeting Kickoff", "meeting Startmøde")
        let result = changes(Self.base, renamed)
        #expect(kinds(result) == [.meetingAdded, .meetingCancelled])
        #expect(PlanDiff.sentence(result[1]).da == "Mødet Kickoff er aflyst den 2027-03-03 13.00-15.00")
        let otherPhase = edited("13.00-15.00 in Opstart", "13.00-15.00 in Test")
        #expect(planKinds(changes(Self.base, otherPhase)) == [.meetingPhaseChanged])
    }

    @Test func aMeetingTimeWrittenDifferentlyIsNoChange() {
        let short = edited("13.00-15.00", "9.00-11.00")
        let padded = edited("13.00-15.00", "09.00-11.00")
        #expect(changes(short, padded).isEmpty)
    }

    @Test func findingsAreComparedByCodeAndMessageNotPosition() {
        // Dorte declined: the core team drops to three, a warning appears.
        let declined = edited("core Dorte: indsigt status bekræftet", "core Dorte: indsigt status afslået")
        let result = changes(Self.base, declined)
        #expect(result.contains { $0.kind == .findingAppeared })
        let moved = "\n\n# flyttet ned\n" + declined
        #expect(changes(declined, moved).isEmpty)
    }

    @Test func aPlanAddedFromNothingListsEveryoneAndNoFindingsOfTheEmptySide() {
        let result = PlanDiff.changes(from: nil, to: TestSupport.check(Self.base))
        #expect(result.filter { $0.kind == .personAdded }.count == 5)
        #expect(!result.contains { $0.kind == .findingResolved })
    }

    @Test func theRolesAndTheNetwork() {
        let new = edited("leader \"Mette Holm\"", "leader \"Hanne Juul\"").replacingOccurrences(
            of: "\"Ensomhed\"", with: "\"Ensomhed blandt ældre\"")
        let result = changes(Self.base, new)
        #expect(kinds(result).prefix(2) == [.networkRenamed, .roleChanged])
        #expect(PlanDiff.sentence(result[1]).da == "Netværksleder er nu Hanne Juul (før: Mette Holm)")
    }

    @Test func theJSONHasTheSameKeysForEveryChange() throws {
        let result = changes(Self.base, edited("status kontaktet", "status bekræftet"))
        let json = PlanDiff.json(result, old: "a", new: "b", language: .danish).serialized()
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let list = try #require(object["changes"] as? [[String: Any]])
        #expect(list.count == 1)
        #expect(Set(list[0].keys) == ["change", "area", "subject", "phase", "old", "new", "severity", "message", "text"])
        #expect(list[0]["change"] as? String == "status-changed")
        #expect(list[0]["text"] as? String == "Karin Wulff er nu bekræftet (var kontaktet)")
    }

    @Test func namesCannotBreakTheMarkdownOrTheTerminal() {
        let change = PlanChange(kind: .personAdded, subject: "A|*b*\u{1B}[2J", new: "core")
        let markdown = PlanDiff.markdown([change], old: "a", new: "b", language: .english)
        #expect(markdown.contains("A\\|\\*b\\*"))
        #expect(!markdown.contains("\u{1B}"))
        #expect(!PlanDiff.text([change], old: "a", new: "b", language: .english).contains("\u{1B}"))
    }
}
