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
        let candidates = Keyword.allCases.filter { allowed.contains($0) }.map(\.rawValue)
        guard let spelled = Suggest.closest(to: word, among: candidates), let keyword = Keyword(rawValue: spelled) else {
            return nil
        }
        return KeywordSlip(keyword: keyword, isDanish: false)
    }
}
