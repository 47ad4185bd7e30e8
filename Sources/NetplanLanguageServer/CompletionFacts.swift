import NetplanBase
import NetplanSyntax
import NetplanCheck

/// Completion of what a plan tracks about people and meetings: status words,
/// units already used, the attribute keywords, `for` and the meeting line.
extension Completion.Builder {
    /// The candidates where the context is an attribute or a meeting line;
    /// nil where it is not, so the other contexts are tried.
    func trackedFacts(statement: Keyword, lead: Token, between: ArraySlice<Token>, context: [Token]) -> [Completion.Candidate]? {
        guard case .keyword(let keyword) = lead.kind else { return nil }
        if statement == .meeting { return meetingLine(lead: keyword, between: between, context: context) }
        let isPerson = [.core, .participant, .group, .leader, .codriver, .reference].contains(statement)
        switch keyword {
        case .status:
            return between.isEmpty ? statusWords() : isPerson ? attributeKeywords(after: context) : []
        case .unit:
            return between.isEmpty ? units() : isPerson ? attributeKeywords(after: context) : []
        case .contact:
            return between.isEmpty ? [] : isPerson ? attributeKeywords(after: context) : []
        case .note where statement == .phase:
            // A phase's note, then its clauses.
            return between.isEmpty ? [] : keywords([.invite, .needs, .without, .allow])
        case .note:
            return between.isEmpty ? [] : isPerson ? attributeKeywords(after: context) : []
        case .for:
            // `invite A for "..."`: the purpose is typed; then the clauses.
            return between.isEmpty ? [] : keywords([.invite, .needs, .without, .note, .allow])
        default:
            return nil
        }
    }

    /// `via` (on a declaration, if not written yet) and the attributes not written yet on the line.
    func attributeKeywords(after context: [Token]) -> [Completion.Candidate] {
        let written = Set(context.compactMap { token -> Keyword? in
            if case .keyword(let keyword) = token.kind { return keyword }
            return nil
        })
        let isDeclaration = written.contains(.core) || written.contains(.participant) || written.contains(.group)
        let via: [Keyword] = isDeclaration && !written.contains(.via) ? [.via] : []
        return keywords(via + Keyword.attributes.filter { !written.contains($0) })
    }

    /// `meeting NAME on DATE [TIME] [in PHASE] [place ...] [note ...]`.
    private func meetingLine(lead: Keyword, between: ArraySlice<Token>, context: [Token]) -> [Completion.Candidate] {
        let written = Set(context.compactMap { token -> Keyword? in
            if case .keyword(let keyword) = token.kind { return keyword }
            return nil
        })
        let rest = keywords([Keyword.in, .place, .note].filter { !written.contains($0) })
        switch lead {
        case .meeting:
            return between.isEmpty ? [] : keywords([.on])
        case .on:
            return between.isEmpty ? [] : rest
        case .in:
            return between.isEmpty ? phases() : rest
        case .place, .note:
            return between.isEmpty ? [] : rest
        default:
            return []
        }
    }

    /// The status words, Danish first, then the English words that mean the same.
    private func statusWords() -> [Completion.Candidate] {
        let language = language
        return RecruitmentStatus.words.enumerated().compactMap { index, word in
            guard let status = RecruitmentStatus.read(word) else { return nil }
            return item(
                label: word, insert: word, kind: .enumMember,
                detail: { Text(en: "status · ", da: "status · ")(language) + status.word(language) },
                sortGroup: index)
        }
    }

    /// The units the plan already uses (declarations and role lines), once
    /// each as the resolver reads them, in the order first written; always quoted.
    private func units() -> [Completion.Candidate] {
        let plan = plan
        let language = language
        var seen = Set<String>()
        var units: [String] = []
        for facts in plan.participants.map(\.facts) + plan.roles.map(\.facts) {
            guard let unit = facts.unit, !unit.isEmpty, seen.insert(NameKey(unit).text).inserted else { continue }
            units.append(unit)
        }
        return units.enumerated().map { index, unit in
            let key = NameKey(unit)
            return item(
                label: unit, insert: Quoting.quoted(unit), kind: .value,
                detail: {
                    let people = plan.participants.filter { $0.facts.unit.map(NameKey.init) == key }.count
                    return Text(en: "unit · \(people) in the plan", da: "enhed · \(people) i planen")(language)
                },
                sortGroup: index)
        }
    }

    /// The phases, in plan order, for a meeting's `in`.
    private func phases() -> [Completion.Candidate] {
        let plan = plan
        let language = language
        var seen = Set<String>()
        return plan.phases.enumerated().compactMap { index, phase in
            guard seen.insert(NameKey(phase.name).text).inserted else { return nil }
            return item(
                label: phase.name, insert: quotedIfNeeded(phase.name), kind: .enumMember,
                detail: {
                    var detail = Text(en: "phase \(index + 1)", da: "fase \(index + 1)")(language)
                    if let dates = phase.dates {
                        detail += " · \(dates.start.text)" + (dates.end.map { " – \($0.text)" } ?? "")
                    }
                    return detail
                },
                sortGroup: index)
        }
    }

    /// What the keywords of this issue do, for the completion's detail.
    static func trackedExplanation(_ keyword: Keyword) -> Text? {
        switch keyword {
        case .unit: return Text(en: "the department or organisation they come from", da: "den afdeling eller organisation, vedkommende kommer fra")
        case .status: return Text(en: "where recruitment stands", da: "hvor langt rekrutteringen er")
        case .note: return Text(en: "a note for people", da: "en bemærkning til læseren")
        case .contact: return Text(en: "how to reach them (an e-mail address)", da: "hvordan man når vedkommende (en e-mailadresse)")
        case .for: return Text(en: "why they take part in this phase", da: "hvorfor vedkommende er med i fasen")
        case .meeting: return Text(en: "a meeting in a phase", da: "et møde i en fase")
        case .on: return Text(en: "the meeting's date", da: "mødets dato")
        case .in: return Text(en: "the phase the meeting belongs to", da: "den fase, mødet hører til")
        case .place: return Text(en: "where the meeting is held", da: "hvor mødet holdes")
        default: return nil
        }
    }
}
