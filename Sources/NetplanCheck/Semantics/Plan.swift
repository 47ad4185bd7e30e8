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
public struct Participant: Hashable, Sendable {
    public var name: String
    public var kind: ParticipantKind
    /// A built-in actor category (`Borgere`, ...) that was invited without a declaration.
    public var isBuiltIn: Bool
    /// The declared name's range; nil for a built-in group.
    public var nameRange: SourceRange?
    /// The declaring statement's range; nil for a built-in group.
    public var statementRange: SourceRange?
    /// Indices into the diamond of the competences brought (known ones only, no repeats).
    public var competences: IndexList
    /// Whether the declaration lists any competence at all (known or not).
    public var listsCompetences: Bool
    /// `via NAME` as written.
    public var via: Name?
    /// The participant `via` names, when it resolves.
    public var referrer: Int?
    /// Indices of the phases the participant is present in, in order.
    public var phases: IndexList
    /// The role whose holder `via` names, when that person is not declared
    /// as a participant: the leader, co-driver or reference leader who
    /// started this part of the relationship tour.
    public var referringRole: RoleKind? = nil
    /// `kind NAME` as written: the built-in actor category the declaration
    /// says the participant or group belongs to.
    public var category: Name? = nil
    /// Who they are: `unit`, `status`, `note`, `contact`.
    public var facts: PersonFacts {
        get { factsStorage.first ?? PersonFacts.none }
        set { factsStorage = newValue == PersonFacts.none ? [] : [newValue] }
    }
    /// The facts, in an array: empty (no room taken) for the many participants
    /// without any.
    private var factsStorage: [PersonFacts] = []
    /// The role of a person named in a role line and invited without a
    /// declaration of their own (`leader "Mette Holm"` ... `invite "Mette Holm"`).
    public var roleHolder: RoleKind? = nil

    package init(
        name: String, kind: ParticipantKind, isBuiltIn: Bool, nameRange: SourceRange?, statementRange: SourceRange?,
        competences: IndexList, listsCompetences: Bool, via: Name?, referrer: Int?, phases: IndexList,
        referringRole: RoleKind? = nil, category: Name? = nil
    ) {
        self.name = name
        self.kind = kind
        self.isBuiltIn = isBuiltIn
        self.nameRange = nameRange
        self.statementRange = statementRange
        self.competences = competences
        self.listsCompetences = listsCompetences
        self.via = via
        self.referrer = referrer
        self.phases = phases
        self.referringRole = referringRole
        self.category = category
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
    public var present: [Attendance]
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

/// The plan as the resolver understands it: every default applied, every
/// name looked up. Rules read this, never the syntax.
public struct ResolvedPlan: Sendable {
    public var tree: SyntaxTree
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

    public var source: SourceFile { tree.source }

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
