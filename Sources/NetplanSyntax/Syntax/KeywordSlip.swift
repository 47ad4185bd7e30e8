import NetplanBase

/// A word written where a keyword belongs: the Danish word for it
/// (`kerne`, `fase`, `inviter`) or a misspelling (`invte`, `pahse`). The
/// keywords stay English; the parser says "did you mean `core`?" and reads
/// the line as if the keyword had been written, so nothing cascades from it.
struct KeywordSlip: Equatable {
    /// The keyword the word stands for.
    package var keyword: Keyword
    /// Whether the word is Danish (else it is a misspelling).
    var isDanish: Bool

    /// The Danish words (lower-case) people write for each keyword.
    package static let danish: [String: Keyword] = [
        "netværk": .network, "netværket": .network, "tema": .network,
        "type": .kind, "slags": .kind,
        "leder": .leader, "netværksleder": .leader,
        "medleder": .codriver, "co-driver": .codriver, "medkører": .codriver, "medchauffør": .codriver,
        "referenceleder": .reference, "reference-leder": .reference,
        "diamant": .diamond, "kompetencediamant": .diamond,
        "kerne": .core, "kernedeltager": .core, "kernedeltagere": .core,
        "deltager": .participant, "deltagere": .participant,
        "gruppe": .group, "grupper": .group,
        "fase": .phase, "faser": .phase,
        "fra": .from, "til": .to,
        "inviter": .invite, "invitér": .invite, "inviterer": .invite, "inviteret": .invite,
        "behov": .needs, "kræver": .needs,
        "uden": .without,
        "sæt": .set, "indstil": .set, "indstilling": .set,
        "tillad": .allow, "tillat": .allow,
        "enhed": .unit, "afdeling": .unit, "forvaltning": .unit,
        "notat": .note, "bemærkning": .note,
        "kontakt": .contact, "mail": .contact, "e-mail": .contact,
        "møde": .meeting, "mødet": .meeting,
        "på": .on, "sted": .place, "i": .in,
        "formål": .for,
        "brug": .use, "anvend": .use,
    ]

    /// The keyword `word` stands for, among `allowed`.
    ///
    /// Where only a keyword can stand (the start of a line, right after a
    /// phase's `:`), any close spelling counts, also with a capital letter.
    /// Where a name could stand too (after a name in a list), `strict` takes
    /// only a lower-case word that is not a name the plan knows: names are
    /// written with a capital letter, keywords never are.
    package static func find(_ word: String, among allowed: Set<Keyword>, strict: Bool) -> KeywordSlip? {
        let lower = word.lowercased()
        if strict, lower != word { return nil }
        if let keyword = danish[lower], allowed.contains(keyword) {
            return KeywordSlip(keyword: keyword, isDanish: true)
        }
        // A word of one or two letters is too short to be a misspelling of anything.
        if strict, word.unicodeScalars.count < 4 { return nil }
        if !strict, word.unicodeScalars.count < 3 { return nil }
        guard let spelled = index(for: allowed).closest(to: word), let keyword = Keyword(rawValue: spelled) else {
            return nil
        }
        return KeywordSlip(keyword: keyword, isDanish: false)
    }

    /// The "did you mean" index of each set of keywords asked for, built once
    /// per set (the parser asks for a handful of sets, for every word of a
    /// list): building one per word was most of the time of a parse.
    private static let indexes = LockedValue<[UInt64: SuggestionIndex]>([:])

    /// One bit per keyword of `allowed`, by its place in `Keyword.allCases`.
    static func mask(_ allowed: Set<Keyword>) -> UInt64 {
        var mask: UInt64 = 0
        for keyword in allowed { mask |= 1 << UInt64(Keyword.allCases.firstIndex(of: keyword) ?? 0) }
        return mask
    }

    /// The index of the keywords of `allowed`, in the order of `Keyword.allCases`.
    private static func index(for allowed: Set<Keyword>) -> SuggestionIndex {
        let mask = mask(allowed)
        return indexes.withLock { cache in
            if let index = cache[mask] { return index }
            let index = SuggestionIndex(Keyword.allCases.filter { allowed.contains($0) }.map(\.rawValue))
            cache[mask] = index
            return index
        }
    }

    /// The answers of `find` for one parse, by word, keywords asked for and strictness.
    struct Memo {
        private struct Query: Hashable {
            var word: String
            var mask: UInt64
            var strict: Bool
        }
        private var answers: [Query: KeywordSlip?] = [:]

        /// `KeywordSlip.find`, asked once per distinct question.
        mutating func find(_ word: String, among allowed: Set<Keyword>, strict: Bool) -> KeywordSlip? {
            let query = Query(word: word, mask: KeywordSlip.mask(allowed), strict: strict)
            if let answer = answers[query] { return answer }
            let answer = KeywordSlip.find(word, among: allowed, strict: strict)
            answers[query] = answer
            return answer
        }
    }
}
