import NetplanBase
import NetplanSyntax

/// The diamond: declared once, or the default four competences.
extension Resolver {
    mutating func declareDiamond() {
        for declared in tree.statements.diamonds {
            let (statementIndex, decl) = (declared.position, declared.declaration)
            if let first = plan.diamondRange {
                plan.duplicates.append(
                    DuplicateDeclaration(
                        kind: .diamond, name: "diamond", first: first, second: declared.range))
                continue
            }
            plan.diamondRange = declared.range
            plan.diamondIsDefault = false
            for name in decl.competences.names {
                let id = key(name)
                if let existing = competenceIndex[id] {
                    plan.names.add(name, id, .competence(existing), .declaration, statement: statementIndex)
                    plan.duplicates.append(
                        DuplicateDeclaration(
                            kind: .competence, name: name.text,
                            first: plan.diamond[existing].range ?? name.range, second: name.range))
                    continue
                }
                competenceIndex[id] = plan.diamond.count
                plan.names.add(name, id, .competence(plan.diamond.count), .declaration, statement: statementIndex)
                plan.diamond.append(Competence(name: name.text, range: name.range))
            }
        }
        if plan.diamondIsDefault {
            for name in DefaultDiamond.competences {
                competenceIndex[names.intern(name)] = plan.diamond.count
                plan.diamond.append(Competence(name: name, range: nil))
            }
        }
    }
}
