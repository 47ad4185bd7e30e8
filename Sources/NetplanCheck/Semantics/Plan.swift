import NetplanBase
import NetplanSyntax

/// One competence of the diamond.
public struct Competence: Hashable, Sendable {
    public var name: String
    /// Where the `diamond` line names it; nil for the default diamond.
    public var range: SourceRange?
}

/// How a participant comes to be present in a phase.
public enum Presence: String, Hashable, Sendable {
    /// A core participant, present by default.
    case core
    /// Invited by the phase.
    case invited
}

/// A participant or group, declared or built in.
///
/// Kept small for a plan of many thousands of participants: the names are
/// ids in the plan's `NameTable` (the name, `via` and `kind` of one
/// participant share one reference to it), optional ranges are a range and
/// a bit, and the short lists are `IndexList`s. The properties read and
/// write as plain values.
public struct Participant: Hashable, Sendable {
    /// The table the names' ids belong to.
    private let table: NameTable
    private var nameID: NameID
    private var viaID = NameID(raw: 0)
    private var categoryID = NameID(raw: 0)
    private var referrerStorage: Int32 = -1
    private var nameRangeStorage = SourceRange(0, 0)
    private var statementRangeStorage = SourceRange(0, 0)
    private var viaRange = SourceRange(0, 0)
    private var categoryRange = SourceRange(0, 0)
    /// Indices into the diamond of the competences brought (known ones only, no repeats).
    public var competences: IndexList
    /// Indices of the phases the participant is present in, in order.
    public var phases: IndexList
    /// The facts, in an array: empty (no room taken) for the many participants
    /// without any.
    private var factsStorage: [PersonFacts] = []
    private var flags = Flags()
    public var kind: ParticipantKind
    /// The role whose holder `via` names, when that person is not declared
    /// as a participant: the leader, co-driver or reference leader who
    /// started this part of the relationship tour.
    public var referringRole: RoleKind? = nil
    /// The role of a person named in a role line and invited without a
    /// declaration of their own (`leader "Mette Holm"` ... `invite "Mette Holm"`).
    public var roleHolder: RoleKind? = nil

    private struct Flags: OptionSet, Hashable, Sendable {
        let rawValue: UInt16
        static let builtIn = Flags(rawValue: 1 << 0)
        static let listsCompetences = Flags(rawValue: 1 << 1)
        static let nameRange = Flags(rawValue: 1 << 2)
        static let statementRange = Flags(rawValue: 1 << 3)
        static let via = Flags(rawValue: 1 << 4)
        static let viaQuoted = Flags(rawValue: 1 << 5)
        static let category = Flags(rawValue: 1 << 6)
        static let categoryQuoted = Flags(rawValue: 1 << 7)
    }

    /// `names` is the plan's table; a table of its own when nil.
    package init(
        name: String, kind: ParticipantKind, isBuiltIn: Bool, nameRange: SourceRange?, statementRange: SourceRange?,
        competences: IndexList, listsCompetences: Bool, via: Name?, referrer: Int?, phases: IndexList,
        referringRole: RoleKind? = nil, category: Name? = nil, names: NameTable? = nil
    ) {
        let table = names ?? via?.table ?? category?.table ?? NameTable()
        self.table = table
        self.nameID = table.internWritten(name)
        self.kind = kind
        self.competences = competences
        self.phases = phases
        self.referringRole = referringRole
        self.isBuiltIn = isBuiltIn
        self.nameRange = nameRange
        self.statementRange = statementRange
        self.listsCompetences = listsCompetences
        self.via = via
        self.referrer = referrer
        self.category = category
    }

