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
    /// What kind of statement a record is.
    public enum Tag: UInt8, Hashable, Sendable {
        case network, role, diamond, participant, phase, meeting, setting, use, error
    }

    private static let noSuppression = UInt32.max

    @usableFromInline var records: [StatementRecord] = []
    @usableFromInline var networkColumn = Column<NetworkDecl>()
    @usableFromInline var roleColumn = Column<RoleDecl>()
    @usableFromInline var diamondColumn = Column<DiamondDecl>()
    @usableFromInline var participantColumn = Column<ParticipantDecl>()
    @usableFromInline var phaseColumn = Column<PhaseDecl>()
    @usableFromInline var meetingColumn = Column<MeetingDecl>()
    @usableFromInline var settingColumn = Column<SettingDecl>()
    @usableFromInline var useColumn = Column<UseDecl>()
    @usableFromInline var errorColumn = Column<ErrorNode>()
    /// The `allow` clauses, each with its statement's position.
    @usableFromInline var suppressionColumn = Column<Suppression>()

    public init() {}

    /// A list of the given statements, in order.
    public init<S: Sequence>(_ statements: S) where S.Element == Statement {
        for statement in statements { append(statement) }
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { records.count }

    /// The statement at `position`, as the parser read it.
    public subscript(position: Int) -> Statement {
        let record = records[position]
        let index = Int(record.index)
        let kind: Statement.Kind
        switch record.tag {
        case .network: kind = .network(networkColumn.items[index])
        case .role: kind = .role(roleColumn.items[index])
        case .diamond: kind = .diamond(diamondColumn.items[index])
        case .participant: kind = .participant(participantColumn.items[index])
        case .phase: kind = .phase(phaseColumn.items[index])
        case .meeting: kind = .meeting(meetingColumn.items[index])
        case .setting: kind = .setting(settingColumn.items[index])
        case .use: kind = .use(useColumn.items[index])
        case .error: kind = .error(errorColumn.items[index])
        }
        return Statement(kind: kind, keyword: record.keyword, range: record.range, suppression: suppression(at: position))
    }

    /// The kind of the statement at `position` and the index of its
    /// declaration in the view of that kind (`participants`, `phases`, ...):
    /// a pass over every statement in order reads only the declarations it needs.
    @inlinable public func place(of position: Int) -> (tag: Tag, index: Int) {
        let record = records[position]
        return (record.tag, Int(record.index))
    }

    /// The range of the statement's leading keyword.
    @inlinable public func keyword(at position: Int) -> SourceRange { records[position].keyword }

    /// The range of the whole statement.
    @inlinable public func range(at position: Int) -> SourceRange { records[position].range }

    /// The `allow` clause at the end of the statement, if any.
    public func suppression(at position: Int) -> Suppression? {
        let index = records[position].suppression
        return index == Self.noSuppression ? nil : suppressionColumn.items[Int(index)]
    }

    /// Whether the statement at `position` is an error node, without reading its declaration.
    @inlinable public func isError(at position: Int) -> Bool { records[position].tag == .error }

    // MARK: Typed views, one per kind

    @inlinable public var networks: Declarations<NetworkDecl> { view(networkColumn) }
    @inlinable public var roles: Declarations<RoleDecl> { view(roleColumn) }
    @inlinable public var diamonds: Declarations<DiamondDecl> { view(diamondColumn) }
    @inlinable public var participants: Declarations<ParticipantDecl> { view(participantColumn) }
    @inlinable public var phases: Declarations<PhaseDecl> { view(phaseColumn) }
    @inlinable public var meetings: Declarations<MeetingDecl> { view(meetingColumn) }
    @inlinable public var settings: Declarations<SettingDecl> { view(settingColumn) }
    @inlinable public var uses: Declarations<UseDecl> { view(useColumn) }
    @inlinable public var errors: Declarations<ErrorNode> { view(errorColumn) }
    /// The `allow` clauses, in the order written, each with its statement.
    @inlinable public var suppressions: Declarations<Suppression> { view(suppressionColumn) }

    @inlinable func view<Declaration>(_ column: Column<Declaration>) -> Declarations<Declaration> {
        Declarations(column: column, records: records)
    }

    /// Adds a statement at the end.
    public mutating func append(_ statement: consuming Statement) {
        let tag: Tag
        let index: Int
        let position = records.count
        switch statement.kind {
        case .network(let decl): (tag, index) = (.network, networkColumn.add(decl, at: position))
        case .role(let decl): (tag, index) = (.role, roleColumn.add(decl, at: position))
        case .diamond(let decl): (tag, index) = (.diamond, diamondColumn.add(decl, at: position))
        case .participant(let decl): (tag, index) = (.participant, participantColumn.add(decl, at: position))
        case .phase(let decl): (tag, index) = (.phase, phaseColumn.add(decl, at: position))
        case .meeting(let decl): (tag, index) = (.meeting, meetingColumn.add(decl, at: position))
        case .setting(let decl): (tag, index) = (.setting, settingColumn.add(decl, at: position))
        case .use(let decl): (tag, index) = (.use, useColumn.add(decl, at: position))
        case .error(let node): (tag, index) = (.error, errorColumn.add(node, at: position))
        }
        let suppression = statement.suppression.map {
            UInt32(truncatingIfNeeded: suppressionColumn.add($0, at: position))
        }
        records.append(
            StatementRecord(
                keyword: statement.keyword, range: statement.range, index: UInt32(truncatingIfNeeded: index),
                suppression: suppression ?? Self.noSuppression, tag: tag))
    }

    /// Frees the room the arrays grew into beyond what they hold (the parser's last step).
    package mutating func trim() {
        records = Parser.trimmed(records)
        networkColumn.trim()
        roleColumn.trim()
        diamondColumn.trim()
        participantColumn.trim()
        phaseColumn.trim()
        meetingColumn.trim()
        settingColumn.trim()
        useColumn.trim()
        errorColumn.trim()
        suppressionColumn.trim()
    }

    /// The bytes the arrays hold room for, and the bytes they use (for the tests of a compact tree).
    package var storage: (capacity: Int, used: Int) {
        func bytes<Element>(_ array: [Element]) -> (Int, Int) {
            (array.capacity * MemoryLayout<Element>.stride, array.count * MemoryLayout<Element>.stride)
        }
        let all = [
            bytes(records), networkColumn.bytes, roleColumn.bytes, diamondColumn.bytes, participantColumn.bytes,
            phaseColumn.bytes, meetingColumn.bytes, settingColumn.bytes, useColumn.bytes, errorColumn.bytes,
            suppressionColumn.bytes,
        ]
        return (all.reduce(0) { $0 + $1.0 }, all.reduce(0) { $0 + $1.1 })
    }

    /// The size of one statement's record, whatever its kind.
    package static var recordStride: Int { MemoryLayout<StatementRecord>.stride }
}

