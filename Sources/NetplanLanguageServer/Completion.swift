import NetplanBase
import NetplanSyntax
import NetplanCheck

/// `textDocument/completion`: names and keywords that fit where the cursor is.
///
/// The context comes from the tokens of the statement before the cursor:
/// - at the start of a statement: the statement keywords;
/// - after `invite`, `via`, `without` (or a comma in their lists): declared
///   participants and groups, and after `invite` and `via` the built-in groups;
/// - after a participant's `:` and after `needs` (or a comma there): the
///   competences of the diamond;
/// - after a phase's `:`, and after a complete name in a phase's clause: the
///   clause keywords `invite`, `needs`, `without`;
/// - after `leader`, `codriver`, `reference`: declared participants;
/// - after `allow`: the rules that may be allowed;
/// - what a plan tracks (`CompletionFacts.swift`): status words after
///   `status`, units already used after `unit`, the attribute keywords after
///   a declaration or role line, `for` after an invited name, and on a
///   meeting line `on`, then the phases after `in`, then `in`, `place`, `note`.
/// Names that need quotes are inserted quoted; names already in the list are left out.
///
/// An answer holds at most `limit` items, so a plan with thousands of
/// participants cannot hold up the server or the editor. When there are more
/// candidates, only those whose name starts with what is typed (ignoring
/// case) are kept, the first `limit` of them in the editor's order
/// (`sortText`), and the list is marked incomplete, so that the editor asks
/// again as the user types on.
enum Completion {
    /// The most items in one answer.
    package static let limit = 200

    enum ItemKind: Int {
        case value = 12
        case variable = 6
        case module = 9
        case keyword = 14
        case enumMember = 20
    }

