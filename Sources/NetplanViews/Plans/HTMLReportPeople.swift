import NetplanBase
import NetplanSyntax
import NetplanCheck

/// Who people are, in the report: unit, recruitment status (a badge), note
/// and contact, on each row of the matrix and on each role; and the
/// recruitment summary near the top ("9 of 12 confirmed; 2 contacted").
extension ReportPage {
    // MARK: - Facts about a person or group

    /// The facts as one line of small items: unit, status badge, note,
    /// contact (a `mailto:` link when it holds an e-mail address). Empty when
    /// the plan says nothing.
    package func facts(_ facts: PersonFacts) -> String {
        var items: [String] = []
        if let unit = facts.unit {
            items.append("<span class=\"unit\" title=\"\(say(Self.unitWord))\">\(HTML.escape(unit))</span>")
        }
        if let badge = statusBadge(facts) { items.append(badge) }
        if let note = facts.note {
            items.append("<span class=\"pnote\">\(HTML.escape(note))</span>")
        }
        if let contact = facts.contact {
            items.append(contactLink(contact, email: facts.email))
        }
        guard !items.isEmpty else { return "" }
        return "<span class=\"facts\">" + items.joined(separator: " ") + "</span>"
    }

    static let unitWord = Text(en: "Unit", da: "Enhed")
    static let statusWord = Text(en: "Status", da: "Status")

    /// The status as a badge: a colour and the word, so it still reads in
    /// black and white (the border style differs too). A word the plan
    /// writes that is no status is shown as written, in a plain badge.
    package func statusBadge(_ facts: PersonFacts) -> String? {
        if let status = facts.status {
            return "<span class=\"status \(status.rawValue)\">"
                + "<span class=\"sr\">\(say(Self.statusWord)): </span>\(say(status.word))</span>"
        }
        guard let written = facts.statusWord else { return nil }
        return "<span class=\"status unknown\"><span class=\"sr\">\(say(Self.statusWord)): </span>"
            + "\(HTML.escape(written.text))</span>"
    }

    /// The contact as text, with the e-mail address in it as a `mailto:`
    /// link. Everything goes through the HTML escaper, scalar by scalar.
    package func contactLink(_ contact: String, email: String?) -> String {
        guard let email, let range = contact.range(of: email) else {
            return "<span class=\"contact\">\(HTML.escape(contact))</span>"
        }
        let before = HTML.escape(String(contact[..<range.lowerBound]))
        let after = HTML.escape(String(contact[range.upperBound...]))
        return "<span class=\"contact\">\(before)<a href=\"mailto:\(HTML.escape(email))\">\(HTML.escape(email))</a>\(after)</span>"
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
    package func recruitment() -> String {
        let people = tracked()
        guard !people.isEmpty else {
            return "<p class=\"recruitment untracked\">"
                + HTML.message(
                    Text(
                        en: "Recruitment status is not tracked in this plan: write `status kontaktet` (or foreslået, bekræftet, afslået) after a name.",
                        da: "Planen følger ikke rekrutteringen: skriv `status kontaktet` (eller foreslået, bekræftet, afslået) efter et navn."
                    )(language)) + "</p>\n"
        }
        let counts = Dictionary(grouping: people.compactMap(\.facts.status), by: { $0 }).mapValues(\.count)
        var parts = [say(Self.phrase(.confirmed, count: counts[.confirmed] ?? 0, of: people.count))]
        for status in [RecruitmentStatus.contacted, .suggested, .declined] {
            if let count = counts[status] { parts.append(say(Self.phrase(status, count: count, of: nil))) }
        }
        var out = "<div class=\"recruitment\">\n<h2 class=\"inline\">\(say(Text(en: "Recruitment", da: "Rekruttering")))</h2> "
        out += "<p class=\"summary-line\">\(parts.joined(separator: "; "))</p>\n"
        let open = people.filter { $0.facts.status?.isOpen == true }
        if !open.isEmpty {
            out += "<p class=\"open\">\(say(Text(en: "Not yet confirmed:", da: "Endnu ikke bekræftet:"))) "
            out += open.map { person in
                "<span class=\"who-open\">\(HTML.escape(person.name)) \(statusBadge(person.facts) ?? "")</span>"
            }.joined(separator: ", ")
            out += "</p>\n"
        }
        return out + "</div>\n"
    }
}
