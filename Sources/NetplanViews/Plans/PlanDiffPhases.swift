import NetplanBase
import NetplanCheck
import NetplanSyntax

extension PlanDiff {
    /// Phases that only changed their name: a phase gone from the old plan
    /// and a new one with the same dates and the same invitations. Each old
    /// phase pairs with at most one new phase, the first that matches.
    struct PhaseRenames {
        /// New name's key for each renamed old phase's key.
        var newKey: [NameKey: NameKey] = [:]
        var oldKey: [NameKey: NameKey] = [:]

        init(_ old: Snapshot, _ new: Snapshot) {
            let gone = old.phases.filter { new.phase($0.key) == nil }
            var added = new.phases.filter { old.phase($0.key) == nil }
            for phase in gone {
                let invited = Set(phase.invited.map(NameKey.init))
                guard
                    let match = added.firstIndex(where: {
                        $0.dates == phase.dates && Set($0.invited.map(NameKey.init)) == invited
                    })
                else { continue }
                newKey[phase.key] = added[match].key
                oldKey[added[match].key] = phase.key
                added.remove(at: match)
            }
        }
    }

    static func phases(_ old: Snapshot, _ new: Snapshot, _ renames: PhaseRenames) -> [PlanChange] {
        var changes: [PlanChange] = []
        for phase in new.phases where old.phase(phase.key) == nil && renames.oldKey[phase.key] == nil {
            changes.append(PlanChange(kind: .phaseAdded, subject: phase.name, new: phase.dates))
        }
        for phase in old.phases where new.phase(phase.key) == nil && renames.newKey[phase.key] == nil {
            changes.append(PlanChange(kind: .phaseRemoved, subject: phase.name, old: phase.dates))
        }
        for now in new.phases {
            let was: Snapshot.PhaseFacts
            if let same = old.phase(now.key) {
                was = same
            } else if let key = renames.oldKey[now.key], let renamed = old.phase(key) {
                was = renamed
                changes.append(PlanChange(kind: .phaseRenamed, subject: now.name, old: renamed.name, new: now.name))
            } else {
                continue
            }
            changes += phase(was, now)
        }
        return changes
    }

    /// What changed inside one phase that is in both plans.
    static func phase(_ was: Snapshot.PhaseFacts, _ now: Snapshot.PhaseFacts) -> [PlanChange] {
        var changes: [PlanChange] = []
        let subject = now.name
        if was.dates != now.dates {
            changes.append(PlanChange(kind: .phaseRedated, subject: subject, old: was.dates, new: now.dates))
        }
        changes += listed(was.invited, now.invited, phase: subject, added: .invited, removed: .uninvited)
        changes += listed(was.without, now.without, phase: subject, added: .leftOut, removed: .takenBackIn)
        let oldPurposes = Dictionary(was.purposes.map { (NameKey($0.name), $0.text) }, uniquingKeysWith: { first, _ in first })
        let newPurposes = Dictionary(now.purposes.map { (NameKey($0.name), $0.text) }, uniquingKeysWith: { first, _ in first })
        var seen: Set<NameKey> = []
        for (name, _) in now.purposes + was.purposes {
            let key = NameKey(name)
            guard seen.insert(key).inserted, oldPurposes[key] != newPurposes[key] else { continue }
            // An invitation added or removed with its purpose is said once, by the invitation.
            let invitedBefore = was.invited.contains { NameKey($0) == key }
            let invitedNow = now.invited.contains { NameKey($0) == key }
            guard invitedBefore == invitedNow else { continue }
            changes.append(
                PlanChange(kind: .purposeChanged, subject: name, phase: subject, old: oldPurposes[key], new: newPurposes[key]))
        }
        if Set(was.needs.map(NameKey.init)) != Set(now.needs.map(NameKey.init)) {
            changes.append(
                PlanChange(
                    kind: .phaseNeedsChanged, subject: subject, old: was.needs.joined(separator: ", "),
                    new: now.needs.joined(separator: ", ")))
        }
        if was.note != now.note {
            changes.append(PlanChange(kind: .phaseNoteChanged, subject: subject, old: was.note, new: now.note))
        }
        return changes
    }

    /// Names added to and removed from a phase's list (`invite`, `without`).
    static func listed(
        _ old: [String], _ new: [String], phase: String, added: PlanChange.Kind, removed: PlanChange.Kind
    ) -> [PlanChange] {
        let oldKeys = Set(old.map(NameKey.init)), newKeys = Set(new.map(NameKey.init))
        var changes: [PlanChange] = []
        var seen: Set<NameKey> = []
        for name in new where !oldKeys.contains(NameKey(name)) && seen.insert(NameKey(name)).inserted {
            changes.append(PlanChange(kind: added, subject: name, phase: phase))
        }
        for name in old where !newKeys.contains(NameKey(name)) && seen.insert(NameKey(name)).inserted {
            changes.append(PlanChange(kind: removed, subject: name, phase: phase))
        }
        return changes
    }

    static func meetings(_ old: Snapshot, _ new: Snapshot, _ renames: PhaseRenames) -> [PlanChange] {
        var changes: [PlanChange] = []
        for meeting in new.meetings where old.meeting(meeting.key) == nil {
            changes.append(PlanChange(kind: .meetingAdded, subject: meeting.name, phase: meeting.phase, new: meeting.when))
        }
        for meeting in old.meetings where new.meeting(meeting.key) == nil {
            changes.append(PlanChange(kind: .meetingCancelled, subject: meeting.name, phase: meeting.phase, old: meeting.when))
        }
        for now in new.meetings {
            guard let was = old.meeting(now.key) else { continue }
            if was.when != now.when {
                changes.append(PlanChange(kind: .meetingMoved, subject: now.name, old: was.when, new: now.when))
            }
            // A meeting in a phase that was only renamed has not moved.
            let oldPhase = was.phase.map { name in
                renames.newKey[NameKey(name)].flatMap { new.phase($0)?.name } ?? name
            }
            if NameKey(oldPhase ?? "") != NameKey(now.phase ?? "") {
                changes.append(PlanChange(kind: .meetingPhaseChanged, subject: now.name, old: was.phase, new: now.phase))
            }
            if was.place != now.place {
                changes.append(PlanChange(kind: .meetingPlaceChanged, subject: now.name, old: was.place, new: now.place))
            }
        }
        return changes
    }
}
