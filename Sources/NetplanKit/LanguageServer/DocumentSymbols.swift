/// `textDocument/documentSymbol`: an outline of the plan. The network, the
/// roles, the diamond with its competences, the participants and groups, and
/// the phases with who is present as children.
enum DocumentSymbols {
    enum SymbolKind: Int {
        case namespace = 3
        case property = 7
        case enumType = 10
        case variable = 13
        case constant = 14
        case enumMember = 22
        case structType = 23
        case event = 24
    }

    static func symbols(in document: OpenDocument, language: Language) -> [JSONObject] {
        let plan = document.plan
        var result: [JSONObject] = []
        // Phases are resolved in the order written: the n-th phase statement is `plan.phases[n]`.
        var phaseIndex = 0
        for statement in document.tree.statements {
            switch statement.kind {
            case .network(let decl):
                result.append(
                    symbol(
                        decl.name.text, detail: decl.kind?.text ?? Text(en: "network", da: "netværk")(language),
                        kind: .namespace, range: statement.range, selection: decl.name.range, in: document))
            case .role(let decl):
                result.append(
                    symbol(
                        decl.name.text, detail: decl.role.rawValue, kind: .property, range: statement.range,
                        selection: decl.name.range, in: document))
            case .diamond(let decl):
                var diamond = symbol(
                    "diamond", detail: Text(en: "competences", da: "kompetencer")(language), kind: .enumType,
                    range: statement.range, selection: statement.keyword, in: document)
                diamond["children"] = decl.competences.names.map { name in
                    symbol(name.text, detail: nil, kind: .enumMember, range: name.range, selection: name.range, in: document)
                }
                result.append(diamond)
            case .participant(let decl):
                let competences = decl.competences.names.map(\.text).joined(separator: ", ")
                result.append(
                    symbol(
                        decl.name.text, detail: decl.kind.rawValue + (competences.isEmpty ? "" : " · " + competences),
                        kind: decl.kind == .group ? .structType : .variable, range: statement.range,
                        selection: decl.name.range, in: document))
            case .phase(let decl):
                var phase = symbol(
                    decl.name.text, detail: "phase" + (decl.dates.map { " · \($0.start.text)" } ?? ""), kind: .event,
                    range: statement.range, selection: decl.name.range, in: document)
                defer { phaseIndex += 1 }
                if phaseIndex < plan.phases.count {
                    let resolved = plan.phases[phaseIndex]
                    phase["children"] = resolved.present.map { attendance -> JSONObject in
                        let participant = plan.participants[attendance.participant]
                        // A child must lie inside its parent: the invite where written, else the phase's name.
                        let written = resolved.invited.first { $0.participant == attendance.participant }?.range
                        return symbol(
                            participant.name, detail: attendance.presence.rawValue,
                            kind: participant.isGroup ? .structType : .variable, range: statement.range,
                            selection: written ?? decl.name.range, in: document)
                    }
                }
                result.append(phase)
            case .setting(let decl):
                result.append(
                    symbol(
                        decl.name.text, detail: decl.value.text, kind: .constant, range: statement.range,
                        selection: decl.name.range, in: document))
            case .error:
                break
            }
        }
        return result
    }

    private static func symbol(
        _ name: String, detail: String?, kind: SymbolKind, range: SourceRange, selection: SourceRange,
        in document: OpenDocument
    ) -> JSONObject {
        var symbol: JSONObject = [
            // An empty name is not allowed by the protocol.
            "name": name.isEmpty ? "\"\"" : name,
            "kind": kind.rawValue,
            "range": document.rangeJSON(range),
            "selectionRange": document.rangeJSON(selection),
        ]
        if let detail { symbol["detail"] = detail }
        return symbol
    }
}