    package static func items(at offset: Int, in document: OpenDocument, language: Language) -> Any {
        let source = document.source
        let stream = Lexer(source: source).tokenize()
        // No completion inside a comment.
        if stream.comments.contains(where: { $0.range.start < offset && offset <= $0.range.end }) { return [Any]() }
        let tokens = stream.tokens
        // The last token starting before the cursor.
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].range.start < offset { low = mid + 1 } else { high = mid }
        }
        var index = low - 1
        var partial: Token?
        if index >= 0, tokens[index].range.end >= offset {
            switch tokens[index].kind {
            case .word, .string, .keyword, .literal:
                partial = tokens[index]
                index -= 1
            default:
                break
            }
        }
        var context: [Token] = []
        while index >= 0, !tokens[index].isTerminator {
            context.append(tokens[index])
            index -= 1
        }
        context.reverse()
        let replace: SourceRange
        if let partial {
            replace = SourceRange(partial.range.start, max(offset, partial.range.end))
        } else {
            replace = SourceRange(offset, offset)
        }
        let inString = partial.map { $0.kind == .string } ?? false
        let needsSpace = replace.start > 0 && [0x3A, 0x2C].contains(source.bytes[replace.start - 1])
        let builder = Builder(
            document: document, language: language, replace: replace, inString: inString, leadingSpace: needsSpace)
        let candidates = builder.build(context: context)
        guard candidates.count > limit else { return candidates.map(builder.item) }
        // What is typed of the name, without an opening quote.
        var typed = offset > replace.start ? source.text(SourceRange(replace.start, offset)) : ""
        if inString, typed.hasPrefix("\"") { typed.removeFirst() }
        let prefix = typed.lowercased()
        var kept = prefix.isEmpty ? candidates : candidates.filter { $0.label.lowercased().hasPrefix(prefix) }
        if kept.count > limit {
            kept.sort { $0.sortText < $1.sortText }
            kept.removeSubrange(limit...)
        }
        return ["isIncomplete": true, "items": kept.map(builder.item)] as JSONObject
    }

    /// An item before it is turned into JSON: the detail is made only for items that are sent.
    package struct Candidate {
        package let label: String
        package let insert: String
        package let kind: ItemKind
        let sortGroup: Int
        package let detail: () -> String?

        var sortText: String { "\(sortGroup) \(label)" }
    }

    struct Builder {
        package let document: OpenDocument
        package let language: Language
        package let replace: SourceRange
        let inString: Bool
        let leadingSpace: Bool
        /// `replace` for the client, converted once for all items.
        let replaceJSON: JSONObject

        package init(document: OpenDocument, language: Language, replace: SourceRange, inString: Bool, leadingSpace: Bool) {
            self.document = document
            self.language = language
            self.replace = replace
            self.inString = inString
            self.leadingSpace = leadingSpace
            replaceJSON = document.rangeJSON(replace)
        }

        package var plan: ResolvedPlan { document.plan }

        package func build(context: [Token]) -> [Candidate] {
            guard let first = context.first else { return statementKeywords() }
            guard case .keyword(let statement) = first.kind, Keyword.statementStarters.contains(statement) else {
                return []
            }
            // The last token that leads a list or a value: a keyword or a colon.
            var leadIndex = context.count - 1
            while leadIndex > 0 {
                let kind = context[leadIndex].kind
                if kind == .colon { break }
                if case .keyword = kind { break }
                leadIndex -= 1
            }
            let lead = context[leadIndex]
            let between = context[(leadIndex + 1)...]
            let listed = Set(between.filter { $0.kind == .word || $0.kind == .string }.map { listedKey($0) })
            let expectsItem = between.isEmpty || between.last?.kind == .comma
            let isDeclaration = statement == .core || statement == .participant || statement == .group
            if let tracked = trackedFacts(statement: statement, lead: lead, between: between, context: context) {
                return tracked
            }
            switch lead.kind {
            case .keyword(.invite), .keyword(.without), .keyword(.needs):
                if expectsItem {
                    switch lead.kind {
                    case .keyword(.invite): return participants(includingBuiltIns: true, excluding: listed)
                    case .keyword(.without): return participants(includingBuiltIns: false, excluding: listed, coreFirst: true)
                    default: return competences(excluding: listed)
                    }
                }
                // After an invited name: why they take part (`for`), then the clauses.
                let afterName = lead.kind == .keyword(.invite) && [.word, .string].contains(between.last?.kind)
                return (afterName ? keywords([.for]) : []) + clauseKeywords(excluding: [], offset: 1)
            case .keyword(.via):
                return expectsItem
                    ? participants(includingBuiltIns: true, excluding: listed) : attributeKeywords(after: context)
            case .keyword(.leader), .keyword(.codriver), .keyword(.reference):
                return between.isEmpty
                    ? participants(includingBuiltIns: false, excluding: [], peopleOnly: true)
                    : attributeKeywords(after: context)
            case .keyword(.allow):
                return between.isEmpty ? allowableRules() : []
            case .colon where isDeclaration:
                return expectsItem ? competences(excluding: listed) : attributeKeywords(after: context)
            case .colon where statement == .phase:
                return between.isEmpty ? clauseKeywords(excluding: []) : []
            case .keyword(.core), .keyword(.participant), .keyword(.group), .keyword(.kind):
                return between.count == 1 ? attributeKeywords(after: context) : []
            default:
                return []
            }
        }

        /// What a name already in the list stands for, as the key of the
        /// participant or competence the resolver took it for; a name in a
        /// statement the parser could not read is keyed as the resolver keys names.
        private func listedKey(_ token: Token) -> String {
            if let occurrence = document.names.occurrence(at: token.range.start), occurrence.range == token.range {
                switch occurrence.referent {
                case .participant(let index): return NameKey(plan.participants[index].name).text
                case .competence(let index): return NameKey(plan.diamond[index].name).text
                default: break
                }
            }
            let text = token.kind == .string ? document.source.stringValue(token.range) : document.source.text(token.range)
            return NameKey(text).text
        }

        /// The JSON of a completion item.
        package func item(_ candidate: Candidate) -> JSONObject {
            let insert = candidate.insert
            let newText = (leadingSpace ? " " : "") + insert
            var item: JSONObject = [
                "label": candidate.label,
                "kind": candidate.kind.rawValue,
                "sortText": candidate.sortText,
                "filterText": inString && insert.utf8.first != 0x22 ? "\"" + insert : insert,
                "textEdit": ["range": replaceJSON, "newText": newText] as JSONObject,
            ]
            if let detail = candidate.detail() { item["detail"] = detail }
            return item
        }

        func item(
            label: String, insert: String, kind: ItemKind, detail: @escaping () -> String?, sortGroup: Int
        ) -> Candidate {
            Candidate(label: label, insert: insert, kind: kind, sortGroup: sortGroup, detail: detail)
        }

        /// Keywords in the order given; `offset` places them after other keywords offered first.
        func keywords(_ keywords: [Keyword], offset: Int = 0) -> [Candidate] {
            keywords.enumerated().map { index, keyword in
                item(
                    label: keyword.rawValue, insert: keyword.rawValue, kind: .keyword,
                    detail: { [language] in Self.explanation(keyword)?(language) }, sortGroup: offset + index)
            }
        }

        private func statementKeywords() -> [Candidate] {
            keywords([
                .network, .leader, .codriver, .reference, .diamond, .core, .participant, .group, .phase, .meeting, .set,
            ])
        }

        private func clauseKeywords(excluding: Set<Keyword>, offset: Int = 0) -> [Candidate] {
            keywords([.invite, .needs, .without, .note, .allow].filter { !excluding.contains($0) }, offset: offset)
        }

        /// `listed`: the keys (`NameKey.text`) of the names already in the list.
        private func participants(
            includingBuiltIns: Bool, excluding listed: Set<String>, coreFirst: Bool = false, peopleOnly: Bool = false
        ) -> [Candidate] {
            var result: [Candidate] = []
            var seen = listed
            let plan = plan
            let language = language
            for participant in plan.participants where seen.insert(NameKey(participant.name).text).inserted {
                if peopleOnly, participant.isGroup { continue }
                let detail = {
                    let competences = participant.competences.map { plan.diamond[$0].name }
                    var detail = Hover.kindWord(participant, language)
                    if !competences.isEmpty { detail += " · " + competences.joined(separator: ", ") }
                    return detail
                }
                let group = participant.isBuiltIn ? 2 : (coreFirst && !participant.isCore ? 1 : 0)
                result.append(
                    item(
                        label: participant.name, insert: quotedIfNeeded(participant.name),
                        kind: participant.isGroup ? .module : .variable, detail: detail, sortGroup: group))
            }
            if includingBuiltIns {
                for name in BuiltInGroups.names where seen.insert(name).inserted {
                    result.append(
                        item(
                            label: name, insert: quotedIfNeeded(name), kind: .module,
                            detail: { Vocabulary.builtInGroup(language) }, sortGroup: 2))
                }
            }
            return result
        }

        private func competences(excluding listed: Set<String>) -> [Candidate] {
            let plan = plan
            let language = language
            return plan.diamond.enumerated().compactMap { index, competence in
                guard !listed.contains(NameKey(competence.name).text) else { return nil }
                return item(
                    label: competence.name, insert: quotedIfNeeded(competence.name), kind: .enumMember,
                    detail: {
                        let holders = plan.participants.filter { $0.competences.contains(index) }.count
                        return Text(
                            en: "competence · brought by \(holders)",
                            da: "kompetence · \(holders) bidrager med den")(language)
                    },
                    sortGroup: index)
            }
        }

        private func allowableRules() -> [Candidate] {
            let language = language
            return RuleRegistry.all.filter { $0.description.severity != .error }.map { rule in
                item(
                    label: rule.description.identifier, insert: rule.description.identifier, kind: .value,
                    detail: { rule.description.code + " · " + rule.description.title(language) }, sortGroup: 0)
            }
        }

        package static func explanation(_ keyword: Keyword) -> Text? {
            switch keyword {
            case .network: return Text(en: "the network's theme", da: "netværkets tema")
            case .leader: return Vocabulary.role(.leader)
            case .codriver: return Vocabulary.role(.codriver)
            case .reference: return Vocabulary.role(.reference)
            case .diamond: return Text(en: "the four competences of the diamond", da: "kompetencediamantens fire kompetencer")
            case .core: return Vocabulary.kind(.core) + Text(en: ", in every phase", da: ", med i alle faser")
            case .participant: return Vocabulary.kind(.participant)
            case .group: return Text(en: "a group of actors", da: "en gruppe af aktører")
            case .phase: return Text(en: "the next phase", da: "den næste fase")
            case .set: return Text(en: "a setting", da: "en indstilling")
            case .invite: return Text(en: "who joins this phase", da: "hvem der er med i fasen")
            case .needs: return Text(en: "competences this phase needs", da: "kompetencer, fasen har brug for")
            case .without: return Text(en: "core participants left out", da: "kernedeltagere, der ikke er med i fasen")
            case .via: return Text(en: "who suggested this participant", da: "hvem der har foreslået deltageren")
            case .allow: return Text(en: "silence a rule here, with a reason", da: "slå en regel fra på denne linje, med en begrundelse")
            default: return trackedExplanation(keyword)
            }
        }
    }
}
