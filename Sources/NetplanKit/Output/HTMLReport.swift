/// Escaping for HTML text and attribute values.
enum HTML {
    /// Escapes `&`, `<`, `>`, `"` and `'`, so the result is safe both as
    /// element text and inside a double- or single-quoted attribute; a
    /// control character other than a line feed (HTML may not hold them) is
    /// shown as `\u{1B}`, as in every text output. Scalar by scalar.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n": out.unicodeScalars.append(character)
            default:
                if ControlCharacters.isControl(character) {
                    out += ControlCharacters.escaped(character)
                } else {
                    out.unicodeScalars.append(character)
                }
            }
        }
        return out
    }

    /// Escapes a message and shows its `quoted` parts as code, as the text
    /// renderer's backticks mean.
    static func message(_ text: String) -> String {
        let parts = escape(text).split(separator: "`", omittingEmptySubsequences: false)
        // An unpaired backtick stays a backtick.
        guard parts.count % 2 == 1 else { return escape(text) }
        var out = ""
        for (index, part) in parts.enumerated() {
            out += index % 2 == 1 ? "<code>\(part)</code>" : String(part)
        }
        return out
    }
}

/// `netplan report`: the checked plan as one self-contained HTML page, for
/// the screen and for A4 landscape paper. It holds the network and its roles,
/// the competence diamond, the planning matrix with each phase's covered and
/// missing needs, who suggested whom, and the findings.
///
/// The page uses no external file, font, script or network resource, and the
/// same plan always gives the same bytes.
public enum HTMLReport {
    /// The page for a checked plan, in `language`.
    public static func render(_ result: CheckResult, language: Language) -> String {
        Page(result: result, language: language).render()
    }
}

/// Builds the page section by section.
private struct Page {
    let result: CheckResult
    let language: Language
    var plan: ResolvedPlan { result.plan }

    /// A text in the page's language, escaped.
    func say(_ text: Text) -> String { HTML.escape(text(language)) }

    /// A count with its noun in singular or plural.
    func count(_ value: Int, _ one: Text, _ many: Text) -> String {
        "\(value) " + (value == 1 ? one(language) : many(language))
    }

    var networkName: String {
        plan.network?.name.text ?? Text(en: "Network plan", da: "Netværksplan")(language)
    }

