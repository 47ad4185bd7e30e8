import NetplanBase
import NetplanSyntax

/// Role holders invited by name, and meetings.
extension Resolver {
    /// Makes the holder of a role a participant (involved as needed, with the
    /// role line's facts), when a phase invites them by name.
    mutating func addRoleHolder(_ key: NameKey) {
        guard participantIndex[key] == nil, let role = plan.roles.first(where: { NameKey($0.name.text) == key }) else {
            return
        }
        participantIndex[key] = plan.participants.count
        var participant = Participant(
            name: role.name.text, kind: .participant, isBuiltIn: false, nameRange: role.name.range,
            statementRange: role.statementRange, competences: [], listsCompetences: false, via: nil, referrer: nil,
            phases: [])
        participant.roleHolder = role.role
        participant.facts = role.facts
        plan.participants.append(participant)
    }

    // MARK: Meetings

    /// Each meeting's phase: the one named after `in`, or else the first
    /// phase whose dates hold the meeting's date.
    mutating func resolveMeetings() {
        for (statementIndex, statement) in tree.statements.enumerated() {
            guard case .meeting(let decl) = statement.kind else { continue }
            var meeting = Meeting(
                name: decl.name.text, nameRange: decl.name.range, statementRange: statement.range,
                date: decl.date?.value, dateRange: decl.date?.range, time: decl.time, phase: nil, phaseName: decl.phase,
                place: decl.place?.text, note: decl.note?.value.text)
            if let name = decl.phase {
                let key = NameKey(name.text)
                if let index = phaseIndex[key] {
                    meeting.phase = index
                    plan.names.add(name, .phase(index), .meeting, statement: statementIndex)
                } else {
                    plan.names.add(name, .unresolved(.phase, key.text), .meeting, statement: statementIndex)
                    plan.unresolved.append(UnresolvedReference(name: name, kind: .phase))
                }
            } else if let date = meeting.date {
                meeting.phase = plan.phases.firstIndex { phase in
                    guard let start = phase.start, let end = phase.end else { return false }
                    return start <= date && date <= end
                }
            }
            plan.meetings.append(meeting)
        }
    }
}