/// One statement: 28 bytes, whatever its kind.
@usableFromInline struct StatementRecord: Hashable, Sendable {
    @usableFromInline var keyword: SourceRange
    @usableFromInline var range: SourceRange
    /// The declaration's index in the column of its kind.
    @usableFromInline var index: UInt32
    /// The index of its `allow` clause in the column of suppressions, or `UInt32.max`.
    @usableFromInline var suppression: UInt32
    @usableFromInline var tag: StatementList.Tag
}

/// The declarations of one kind, and the positions of their statements.
@usableFromInline struct Column<Declaration: Hashable & Sendable>: Hashable, Sendable {
    @usableFromInline var items: [Declaration] = []
    @usableFromInline var positions: [UInt32] = []

    @usableFromInline init() {}

    /// Adds the declaration of the statement at `position`; returns its index.
    mutating func add(_ item: Declaration, at position: Int) -> Int {
        items.append(item)
        positions.append(UInt32(truncatingIfNeeded: position))
        return items.count - 1
    }

    mutating func trim() {
        items = Parser.trimmed(items)
        positions = Parser.trimmed(positions)
    }

    /// The bytes the arrays hold room for, and the bytes they use.
    var bytes: (Int, Int) {
        let item = MemoryLayout<Declaration>.stride, position = MemoryLayout<UInt32>.stride
        return (items.capacity * item + positions.capacity * position, items.count * item + positions.count * position)
    }
}

/// One declaration read from a typed view, with its statement.
public struct Declared<Declaration> {
    /// The statement's position in the tree's `StatementList`.
    public let position: Int
    /// The range of the statement's leading keyword.
    public let keyword: SourceRange
    /// The range of the whole statement.
    public let range: SourceRange
    public let declaration: Declaration

    @inlinable init(position: Int, keyword: SourceRange, range: SourceRange, declaration: Declaration) {
        self.position = position
        self.keyword = keyword
        self.range = range
        self.declaration = declaration
    }
}

/// The declarations of one kind of statement, in the order written: what a
/// pass over one kind reads, without building a `Statement` for the others.
public struct Declarations<Declaration: Hashable & Sendable>: RandomAccessCollection, Sendable {
    @usableFromInline let column: Column<Declaration>
    @usableFromInline let records: [StatementRecord]

    @inlinable init(column: Column<Declaration>, records: [StatementRecord]) {
        self.column = column
        self.records = records
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { column.items.count }

    @inlinable public subscript(index: Int) -> Declared<Declaration> {
        let position = Int(column.positions[index])
        let record = records[position]
        return Declared(position: position, keyword: record.keyword, range: record.range, declaration: column.items[index])
    }
}