    func render() -> String {
        var out = "<!DOCTYPE html>\n"
        out += "<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"generator\" content=\"netplan \(HTML.escape(Tool.version))\">\n"
        out += "<meta name=\"color-scheme\" content=\"light\">\n"
        out += "<title>\(HTML.escape(networkName)) – \(say(Text(en: "network plan", da: "netværksplan")))</title>\n"
        out += "<style>\n\(Self.style)</style>\n</head>\n<body>\n<main>\n"
        out += masthead()
        out += overview()
        out += matrix()
        out += findings()
        out += footer()
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    // MARK: - The network, its roles and counts

    func masthead() -> String {
        var out = "<header class=\"masthead\">\n"
        out += "<p class=\"kicker\">\(say(Text(en: "Network plan", da: "Netværksplan")))</p>\n"
        if let network = plan.network {
            out += "<h1>\(HTML.escape(network.name.text))</h1>\n"
        } else {
            out += "<h1 class=\"unset\">\(say(Text(en: "A network without a theme", da: "Et netværk uden tema")))</h1>\n"
        }
        var meta: [String] = []
        if let kind = plan.network?.kind?.text {
            meta.append("<span class=\"badge\">\(HTML.escape(Self.kindName(kind)(language)))</span>")
        }
        if let period = period() {
            meta.append("<span>\(period)</span>")
        }
        meta.append("<span>\(say(Text(en: "File", da: "Fil"))) <code>\(HTML.escape(plan.source.path))</code></span>")
        out += "<p class=\"meta\">\(meta.joined(separator: " "))</p>\n"

        out += "<dl class=\"roles\">\n"
        let roles: [(RoleKind, Text)] = [
            (.leader, Text(en: "Network leader", da: "Netværksleder")),
            (.codriver, Text(en: "Co-driver", da: "Co-driver")),
            (.reference, Text(en: "Reference leader", da: "Referenceleder")),
        ]
        for (role, title) in roles {
            if let person = plan.role(role) {
                out += "<div class=\"role\"><dt>\(say(title))</dt><dd>\(HTML.escape(person.name.text))</dd></div>\n"
            } else {
                out += "<div class=\"role unset\"><dt>\(say(title))</dt>"
                out += "<dd>\(say(Text(en: "not named yet", da: "ikke navngivet endnu")))</dd></div>\n"
            }
        }
        out += "</dl>\n"

        let core = plan.participants.filter(\.isCore).count
        let asNeeded = plan.participants.filter { $0.kind == .participant }.count
        let groups = plan.participants.filter(\.isGroup).count
        let team = result.configuration.coreTeam
        let teamOK = team.contains(core)
        let file = FileDiagnostics(source: result.source, diagnostics: result.diagnostics)
        out += "<ul class=\"stats\">\n"
        out += stat(
            core, Text(en: "core participant", da: "kernedeltager"), Text(en: "core participants", da: "kernedeltagere"),
            detail: Text(
                en: "the method suggests \(team.lowerBound)–\(team.upperBound)",
                da: "metoden foreslår \(team.lowerBound)–\(team.upperBound)"),
            alert: !teamOK)
        let needed = Text(en: "involved as needed", da: "inddrages efter behov")
        out += stat(asNeeded, needed, needed)
        out += stat(
            groups, Text(en: "group of actors", da: "gruppe af aktører"), Text(en: "groups of actors", da: "grupper af aktører"))
        out += stat(plan.phases.count, Text(en: "phase", da: "fase"), Text(en: "phases", da: "faser"))
        let findingsDetail = [
            count(file.count(.error), Text(en: "error", da: "fejl"), Text(en: "errors", da: "fejl")),
            count(file.count(.warning), Text(en: "warning", da: "advarsel"), Text(en: "warnings", da: "advarsler")),
            count(file.count(.note), Text(en: "note", da: "bemærkning"), Text(en: "notes", da: "bemærkninger")),
        ].joined(separator: ", ")
        out += stat(
            result.diagnostics.count, Text(en: "finding", da: "fund"), Text(en: "findings", da: "fund"), detail: .verbatim(findingsDetail),
            alert: file.count(.error) > 0)
        out += "</ul>\n</header>\n"
        return out
    }

    func stat(_ value: Int, _ one: Text, _ many: Text, detail: Text? = nil, alert: Bool = false) -> String {
        var out = "<li class=\"stat\(alert ? " alert" : "")\"><span class=\"n\">\(value)</span> "
        out += "<span class=\"l\">\(say(value == 1 ? one : many))</span>"
        if let detail { out += "<span class=\"d\">\(say(detail))</span>" }
        return out + "</li>\n"
    }

    /// "4 Jan – 30 Jun 2027": from the first phase's start to the last phase's end.
    func period() -> String? {
        let starts = plan.phases.compactMap(\.start)
        let ends = plan.phases.compactMap { $0.end ?? $0.start }
        guard let first = starts.min(), let last = ends.max() else { return nil }
        return say(Text(en: "Period", da: "Periode")) + " " + dateRange(first, last)
    }

    static func kindName(_ kind: String) -> Text {
        switch kind.lowercased() {
        case "læringsnetværk": return Text(en: "learning network", da: "læringsnetværk")
        case "velfærdsnetværk": return Text(en: "welfare network", da: "velfærdsnetværk")
        case "innovationsnetværk": return Text(en: "innovation network", da: "innovationsnetværk")
        default: return .verbatim(kind)
        }
    }

    // MARK: - Dates

    static let monthsEnglish = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let monthsDanish = [
        "jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec.",
    ]

    func dayMonth(_ date: CalendarDate) -> String {
        let index = min(max(date.month - 1, 0), 11)
        return language == .danish
            ? "\(date.day). \(Self.monthsDanish[index])" : "\(date.day) \(Self.monthsEnglish[index])"
    }

    func time(_ date: CalendarDate, withYear: Bool) -> String {
        let shown = dayMonth(date) + (withYear ? " \(date.year)" : "")
        return "<time datetime=\"\(date.description)\">\(HTML.escape(shown))</time>"
    }

    /// A date range that names a shared year once.
    func dateRange(_ start: CalendarDate, _ end: CalendarDate?) -> String {
        guard let end, end != start else { return time(start, withYear: true) }
        return time(start, withYear: start.year != end.year) + " – " + time(end, withYear: true)
    }

    // MARK: - Diamond and referrals

    func overview() -> String {
        var out = "<div class=\"overview\">\n"
        out += diamond()
        out += referrals()
        out += "</div>\n"
        return out
    }

    func diamond() -> String {
        let corners = DiamondSVG.corners(plan)
        var out = "<section class=\"card diamond-card\" aria-labelledby=\"diamond-heading\">\n"
        out += "<h2 id=\"diamond-heading\">\(say(Text(en: "Competence diamond", da: "Kompetencediamanten")))</h2>\n"
        out += "<p class=\"lead\">"
        out += say(
            plan.diamondIsDefault
                ? Text(
                    en: "Who brings each competence of the diamond (the default four).",
                    da: "Hvem bringer hver af diamantens kompetencer (de fire som standard).")
                : Text(
                    en: "Who brings each competence of the plan's own diamond.",
                    da: "Hvem bringer hver af kompetencerne i planens egen diamant."))
        out += "</p>\n<div class=\"diamond-row\">\n<figure class=\"figure\">\n"
        out += DiamondSVG.render(corners, language: language)
        out += "\n</figure>\n"

        // The text legend: the same numbers as the drawing, as a table.
        out += "<div class=\"legend\">\n<table class=\"counts\">\n"
        out += "<caption>\(say(Text(en: "Who brings each competence", da: "Hvem bringer hver kompetence")))</caption>\n"
        out += "<thead><tr><th scope=\"col\">\(say(Text(en: "Competence", da: "Kompetence")))</th>"
        out += "<th scope=\"col\"><span class=\"swatch core\" aria-hidden=\"true\"></span>\(say(Text(en: "Core", da: "Kerne")))</th>"
        out += "<th scope=\"col\"><span class=\"swatch need\" aria-hidden=\"true\"></span>"
        out += "\(say(Text(en: "As needed", da: "Efter behov")))</th>"
        out += "<th scope=\"col\"><span class=\"swatch grp\" aria-hidden=\"true\"></span>"
        out += "\(say(Text(en: "Groups", da: "Grupper")))</th></tr></thead>\n<tbody>\n"
        for corner in corners {
            if corner.isMissing {
                out += "<tr class=\"missing\"><th scope=\"row\">\(HTML.escape(corner.name))</th>"
                out += "<td colspan=\"3\">⚠ \(say(Text(en: "nobody brings it", da: "ingen bringer den")))</td></tr>\n"
            } else {
                out += "<tr><th scope=\"row\">\(HTML.escape(corner.name))</th><td>\(corner.core)</td>"
                out += "<td>\(corner.asNeeded)</td><td>\(corner.groups)</td></tr>\n"
            }
        }
        out += "</tbody>\n</table>\n"
        out += "<p class=\"note-text\">"
        out += say(
            Text(
                en: "Each corner shows how many core participants, participants involved as needed and groups bring that competence; red marks a competence nobody brings. The shaded shape shows how far each competence reaches: dark for the core team, light for everyone.",
                da: "Hvert hjørne viser, hvor mange kernedeltagere, deltagere der inddrages efter behov, og grupper der bringer kompetencen; rød markerer en kompetence, som ingen bringer. Den skraverede figur viser, hvor langt hver kompetence rækker: mørk for kerneteamet, lys for alle."))
        out += "</p>\n</div>\n</div>\n</section>\n"
        return out
    }

    func referrals() -> String {
        var out = "<section class=\"card referrals-card\" aria-labelledby=\"referrals-heading\">\n"
        out += "<h2 id=\"referrals-heading\">\(say(Text(en: "Who suggested whom", da: "Hvem foreslog hvem")))</h2>\n"
        // Grouped by who suggested, in the order the suggesters first appear.
        var order: [String] = []
        var suggested: [String: [Int]] = [:]
        for (index, participant) in plan.participants.enumerated() {
            guard let via = participant.via?.text else { continue }
            if suggested[via] == nil { order.append(via) }
            suggested[via, default: []].append(index)
        }
        guard !order.isEmpty else {
            out += "<p class=\"empty\">"
            out += HTML.message(
                Text(
                    en: "No referrals are recorded yet. Write `via NAME` after a participant to note who suggested them on the relationship tour.",
                    da: "Der er ingen henvisninger endnu. Skriv `via NAVN` efter en deltager for at notere, hvem der foreslog dem på relationsrundturen."
                )(language))
            out += "</p>\n</section>\n"
            return out
        }
        let people = plan.participants.filter { !$0.isBuiltIn }.count
        let referred = order.reduce(0) { $0 + (suggested[$1]?.count ?? 0) }
        out += "<p class=\"lead\">"
        out += say(
            Text(
                en: "\(referred) of \(people) were suggested by someone, on the relationship tour or otherwise.",
                da: "\(referred) af \(people) blev foreslået af nogen, på relationsrundturen eller på anden vis."))
        out += "</p>\n<ul class=\"referrals\">\n"
        let roleTitles: [RoleKind: Text] = [
            .leader: Text(en: "network leader", da: "netværksleder"),
            .codriver: Text(en: "co-driver", da: "co-driver"),
            .reference: Text(en: "reference leader", da: "referenceleder"),
        ]
        for via in order {
            let known = plan.participant(named: via) != nil
            let role = plan.roles.first { $0.name.text == via }.flatMap { roleTitles[$0.role] }
            out += "<li\(known ? "" : " class=\"unknown\"")><span class=\"from\">\(HTML.escape(via))</span>"
            if !known, let role {
                out += " <span class=\"flag\">(\(say(role)), \(say(Text(en: "not a participant", da: "ikke deltager"))))</span>"
            } else if !known {
                out += " <span class=\"flag\">(\(say(Text(en: "not in the plan", da: "ikke i planen"))))</span>"
            }
            out += " <span class=\"arrow\" aria-hidden=\"true\">→</span>"
            out += "<span class=\"sr\"> \(say(Text(en: "suggested", da: "foreslog")))</span> "
            let names = (suggested[via] ?? []).map { "<span class=\"to\">\(HTML.escape(plan.participants[$0].name))</span>" }
            out += names.joined(separator: ", ")
            out += "</li>\n"
        }
        out += "</ul>\n</section>\n"
        return out
    }

