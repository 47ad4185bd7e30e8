import NetplanBase

/// `core|participant|group NAME [: C, ...] [via NAME]`
///
/// Kept small (a plan of many thousands of lines is mostly these): the
/// name, `via` and `kind` share one reference to their table, and optional
/// ranges take a range's 8 bytes. The properties read and write as plain values.
public struct ParticipantDecl: Hashable, Sendable {
    public var kind: ParticipantKind
    public var name: Name {
        get { Name(id: nameID, range: nameRange, isQuoted: flags.contains(.nameQuoted), in: table) }
        set {
            if newValue.table !== table {
                // `via` and `kind` move to the new name's table with it.
                let (via, category) = (self.via, self.category)
                table = newValue.table
                (self.via, self.category) = (via, category)
            }
            nameID = newValue.id
            nameRange = newValue.range
            set(.nameQuoted, newValue.isQuoted)
        }
    }
    public var colon: SourceRange? {
        get { colonStorage.value }
        set { colonStorage = OptionalRange(newValue) }
    }
    public var competences: NameList
    public var viaKeyword: SourceRange? {
        get { viaKeywordStorage.value }
        set { viaKeywordStorage = OptionalRange(newValue) }
    }
    public var via: Name? {
        get { optionalName(viaID, viaRange, .via, .viaQuoted) }
        set { (viaID, viaRange) = store(newValue, .via, .viaQuoted) }
    }
    /// `kind NAME`: the built-in actor category the participant or group
    /// belongs to (`group Seniorrådet: indsigt kind Borgere`).
    public var categoryKeyword: SourceRange? {
        get { categoryKeywordStorage.value }
        set { categoryKeywordStorage = OptionalRange(newValue) }
    }
    public var category: Name? {
        get { optionalName(categoryID, categoryRange, .category, .categoryQuoted) }
        set { (categoryID, categoryRange) = store(newValue, .category, .categoryQuoted) }
    }
    /// `unit`, `status`, `note`, `contact`, each at most once, in the order written.
    public var attributes: [Attribute] = []

    /// The table of the name (and of `via` and `kind`, interned there if written in another).
    private var table: NameTable
    private var nameID: NameID
    private var viaID = NameID(raw: 0)
    private var categoryID = NameID(raw: 0)
    private var nameRange: SourceRange
    private var viaRange = SourceRange(0, 0)
    private var categoryRange = SourceRange(0, 0)
    private var colonStorage = OptionalRange(nil)
    private var viaKeywordStorage = OptionalRange(nil)
    private var categoryKeywordStorage = OptionalRange(nil)
    private var flags = Flags()

    private struct Flags: OptionSet, Hashable, Sendable {
        let rawValue: UInt8
        static let nameQuoted = Flags(rawValue: 1 << 0)
        static let via = Flags(rawValue: 1 << 1)
        static let viaQuoted = Flags(rawValue: 1 << 2)
        static let category = Flags(rawValue: 1 << 3)
        static let categoryQuoted = Flags(rawValue: 1 << 4)
    }

    public init(
        kind: ParticipantKind, name: Name, colon: SourceRange?, competences: NameList, viaKeyword: SourceRange?,
        via: Name?, categoryKeyword: SourceRange? = nil, category: Name? = nil, attributes: [Attribute] = []
    ) {
        self.kind = kind
        self.table = name.table
        self.nameID = name.id
        self.nameRange = name.range
        self.competences = competences
        self.attributes = attributes
        set(.nameQuoted, name.isQuoted)
        self.colon = colon
        self.viaKeyword = viaKeyword
        self.via = via
        self.categoryKeyword = categoryKeyword
        self.category = category
    }

    private func optionalName(_ id: NameID, _ range: SourceRange, _ present: Flags, _ quoted: Flags) -> Name? {
        PackedName.name(id, range, present: flags.contains(present), quoted: flags.contains(quoted), in: table)
    }

    private mutating func set(_ flag: Flags, _ on: Bool) {
        if on { flags.insert(flag) } else { flags.remove(flag) }
    }

    /// A name's id in `table` and its range, with its flags set.
    private mutating func store(_ name: Name?, _ present: Flags, _ quoted: Flags) -> (NameID, SourceRange) {
        let packed = PackedName(name, in: table)
        set(present, packed.isPresent)
        set(quoted, packed.isQuoted)
        return (packed.id, packed.range)
    }

    public static func == (a: ParticipantDecl, b: ParticipantDecl) -> Bool {
        a.kind == b.kind && a.name == b.name && a.colon == b.colon && a.competences == b.competences
            && a.viaKeyword == b.viaKeyword && a.via == b.via && a.categoryKeyword == b.categoryKeyword
            && a.category == b.category && a.attributes == b.attributes
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(name)
        hasher.combine(competences)
        hasher.combine(via)
    }
}
