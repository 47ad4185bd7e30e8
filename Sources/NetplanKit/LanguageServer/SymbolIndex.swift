/// What a name in a plan stands for, for navigation, hover and rename.
struct SymbolKey: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// A participant or group (one namespace, as in the resolver).
        case participant
        case phase
        case competence
    }

    var kind: Kind
    /// The name's value (quotes and escapes removed).
    var name: String

    // Names are identified by their bytes, as the resolver does: two
    // spellings of `é` (composed and decomposed) are two names.
    static func == (a: SymbolKey, b: SymbolKey) -> Bool {
        a.kind == b.kind && a.name.utf8.elementsEqual(b.name.utf8)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        for byte in name.utf8 { hasher.combine(byte) }
    }
}

/// One place a name is written.
struct Occurrence: Sendable {
    enum Role: Hashable, Sendable {
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
    }

    var key: SymbolKey
    var name: Name
    var role: Role
    /// The index of the statement holding it.
    var statement: Int

    var isDeclaration: Bool { role == .declaration }
    var range: SourceRange { name.range }
}

/// Every name of a plan with what it stands for, in source order.
struct SymbolIndex: Sendable {
    private(set) var occurrences: [Occurrence] = []

    init(tree: SyntaxTree) {
        for (index, statement) in tree.statements.enumerated() {
            func add(_ kind: SymbolKey.Kind, _ name: Name, _ role: Occurrence.Role) {
                occurrences.append(
                    Occurrence(key: SymbolKey(kind: kind, name: name.text), name: name, role: role, statement: index))
            }
            switch statement.kind {
            case .participant(let decl):
                add(.participant, decl.name, .declaration)
                for name in decl.competences.names { add(.competence, name, .brings) }
                if let via = decl.via { add(.participant, via, .via) }
            case .role(let decl):
                add(.participant, decl.name, .role(decl.role))
            case .diamond(let decl):
                for name in decl.competences.names { add(.competence, name, .declaration) }
            case .phase(let decl):
                add(.phase, decl.name, .declaration)
                for clause in decl.clauses {
                    for name in clause.items.names {
                        switch clause.kind {
                        case .invite: add(.participant, name, .invite)
                        case .without: add(.participant, name, .without)
                        case .needs: add(.competence, name, .needs)
                        }
                    }
                }
            case .network, .setting, .error:
                break
            }
        }
        occurrences.sort { $0.range.start < $1.range.start }
    }

    /// The name at a byte offset; a cursor just after a name still counts.
    func occurrence(at offset: Int) -> Occurrence? {
        var low = 0
        var high = occurrences.count
        while low < high {  // the first occurrence ending at or after the offset
            let mid = (low + high) / 2
            if occurrences[mid].range.end < offset { low = mid + 1 } else { high = mid }
        }
        guard low < occurrences.count, occurrences[low].range.start <= offset else { return nil }
        return occurrences[low]
    }

    /// Every place a symbol is written, in source order.
    func occurrences(of key: SymbolKey) -> [Occurrence] {
        occurrences.filter { $0.key == key }
    }

    /// The places a symbol is declared (more than one for a duplicate).
    func declarations(of key: SymbolKey) -> [Occurrence] {
        occurrences.filter { $0.key == key && $0.isDeclaration }
    }
}