    // MARK: - The planning matrix

    func kindWord(_ participant: Participant) -> Text {
        if participant.isBuiltIn { return Text(en: "built-in group", da: "indbygget gruppe") }
        switch participant.kind {
        case .core: return Text(en: "core", da: "kerne")
        case .participant: return Text(en: "as needed", da: "efter behov")
        case .group: return Text(en: "group", da: "gruppe")
        }
    }

    func matrix() -> String {
        var out = "<section class=\"matrix-section\" aria-labelledby=\"matrix-heading\">\n"
        out += "<h2 id=\"matrix-heading\">\(say(Text(en: "Planning matrix", da: "Planlægningsskema")))</h2>\n"
        guard !plan.phases.isEmpty || !plan.participants.isEmpty else {
            out += "<p class=\"empty\">"
            out += say(
                Text(
                    en: "The plan has no participants and no phases yet.",
                    da: "Planen har endnu ingen deltagere og ingen faser."))
            out += "</p>\n</section>\n"
            return out
        }
        out += "<p class=\"key\" aria-hidden=\"true\">"
        out += "<span><span class=\"mark core\">●</span> \(say(Text(en: "core, present by default", da: "kerne, med som standard")))</span>"
        out += "<span><span class=\"mark invited\">◆</span> \(say(Text(en: "invited", da: "inviteret")))</span>"
        out += "<span><span class=\"mark without\">✕</span> \(say(Text(en: "left out (without)", da: "holdt ude (without)")))</span>"
        out += "<span><span class=\"mark absent\">·</span> \(say(Text(en: "not taking part", da: "deltager ikke")))</span>"
        out += "</p>\n"
        // The fewer the phases, the more room the names get.
        let phases = plan.phases.count
        let who = phases <= 3 ? 30 : phases <= 6 ? 26 : phases <= 9 ? 22 : phases <= 12 ? 19 : 17
        out += "<div class=\"matrix-wrap\">\n<table class=\"matrix\(phases > 10 ? " many" : "")\" style=\"--who: \(who)%\">\n"
        out += "<caption>"
        out += say(
            Text(
                en: "Who takes part in which phase: participants and groups as rows, phases as columns, in plan order.",
                da: "Hvem deltager i hvilken fase: deltagere og grupper som rækker, faser som kolonner, i planens rækkefølge."))
        out += "</caption>\n"
        out += "<colgroup><col class=\"who-col\">"
        if !plan.phases.isEmpty { out += "<col span=\"\(plan.phases.count)\" class=\"phase-col\">" }
        out += "</colgroup>\n"
        out += "<thead>\n<tr><th scope=\"col\" class=\"corner\">"
        out += "\(say(Text(en: "Participant", da: "Deltager")))</th>"
        for (index, phase) in plan.phases.enumerated() {
            out += "<th scope=\"col\" class=\"phase\"><span class=\"num\">\(index + 1)</span> "
            out += "<span class=\"pname\">\(HTML.escape(phase.name))</span>"
            if let start = phase.start {
                out += "<span class=\"dates\">\(dateRange(start, phase.end))</span>"
            }
            if !phase.needs.isEmpty {
                let needs = phase.needs.map { HTML.escape(plan.diamond[$0.competence].name) }.joined(separator: ", ")
                out += "<span class=\"needs\">\(say(Text(en: "needs", da: "behov"))): \(needs)</span>"
            }
            out += "</th>"
        }
        out += "</tr>\n</thead>\n"

        let sections: [(Text, [Int])] = [
            (
                Text(en: "Core participants", da: "Kernedeltagere"),
                plan.participants.indices.filter { plan.participants[$0].kind == .core }
            ),
            (
                Text(en: "Involved as needed", da: "Inddrages efter behov"),
                plan.participants.indices.filter { plan.participants[$0].kind == .participant }
            ),
            (
                Text(en: "Groups of actors", da: "Grupper af aktører"),
                plan.participants.indices.filter { plan.participants[$0].kind == .group }
            ),
        ]
        for (title, members) in sections where !members.isEmpty {
            out += "<tbody>\n<tr class=\"section\"><th scope=\"rowgroup\" colspan=\"\(plan.phases.count + 1)\">"
            out += "\(say(title)) <span class=\"count\">(\(members.count))</span></th></tr>\n"
            for index in members { out += row(index) }
            out += "</tbody>\n"
        }
        if !plan.phases.isEmpty { out += summaryRows() }
        out += "</table>\n</div>\n</section>\n"
        return out
    }

