import NetplanBase

/// One statement in canonical form (see `PlanFormatter` for the layout).
extension PlanFormatter {
    /// The canonical text of one statement, without a line break.
    package static func render(_ statement: Statement, in source: SourceFile) -> String {
        var line = PlanTextWriter(into: ByteWriter(capacity: 64))
        write(statement, in: source, to: &line)
        return line.out.text
    }

    static func write(_ statement: Statement, in source: SourceFile, to line: inout PlanTextWriter) {
        line.startLine()
        switch statement.kind {
        case .network(let decl):
            line.word("network")
            line.name(decl.name)
            line.word("kind", name: decl.kind)
        case .role(let decl):
            line.raw(decl.role.keyword.rawValue)
            line.name(decl.name)
            attributes(decl.attributes, to: &line)
        case .diamond(let decl):
            line.word("diamond")
            line.list(decl.competences.names)
        case .participant(let decl):
            line.raw(decl.kind.keyword.rawValue)
            line.name(decl.name)
            if !decl.competences.names.isEmpty {
                line.colon()
                line.list(decl.competences.names)
            }
            line.word("via", name: decl.via)
            line.word("kind", name: decl.category)
            attributes(decl.attributes, to: &line)
        case .phase(let decl):
            line.word("phase")
            line.name(decl.name)
            if let dates = decl.dates {
                line.word("from")
                line.raw(dates.start.text)
                line.word("to", raw: dates.end?.text)
            }
            if !decl.clauses.isEmpty {
                line.colon()
                for clause in decl.clauses {
                    line.raw(clause.kind.rawValue)
                    line.list(clause.items.names, purposes: clause.purposes)
                }
            }
            line.word("note", quoted: decl.note?.value)
        case .meeting(let decl):
            line.word("meeting")
            line.name(decl.name)
            line.word("on", raw: decl.date?.text)
            if let time = decl.time { line.raw(time.text) }
            line.word("in", name: decl.phase)
            line.word("place", quoted: decl.place)
            line.word("note", quoted: decl.note?.value)
        case .setting(let decl):
            line.word("set")
            line.name(decl.name)
            settingValue(decl.value, to: &line)
        case .use(let decl):
            line.word("use")
            line.quoted(decl.path)
        case .error(let node):
            // Not reached: a tree with an error node has a syntax error and is refused.
            line.raw(source.text(node.skipped))
        }
        if let suppression = statement.suppression {
            line.word("allow")
            line.name(suppression.rule)
            if let reason = suppression.reason { line.quoted(reason) }
        }
    }

    /// A setting's value: a number or range such as `4-6` and a bare word as they are, anything else quoted.
    private static func settingValue(_ value: Name, to line: inout PlanTextWriter) {
        let bytes = value.text.utf8
        let isLiteral = bytes.first.map { (0x30...0x39).contains($0) } == true
            && bytes.allSatisfy { byte in
                switch byte {
                case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x5F, 0x2E: return true
                default: return false
                }
            }
        if isLiteral { line.raw(value.text) } else { line.name(value) }
    }

    /// Attributes in canonical order (`unit`, `status`, `note`, `contact`):
    /// `status` as its word, the others in quotes.
    private static func attributes(_ attributes: [Attribute], to line: inout PlanTextWriter) {
        for kind in AttributeKind.allCases {
            guard let value = attributes.first(kind)?.value else { continue }
            line.raw(kind.rawValue)
            if kind == .status { line.name(value) } else { line.quoted(value) }
        }
    }
}
