/// Builds the resolved plan from a syntax tree: the diamond (declared or the
/// default), participants, built-in groups that are used, phases in order,
/// who is present in each phase, and referrals. Unknown and duplicate names
/// are recorded as data; rules turn them into diagnostics.
public struct Resolver {
    private let tree: SyntaxTree
    private var participantIndex: [NameKey: Int] = [:]
    private var competenceIndex: [NameKey: Int] = [:]
    private var plan: ResolvedPlan

    /// Resolves a parsed plan.
    public static func resolve(_ tree: SyntaxTree) -> ResolvedPlan {
        var resolver = Resolver(tree: tree)
        resolver.run()
        return resolver.plan
    }

    private init(tree: SyntaxTree) {
        self.tree = tree
        self.plan = ResolvedPlan(
            tree: tree, network: nil, networkRange: nil, roles: [], diamond: [], diamondIsDefault: true,
            diamondRange: nil, participants: [], phases: [], settings: [], unresolved: [], duplicates: [])
    }

    private mutating func run() {
        declareDiamond()
        declareEverythingElse()
        resolveParticipants()
        resolvePhases()
        computePresence()
    }

    // MARK: Declarations (order does not matter, so these come first)

    private mutating func declareDiamond() {
        for statement in tree.statements {
            guard case .diamond(let decl) = statement.kind else { continue }
            if let first = plan.diamondRange {
                plan.duplicates.append(
                    DuplicateDeclaration(
                        kind: .diamond, name: "diamond", first: first, second: statement.range))
                continue
            }
            plan.diamondRange = statement.range
            plan.diamondIsDefault = false
            for name in decl.competences.names {
                if let existing = competenceIndex[NameKey(name.text)] {
                    plan.duplicates.append(
                        DuplicateDeclaration(
                            kind: .competence, name: name.text,
                            first: plan.diamond[existing].range ?? name.range, second: name.range))
                    continue
                }
                competenceIndex[NameKey(name.text)] = plan.diamond.count
                plan.diamond.append(Competence(name: name.text, range: name.range))
            }
        }
        if plan.diamondIsDefault {
            for name in DefaultDiamond.competences {
                competenceIndex[NameKey(name)] = plan.diamond.count
                plan.diamond.append(Competence(name: name, range: nil))
            }
        }
    }

    private mutating func declareEverythingElse() {
        var phaseNames: [NameKey: Int] = [:]
        var phaseRanges: [SourceRange] = []
        for (index, statement) in tree.statements.enumerated() {
            switch statement.kind {
            case .network(let decl):
                if let first = plan.networkRange {
                    plan.duplicates.append(
                        DuplicateDeclaration(kind: .network, name: decl.name.text, first: first, second: statement.range))
                } else {
                    plan.network = decl
                    plan.networkRange = statement.range
                }
            case .role(let decl):
                if let first = plan.roles.first(where: { $0.role == decl.role }) {
                    plan.duplicates.append(
                        DuplicateDeclaration(
                            kind: .role, name: decl.role.rawValue, first: first.statementRange,
                            second: statement.range))
                } else {
                    plan.roles.append(
                        RoleAssignment(role: decl.role, name: decl.name, statementRange: statement.range))
                }
            case .participant(let decl):
                if let existing = participantIndex[NameKey(decl.name.text)] {
                    plan.duplicates.append(
                        DuplicateDeclaration(
                            kind: .participant, name: decl.name.text,
                            first: plan.participants[existing].nameRange ?? decl.name.range,
                            second: decl.name.range))
                    continue
                }
                participantIndex[NameKey(decl.name.text)] = plan.participants.count
                plan.participants.append(
                    Participant(
                        name: decl.name.text, kind: decl.kind, isBuiltIn: false, nameRange: decl.name.range,
                        statementRange: statement.range, competences: [],
                        listsCompetences: !decl.competences.names.isEmpty, via: decl.via, referrer: nil,
                        phases: []))
            case .phase(let decl):
                if let first = phaseNames[NameKey(decl.name.text)] {
                    plan.duplicates.append(
                        DuplicateDeclaration(
                            kind: .phase, name: decl.name.text, first: phaseRanges[first], second: decl.name.range))
                } else {
                    phaseNames[NameKey(decl.name.text)] = phaseRanges.count
                    phaseRanges.append(decl.name.range)
                }
            case .setting(let decl):
                plan.settings.append((statement: index, setting: decl))
            case .diamond, .error:
                break
            }
        }
        for index in plan.roles.indices {
            plan.roles[index].participant = participantIndex[NameKey(plan.roles[index].name.text)]
        }
    }

    // MARK: References

    private mutating func resolveParticipants() {
        // `seen[c] == p` means participant p already brings competence c: one
        // array for all participants instead of a search of the list per name.
        var seen = [Int](repeating: -1, count: plan.diamond.count)
        for statement in tree.statements {
            guard case .participant(let decl) = statement.kind else { continue }
            guard let index = participantIndex[NameKey(decl.name.text)], plan.participants[index].nameRange == decl.name.range
            else { continue }  // a duplicate: its first declaration counts
            var competences: [Int] = []
            for name in decl.competences.names {
                if let competence = resolveCompetence(name), seen[competence] != index {
                    seen[competence] = index
                    competences.append(competence)
                }
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
                // The leader, co-driver or reference leader often points the way
                // without being a participant themselves: that is a valid
                // referral, from the root of the relationship tour.
                if participantIndex[NameKey(via.text)] == nil,
                    let role = plan.roles.first(where: { NameKey($0.name.text) == NameKey(via.text) })
                {
                    plan.participants[index].referringRole = role.role
                    continue
                }
                plan.participants[index].referrer = resolveParticipant(via, kind: .referrer)
            }
        }
    }