    func row(_ index: Int) -> String {
        let participant = plan.participants[index]
        var out = "<tr class=\"person \(participant.kind.rawValue)\"><th scope=\"row\" class=\"who\">"
        out += "<span class=\"name\">\(HTML.escape(participant.name))</span> "
        out += "<span class=\"kind\">\(say(kindWord(participant)))</span>"
        out += "<span class=\"tags\">"
        if participant.competences.isEmpty, participant.isBuiltIn {
            out += "<span class=\"quiet\">\(say(Text(en: "no competence declared", da: "ingen kompetence erklæret")))</span>"
        } else if participant.competences.isEmpty {
            out += "<span class=\"none\">\(say(Text(en: "no competence listed", da: "ingen kompetence angivet")))</span>"
        } else {
            out += participant.competences.map { "<span class=\"comp\">\(HTML.escape(plan.diamond[$0].name))</span>" }
                .joined(separator: " ")
        }
        if let via = participant.via {
            out += " <span class=\"via\">\(say(Text(en: "via", da: "via"))) \(HTML.escape(via.text))</span>"
        }
        out += "</span></th>"
        let present = Set(participant.phases)
        for (phaseIndex, phase) in plan.phases.enumerated() {
            if phase.without.contains(where: { $0.participant == index }) {
                out += cell("without", "✕", Text(en: "left out", da: "holdt ude"))
            } else if let attendance = phase.present.first(where: { $0.participant == index }) {
                switch attendance.presence {
                case .core:
                    out += cell("core", "●", Text(en: "core, present by default", da: "kerne, med som standard"))
                case .invited:
                    out += cell("invited", "◆", Text(en: "invited", da: "inviteret"))
                }
            } else if present.contains(phaseIndex) {
                out += cell("invited", "◆", Text(en: "taking part", da: "deltager"))
            } else {
                out += cell("absent", "·", Text(en: "not taking part", da: "deltager ikke"))
            }
        }
        return out + "</tr>\n"
    }

    func cell(_ kind: String, _ symbol: String, _ words: Text) -> String {
        "<td class=\"cell \(kind)\"><span class=\"mark\" aria-hidden=\"true\">\(symbol)</span>"
            + "<span class=\"sr\">\(say(words))</span></td>"
    }

