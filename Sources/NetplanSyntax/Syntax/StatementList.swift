import NetplanBase

/// The statements of a tree, in the order written.
///
/// Each statement is a fixed-size record (its kind, its two ranges, where its
/// declaration is and where its `allow` clause is) in one array, and each
/// declaration sits in the array of its kind. A plan of many thousands of
/// lines has one array per kind of statement, not a box on the heap per
/// declaration. Reading a statement gives the `Statement` value that the
/// rules, views, formatter and language server match on.
public struct StatementList: RandomAccessCollection, Hashable, Sendable {
    private enum Tag: UInt8, Hashable, Sendable {
        case network, role, diamond, participant, phase, meeting, setting, use, error
    }

    /// One statement: 28 bytes, whatever its kind.
    private struct Record: Hashable, Sendable {
        var keyword: SourceRange
        var range: SourceRange
        /// The declaration's index in the array of its kind.
        var index: UInt32
        /// The index of its `allow` clause in `suppressions`, or `noSuppression`.
        var suppression: UInt32
        var tag: Tag
    }

    private static let noSuppression = UInt32.max

    private var records: [Record] = []
    private var networks: [NetworkDecl] = []
    private var roles: [RoleDecl] = []
    private var diamonds: [DiamondDecl] = []
    private var participants: [ParticipantDecl] = []
    private var phases: [PhaseDecl] = []
    private var meetings: [MeetingDecl] = []
    private var settings: [SettingDecl] = []
    private var uses: [UseDecl] = []
    private var errors: [ErrorNode] = []
    private var suppressions: [Suppression] = []

    public init() {}

    /// A list of the given statements, in order.
    public init<S: Sequence>(_ statements: S) where S.Element == Statement {
        for statement in statements { append(statement) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { records.count }

    /// The statement at `position`, as the parser read it.
    public subscript(position: Int) -> Statement {
        let record = records[position]
        let index = Int(record.index)
        let kind: Statement.Kind
        switch record.tag {
        case .network: kind = .network(networks[index])
        case .role: kind = .role(roles[index])
        case .diamond: kind = .diamond(diamonds[index])
        case .participant: kind = .participant(participants[index])
        case .phase: kind = .phase(phases[index])
        case .meeting: kind = .meeting(meetings[index])
        case .setting: kind = .setting(settings[index])
        case .use: kind = .use(uses[index])
        case .error: kind = .error(errors[index])
        }
        let suppression = record.suppression == Self.noSuppression ? nil : suppressions[Int(record.suppression)]
        return Statement(kind: kind, keyword: record.keyword, range: record.range, suppression: suppression)
    }

    /// Whether the statement at `position` is an error node, without reading its declaration.
    public func isError(at position: Int) -> Bool { records[position].tag == .error }

    /// Adds a statement at the end.
    public mutating func append(_ statement: Statement) {
        let tag: Tag
        let index: Int
        switch statement.kind {
        case .network(let decl): (tag, index) = (.network, Self.add(decl, to: &networks))
        case .role(let decl): (tag, index) = (.role, Self.add(decl, to: &roles))
        case .diamond(let decl): (tag, index) = (.diamond, Self.add(decl, to: &diamonds))
        case .participant(let decl): (tag, index) = (.participant, Self.add(decl, to: &participants))
        case .phase(let decl): (tag, index) = (.phase, Self.add(decl, to: &phases))
        case .meeting(let decl): (tag, index) = (.meeting, Self.add(decl, to: &meetings))
        case .setting(let decl): (tag, index) = (.setting, Self.add(decl, to: &settings))
        case .use(let decl): (tag, index) = (.use, Self.add(decl, to: &uses))
        case .error(let node): (tag, index) = (.error, Self.add(node, to: &errors))
        }
        let suppression = statement.suppression.map { UInt32(truncatingIfNeeded: Self.add($0, to: &suppressions)) }
        records.append(
            Record(
                keyword: statement.keyword, range: statement.range, index: UInt32(truncatingIfNeeded: index),
                suppression: suppression ?? Self.noSuppression, tag: tag))
    }

    private static func add<Element>(_ element: Element, to array: inout [Element]) -> Int {
        array.append(element)
        return array.count - 1
    }

    /// Frees the room the arrays grew into beyond what they hold (the parser's last step).
    package mutating func trim() {
        records = Parser.trimmed(records)
        networks = Parser.trimmed(networks)
        roles = Parser.trimmed(roles)
        diamonds = Parser.trimmed(diamonds)
        participants = Parser.trimmed(participants)
        phases = Parser.trimmed(phases)
        meetings = Parser.trimmed(meetings)
        settings = Parser.trimmed(settings)
        uses = Parser.trimmed(uses)
        errors = Parser.trimmed(errors)
        suppressions = Parser.trimmed(suppressions)
    }

    /// The bytes the arrays hold room for, and the bytes they use (for the tests of a compact tree).
    package var storage: (capacity: Int, used: Int) {
        func bytes<Element>(_ array: [Element]) -> (Int, Int) {
            (array.capacity * MemoryLayout<Element>.stride, array.count * MemoryLayout<Element>.stride)
        }
        let all = [
            bytes(records), bytes(networks), bytes(roles), bytes(diamonds), bytes(participants), bytes(phases),
            bytes(meetings), bytes(settings), bytes(uses), bytes(errors), bytes(suppressions),
        ]
        return (all.reduce(0) { $0 + $1.0 }, all.reduce(0) { $0 + $1.1 })
    }

    /// The size of one statement's record, whatever its kind.
    package static var recordStride: Int { MemoryLayout<Record>.stride }
}
