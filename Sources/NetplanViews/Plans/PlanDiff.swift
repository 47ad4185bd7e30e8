import NetplanBase
import NetplanCheck
import NetplanSyntax

/// One change in a plan's meaning between two versions: a person added, a
/// status changed, a phase re-dated, a finding gone. Values are kept
/// language-neutral (a status or kind in its English word, dates as
/// `2027-06-01`), so the JSON is the same whichever `--lang` is used;
/// `PlanDiff.sentence` turns a change into a line of minutes.
public struct PlanChange: Hashable, Sendable {
    /// What changed. The raw values are the `change` field of the JSON.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case networkRenamed = "network-renamed"
        case networkKindChanged = "network-kind-changed"
        case roleChanged = "role-changed"
        case personAdded = "person-added"
        case personRemoved = "person-removed"
        case kindChanged = "kind-changed"
        case competencesChanged = "competences-changed"
        case unitChanged = "unit-changed"
        case statusChanged = "status-changed"
        case noteChanged = "note-changed"
        case contactChanged = "contact-changed"
        case phaseAdded = "phase-added"
        case phaseRemoved = "phase-removed"
        case phaseRenamed = "phase-renamed"
        case phaseRedated = "phase-redated"
        case phaseNeedsChanged = "phase-needs-changed"
        case phaseNoteChanged = "phase-note-changed"
        case invited = "invited"
        case uninvited = "uninvited"
        case leftOut = "left-out"
        case takenBackIn = "taken-back-in"
        case purposeChanged = "purpose-changed"
        case meetingAdded = "meeting-added"
        case meetingCancelled = "meeting-cancelled"
        case meetingMoved = "meeting-moved"
        case meetingPhaseChanged = "meeting-phase-changed"
        case meetingPlaceChanged = "meeting-place-changed"
        case findingAppeared = "finding-appeared"
        case findingResolved = "finding-resolved"

        /// The part of the minutes the change belongs to.
        public var area: PlanChange.Area {
            switch self {
            case .networkRenamed, .networkKindChanged, .roleChanged: return .network
            case .personAdded, .personRemoved, .kindChanged, .competencesChanged, .unitChanged, .statusChanged,
                .noteChanged, .contactChanged:
                return .people
            case .phaseAdded, .phaseRemoved, .phaseRenamed, .phaseRedated, .phaseNeedsChanged, .phaseNoteChanged,
                .invited, .uninvited, .leftOut, .takenBackIn, .purposeChanged:
                return .phases
            case .meetingAdded, .meetingCancelled, .meetingMoved, .meetingPhaseChanged, .meetingPlaceChanged:
                return .meetings
            case .findingAppeared, .findingResolved: return .findings
            }
        }
    }

    /// The parts of the minutes, in the order they are written.
    public enum Area: String, Hashable, Sendable, CaseIterable {
        case network, people, phases, meetings, findings
    }

    public var kind: Kind
    /// Who or what changed: a person or group, a phase, a meeting, a role
    /// (`leader`), the network, or a finding's code.
    public var subject: String
    /// The phase of an invitation, a `without` or a purpose.
    public var phase: String? = nil
    /// The value before and after, when the change has one.
    public var old: String? = nil
    public var new: String? = nil
    /// A finding's severity and message (in both languages).
    public var severity: Severity? = nil
    public var message: Text? = nil
}

/// What changed in a plan's meaning between two checked versions. Names are
/// compared as the resolver compares them (`NameKey`: one name in any
/// canonically equivalent spelling), so layout, comments, the order of
/// lines and NFC/NFD spellings are never a change. Findings are compared by
/// code and message, never by position.
public enum PlanDiff {
    /// One side of the comparison: a checked plan, or nothing (a file that
    /// was added or deleted).
    public struct Side: Sendable {
        public var plan: ResolvedPlan?
        public var findings: [Diagnostic]

        public init(_ result: CheckResult?) {
            plan = result?.plan
            findings = result?.diagnostics ?? []
        }
    }