    /// Per phase: how many are present, which needs are covered and which are missing.
    func summaryRows() -> String {
        var out = "<tbody class=\"summary\">\n"
        out += "<tr class=\"summary present-row\"><th scope=\"row\" class=\"summary\">"
        out += "\(say(Text(en: "Present", da: "Til stede")))</th>"
        for phase in plan.phases {
            let alert = phase.present.isEmpty ? " alert" : ""
            out += "<td class=\"present\(alert)\">\(phase.present.count)</td>"
        }
        out += "</tr>\n"
        out += "<tr class=\"summary covered-row\"><th scope=\"row\" class=\"summary\">"
        out += "\(say(Text(en: "Needs covered", da: "Behov dækket")))</th>"
        for phase in plan.phases {
            let covered = phase.needs.filter(\.isCovered)
            if phase.needs.isEmpty {
                out += "<td class=\"covered\"><span class=\"quiet\">\(say(Text(en: "no needs stated", da: "ingen behov angivet")))</span></td>"
            } else if covered.isEmpty {
                out += "<td class=\"covered\"><span class=\"quiet\">\(say(Text(en: "none", da: "ingen")))</span></td>"
            } else {
                out += "<td class=\"covered\">"
                out += covered.map { need in
                    let who = need.coveredBy.map { plan.participants[$0].name }.joined(separator: ", ")
                    return "<span class=\"comp ok\" title=\"\(HTML.escape(who))\"><span aria-hidden=\"true\">✓ </span>"
                        + "\(HTML.escape(plan.diamond[need.competence].name))</span>"
                }.joined(separator: " ")
                out += "</td>"
            }
        }
        out += "</tr>\n"
        out += "<tr class=\"summary missing-row\"><th scope=\"row\" class=\"summary\">"
        out += "\(say(Text(en: "Needs missing", da: "Behov mangler")))</th>"
        for phase in plan.phases {
            let missing = phase.missing
            if missing.isEmpty {
                out += "<td class=\"missing-none\"><span class=\"quiet\">–</span>"
                out += "<span class=\"sr\">\(say(Text(en: "none missing", da: "ingen mangler")))</span></td>"
            } else {
                out += "<td class=\"missing\">"
                out += missing.map { competence in
                    "<span class=\"comp miss\"><span aria-hidden=\"true\">! </span>"
                        + "<span class=\"sr\">\(say(Text(en: "missing:", da: "mangler:"))) </span>"
                        + "\(HTML.escape(plan.diamond[competence].name))</span>"
                }.joined(separator: " ")
                out += "</td>"
            }
        }
        out += "</tr>\n</tbody>\n"
        return out
    }

    // MARK: - Findings

    func findings() -> String {
        var out = "<section class=\"findings-section\" aria-labelledby=\"findings-heading\">\n"
        out += "<h2 id=\"findings-heading\">\(say(Text(en: "Findings", da: "Fund")))</h2>\n"
        guard !result.diagnostics.isEmpty else {
            out += "<p class=\"all-good\"><span aria-hidden=\"true\">✓ </span>"
            out += say(
                Text(
                    en: "No findings: the plan follows every rule netplan checks. Good luck with the network!",
                    da: "Ingen fund: planen følger alle de regler, netplan tjekker. God fornøjelse med netværket!"))
            out += "</p>\n</section>\n"
            return out
        }
        let groups: [(Severity, Text)] = [
            (.error, Text(en: "Errors", da: "Fejl")),
            (.warning, Text(en: "Warnings", da: "Advarsler")),
            (.note, Text(en: "Notes", da: "Bemærkninger")),
        ]
        for (severity, title) in groups {
            let members = result.diagnostics.filter { $0.severity == severity }
            guard !members.isEmpty else { continue }
            out += "<h3 class=\"\(severity.rawValue)\">\(say(title)) <span class=\"count\">(\(members.count))</span></h3>\n"
            out += "<ol class=\"findings\">\n"
            for diagnostic in members { out += finding(diagnostic) }
            out += "</ol>\n"
        }
        out += "</section>\n"
        return out
    }

    func finding(_ diagnostic: Diagnostic) -> String {
        let location = plan.source.location(of: diagnostic.range.start)
        let severity = diagnostic.severity
        var out = "<li class=\"finding \(severity.rawValue)\">\n<p class=\"head\">"
        out += "<span class=\"sev \(severity.rawValue)\">\(HTML.escape(severity.word(language)))</span> "
        out += "<code class=\"code\">\(HTML.escape(diagnostic.code))</code> "
        out += "<span class=\"line\">\(say(Text(en: "line", da: "linje"))) \(location.line)</span></p>\n"
        out += "<p class=\"msg\">\(HTML.message(diagnostic.message(language)))</p>\n"
        for note in diagnostic.notes {
            out += "<p class=\"note-text\">\(HTML.message(note(language)))</p>\n"
        }
        if let help = diagnostic.help {
            out += "<p class=\"help\"><b>\(say(Text(en: "Hint:", da: "Råd:")))</b> \(HTML.message(help(language)))</p>\n"
        }
        return out + "</li>\n"
    }

