import NetplanBase
import NetplanSyntax
import NetplanCheck

/// Who people are, in the report: unit, recruitment status (a badge), note
/// and contact, on each row of the matrix and on each role; and the
/// recruitment summary near the top ("9 of 12 confirmed; 2 contacted").
extension ReportPage {
    // MARK: - Facts about a person or group

    /// The facts as one line of small items: unit, status badge, note,
    /// contact (a `mailto:` link when it holds an e-mail address). Nothing
    /// when the plan says nothing.
    package mutating func facts(_ facts: PersonFacts) {
        let badge = facts.status != nil || facts.statusWord != nil
        guard facts.unit != nil || badge || facts.note != nil || facts.contact != nil else { return }
        out.append("<span class=\"facts\">")
        var first = true
        func separate(_ out: inout ByteWriter) {
            if !first { out.append(" ") }
            first = false
        }
        if let unit = facts.unit {
            separate(&out)
            say("<span class=\"unit\" title=\"", Self.unitWord, "\">")
            escape("", unit, "</span>")
        }
        if badge {
            separate(&out)
            statusBadge(facts)
        }
        if let note = facts.note {
            separate(&out)
            escape("<span class=\"pnote\">", note, "</span>")
        }
        if let contact = facts.contact {
            separate(&out)
            contactLink(contact, email: facts.email)
        }
        out.append("</span>")
    }

    static let unitWord = Text(en: "Unit", da: "Enhed")
    static let statusWord = Text(en: "Status", da: "Status")

    /// The status as a badge: a colour and the word, so it still reads in
    /// black and white (the border style differs too). A word the plan
    /// writes that is no status is shown as written, in a plain badge.
    /// Nothing when the plan gives no status.
    package mutating func statusBadge(_ facts: PersonFacts) {
        if let status = facts.status {
            out.append("<span class=\"status ")
            out.append(utf8: status.rawValue)
            say("\"><span class=\"sr\">", Self.statusWord, ": </span>")
            say("", status.word, "</span>")
        } else if let written = facts.statusWord {
            say("<span class=\"status unknown\"><span class=\"sr\">", Self.statusWord, ": </span>")
            escape("", written.text, "</span>")
        }
    }

    /// The contact as text, with the e-mail address in it as a `mailto:`
    /// link. Everything goes through the HTML escaper, scalar by scalar.
    package mutating func contactLink(_ contact: String, email: String?) {
        guard let email, let range = contact.range(of: email) else {
            return escape("<span class=\"contact\">", contact, "</span>")
        }
        escape("<span class=\"contact\">", String(contact[..<range.lowerBound]), "<a href=\"mailto:")
        escape("", email, "\">")
        escape("", email, "</a>")
        escape("", String(contact[range.upperBound...]), "</span>")
    }

    /// A role's facts: those on the role line, or else those of the
    /// participant of the same name.
    func facts(of role: RoleAssignment) -> PersonFacts {
        if !role.facts.isEmpty { return role.facts }
        return role.participant.map { plan.participants[$0].facts } ?? role.facts
    }

    // MARK: - Recruitment summary

    /// Everybody whose status the plan tracks, once each: participants and
    /// groups, then role holders who are not participants.
    func tracked() -> [(name: String, facts: PersonFacts)] {
        var seen: Set<NameKey> = []
        var people: [(name: String, facts: PersonFacts)] = []
        for participant in plan.participants where participant.facts.status != nil {
            if seen.insert(NameKey(participant.name)).inserted { people.append((participant.name, participant.facts)) }
        }
        for role in plan.roles where role.participant == nil && role.facts.status != nil {
            if seen.insert(NameKey(role.name.text)).inserted { people.append((role.name.text, role.facts)) }
        }
        return people
    }

    /// How a count of a status reads: "9 of 12 confirmed" / "9 af 12 har
    /// bekræftet", "2 contacted" / "2 er kontaktet". The words come from
    /// `RecruitmentStatus.word`; Danish adds the verb.
    static func phrase(_ status: RecruitmentStatus, count: Int, of total: Int?) -> Text {
        let verb = status == .confirmed || status == .declined ? "har" : "er"
        let english = total.map { "\(count) of \($0) " } ?? "\(count) "
        let danish = total.map { "\(count) af \($0) " } ?? "\(count) "
        return Text(en: english + status.word(.english), da: danish + verb + " " + status.word(.danish))
    }

    /// The summary line: "9 of 12 confirmed; 2 contacted; 1 declined",
    /// then who is still to be confirmed. When nobody has a status, one
    /// quiet line says that status is not tracked.
    package mutating func recruitment() {
        let people = tracked()
        guard !people.isEmpty else {
            out.append("<p class=\"recruitment untracked\">")
            message(
                Text(
                    en: "Recruitment status is not tracked in this plan: write `status kontaktet` (or foreslået, bekræftet, afslået) after a name.",
                    da: "Planen følger ikke rekrutteringen: skriv `status kontaktet` (eller foreslået, bekræftet, afslået) efter et navn."
                )(language))
            out.append("</p>\n")
            return
        }
        let counts = Dictionary(grouping: people.compactMap(\.facts.status), by: { $0 }).mapValues(\.count)
        say(
            "<div class=\"recruitment\">\n<h2 class=\"inline\">", Text(en: "Recruitment", da: "Rekruttering"),
            "</h2> <p class=\"summary-line\">")
        say(Self.phrase(.confirmed, count: counts[.confirmed] ?? 0, of: people.count))
        for status in [RecruitmentStatus.contacted, .suggested, .declined] {
            if let count = counts[status] { say("; ", Self.phrase(status, count: count, of: nil), "") }
        }
        out.append("</p>\n")
        let open = people.filter { $0.facts.status?.isOpen == true }
        if !open.isEmpty {
            say("<p class=\"open\">", Text(en: "Not yet confirmed:", da: "Endnu ikke bekræftet:"), " ")
            for (number, person) in open.enumerated() {
                escape(number > 0 ? ", <span class=\"who-open\">" : "<span class=\"who-open\">", person.name, " ")
                statusBadge(person.facts)
                out.append("</span>")
            }
            out.append("</p>\n")
        }
        out.append("</div>\n")
    }
}
