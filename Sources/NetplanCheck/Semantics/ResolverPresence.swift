import NetplanBase
import NetplanSyntax

/// Who is present in each phase, and who covers each need.
extension Resolver {
    /// Core participants not left out, then the invited, for every phase, in
    /// one `PresenceList` store; each need's coverage; each participant's phases.
    mutating func computePresence() {
        let core = plan.coreParticipants
        // `mark[p] == stamp` means p is already present in the phase being
        // computed: one array for all phases instead of a set per phase.
        var mark = [Int](repeating: -1, count: plan.participants.count)
        var left = [Int](repeating: -1, count: plan.participants.count)
        // `needed[c] == phase` means the phase needs competence c, as its need number `slot[c]`.
        var needed = [Int](repeating: -1, count: plan.diamond.count)
        var slot = [Int](repeating: 0, count: plan.diamond.count)
        // Every participant's competences in one array, participant p's from
        // `firstCompetence[p]` up to `firstCompetence[p + 1]`: read in the
        // loop below without retaining an array per participant.
        var allCompetences: [Int] = []
        var firstCompetence: [Int] = [0]
        firstCompetence.reserveCapacity(plan.participants.count + 1)
        for participant in plan.participants {
            allCompetences += participant.competences
            firstCompetence.append(allCompetences.count)
        }
        // Every phase's attendances, one slice after the other in one store.
        var presence = PresenceList.Builder(capacity: plan.phases.count * core.count)
        var slices: [(start: UInt32, count: UInt32)] = []
        slices.reserveCapacity(plan.phases.count)
        for phaseIndex in plan.phases.indices {
            for reference in plan.phases[phaseIndex].without { left[reference.participant] = phaseIndex }
            for index in core where left[index] != phaseIndex {
                mark[index] = phaseIndex
                presence.append(Attendance(participant: index, presence: .core))
            }
            // `without` wins over `invite`: a person both invited and left out is not present.
            for reference in plan.phases[phaseIndex].invited
            where mark[reference.participant] != phaseIndex && left[reference.participant] != phaseIndex {
                mark[reference.participant] = phaseIndex
                presence.append(Attendance(participant: reference.participant, presence: .invited))
            }
            let present = presence.current
            // Coverage: each present participant's competences are looked at
            // once, not once per need.
            if !plan.phases[phaseIndex].needs.isEmpty {
                for (needIndex, need) in plan.phases[phaseIndex].needs.enumerated() {
                    needed[need.competence] = phaseIndex
                    slot[need.competence] = needIndex
                }
                var covered = [[Int]](repeating: [], count: plan.phases[phaseIndex].needs.count)
                var tests = 0
                for entry in present {
                    let participant = PresenceList.attendance(entry).participant
                    guard !plan.participants[participant].isDeclined else { continue }
                    tests += firstCompetence[participant + 1] - firstCompetence[participant]
                    for position in firstCompetence[participant]..<firstCompetence[participant + 1] {
                        let competence = allCompetences[position]
                        if needed[competence] == phaseIndex { covered[slot[competence]].append(participant) }
                    }
                }
                for (needIndex, coveredBy) in covered.enumerated() {
                    plan.phases[phaseIndex].needs[needIndex].coveredBy = coveredBy
                }
                WorkProbe.add(.coverageTest, tests)
            }
            for entry in present {
                plan.participants[PresenceList.attendance(entry).participant].phases.append(phaseIndex)
            }
            slices.append(presence.endSlice())
        }
        let store = presence.finish()
        for (phaseIndex, slice) in zip(plan.phases.indices, slices) {
            plan.phases[phaseIndex].present = PresenceList.Builder.list(slice, in: store)
        }
    }
}
