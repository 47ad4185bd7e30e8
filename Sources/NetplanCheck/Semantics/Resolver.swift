import NetplanBase
import NetplanSyntax

/// Builds the resolved plan from a syntax tree: the diamond (declared or the
/// default), participants, built-in groups that are used, phases in order,
/// who is present in each phase, and referrals. Unknown and duplicate names
/// are recorded as data; rules turn them into diagnostics.
public struct Resolver {
    let tree: SyntaxTree
    /// The workspace's names: the tree's table, which its registers share.
    let names: NameTable
    var participantIndex = NameIndex()
    var competenceIndex = NameIndex()
    /// The id of each role line's name, in the order of `plan.roles`.
    var roleIDs: [NameID] = []
    /// `kind NAME` of the declarations, recorded once every built-in group used is known.
    private var pendingCategories: [(name: Name, statement: Int)] = []
    /// The first phase of each name: its index among the phases.
    var phaseIndex = NameIndex()
    var plan: ResolvedPlan

    /// Resolves a parsed plan.
    public static func resolve(_ tree: SyntaxTree) -> ResolvedPlan {
        resolve(tree, register: Register(names: tree.names))
    }

    /// Resolves a parsed plan whose undeclared names may come from the
    /// registers it uses (see `ResolverRegister.swift`).
    public static func resolve(_ tree: SyntaxTree, register: Register) -> ResolvedPlan {
        var resolver = Resolver(tree: tree)
        resolver.plan.register = register.rekeyed(into: tree.names)
        for entry in Register.entries(of: tree) where entry.kind == .person { resolver.plan.register.add(entry) }
        resolver.run()
        return resolver.plan
    }

    private init(tree: SyntaxTree) {
        self.tree = tree
        self.names = tree.names
        self.plan = ResolvedPlan(
            source: tree.source, network: nil, networkRange: nil, roles: [], diamond: [], diamondIsDefault: true,
            diamondRange: nil, participants: [], phases: [], settings: [], unresolved: [], duplicates: [])
        self.plan.names = NameRecord(table: tree.names)
    }

    private mutating func run() {
        let counts = PlanCounts(tree)
        plan.participants.reserveCapacity(counts.participants)
        plan.phases.reserveCapacity(counts.phases)
        plan.names.reserveCapacity(counts.names)
        declareDiamond()
        declareEverythingElse()
        resolveParticipants()
        resolvePhases()
        recordCategories()
        computePresence()
        resolveMeetings()
        recordStatementFacts()
        plan.names.finish(names)
    }

    // MARK: Declarations (order does not matter, so these come first)

    private mutating func declareEverythingElse() {
        // Each phase's name range, by its index among the phases.
        var phaseRanges: [SourceRange] = []
        var roleNames: [(name: Name, role: RoleKind, statement: Int)] = []
        var personNames: [NameID: SourceRange] = [:]
        let statements = tree.statements
        let (networks, roles, participants) = (statements.networks, statements.roles, statements.participants)
        let (phases, settings) = (statements.phases, statements.settings)
        // One pass in the order written (the first declaration of a name
        // counts), reading from each kind's view only the declarations it needs.
        for index in statements.indices {
            let (tag, item) = statements.place(of: index)
            switch tag {
            case .network:
                let decl = networks[item].declaration
                let range = statements.range(at: index)
                if let first = plan.networkRange {
                    plan.duplicates.append(
                        DuplicateDeclaration(kind: .network, name: decl.name.text, first: first, second: range))
                } else {
                    plan.network = decl
                    plan.networkRange = range
                }
            case .role:
                let decl = roles[item].declaration
                roleNames.append((decl.name, decl.role, index))
                if let first = plan.roles.first(where: { $0.role == decl.role }) {
                    plan.duplicates.append(
                        DuplicateDeclaration(
                            kind: .role, name: decl.role.rawValue, first: first.statementRange,
                            second: statements.range(at: index)))
                } else {
                    roleIDs.append(key(decl.name))
                    plan.roles.append(
                        RoleAssignment(
                            role: decl.role, name: decl.name, statementRange: statements.range(at: index),
                            participant: nil, facts: PersonFacts(decl.attributes)))
                }
            case .participant where participants[item].declaration.kind == .person:
                let decl = participants[item].declaration
                // A `person` line is a register entry, not a participant: the plan makes them one.
                // Its name once, and its competences from the diamond, are checked here.
                let key = key(decl.name)
                if let first = personNames[key] {
                    plan.duplicates.append(
                        DuplicateDeclaration(kind: .participant, name: decl.name.text, first: first, second: decl.name.range))
                } else {
                    personNames[key] = decl.name.range
                }
                for name in decl.competences.names { _ = resolveCompetence(name, at: index, .brings) }
            case .participant:
                let decl = participants[item].declaration
                let id = key(decl.name)
                if let existing = participantIndex[id] {
                    plan.names.add(decl.name, id, .participant(existing), .declaration, statement: index)
                    plan.duplicates.append(
                        DuplicateDeclaration(
                            kind: .participant, name: decl.name.text,
                            first: plan.participants[existing].nameRange ?? decl.name.range,
                            second: decl.name.range))
                    continue
                }
                participantIndex[id] = plan.participants.count
                plan.names.add(decl.name, id, .participant(plan.participants.count), .declaration, statement: index)
                var participant = Participant(
                    name: decl.name.text, kind: decl.kind, isBuiltIn: false, nameRange: decl.name.range,
                    statementRange: statements.range(at: index), competences: [],
                    listsCompetences: !decl.competences.names.isEmpty, via: decl.via, referrer: nil,
                    phases: [], names: names)
                participant.facts = PersonFacts(decl.attributes)
                plan.participants.append(participant)
                takeFromRegister(decl, id, participant: plan.participants.count - 1)
            case .phase:
                let decl = phases[item].declaration
                let id = key(decl.name)
                if let first = phaseIndex[id] {
                    plan.names.add(decl.name, id, .phase(first), .declaration, statement: index)
                    plan.duplicates.append(
                        DuplicateDeclaration(
                            kind: .phase, name: decl.name.text, first: phaseRanges[first], second: decl.name.range))
                } else {
                    phaseIndex[id] = phaseRanges.count
                    plan.names.add(decl.name, id, .phase(phaseRanges.count), .declaration, statement: index)
                }
                phaseRanges.append(decl.name.range)
            case .setting:
                plan.settings.append((statement: index, setting: settings[item].declaration))
            case .diamond, .error, .meeting, .use:
                break
            }
        }
        for index in plan.roles.indices {
            plan.roles[index].participant = participantIndex[roleIDs[index]]
        }
        for (name, role, statement) in roleNames {
            let id = key(name)
            let referent: Referent = participantIndex[id].map { .participant($0) } ?? .roleHolder(id)
            plan.names.add(name, id, referent, .role(role), statement: statement)
        }
    }

