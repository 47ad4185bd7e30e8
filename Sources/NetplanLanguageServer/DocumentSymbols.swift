import NetplanBase
import NetplanSyntax

/// `textDocument/documentSymbol`: an outline of the plan. The network, the
/// roles, the diamond with its competences, the participants and groups, and
/// the phases with who is present as children.
///
/// The outline holds at most `limit` entries, children included, in the order
/// of the plan, so a plan with tens of thousands of participants cannot hold
/// up the server or the editor. When it is full, a phase shows the first of
/// the people present that fit and its detail says how many of how many; the
/// statements after that are left out, and one last entry says how many.
enum DocumentSymbols {
    /// The most entries in the outline, children and the closing note included.
    package static let limit = 5_000

    enum SymbolKind: Int {
        case file = 1
        case namespace = 3
        case property = 7
        case enumType = 10
        case variable = 13
        case constant = 14
        case enumMember = 22
        case string = 15
        case structType = 23
        case event = 24
    }

    package static func symbols(in document: OpenDocument, language: Language) -> [JSONObject] {
        let plan = document.plan
        var result: [JSONObject] = []
        // Phases are resolved in the order written: the n-th phase statement is `plan.phases[n]`.
        var phaseIndex = 0
        // Entries still free; one is kept for the note on what is left out.
        var room = limit - 1
        let statements = document.tree.statements
        for (position, statement) in statements.enumerated() {
            guard room > 0 else {
                result.append(note(leftOut: statements[position...], in: document, language: language))
                break
            }
            let before = result.count
            var children = 0
            defer { if result.count > before { room -= 1 + children } }
            switch statement.kind {
            case .network(let decl):
                result.append(
                    symbol(
                        decl.name.text, detail: decl.kind?.text ?? Text(en: "network", da: "netværk")(language),
                        kind: .namespace, range: statement.range, selection: decl.name.range, in: document))
            case .role(let decl):
                result.append(
                    symbol(
                        decl.name.text, detail: Vocabulary.role(decl.role)(language), kind: .property, range: statement.range,
                        selection: decl.name.range, in: document))
            case .diamond(let decl):
                var diamond = symbol(
                    "diamond", detail: Text(en: "competences", da: "kompetencer")(language), kind: .enumType,
                    range: statement.range, selection: statement.keyword, in: document)
                let names = decl.competences.names.prefix(room - 1)
                children = names.count
                diamond["children"] = names.map { name in
                    symbol(name.text, detail: nil, kind: .enumMember, range: name.range, selection: name.range, in: document)
                }
                result.append(diamond)
            case .participant(let decl):
                let competences = decl.competences.names.map(\.text).joined(separator: ", ")
                result.append(
                    symbol(
                        decl.name.text, detail: Vocabulary.kind(decl.kind)(language) + (competences.isEmpty ? "" : " · " + competences),
                        kind: decl.kind == .group ? .structType : .variable, range: statement.range,
                        selection: decl.name.range, in: document))
            case .meeting(let decl):
                let when = [decl.date?.text, decl.time?.text].compactMap { $0 }.joined(separator: " ")
                result.append(
                    symbol(
                        decl.name.text, detail: Text(en: "meeting", da: "møde")(language) + (when.isEmpty ? "" : " · " + when),
                        kind: .event, range: statement.range, selection: decl.name.range, in: document))
            case .phase(let decl):
                var phase = symbol(
                    decl.name.text, detail: Text(en: "phase", da: "fase")(language) + (decl.dates.map { " · \($0.start.text)" } ?? ""), kind: .event,
                    range: statement.range, selection: decl.name.range, in: document)
                defer { phaseIndex += 1 }
                if phaseIndex < plan.phases.count {
                    let resolved = plan.phases[phaseIndex]
                    let present = resolved.present.prefix(room - 1)
                    children = present.count
                    if present.count < resolved.present.count, let detail = phase["detail"] as? String {
                        phase["detail"] = detail + " · " + Self.shown(present.count, of: resolved.present.count)(language)
                    }
                    // A child must lie inside its parent: the invite where written, else the phase's name.
                    var written: [Int: SourceRange] = [:]
                    for reference in resolved.invited where written[reference.participant] == nil {
                        written[reference.participant] = reference.range
                    }
                    // All on the phase's line, which can be long: converted in one pass.
                    let selections = present.map { written[$0.participant] ?? decl.name.range }
                    let positions = document.converter.positions(of: selections.flatMap { [$0.start, $0.end] })
                    let range = phase["range"] ?? document.rangeJSON(statement.range)
                    phase["children"] = present.enumerated().map { number, attendance -> JSONObject in
                        let participant = plan.participants[attendance.participant]
                        let selection = LSPRange(start: positions[2 * number], end: positions[2 * number + 1])
                        return symbol(
                            participant.name, detail: (attendance.presence == .core ? Vocabulary.Mark.core : Vocabulary.Mark.invited).word(language),
                            kind: participant.isGroup ? .structType : .variable, range: range, selection: selection.json)
                    }
                }
                result.append(phase)
            case .setting(let decl):
                result.append(
                    symbol(
                        decl.name.text, detail: decl.value.text, kind: .constant, range: statement.range,
                        selection: decl.name.range, in: document))
            case .use(let decl):
                result.append(
                    symbol(
                        decl.path.text, detail: "use", kind: .file, range: statement.range,
                        selection: decl.path.range, in: document))
            case .error:
                break
            }
        }
        return result
    }

    /// The last entry of a full outline: how many statements are not shown.
    private static func note(
        leftOut statements: StatementList.SubSequence, in document: OpenDocument, language: Language
    ) -> JSONObject {
        let count = statements.filter { if case .error = $0.kind { return false } else { return true } }.count
        let start = statements.first?.range.start ?? 0
        let end = max(start, statements.last?.range.end ?? start)
        let text = Text(
            en: "… \(count) more not shown (the outline stops at \(limit) entries)",
            da: "… \(count) flere vises ikke (oversigten stopper ved \(limit) punkter)")
        return symbol(
            text(language), detail: nil, kind: .string, range: SourceRange(start, end), selection: SourceRange(start, start),
            in: document)
    }

    private static func shown(_ count: Int, of total: Int) -> Text {
        Text(en: "the first \(count) of \(total) shown", da: "de første \(count) af \(total) vises")
    }

    private static func symbol(
        _ name: String, detail: String?, kind: SymbolKind, range: SourceRange, selection: SourceRange,
        in document: OpenDocument
    ) -> JSONObject {
        symbol(name, detail: detail, kind: kind, range: document.rangeJSON(range), selection: document.rangeJSON(selection))
    }

    private static func symbol(_ name: String, detail: String?, kind: SymbolKind, range: Any, selection: Any) -> JSONObject {
        var symbol: JSONObject = [
            // An empty name is not allowed by the protocol.
            "name": name.isEmpty ? "\"\"" : name,
            "kind": kind.rawValue,
            "range": range,
            "selectionRange": selection,
        ]
        if let detail { symbol["detail"] = detail }
        return symbol
    }
}
