import NetplanBase
import NetplanSyntax
import NetplanCheck

/// What a hover adds about who someone is (`unit`, `status`, `note`,
/// `contact`), why they are invited (`for`), and a phase's meetings.
extension Hover {
    /// Free text from a plan for Markdown (see `Markdown.escape`).
    static func plain(_ text: String) -> String { Markdown.escape(text) }

    /// A text from the plan, in quotation marks.
    static func quote(_ text: String) -> String { "“" + plain(text) + "”" }

    /// A participant's facts: their declaration's, and for a field it leaves
    /// out, what a role line naming them says.
    static func facts(of index: Int, in plan: ResolvedPlan) -> PersonFacts {
        var facts = plan.participants[index].facts
        for role in plan.roles where role.participant == index {
            if facts.unit == nil { facts.unit = role.facts.unit }
            if facts.statusWord == nil {
                facts.statusWord = role.facts.statusWord
                facts.status = role.facts.status
            }
            if facts.note == nil { facts.note = role.facts.note }
            if facts.contact == nil { facts.contact = role.facts.contact }
        }
        return facts
    }

    /// One line each for the unit, the status (its word in the client's
    /// language), the note and the contact that are given.
    static func factLines(_ facts: PersonFacts, _ language: Language) -> [String] {
        var lines: [String] = []
        if let unit = facts.unit {
            lines.append("- " + Text(en: "unit", da: "enhed")(language) + ": " + plain(unit))
        }
        if let status = facts.status {
            lines.append("- " + Text(en: "status", da: "status")(language) + ": **" + status.word(language) + "**")
        } else if let word = facts.statusWord {
            lines.append(
                "- " + Text(en: "status", da: "status")(language) + ": " + code(word.text) + " "
                    + Text(en: "(not a status word)", da: "(ikke et statusord)")(language))
        }
        if let note = facts.note, !note.isEmpty {
            lines.append("- " + Text(en: "note", da: "bemærkning")(language) + ": " + quote(note))
        }
        if let contact = facts.contact {
            lines.append("- " + Text(en: "contact", da: "kontakt")(language) + ": " + plain(contact))
        }
        return lines
    }

    /// On an invitation with `for "..."`: why they take part in that phase.
    static func purpose(
        of participant: Int, at occurrence: NameOccurrence, in document: OpenDocument, _ language: Language
    ) -> [String] {
        guard occurrence.use == .invite else { return [] }
        let plan = document.plan
        guard
            let phase = plan.phases.first(where: {
                $0.statementRange.start <= occurrence.range.start && occurrence.range.end <= $0.statementRange.end
            }),
            // The purpose written after this name: the first of theirs after it.
            let purpose = phase.purposes.filter({ $0.participant == participant && $0.range.start >= occurrence.range.end })
                .min(by: { $0.range.start < $1.range.start })
        else { return [] }
        return [
            "- " + Text(en: "why in", da: "hvorfor med i")(language) + " \(code(phase.name)): " + quote(purpose.text)
        ]
    }

    /// The meetings of a phase, by date.
    static func meetingLines(of phase: Int, in plan: ResolvedPlan, _ language: Language) -> [String] {
        let meetings = plan.meetings.filter { $0.phase == phase }
        guard !meetings.isEmpty else { return [] }
        let written = meetings.map { meeting in
            let when = [meeting.date.map { "\($0)" }, meeting.time.map(\.text)].compactMap { $0 }.joined(separator: " ")
            return code(meeting.name) + (when.isEmpty ? "" : " (\(when))")
        }
        return ["- " + Text(en: "meetings", da: "møder")(language) + ": " + written.joined(separator: ", ")]
    }
}