    // MARK: References

    private mutating func resolveParticipants() {
        // `seen[c] == p` means participant p already brings competence c: one
        // array for all participants instead of a search of the list per name.
        var seen = [Int](repeating: -1, count: plan.diamond.count)
        for declared in tree.statements.participants where declared.declaration.kind != .person {
            let (statementIndex, decl) = (declared.position, declared.declaration)
            if let category = decl.category { pendingCategories.append((category, statementIndex)) }
            let id = key(decl.name)
            guard let index = participantIndex[id], plan.participants[index].nameRange == decl.name.range
            else {
                // A duplicate: its first declaration counts, but its names are still recorded.
                for name in decl.competences.names {
                    _ = resolveCompetence(name, at: statementIndex, .brings, reporting: false)
                }
                if let via = decl.via { _ = resolveVia(via, at: statementIndex, reporting: false) }
                continue
            }
            var competences = IndexList()
            for name in decl.competences.names {
                if let competence = resolveCompetence(name, at: statementIndex, .brings), seen[competence] != index {
                    seen[competence] = index
                    competences.append(competence)
                }
            }
            if decl.colon == nil, decl.competences.names.isEmpty, let entry = plan.register.entry(id) {
                competences = registerCompetences(entry)
            }
            plan.participants[index].competences = competences
            if let category = decl.category {
                if BuiltInGroups.contains(category.text) {
                    plan.participants[index].category = category
                } else {
                    plan.unresolved.append(UnresolvedReference(name: category, kind: .category))
                }
            }
            if let via = decl.via {
                switch resolveVia(via, at: statementIndex) {
                case .role(let role): plan.participants[index].referringRole = role
                case .participant(let referrer): plan.participants[index].referrer = referrer
                case nil: break
                }
            }
        }
    }

    private enum ViaTarget { case role(RoleKind), participant(Int) }

    /// The participant `via` names, or the role of a person who is not a participant.
    private mutating func resolveVia(_ via: Name, at statement: Int, reporting: Bool = true) -> ViaTarget? {
        let key = key(via)
        // The leader, co-driver or reference leader often points the way
        // without being a participant themselves: that is a valid
        // referral, from the root of the relationship tour.
        if participantIndex[key] == nil, let role = roleIDs.firstIndex(of: key).map({ plan.roles[$0] }) {
            plan.names.add(via, key, .roleHolder(key), .via, statement: statement)
            return .role(role.role)
        }
        return resolveParticipant(via, kind: .referrer, at: statement, .via, reporting: reporting).map { .participant($0) }
    }

    /// `kind NAME` of every declaration: the built-in group when a phase invites it, else the category.
    private mutating func recordCategories() {
        for (name, statement) in pendingCategories {
            let key = key(name)
            let text = names.text(key)
            if let index = participantIndex[key], plan.participants[index].isBuiltIn {
                plan.names.add(name, key, .participant(index), .category, statement: statement)
            } else if BuiltInGroups.contains(text) {
                plan.names.add(name, key, .category(key), .category, statement: statement)
            } else {
                plan.names.add(name, key, .unresolved(.category, key), .category, statement: statement)
            }
        }
    }

