import NetplanBase
import NetplanSyntax

/// What a plan takes from the registers it uses.
///
/// - A declaration without a colon (`core "Anne Krogh"`) takes the
///   register's competences; a colon, even with an empty list, keeps the
///   plan's own (competences are replaced as a whole).
/// - Each attribute (`unit`, `status`, `note`, `contact`) the plan does not
///   write comes from the register; one the plan writes replaces it.
/// - A name invited without a declaration that the register holds becomes a
///   participant: a register `group` a group, a register `person` a
///   participant involved as needed.
///
/// Register values keep the plan's positions: an attribute taken from the
/// register points at the plan's name, so a finding about it lands in the plan.
extension Resolver {
    /// Fills in what the register says about a declared participant.
    mutating func takeFromRegister(_ decl: ParticipantDecl, _ id: NameID, participant index: Int) {
        guard let entry = plan.register.entry(id) else { return }
        let taken = entry.attributes.filter { attribute in !decl.attributes.contains { $0.kind == attribute.kind } }
        if decl.colon == nil, decl.competences.names.isEmpty, !entry.competences.isEmpty {
            plan.participants[index].listsCompetences = true
            plan.fromRegister.insert(index)
        }
        guard !taken.isEmpty else { return }
        plan.participants[index].facts = PersonFacts(decl.attributes + taken.map { moved($0, to: decl.name.range) })
        plan.fromRegister.insert(index)
    }

    /// A register person or group invited without a declaration in the plan.
    mutating func addRegisterEntry(_ name: Name, _ key: NameID) {
        guard participantIndex[key] == nil, let entry = plan.register.entry(key) else { return }
        let index = plan.participants.count
        participantIndex[key] = index
        var participant = Participant(
            name: entry.name, kind: entry.kind == .group ? .group : .participant, isBuiltIn: false, nameRange: nil,
            statementRange: nil, competences: registerCompetences(entry), listsCompetences: !entry.competences.isEmpty,
            via: nil, referrer: nil, phases: [], names: names)
        participant.facts = PersonFacts(entry.attributes.map { moved($0, to: name.range) })
        plan.participants.append(participant)
        plan.fromRegister.insert(index)
    }

    /// The register's competences that the plan's diamond holds, without repeats.
    /// (A competence the diamond lacks is the register's finding, not the plan's.)
    func registerCompetences(_ entry: RegisterEntry) -> IndexList {
        var competences = IndexList()
        for name in entry.competences {
            if let id = names.id(of: name), let index = competenceIndex[id], !competences.contains(index) {
                competences.append(index)
            }
        }
        return competences
    }

    /// The attribute with its positions moved onto the plan's name.
    private func moved(_ attribute: Attribute, to range: SourceRange) -> Attribute {
        Attribute(
            kind: attribute.kind, keyword: range,
            value: attribute.value.moved(to: range))
    }
}
