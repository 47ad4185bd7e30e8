import NetplanBase

/// What a plan says, without where it says it: every statement with its
/// names (as values, quotes and escapes resolved), lists, dates, settings
/// and `allow` clauses in order, and every comment's text in order.
///
/// This is everything the resolver reads: it builds the resolved plan from
/// the statements alone (positions only record where things are), so two
/// trees with the same meaning resolve to the same plan. Comparing the
/// statements is also stricter than comparing resolved plans: a changed
/// suppression reason, an error statement or a comment counts too.
///
/// Two texts with the same meaning are the same plan: the formatter may
/// change layout, quoting, `;` and blank lines, never the meaning. Names
/// are compared byte for byte, so even a change between composed and
/// decomposed accents counts.
struct PlanMeaning: Equatable {
    /// The meaning as one unambiguous byte string: tags, and texts each
    /// preceded by its length.
    package private(set) var bytes: [UInt8] = []

    /// The meaning of a parsed plan. `renamed` gives new values for names at
    /// given ranges (what a rename is expected to do); other names keep theirs.
    package init(_ tree: SyntaxTree, renamed: [SourceRange: String] = [:]) {
        bytes.reserveCapacity(tree.source.bytes.count)
        for statement in tree.statements {
            switch statement.kind {
            case .network(let decl):
                tag("network")
                name(decl.name, renamed)
                optionalName(decl.kind, renamed)
            case .role(let decl):
                tag(decl.role.rawValue)
                name(decl.name, renamed)
                attributes(decl.attributes)
            case .diamond(let decl):
                tag("diamond")
                names(decl.competences, renamed)
            case .participant(let decl):
                tag(decl.kind.rawValue)
                name(decl.name, renamed)
                names(decl.competences, renamed)
                optionalName(decl.via, renamed)
                optionalName(decl.category, renamed)
                attributes(decl.attributes)
            case .phase(let decl):
                tag("phase")
                name(decl.name, renamed)
                optionalText(decl.dates?.start.text)
                optionalText(decl.dates?.end?.text)
                for clause in decl.clauses {
                    tag(clause.kind.rawValue)
                    names(clause.items, renamed)
                    for purpose in clause.purposes {
                        tag("for")
                        text(String(purpose.item))
                        text(purpose.text.text)
                    }
                }
                optionalText(decl.note?.value.text)
            case .meeting(let decl):
                tag("meeting")
                name(decl.name, renamed)
                optionalText(decl.date?.text)
                optionalText(decl.time?.text)
                optionalName(decl.phase, renamed)
                optionalText(decl.place?.text)
                optionalText(decl.note?.value.text)
            case .setting(let decl):
                tag("set")
                name(decl.name, renamed)
                name(decl.value, renamed)
            case .use(let decl):
                tag("use")
                text(decl.path.text)
            case .error(let node):
                tag("error")
                text(tree.source.text(node.skipped))
            }
            if let suppression = statement.suppression {
                tag("allow")
                name(suppression.rule, renamed)
                optionalName(suppression.reason, renamed)
            }
            tag(";")
        }
        for comment in tree.comments {
            tag("#")
            text(PlanFormatter.trimmedTrailingWhiteSpace(tree.source.text(comment.range)))
        }
        tag("syntax errors")
        text(String(tree.diagnostics.filter { $0.severity == .error }.count))
    }

    private mutating func tag(_ word: String) {
        bytes.append(0)
        bytes += word.utf8
    }

    private mutating func text(_ value: String) {
        bytes.append(1)
        var count = value.utf8.count
        for _ in 0..<8 {
            bytes.append(UInt8(truncatingIfNeeded: count))
            count >>= 8
        }
        bytes += value.utf8
    }

    private mutating func optionalText(_ value: String?) {
        if let value { text(value) } else { tag("none") }
    }

    private mutating func name(_ name: Name, _ renamed: [SourceRange: String]) {
        text(renamed.isEmpty ? name.text : renamed[name.range] ?? name.text)
    }

    private mutating func optionalName(_ name: Name?, _ renamed: [SourceRange: String]) {
        if let name { self.name(name, renamed) } else { tag("none") }
    }

    /// Attributes in canonical order: the formatter may reorder them, not change them.
    private mutating func attributes(_ attributes: [Attribute]) {
        for kind in AttributeKind.allCases {
            tag(kind.rawValue)
            optionalText(attributes.value(kind))
        }
    }

    private mutating func names(_ list: NameList, _ renamed: [SourceRange: String]) {
        tag("list")
        for item in list.names { name(item, renamed) }
        tag("end")
    }
}