    public var name: String {
        get { table.text(nameID) }
        set { nameID = table.internWritten(newValue) }
    }
    /// A built-in actor category (`Borgere`, ...) that was invited without a declaration.
    public var isBuiltIn: Bool {
        get { flags.contains(.builtIn) }
        set { set(.builtIn, newValue) }
    }
    /// The declared name's range; nil for a built-in group.
    public var nameRange: SourceRange? {
        get { flags.contains(.nameRange) ? nameRangeStorage : nil }
        set { nameRangeStorage = newValue ?? SourceRange(0, 0); set(.nameRange, newValue != nil) }
    }
    /// The declaring statement's range; nil for a built-in group.
    public var statementRange: SourceRange? {
        get { flags.contains(.statementRange) ? statementRangeStorage : nil }
        set { statementRangeStorage = newValue ?? SourceRange(0, 0); set(.statementRange, newValue != nil) }
    }
    /// Whether the declaration lists any competence at all (known or not).
    public var listsCompetences: Bool {
        get { flags.contains(.listsCompetences) }
        set { set(.listsCompetences, newValue) }
    }
    /// `via NAME` as written.
    public var via: Name? {
        get { PackedName.name(viaID, viaRange, present: flags.contains(.via), quoted: flags.contains(.viaQuoted), in: table) }
        set { (viaID, viaRange) = store(newValue, .via, .viaQuoted) }
    }
    /// `kind NAME` as written: the built-in actor category the declaration
    /// says the participant or group belongs to.
    public var category: Name? {
        get {
            PackedName.name(
                categoryID, categoryRange, present: flags.contains(.category), quoted: flags.contains(.categoryQuoted),
                in: table)
        }
        set { (categoryID, categoryRange) = store(newValue, .category, .categoryQuoted) }
    }
    /// The participant `via` names, when it resolves.
    public var referrer: Int? {
        get { referrerStorage >= 0 ? Int(referrerStorage) : nil }
        set { referrerStorage = newValue.map { Int32(clamping: $0) } ?? -1 }
    }
    /// Who they are: `unit`, `status`, `note`, `contact`.
    public var facts: PersonFacts {
        get { factsStorage.first ?? PersonFacts.none }
        set { factsStorage = newValue == PersonFacts.none ? [] : [newValue] }
    }

    private mutating func set(_ flag: Flags, _ on: Bool) {
        if on { flags.insert(flag) } else { flags.remove(flag) }
    }

    /// A name's id (in this participant's table) and range, with its flags set.
    private mutating func store(_ name: Name?, _ present: Flags, _ quoted: Flags) -> (NameID, SourceRange) {
        let packed = PackedName(name, in: table)
        set(present, packed.isPresent)
        set(quoted, packed.isQuoted)
        return (packed.id, packed.range)
    }

    public static func == (a: Participant, b: Participant) -> Bool {
        a.kind == b.kind && a.flags == b.flags && a.name == b.name && a.nameRange == b.nameRange
            && a.statementRange == b.statementRange && a.competences == b.competences && a.phases == b.phases
            && a.via == b.via && a.category == b.category && a.referrer == b.referrer && a.facts == b.facts
            && a.referringRole == b.referringRole && a.roleHolder == b.roleHolder
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(nameRange)
        hasher.combine(competences)
        hasher.combine(phases)
    }

    public var isCore: Bool { kind == .core }
    public var isGroup: Bool { kind == .group }
    /// Declined (`status afslået`): still in the plan, but counted nowhere.
    public var isDeclined: Bool { factsStorage.first?.isDeclined == true }
    /// Whether the participant counts toward the core team, what the
    /// network brings and what a phase covers: everyone who has not declined.
    /// Every rule that counts people asks this one question.
    public var counts: Bool { !isDeclined }
}

/// One entry of a phase's presence list.
public struct Attendance: Hashable, Sendable {
    public var participant: Int
    public var presence: Presence
}

/// A need of a phase and who covers it.
public struct NeedCoverage: Hashable, Sendable {
    /// Index into the diamond.
    public var competence: Int
    /// The `needs` item's range.
    public var range: SourceRange
    /// Present participants who bring the competence.
    public var coveredBy: [Int]

    public var isCovered: Bool { !coveredBy.isEmpty }
}

/// A reference to a participant from a phase clause, resolved.
public struct ParticipantReference: Hashable, Sendable {
    public var participant: Int
    public var range: SourceRange
}

/// A phase, in the order written.
public struct Phase: Hashable, Sendable {
    public var name: String
    public var nameRange: SourceRange
    public var statementRange: SourceRange
    public var start: CalendarDate?
    public var end: CalendarDate?
    public var dates: DateSpan?
    public var invited: [ParticipantReference]
    public var without: [ParticipantReference]
    public var needs: [NeedCoverage]
    /// Who is present: core participants not left out, then the invited.
    public var present: PresenceList
    /// `for "..."` on the phase's invitations, in the order written.
    public var purposes: [Purpose] = []
    /// `note "..."` on the phase.
    public var note: String? = nil

    /// The purpose written for a participant in this phase, if any.
    public func purpose(of participant: Int) -> Purpose? { purposes.first { $0.participant == participant } }

    /// Competence indices needed but not covered.
    public var missing: [Int] { needs.filter { !$0.isCovered }.map(\.competence) }
}

