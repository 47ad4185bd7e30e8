import NetplanBase
import NetplanSyntax

/// What a name written in a plan stands for, as the resolver decided it.
public enum Referent: Hashable, Sendable {
    /// A participant or group, declared or built in: an index into `ResolvedPlan.participants`.
    case participant(Int)
    /// A competence: an index into `ResolvedPlan.diamond`.
    case competence(Int)
    /// A phase: an index into `ResolvedPlan.phases` (the first phase of that name).
    case phase(Int)
    /// A person named in a role (`leader`, `codriver`, `reference`) who is
    /// not a participant: the id of the name's NFC form in the record's `table`.
    case roleHolder(NameID)
    /// A built-in actor category after `kind` that no phase invites: the id of its NFC form.
    case category(NameID)
    /// Nothing: a name the resolver could not resolve. The id of the name's
    /// NFC form, in the namespace it was looked up in, so that the places of
    /// one unknown name can still be found together.
    case unresolved(ReferenceKind, NameID)
}

/// One place a name is written, with what it stands for.
public struct NameOccurrence: Hashable, Sendable {
    /// How the name is used there.
    public enum Use: Hashable, Sendable {
        /// `core|participant|group NAME`, `phase NAME`, or a name on the `diamond` line.
        case declaration
        /// After `invite`.
        case invite
        /// After `without`.
        case without
        /// After `via`.
        case via
        /// A `leader`, `codriver` or `reference` line.
        case role(RoleKind)
        /// A competence a participant brings (after `:`).
        case brings
        /// After `needs`.
        case needs
        /// After `kind` in a participant's declaration.
        case category
        /// After `in` on a meeting line.
        case meeting
    }

    public let name: Name
    /// The packed `use` (see `Packed`).
    private let useCode: UInt8
    /// The packed `referent`: its case, the reference kind of an unresolved
    /// name, and its index or name id.
    private let referentCase: UInt8
    private let referenceKind: UInt8
    private let statementIndex: UInt32
    private let referentValue: UInt32

    /// How the name is used there.
    public var use: Use { Packed.use(useCode) }
    /// What the name stands for.
    public var referent: Referent { Packed.referent(referentCase, referenceKind, referentValue) }
    /// The index of the statement holding it.
    public var statement: Int { Int(statementIndex) }
    /// The name's identity in the record's `table` (the id of its NFC form):
    /// two occurrences have the same id exactly when their names are the same name.
    public var id: NameID { name.table.canonical(name.id) }

    /// `id` is the name's identity in `table`, the record's table.
    package init(name: Name, id: NameID, referent: Referent, use: Use, statement: Int, table: NameTable) {
        self.name = name.table === table ? name : Name(id: id, range: name.range, isQuoted: name.isQuoted, in: table)
        self.useCode = Packed.code(use)
        (referentCase, referenceKind, referentValue) = Packed.code(referent)
        self.statementIndex = UInt32(clamping: statement)
    }

    public var range: SourceRange { name.range }
    public var isDeclaration: Bool { use == .declaration }
}

/// Every name occurrence of a plan with its referent, as go/types records
/// `Defs` and `Uses`: the one place that decides which names are the same.
/// Consumers (hover, definition, references, rename, completion) look names
/// up here and never compare names themselves.
public struct NameRecord: Sendable {
    /// In source order.
    public private(set) var occurrences: [NameOccurrence] = []
    /// Every name of the plan (and of the registers it uses), interned once.
    public private(set) var table = NameTable()

    package init(table: NameTable = NameTable()) { self.table = table }

    package mutating func add(
        _ name: Name, _ id: NameID, _ referent: Referent, _ use: NameOccurrence.Use, statement: Int
    ) {
        occurrences.append(NameOccurrence(name: name, id: id, referent: referent, use: use, statement: statement, table: table))
    }

    /// Sorts the occurrences by offset and keeps the table the ids belong
    /// to; called once by the resolver.
    /// Room for `count` entries, allocated once.
    mutating func reserveCapacity(_ count: Int) { occurrences.reserveCapacity(count) }

    mutating func finish(_ table: NameTable) {
        occurrences.sortInPlace(by: \.range.start)
        self.table = table
    }

    /// Every place a name is written, whatever it stands for, in source order.
    public func occurrences(named id: NameID) -> [NameOccurrence] {
        occurrences.filter { $0.id == id }
    }

    /// The name at a byte offset; a cursor just after a name still counts.
    public func occurrence(at offset: Int) -> NameOccurrence? {
        var low = 0
        var high = occurrences.count
        while low < high {  // the first occurrence ending at or after the offset
            let mid = (low + high) / 2
            if occurrences[mid].range.end < offset { low = mid + 1 } else { high = mid }
        }
        guard low < occurrences.count, occurrences[low].range.start <= offset else { return nil }
        return occurrences[low]
    }

    /// Every place a referent is written, in source order. One pass over
    /// the record: an index by referent would cost every check (the command
    /// line never asks), while an editor asks once per request.
    public func occurrences(of referent: Referent) -> [NameOccurrence] {
        occurrences.filter { $0.referent == referent }
    }

    /// The places a referent is declared (more than one for a duplicate), in source order.
    public func declarations(of referent: Referent) -> [NameOccurrence] {
        occurrences(of: referent).filter(\.isDeclaration)
    }
}
