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
    package private(set) var entries: [NameKey: RegisterEntry] = [:]
    /// The names in the order the registers write them.
    package private(set) var order: [NameKey] = []

    public init() {}

    /// Whether there is nothing in it.
    public var isEmpty: Bool { entries.isEmpty }

    /// Every entry, in the order the registers write them.
    public var all: [RegisterEntry] { order.compactMap { entries[$0] } }

    package func entry(_ key: NameKey) -> RegisterEntry? { entries[key] }

    /// The entry for a name, compared like every name (composed and decomposed accents are one name).
    public func entry(named name: String) -> RegisterEntry? { entries[NameKey(name)] }

    /// Adds an entry unless the name is there already; returns the one that was there.
    @discardableResult
    package mutating func add(_ entry: RegisterEntry) -> RegisterEntry? {
        let key = NameKey(entry.name)
        if let existing = entries[key] { return existing }
        entries[key] = entry
        order.append(key)
        return nil
    }

    /// Adds what `other` holds that this one does not.
    package mutating func merge(_ other: Register) {
        for entry in other.all { add(entry) }
    }

    /// The `person` and `group` lines of a parsed file.
    package static func entries(of tree: SyntaxTree) -> [RegisterEntry] {
        tree.statements.compactMap { statement in
            guard case .participant(let decl) = statement.kind, decl.kind == .person || decl.kind == .group else {
                return nil
            }
            return RegisterEntry(
                name: decl.name.text, kind: decl.kind, competences: decl.competences.names.map(\.text),
                attributes: decl.attributes, path: tree.source.path, nameRange: decl.name.range)
        }
    }
}