/// What kind of thing a name should have named.
public enum ReferenceKind: String, Hashable, Sendable {
    /// A participant or group, after `invite`.
    case invitee
    /// A participant, after `without`.
    case participant
    /// A participant or group, after `via`.
    case referrer
    /// A competence, after `:`, `needs` or `diamond`.
    case competence
    /// A built-in actor category, after `kind` in a declaration.
    case category
    /// The phase after a meeting's `in`.
    case phase
}

/// A name that names nothing declared. The closest known name ("did you
/// mean") is not computed here but by `PlanSuggestions`, only for the
/// findings that are shown.
public struct UnresolvedReference: Hashable, Sendable {
    public var name: Name
    public var kind: ReferenceKind
}

/// What kind of declaration is repeated.
public enum DeclarationKind: String, Hashable, Sendable {
    case participant, phase, competence, role, network, diamond
}

/// A name declared twice.
public struct DuplicateDeclaration: Hashable, Sendable {
    public var kind: DeclarationKind
    public var name: String
    public var first: SourceRange
    public var second: SourceRange
}

/// A person named in a role.
public struct RoleAssignment: Hashable, Sendable {
    public var role: RoleKind
    public var name: Name
    public var statementRange: SourceRange
    /// The participant of the same name, if declared.
    public var participant: Int?
    /// `unit`, `status`, `note`, `contact` on the role line.
    public var facts = PersonFacts()
}

/// An `allow` clause at the end of a statement, and where that statement is.
public struct Allowance: Hashable, Sendable {
    /// The position of the statement among the tree's statements.
    public var statement: Int
    /// The whole statement: the findings the `allow` may silence lie in it.
    public var statementRange: SourceRange
    public var suppression: Suppression
}

/// The plan as the resolver understands it: every default applied, every
/// name looked up. Rules read this, never the syntax.
///
/// The plan does not keep the syntax tree: what the rules read of the
/// statements themselves (the `allow` clauses, where a finding about the
/// whole plan points, the status words as written) is recorded here, so the
/// tree can go once the plan is resolved.
public struct ResolvedPlan: Sendable {
    /// The file the plan was read from.
    public var source: SourceFile
    public var network: NetworkDecl?
    public var networkRange: SourceRange?
    public var roles: [RoleAssignment]
    public var diamond: [Competence]
    public var diamondIsDefault: Bool
    public var diamondRange: SourceRange?
    public var participants: [Participant]
    public var phases: [Phase]
    public var settings: [(statement: Int, setting: SettingDecl)]
    public var unresolved: [UnresolvedReference]
    public var duplicates: [DuplicateDeclaration]
    /// Every name written in the plan with what it stands for.
    public var names = NameRecord()
    /// The meetings, in the order written.
    public var meetings: [Meeting] = []
    /// The people and groups of the registers the plan uses (and its own `person` lines).
    public var register = Register()
    /// Participants whose facts or competences come from the register (by index).
    public var fromRegister: Set<Int> = []
    /// The `allow` clauses, in statement order.
    public var allowances: [Allowance] = []
    /// The keyword of the first `network` line, else of the first statement;
    /// nil for a file without statements.
    public var anchorKeyword: SourceRange?
    /// Every `status` word written on a declaration or role line (also on
    /// lines declared twice and on `person` lines), in statement order.
    public var statusWords: [Name] = []
    /// Whether the file is a register of people rather than a plan (`Workspace.isRegister`).
    public var isRegister = false
    /// A register's own `person` and `group` lines, in order; empty for a plan.
    public var registerEntries: [RegisterEntry] = []

    /// The person in a role, if named.
    public func role(_ kind: RoleKind) -> RoleAssignment? { roles.first { $0.role == kind } }

    /// Indices of core participants, in declaration order.
    public var coreParticipants: [Int] { participants.indices.filter { participants[$0].isCore } }

    /// Indices of core participants who count (have not declined), in declaration order.
    public var countedCore: [Int] { participants.indices.filter { participants[$0].isCore && participants[$0].counts } }

    /// The index of the participant or group with this name (one name in
    /// any canonically equivalent spelling, as the resolver compares them).
    public func participant(named name: String) -> Int? {
        let key = NameKey(name)
        return participants.firstIndex { NameKey($0.name) == key }
    }

    /// The index of the competence with this name.
    public func competence(named name: String) -> Int? {
        let key = NameKey(name)
        return diamond.firstIndex { NameKey($0.name) == key }
    }

    /// The index of the first phase with this name, as a meeting's `in` finds it.
    public func phase(named name: String) -> Int? {
        let key = NameKey(name)
        return phases.firstIndex { NameKey($0.name) == key }
    }
}
