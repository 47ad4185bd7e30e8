import Testing
@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanSyntax
@testable import NetplanTesting

/// `PresenceList`: who is present in a phase, as a slice of one array shared
/// by every phase of a plan, read exactly as the array of attendances it replaces.
@Suite struct PresenceListTests {
    private static let attendances: [Attendance] = [
        Attendance(participant: 0, presence: .core), Attendance(participant: 3, presence: .core),
        Attendance(participant: 9, presence: .core), Attendance(participant: 7, presence: .invited),
        Attendance(participant: 1, presence: .invited), Attendance(participant: 40_000, presence: .invited),
    ]

    @Test(arguments: [0, 1, 3, 6])
    func readsAsTheArrayOfAttendances(count: Int) {
        let reference = Array(Self.attendances.prefix(count))
        let list = PresenceList(reference)
        #expect(Array(list) == reference)
        #expect(list.count == reference.count)
        #expect(list.isEmpty == reference.isEmpty)
        #expect(list.map(\.participant) == reference.map(\.participant))
        #expect(Array(list.prefix(2)) == Array(reference.prefix(2)))
        #expect(list.filter { $0.presence == .invited } == reference.filter { $0.presence == .invited })
        #expect(list == PresenceList(reference))
        #expect(list.hashValue == PresenceList(reference).hashValue)
        #expect(reference.indices.allSatisfy { list[$0] == reference[$0] })
    }

    @Test func presenceOfAParticipantIsFoundAsByAWalk() {
        let list = PresenceList(Self.attendances)
        for participant in [-1, 0, 1, 2, 3, 7, 8, 9, 10, 39_999, 40_000, 40_001] {
            #expect(
                list.presence(of: participant) == Self.attendances.first { $0.participant == participant }?.presence,
                "participant \(participant)")
        }
        #expect(PresenceList().presence(of: 0) == nil)
    }

    @Test func listsThatDifferAreNotEqual() {
        let core = Attendance(participant: 1, presence: .core)
        let invited = Attendance(participant: 1, presence: .invited)
        #expect(PresenceList([core]) != PresenceList([invited]))
        #expect(PresenceList([core]) != PresenceList([core, core]))
        #expect(PresenceList() == [])
    }

    /// Every phase of a resolved plan: its slice of the shared array reads
    /// back the attendances the resolver computed, in order, and `presence(of:)`
    /// agrees with a walk through them for every participant.
    @Test func aResolvedPlansPhasesReadTheirOwnSlices() {
        let text = """
            core Anne: faglighed
            core Bo: indsigt
            core Carl: ressourcer
            participant Dorte: handlekraft
            participant Erik: indsigt
            phase Opstart invite Erik, Dorte without Bo
            phase Idé invite Dorte, Bo, Anne
            phase Afslutning without Anne, Carl, Bo
            phase Drift invite Erik without Erik
            """
        let plan = Resolver.resolve(Parser.parse(SourceFile(path: "p.netplan", text: text)))
        let describe = { (phase: Phase) in phase.present.map { "\(plan.participants[$0.participant].name) \($0.presence)" } }
        #expect(plan.phases.map(describe) == [
            ["Anne core", "Carl core", "Erik invited", "Dorte invited"],
            ["Anne core", "Bo core", "Carl core", "Dorte invited"],
            [],
            ["Anne core", "Bo core", "Carl core"],
        ])
        for phase in plan.phases {
            for participant in plan.participants.indices {
                #expect(phase.present.presence(of: participant) == phase.present.first { $0.participant == participant }?.presence)
            }
        }
        #expect(plan.phases[1] != plan.phases[3])
    }

    @Test func aGeneratedPlansPresenceAgreesWithEachParticipantsPhases() {
        let text = PlanGenerator(seed: 5).healthyPlan(lines: 1_500).text
        let plan = Resolver.resolve(Parser.parse(SourceFile(path: "p.netplan", text: text)))
        for (index, participant) in plan.participants.enumerated() {
            let present = plan.phases.indices.filter { plan.phases[$0].present.presence(of: index) != nil }
            #expect(present == Array(participant.phases))
        }
        #expect(MemoryLayout<PresenceList>.stride <= 16)
    }
}