    private mutating func resolvePhases() {
        // Built-in groups that any phase invites exist before `without` is
        // resolved, so `without Borgere` means the same above or below the
        // phase that invites them.
        for statement in tree.statements {
            guard case .phase(let decl) = statement.kind else { continue }
            for name in decl.items(.invite) where BuiltInGroups.contains(name.text) {
                _ = resolveParticipant(name, kind: .invitee)
            }
        }
        // `needed[c] == i` means the i-th phase already needs competence c.
        var needed = [Int](repeating: -1, count: plan.diamond.count)
        for statement in tree.statements {
            guard case .phase(let decl) = statement.kind else { continue }
            let phaseIndex = plan.phases.count
            var phase = Phase(
                name: decl.name.text, nameRange: decl.name.range, statementRange: statement.range,
                start: decl.dates?.start.value, end: decl.dates?.end?.value, dates: decl.dates,
                invited: [], without: [], needs: [], present: [])
            for clause in decl.clauses {
                for name in clause.items.names {
                    switch clause.kind {
                    case .invite:
                        if let index = resolveParticipant(name, kind: .invitee) {
                            phase.invited.append(ParticipantReference(participant: index, range: name.range))
                        }
                    case .without:
                        if let index = resolveParticipant(name, kind: .participant) {
                            phase.without.append(ParticipantReference(participant: index, range: name.range))
                        }
                    case .needs:
                        if let competence = resolveCompetence(name), needed[competence] != phaseIndex {
                            needed[competence] = phaseIndex
                            phase.needs.append(NeedCoverage(competence: competence, range: name.range, coveredBy: []))
                        }
                    }
                }
            }
            plan.phases.append(phase)
        }
    }

    private mutating func resolveCompetence(_ name: Name) -> Int? {
        if let index = competenceIndex[NameKey(name.text)] { return index }
        plan.unresolved.append(UnresolvedReference(name: name, kind: .competence))
        return nil
    }

    private mutating func resolveParticipant(_ name: Name, kind: ReferenceKind) -> Int? {
        if let index = participantIndex[NameKey(name.text)] { return index }
        if kind != .participant, BuiltInGroups.contains(name.text) {
            let index = plan.participants.count
            participantIndex[NameKey(name.text)] = index
            plan.participants.append(
                Participant(
                    name: name.text, kind: .group, isBuiltIn: true, nameRange: nil, statementRange: nil,
                    competences: [], listsCompetences: false, via: nil, referrer: nil, phases: []))
            return index
        }
        plan.unresolved.append(UnresolvedReference(name: name, kind: kind))
        return nil
    }

    // MARK: Presence and coverage

    private mutating func computePresence() {
        let core = plan.coreParticipants
        // `mark[p] == stamp` means p is already present in the phase being
        // computed: one array for all phases instead of a set per phase.
        var mark = [Int](repeating: -1, count: plan.participants.count)
        var left = [Int](repeating: -1, count: plan.participants.count)
        // `needed[c] == phase` means the phase needs competence c, as its need number `slot[c]`.
        var needed = [Int](repeating: -1, count: plan.diamond.count)
        var slot = [Int](repeating: 0, count: plan.diamond.count)
        // Every participant's competences in one array, participant p's from
        // `firstCompetence[p]` up to `firstCompetence[p + 1]`: read in the
        // loop below without retaining an array per participant.
        var allCompetences: [Int] = []
        var firstCompetence: [Int] = [0]
        firstCompetence.reserveCapacity(plan.participants.count + 1)
        for participant in plan.participants {
            allCompetences += participant.competences
            firstCompetence.append(allCompetences.count)
        }
        for phaseIndex in plan.phases.indices {
            for reference in plan.phases[phaseIndex].without { left[reference.participant] = phaseIndex }
            var present: [Attendance] = []
            present.reserveCapacity(core.count + plan.phases[phaseIndex].invited.count)
            for index in core where left[index] != phaseIndex {
                mark[index] = phaseIndex
                present.append(Attendance(participant: index, presence: .core))
            }
            // `without` wins over `invite`: a person both invited and left out is not present.
            for reference in plan.phases[phaseIndex].invited
            where mark[reference.participant] != phaseIndex && left[reference.participant] != phaseIndex {
                mark[reference.participant] = phaseIndex
                present.append(Attendance(participant: reference.participant, presence: .invited))
            }
            // Coverage: each present participant's competences are looked at
            // once, not once per need.
            if !plan.phases[phaseIndex].needs.isEmpty {
                for (needIndex, need) in plan.phases[phaseIndex].needs.enumerated() {
                    needed[need.competence] = phaseIndex
                    slot[need.competence] = needIndex
                }
                var covered = [[Int]](repeating: [], count: plan.phases[phaseIndex].needs.count)
                var tests = 0
                for attendance in present {
                    let participant = attendance.participant
                    tests += firstCompetence[participant + 1] - firstCompetence[participant]
                    for position in firstCompetence[participant]..<firstCompetence[participant + 1] {
                        let competence = allCompetences[position]
                        if needed[competence] == phaseIndex { covered[slot[competence]].append(participant) }
                    }
                }
                for (needIndex, coveredBy) in covered.enumerated() {
                    plan.phases[phaseIndex].needs[needIndex].coveredBy = coveredBy
                }
                WorkProbe.add(.coverageTest, tests)
            }
            for attendance in present {
                plan.participants[attendance.participant].phases.append(phaseIndex)
            }
            plan.phases[phaseIndex].present = present
        }
    }
}