    func footer() -> String {
        var out = "<footer class=\"colophon\"><p>"
        out += say(
            Text(
                en: "Made with netplan \(Tool.version) from",
                da: "Lavet med netplan \(Tool.version) ud fra"))
        out += " <code>\(HTML.escape(plan.source.path))</code>. "
        out += say(
            Text(
                en: "Check the plan again after every change; print on A4 landscape for the meeting.",
                da: "Tjek planen igen efter hver ændring; udskriv på A4 liggende til mødet."))
        out += "</p></footer>\n"
        return out
    }

    // MARK: - Style

    static let style = """
        @page { size: A4 landscape; margin: 11mm 12mm 12mm; }
        :root {
          --ink: #1b2330; --muted: #566070; --faint: #9aa3b1; --line: #d9dee6; --soft: #f3f5f8; --paper: #fff;
          --core: #1f4e79; --core-soft: #e2ebf5;
          --need: #3b8fd0; --need-soft: #e3f1fb; --need-ink: #155c8f;
          --grp: #c0842a; --grp-soft: #fbefdb; --grp-ink: #6f450b;
          --alert: #b42318; --alert-soft: #fdecea;
          --warn: #a15c07; --warn-soft: #fdf2e0;
          --ok: #22734a; --ok-soft: #e4f3ea;
          --out: #6b7482; --out-soft: #eceff3;
        }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; background: #e9edf2; color: var(--ink);
          font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif; }
        main { max-width: 1320px; margin: 0 auto; padding: 28px 36px 36px; background: var(--paper); }
        h1, h2, h3 { line-height: 1.2; margin: 0; }
        h2 { font-size: 19px; margin: 0 0 6px; color: var(--core); }
        h3 { font-size: 15px; margin: 14px 0 8px; }
        p { margin: 0; }
        code { font-family: ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: .9em;
          background: var(--soft); border-radius: 4px; padding: 0 4px; }
        .sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
          clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
        .count { color: var(--muted); font-weight: 400; }
        .lead { color: var(--muted); font-size: 14px; margin-bottom: 8px; }
        .empty, .quiet { color: var(--muted); }
        .note-text { color: var(--muted); font-size: 13px; margin-top: 6px; }

        .masthead { border-bottom: 3px solid var(--core); padding-bottom: 16px; margin-bottom: 20px; }
        .kicker { text-transform: uppercase; letter-spacing: .09em; font-size: 12px; font-weight: 700; color: var(--muted); }
        h1 { font-size: 30px; margin: 2px 0 6px; }
        h1.unset { color: var(--muted); font-style: italic; }
        .meta { color: var(--muted); font-size: 14px; display: flex; flex-wrap: wrap; gap: 6px 16px; align-items: center; }
        .badge { background: var(--core); color: #fff; border-radius: 12px; padding: 1px 10px; font-size: 13px; font-weight: 600; }
        .roles { display: flex; flex-wrap: wrap; gap: 10px; margin: 14px 0 0; }
        .role { border: 1px solid var(--line); border-radius: 8px; padding: 6px 14px; min-width: 190px; }
        .role dt { font-size: 11.5px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
        .role dd { margin: 0; font-weight: 650; font-size: 16px; }
        .role.unset { border-style: dashed; border-color: var(--alert); }
        .role.unset dd { color: var(--alert); font-weight: 400; font-style: italic; }
        .stats { list-style: none; padding: 0; margin: 12px 0 0; display: grid; grid-template-columns: repeat(5, minmax(0, 1fr)); gap: 10px; }
        .stat { background: var(--soft); border-radius: 8px; padding: 8px 14px; display: flex; flex-wrap: wrap; align-items: baseline; column-gap: 8px; }
        .stat .n { font-size: 26px; font-weight: 700; line-height: 1.15; color: var(--core); }
        .stat .l { font-size: 14px; font-weight: 600; }
        .stat .d { flex-basis: 100%; font-size: 12.5px; color: var(--muted); }
        .stat.alert { background: var(--alert-soft); }
        .stat.alert .n, .stat.alert .d { color: var(--alert); }

        .overview { display: grid; grid-template-columns: minmax(0, 2.5fr) minmax(0, 1fr); gap: 20px; margin-bottom: 24px; }
        .card { border: 1px solid var(--line); border-radius: 10px; padding: 14px 18px; }
        .diamond-row { display: grid; grid-template-columns: minmax(0, 1.45fr) minmax(0, 1fr); gap: 16px; align-items: center; }
        .figure { margin: 0; }
        svg.diamond { display: block; width: 100%; max-width: 600px; height: auto; margin: 0 auto; font-family: inherit; }
        .diamond .frame { fill: #f6f8fb; stroke: #98a3b3; stroke-width: 1.5; }
        .diamond .ring { fill: none; stroke: #c5cdd8; stroke-dasharray: 4 4; }
        .diamond .axis { stroke: #c5cdd8; stroke-width: 1; }
        .diamond .reach-all { fill: var(--need); fill-opacity: .2; stroke: var(--need); stroke-width: 1.5; stroke-linejoin: round; }
        .diamond .reach-core { fill: var(--core); fill-opacity: .45; stroke: var(--core); stroke-width: 1.5; stroke-linejoin: round; }
        .diamond .dot { fill: var(--core); stroke: #fff; stroke-width: 2.5; }
        .diamond .missing .dot { fill: var(--alert); }
        .diamond .name { font-size: 16px; font-weight: 700; fill: var(--ink); }
        .diamond .missing .name { fill: var(--alert); }
        .diamond .nobody { font-size: 13.5px; font-weight: 700; fill: var(--alert); }
        .diamond .chip rect { stroke-width: 1.3; }
        .diamond .chip text { font-size: 13px; font-weight: 700; }
        .diamond .chip.core rect { fill: var(--core); stroke: var(--core); }
        .diamond .chip.core text { fill: #fff; }
        .diamond .chip.need rect { fill: var(--need-soft); stroke: var(--need); }
        .diamond .chip.need text { fill: var(--need-ink); }
        .diamond .chip.grp rect { fill: var(--grp-soft); stroke: var(--grp); }
        .diamond .chip.grp text { fill: var(--grp-ink); }
        .diamond .empty { fill: var(--muted); font-size: 16px; }
        table.counts { border-collapse: collapse; width: 100%; font-size: 14px; }
        .counts caption { text-align: left; font-weight: 600; padding-bottom: 4px; }
        .counts th, .counts td { padding: 4px 6px; border-bottom: 1px solid var(--line); text-align: center; }
        .counts th[scope=row] { text-align: left; font-weight: 600; }
        .counts thead th { font-size: 12px; color: var(--muted); font-weight: 600; line-height: 1.25; }
        .counts tr.missing th, .counts tr.missing td { color: var(--alert); background: var(--alert-soft); font-weight: 700; }
        .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 3px; margin-right: 4px; vertical-align: -1px; border: 1.3px solid; }
        .swatch.core { background: var(--core); border-color: var(--core); }
        .swatch.need { background: var(--need-soft); border-color: var(--need); }
        .swatch.grp { background: var(--grp-soft); border-color: var(--grp); }

        ul.referrals { list-style: none; padding: 0; margin: 0; font-size: 14px; }
        .referrals li { padding: 5px 0; border-bottom: 1px solid var(--line); }
        .referrals li:last-child { border-bottom: 0; }
        .referrals .from { font-weight: 700; }
        .referrals .arrow { color: var(--need); font-weight: 700; margin: 0 4px; }
        .referrals .unknown .from, .referrals .flag { color: var(--alert); }
        .referrals .flag { font-size: 12.5px; }

        .key { display: flex; flex-wrap: wrap; gap: 4px 20px; font-size: 13px; color: var(--muted); margin-bottom: 8px; }
        .key .mark { display: inline-block; width: 22px; text-align: center; border-radius: 4px; font-weight: 700; }
        .key .mark.core { background: var(--core-soft); color: var(--core); }
        .key .mark.invited { background: var(--need-soft); color: var(--need-ink); }
        .key .mark.without { background: var(--out-soft); color: var(--out); }
        .key .mark.absent { color: var(--faint); }
        .matrix-wrap { overflow-x: auto; }
        table.matrix { width: 100%; border-collapse: separate; border-spacing: 0; table-layout: fixed; font-size: 14px; }
        .matrix .who-col { width: var(--who, 22%); }
        .matrix caption { caption-side: top; text-align: left; color: var(--muted); font-size: 13px; padding-bottom: 6px; }
        .matrix th, .matrix td { border-bottom: 1px solid var(--line); padding: 5px 6px; }
        .matrix td + td, .matrix th + td, .matrix th + th { border-left: 1px solid #eef1f5; }
        .matrix thead th { background: var(--core); color: #fff; vertical-align: bottom; font-weight: 600; border-bottom: 0; }
        .matrix thead th.corner { text-align: left; border-top-left-radius: 8px; }
        .matrix thead th:last-child { border-top-right-radius: 8px; }
        .matrix th.phase { text-align: center; line-height: 1.25; overflow-wrap: break-word; }
        .phase .num { display: inline-block; min-width: 20px; border-radius: 10px; background: rgba(255,255,255,.2); font-size: 12px; margin-bottom: 2px; }
        .phase .pname { display: block; font-size: 13.5px; }
        .phase .dates, .phase .needs { display: block; font-size: 11.5px; font-weight: 400; opacity: .9; }
        .phase .needs { font-style: italic; }
        .matrix.many .phase .pname { font-size: 12px; }
        .matrix.many .phase .dates, .matrix.many .phase .needs { font-size: 10.5px; }
        .matrix tr.section th { text-align: left; font-size: 12px; text-transform: uppercase; letter-spacing: .07em; color: var(--core);
          padding-top: 12px; border-bottom: 1.5px solid var(--core); background: #fff; }
        .matrix th.who { text-align: left; font-weight: 400; line-height: 1.3; }
        .who .name { font-weight: 650; }
        .who .kind { font-size: 11.5px; color: var(--muted); }
        .who .tags { display: block; margin-top: 1px; }
        .comp { display: inline-block; font-size: 11.5px; line-height: 1.5; padding: 0 6px; border-radius: 9px;
          background: var(--soft); border: 1px solid var(--line); margin: 1px 0; white-space: nowrap; }
        .who .via { font-size: 11.5px; color: var(--muted); margin-left: 2px; }
        .who .none { font-size: 11.5px; color: var(--alert); font-style: italic; }
        .who .quiet { font-size: 11.5px; font-style: italic; }
        tr.group .who .name { color: var(--grp-ink); }
        td.cell { text-align: center; font-size: 16px; line-height: 1; }
        td.core { background: var(--core-soft); color: var(--core); }
        td.invited { background: var(--need-soft); color: var(--need-ink); }
        td.without { background: repeating-linear-gradient(135deg, var(--out-soft) 0 5px, #fff 5px 10px); color: var(--out); font-size: 14px; }
        td.absent { color: #c3c9d2; }
        .matrix tbody tr:hover th.who, .matrix tbody tr:hover td { box-shadow: inset 0 2px 0 #b9c6d6, inset 0 -2px 0 #b9c6d6; }
        .matrix tbody.summary th, .matrix tbody.summary td { background: var(--soft); font-size: 12.5px; vertical-align: top; text-align: center; }
        .matrix tbody.summary th.summary { text-align: left; font-weight: 700; }
        .matrix tbody.summary tr.present-row th, .matrix tbody.summary tr.present-row td { border-top: 2px solid var(--core); }
        .matrix td.present { font-weight: 700; font-size: 14px; }
        .matrix td.present.alert { color: var(--alert); }
        .comp.ok { background: var(--ok-soft); color: var(--ok); border-color: #a9d5b9; }
        .comp.miss { background: var(--alert-soft); color: var(--alert); border-color: var(--alert); font-weight: 700; }
        .matrix td.missing { background: var(--alert-soft); }
        .matrix tbody.summary .comp { white-space: normal; overflow-wrap: anywhere; max-width: 100%; }

        .findings-section { margin-top: 26px; }
        .findings-section h3.error { color: var(--alert); }
        .findings-section h3.warning { color: var(--warn); }
        .findings-section h3.note { color: var(--need-ink); }
        ol.findings { list-style: none; padding: 0; margin: 0; columns: 2 420px; column-gap: 16px; }
        .finding { break-inside: avoid; border: 1px solid var(--line); border-left: 5px solid var(--need); border-radius: 6px;
          padding: 8px 12px; margin: 0 0 10px; }
        .finding.error { border-left-color: var(--alert); }
        .finding.warning { border-left-color: #d48a1c; }
        .finding .head { display: flex; gap: 10px; align-items: baseline; font-size: 13px; color: var(--muted); }
        .sev { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .06em; border-radius: 10px; padding: 1px 8px; }
        .sev.error { background: var(--alert-soft); color: var(--alert); }
        .sev.warning { background: var(--warn-soft); color: var(--warn); }
        .sev.note { background: var(--need-soft); color: var(--need-ink); }
        .finding .code { font-weight: 700; color: var(--ink); }
        .finding .msg { font-weight: 600; margin-top: 3px; }
        .finding .msg code { font-family: inherit; font-size: 1em; background: var(--soft); padding: 0 3px; }
        .finding .help { font-size: 14px; margin-top: 5px; }
        .finding .help b { color: var(--ok); }
        .all-good { background: var(--ok-soft); color: var(--ok); border-radius: 8px; padding: 12px 16px; font-weight: 600; }
        .colophon { margin-top: 24px; padding-top: 10px; border-top: 1px solid var(--line); font-size: 12.5px; color: var(--muted); }

        @media screen and (max-width: 980px) {
          .overview, .diamond-row { grid-template-columns: minmax(0, 1fr); }
          .stats { grid-template-columns: repeat(2, minmax(0, 1fr)); }
        }
        @media print {
          body { background: #fff; font-size: 10.5pt; }
          main { max-width: none; padding: 0; }
          h1 { font-size: 22pt; }
          .masthead { margin-bottom: 12px; padding-bottom: 10px; }
          .overview { margin-bottom: 0; }
          .card { padding: 10px 14px; }
          svg.diamond { max-height: 92mm; }
          table.counts { font-size: 9pt; }
          .matrix-section { break-before: page; }
          .matrix-wrap { overflow: visible; }
          table.matrix { font-size: 8.5pt; }
          .matrix .who-col { width: calc(var(--who, 22%) + 4%); }
          table.matrix.many { font-size: 7.5pt; }
          .matrix.many .phase .dates, .matrix.many .phase .needs { font-size: 6.5pt; }
          .matrix.many .phase .pname { font-size: 8pt; }
          .matrix th, .matrix td { padding: 2px 4px; }
          .matrix tr.section th { padding-top: 4px; }
          tbody.summary { break-inside: avoid; }
          .who .tags { display: inline; margin-left: 4px; }
          .who .kind { display: none; }
          .comp, .who .via, .who .none, .who .quiet { font-size: 7.5pt; line-height: 1.3; }
          .phase .pname { font-size: 9pt; }
          .phase .dates, .phase .needs { font-size: 7.5pt; }
          td.cell { font-size: 11pt; }
          .matrix tbody.summary th, .matrix tbody.summary td { font-size: 8pt; }
          .matrix tbody.summary .quiet { font-size: 7pt; }
          .matrix-section h2 { margin-bottom: 2px; }
          .key { margin-bottom: 2px; font-size: 8.5pt; }
          .matrix caption { display: none; }
          .findings-section { margin-top: 16px; }
          .finding .msg { font-size: 10pt; }
          .finding .help { font-size: 9.5pt; }
          thead { display: table-header-group; }
          tr, .diamond-card, .role, .stat, .finding, .all-good, .counts, .referrals li { break-inside: avoid; }
          .referrals li { padding: 2px 0; font-size: 9pt; line-height: 1.35; }
          .lead { font-size: 9pt; margin-bottom: 4px; }
          .note-text { font-size: 8.5pt; }
          h2, h3, caption, .key { break-after: avoid; }
          .matrix tbody tr:hover th.who, .matrix tbody tr:hover td { box-shadow: none; }
        }

        """
}
