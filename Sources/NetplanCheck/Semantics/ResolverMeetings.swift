import NetplanBase
import NetplanSyntax

/// Role holders invited by name, and meetings.
extension Resolver {
    /// Makes the holder of a role a participant (involved as needed, with the
    /// role line's facts), when a phase invites them by name.
    mutating func addRoleHolder(_ key: NameID) {
        guard participantIndex[key] == nil, let role = roleIDs.firstIndex(of: key).map({ plan.roles[$0] }) else { return }
        participantIndex[key] = plan.participants.count
        var participant = Participant(
            name: role.name.text, kind: .participant, isBuiltIn: false, nameRange: role.name.range,
            statementRange: role.statementRange, competences: [], listsCompetences: false, via: nil, referrer: nil,
            phases: [], names: names)
        participant.roleHolder = role.role
        participant.facts = role.facts
        plan.participants.append(participant)
    }

    // MARK: Meetings

    /// Each meeting's phase: the one named after `in`, or else the first
    /// phase whose dates hold the meeting's date.
    mutating func resolveMeetings() {
        for declared in tree.statements.meetings {
            let (statementIndex, decl) = (declared.position, declared.declaration)
            var meeting = Meeting(
                name: decl.name.text, nameRange: decl.name.range, statementRange: declared.range,
                date: decl.date?.value, dateRange: decl.date?.range, time: decl.time, phase: nil, phaseName: decl.phase,
                place: decl.place?.text, note: decl.note?.value.text, placeRange: decl.place?.range,
                noteRange: decl.note?.value.range)
            if let name = decl.phase {
                let key = key(name)
                if let index = phaseIndex[key] {
                    meeting.phase = index
                    plan.names.add(name, key, .phase(index), .meeting, statement: statementIndex)
                } else {
                    plan.names.add(name, key, .unresolved(.phase, key), .meeting, statement: statementIndex)
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