    private mutating func resolvePhases() {
        // Built-in groups that any phase invites exist before `without` is
        // resolved, so `without Borgere` means the same above or below the
        // phase that invites them.
        let phases = tree.statements.phases
        for declared in phases {
            let decl = declared.declaration
            for name in decl.items(.invite) where BuiltInGroups.contains(name.text) {
                _ = resolveParticipant(name, kind: .invitee, reporting: false)
            }
            // A role holder may be invited without a declaration of their own.
            for name in decl.items(.invite) {
                let id = key(name)
                guard participantIndex[id] == nil else { continue }
                addRoleHolder(id)
                addRegisterEntry(name, id)
            }
        }
        // `needed[c] == i` means the i-th phase already needs competence c.
        var needed = [Int](repeating: -1, count: plan.diamond.count)
        for declared in phases {
            let (statementIndex, decl) = (declared.position, declared.declaration)
            let phaseIndex = plan.phases.count
            var phase = Phase(
                name: decl.name.text, nameRange: decl.name.range, statementRange: declared.range,
                start: decl.dates?.start.value, end: decl.dates?.end?.value, dates: decl.dates,
                invited: [], without: [], needs: [], present: [])
            phase.note = decl.note?.value.text
            // Each list at its size: grown by doubling, the invitations of a
            // plan's phases took up to twice their room.
            var written = (invite: 0, without: 0, needs: 0)
            for clause in decl.clauses {
                switch clause.kind {
                case .invite: written.invite += clause.items.names.count
                case .without: written.without += clause.items.names.count
                case .needs: written.needs += clause.items.names.count
                }
            }
            phase.invited.reserveCapacity(written.invite)
            phase.without.reserveCapacity(written.without)
            phase.needs.reserveCapacity(written.needs)
            for clause in decl.clauses {
                for (item, name) in clause.items.names.enumerated() {
                    switch clause.kind {
                    case .invite:
                        if let index = resolveParticipant(name, kind: .invitee, at: statementIndex, .invite) {
                            phase.invited.append(ParticipantReference(participant: index, range: name.range))
                            if let purpose = clause.purpose(of: item) {
                                phase.purposes.append(
                                    Purpose(participant: index, text: purpose.text.text, range: purpose.text.range))
                            }
                        }
                    case .without:
                        if let index = resolveParticipant(name, kind: .participant, at: statementIndex, .without) {
                            phase.without.append(ParticipantReference(participant: index, range: name.range))
                        }
                    case .needs:
                        if let competence = resolveCompetence(name, at: statementIndex, .needs), needed[competence] != phaseIndex {
                            needed[competence] = phaseIndex
                            phase.needs.append(NeedCoverage(competence: competence, range: name.range, coveredBy: []))
                        }
                    }
                }
            }
            plan.phases.append(phase)
        }
    }

    /// The competence a name stands for; records the occurrence, and the name
    /// as unresolved when it names none (and `reporting`).
    private mutating func resolveCompetence(
        _ name: Name, at statement: Int, _ use: NameOccurrence.Use, reporting: Bool = true
    ) -> Int? {
        let key = key(name)
        if let index = competenceIndex[key] {
            plan.names.add(name, key, .competence(index), use, statement: statement)
            return index
        }
        plan.names.add(name, key, .unresolved(.competence, key), use, statement: statement)
        if reporting { plan.unresolved.append(UnresolvedReference(name: name, kind: .competence)) }
        return nil
    }

    /// The participant a name stands for, a built-in group made a participant
    /// on first use; records the occurrence when `use` is given, and the name
    /// as unresolved when it names none (and `reporting`).
    private mutating func resolveParticipant(
        _ name: Name, kind: ReferenceKind, at statement: Int = 0, _ use: NameOccurrence.Use? = nil, reporting: Bool = true
    ) -> Int? {
        let key = key(name)
        let index = participant(key, kind: kind, creating: reporting || use == nil)
        if let use {
            // A role holder invited without a declaration is the person of the role line.
            let referent: Referent = index.map {
                plan.participants[$0].roleHolder != nil ? .roleHolder(key) : .participant($0)
            } ?? .unresolved(.participant, key)
            plan.names.add(name, key, referent, use, statement: statement)
        }
        if index == nil, reporting { plan.unresolved.append(UnresolvedReference(name: name, kind: kind)) }
        return index
    }

    private mutating func participant(_ key: NameID, kind: ReferenceKind, creating: Bool) -> Int? {
        if let index = participantIndex[key] { return index }
        if creating, kind != .participant, case let text = names.text(key), BuiltInGroups.contains(text) {
            let index = plan.participants.count
            participantIndex[key] = index
            plan.participants.append(
                Participant(
                    name: text, kind: .group, isBuiltIn: true, nameRange: nil, statementRange: nil,
                    competences: [], listsCompetences: false, via: nil, referrer: nil, phases: [], names: names))
            return index
        }
        return nil
    }
}
