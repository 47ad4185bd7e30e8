import NetplanBase
import NetplanSyntax

/// Writes an imported schema as plan text: the header comment, one
/// declaration per person, one `phase` line per phase.
enum ImportPlanText {
    static func text(_ schema: ImportedSchema, header: [String]) -> String {
        var lines = header.map { "# " + $0 }
        lines.append("")
        let builtIn = Set(BuiltInGroups.names)
        for (index, person) in schema.people.enumerated() {
            // A built-in group with nothing of its own that a phase invites needs no declaration.
            let invited = schema.phases.contains { phase in
                guard index < phase.marks.count, case .invited = phase.marks[index] else { return false }
                return true
            }
            if person.kind == .group, builtIn.contains(person.name), person.competences.isEmpty,
                person.unit == nil, person.note == nil, invited
            {
                continue
            }
            var line = keyword(person.kind) + " " + Quoting.quoted(person.name)
            if !person.competences.isEmpty { line += ": " + person.competences.map(Quoting.quoted).joined(separator: ", ") }
            if let unit = person.unit { line += " unit " + Quoting.quoted(unit) }
            if let note = person.note { line += " note " + Quoting.quoted(note) }
            lines.append(line)
        }
        if !schema.phases.isEmpty { lines.append("") }
        for phase in schema.phases {
            var line = "phase " + Quoting.quoted(phase.name)
            if let start = phase.start, let end = phase.end { line += " from \(start) to \(end)" }
            var invites: [String] = []
            var without: [String] = []
            for (index, mark) in phase.marks.enumerated() where index < schema.people.count {
                let person = schema.people[index]
                switch mark {
                case .none:
                    if person.kind == .core { without.append(Quoting.quoted(person.name)) }
                case .invited(let purpose):
                    if let purpose {
                        invites.append(Quoting.quoted(person.name) + " for " + Quoting.quoted(purpose))
                    } else if person.kind != .core {
                        invites.append(Quoting.quoted(person.name))
                    }
                case .leftOut:
                    without.append(Quoting.quoted(person.name))
                }
            }
            var clauses: [String] = []
            if !invites.isEmpty { clauses.append("invite " + invites.joined(separator: ", ")) }
            if !without.isEmpty { clauses.append("without " + without.joined(separator: ", ")) }
            if !clauses.isEmpty { line += ": " + clauses.joined(separator: " ") }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func keyword(_ kind: ParticipantKind) -> String {
        switch kind {
        case .core: return "core"
        case .group: return "group"
        case .participant, .person: return "participant"
        }
    }
}
