import NetplanBase
import NetplanSyntax

/// One `person` or `group` of a register, as the register writes it.
public struct RegisterEntry: Hashable, Sendable {
    public var name: String
    /// `.person` or `.group`.
    public var kind: ParticipantKind
    /// The competences as written (resolved against each plan's diamond).
    public var competences: [String]
    /// `unit`, `status`, `note`, `contact` as written in the register.
    public var attributes: [Attribute]
    /// The register file and where the name is written in it.
    public var path: String
    public var nameRange: SourceRange
}

/// The people and groups a plan may name without declaring them: those of
/// every register it uses, directly or through other registers. The first
/// entry of a name counts (duplicates are the register's own finding).
public struct Register: Sendable {
    /// The table the entries' names are interned in: the workspace's, which
    /// the plans that use the register share, so register and plan have one
    /// identity for each name.
    package let names: NameTable
    /// The entries in the order the registers write them.
    private var list: [RegisterEntry] = []
    /// By name id (of the NFC form): the entry's position in `list`.
    private var position: [NameID: Int32] = [:]

    /// An empty register whose names go into `names`.
    public init(names: NameTable = NameTable()) { self.names = names }

    /// The same entries, their names interned in `table` (itself when it uses that table already).
    package func rekeyed(into table: NameTable) -> Register {
        guard table !== names else { return self }
        var register = Register(names: table)
        for entry in list { register.add(entry) }
        return register
    }

    /// Whether there is nothing in it.
    public var isEmpty: Bool { list.isEmpty }

    /// Every entry, in the order the registers write them.
    public var all: [RegisterEntry] { list }

    /// The entry of a name id (of an NFC form) of `names`.
    package func entry(_ id: NameID) -> RegisterEntry? {
        position[id].map { list[Int($0)] }
    }

    /// The entry for a name, compared like every name (composed and decomposed accents are one name).
    public func entry(named name: String) -> RegisterEntry? { names.id(of: name).flatMap(entry) }

    /// Adds an entry unless the name is there already; returns the one that was there.
    @discardableResult
    package mutating func add(_ entry: RegisterEntry) -> RegisterEntry? {
        let id = names.intern(entry.name)
        if let existing = self.entry(id) { return existing }
        position[id] = Int32(truncatingIfNeeded: list.count)
        list.append(entry)
        return nil
    }

    /// Adds what `other` holds that this one does not.
    package mutating func merge(_ other: Register) {
        for entry in other.all { add(entry) }
    }

    /// The `person` and `group` lines of a parsed file.
    package static func entries(of tree: SyntaxTree) -> [RegisterEntry] {
        tree.statements.participants.compactMap { declared in
            let decl = declared.declaration
            guard decl.kind == .person || decl.kind == .group else { return nil }
            return RegisterEntry(
                name: decl.name.text, kind: decl.kind, competences: decl.competences.names.map(\.text),
                attributes: decl.attributes, path: tree.source.path, nameRange: decl.name.range)
        }
    }
}