    /// Every change from `old` to `new`, in the order of the minutes.
    public static func changes(from old: CheckResult?, to new: CheckResult?) -> [PlanChange] {
        changes(from: Side(old), to: Side(new))
    }

    public static func changes(from old: Side, to new: Side) -> [PlanChange] {
        let before = old.plan.map(Snapshot.init) ?? Snapshot.empty
        let after = new.plan.map(Snapshot.init) ?? Snapshot.empty
        var changes: [PlanChange] = []
        changes += network(before, after)
        changes += people(before, after)
        let renames = PhaseRenames(before, after)
        changes += phases(before, after, renames)
        changes += meetings(before, after, renames)
        changes += findings(old.findings, new.findings)
        return changes
    }

    // MARK: network and roles

    static func network(_ old: Snapshot, _ new: Snapshot) -> [PlanChange] {
        var changes: [PlanChange] = []
        if NameKey(old.networkName ?? "") != NameKey(new.networkName ?? "") {
            changes.append(PlanChange(kind: .networkRenamed, subject: "network", old: old.networkName, new: new.networkName))
        }
        if NameKey(old.networkKind ?? "") != NameKey(new.networkKind ?? "") {
            changes.append(
                PlanChange(kind: .networkKindChanged, subject: "network", old: old.networkKind, new: new.networkKind))
        }
        for role in RoleKind.allCases {
            let was = old.roles[role], now = new.roles[role]
            if NameKey(was ?? "") != NameKey(now ?? "") {
                changes.append(PlanChange(kind: .roleChanged, subject: role.rawValue, old: was, new: now))
            }
        }
        return changes
    }

    // MARK: people

    static func people(_ old: Snapshot, _ new: Snapshot) -> [PlanChange] {
        var changes: [PlanChange] = []
        for person in new.people where old.person(person.key) == nil {
            changes.append(PlanChange(kind: .personAdded, subject: person.name, new: person.kind.rawValue))
        }
        for person in old.people where new.person(person.key) == nil {
            changes.append(PlanChange(kind: .personRemoved, subject: person.name, old: person.kind.rawValue))
        }
        for now in new.people {
            guard let was = old.person(now.key) else { continue }
            func change(_ kind: PlanChange.Kind, _ old: String?, _ new: String?) {
                guard old != new else { return }
                changes.append(PlanChange(kind: kind, subject: now.name, old: old, new: new))
            }
            change(.kindChanged, was.kind.rawValue, now.kind.rawValue)
            if Set(was.competences.map(NameKey.init)) != Set(now.competences.map(NameKey.init)) {
                change(.competencesChanged, was.competences.joined(separator: ", "), now.competences.joined(separator: ", "))
            }
            change(.unitChanged, was.facts.unit, now.facts.unit)
            change(.statusChanged, was.status, now.status)
            change(.noteChanged, was.facts.note, now.facts.note)
            change(.contactChanged, was.facts.contact, now.facts.contact)
        }
        return changes
    }

    // MARK: findings

    /// Findings compared by code and message: a finding that only moved to
    /// another line is the same finding.
    static func findings(_ old: [Diagnostic], _ new: [Diagnostic]) -> [PlanChange] {
        func key(_ finding: Diagnostic) -> String { finding.code + "\u{0}" + NameKey(finding.message.en).text }
        func counts(_ findings: [Diagnostic]) -> [String: Int] {
            findings.reduce(into: [:]) { $0[key($1), default: 0] += 1 }
        }
        var oldLeft = counts(old), newLeft = counts(new)
        var changes: [PlanChange] = []
        for finding in new {
            let k = key(finding)
            if let count = oldLeft[k], count > 0 {
                oldLeft[k] = count - 1
            } else {
                changes.append(
                    PlanChange(
                        kind: .findingAppeared, subject: finding.code, severity: finding.severity,
                        message: finding.message))
            }
        }
        for finding in old {
            let k = key(finding)
            if let count = newLeft[k], count > 0 {
                newLeft[k] = count - 1
            } else {
                changes.append(
                    PlanChange(
                        kind: .findingResolved, subject: finding.code, severity: finding.severity,
                        message: finding.message))
            }
        }
        return changes
    }
}
