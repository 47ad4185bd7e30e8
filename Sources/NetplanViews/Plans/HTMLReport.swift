import NetplanBase
import NetplanSyntax
import NetplanCheck

/// `netplan report`: the checked plan as one self-contained HTML page, for
/// the screen and for A4 landscape paper. It holds the network and its roles,
/// the competence diamond, the planning matrix with each phase's covered and
/// missing needs, who suggested whom, who people are and where recruitment
/// stands, the meetings on a timeline of the phases, and the findings.
///
/// The page uses no external file, font, script or network resource, and the
/// same plan always gives the same bytes.
public enum HTMLReport {
    /// The page for a checked plan, in `language`; `watched` adds what
    /// `report --watch` needs (see `WatchedPage`).
    public static func render(_ result: CheckResult, language: Language, watched: WatchedPage? = nil) -> String {
        ReportPage(result: result, language: language, watched: watched).render()
    }
}

/// Builds the page section by section.
struct ReportPage {
    package let result: CheckResult
    package let language: Language
    package var watched: WatchedPage? = nil
    package var plan: ResolvedPlan { result.plan }

    /// A text in the page's language, escaped.
    package func say(_ text: Text) -> String { HTML.escape(text(language)) }

    /// A count with its noun in singular or plural.
    package func count(_ value: Int, _ one: Text, _ many: Text) -> String {
        "\(value) " + (value == 1 ? one(language) : many(language))
    }

    var networkName: String {
        plan.network?.name.text ?? Text(en: "Network plan", da: "Netværksplan")(language)
    }

    package func render() -> String {
        var out = "<!DOCTYPE html>\n"
        out += "<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"generator\" content=\"netplan \(HTML.escape(Release.version))\">\n"
        out += "<meta name=\"color-scheme\" content=\"light\">\n"
        out += "<title>\(HTML.escape(networkName)) – \(say(Text(en: "network plan", da: "netværksplan")))</title>\n"
        out += "<style>\n\(Self.style)</style>\n"
        out += watched?.head() ?? ""
        out += "</head>\n<body>\n<main>\n"
        out += watched?.banner(language) ?? ""
        out += incompleteBanner()
        out += masthead()
        out += overview()
        out += matrix()
        out += meetings()
        out += findings()
        out += footer()
        out += "</main>\n"
        out += watched?.tail() ?? ""
        out += "</body>\n</html>\n"
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
        for role in [RoleKind.leader, .codriver, .reference] {
            let title = Vocabulary.roleHeading(role)
            if let person = plan.role(role) {
                out += "<div class=\"role\"><dt>\(say(title))</dt><dd>\(HTML.escape(person.name.text))"
                out += "\(facts(facts(of: person)))</dd></div>\n"
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
            core, Vocabulary.kind(.core), Vocabulary.plural(.core),
            detail: Text(
                en: "the method suggests \(team.lowerBound)–\(team.upperBound)",
                da: "metoden anbefaler \(team.lowerBound)–\(team.upperBound)"),
            alert: !teamOK)
        out += stat(asNeeded, Vocabulary.involvedAsNeeded, Vocabulary.involvedAsNeeded)
        out += stat(
            groups, Text(en: "group of actors", da: "gruppe af aktører"), Text(en: "groups of actors", da: "grupper af aktører"))
        out += stat(plan.phases.count, Text(en: "phase", da: "fase"), Text(en: "phases", da: "faser"))
        let findingsDetail = [Severity.error, .warning, .note].map { Vocabulary.count(file.count($0), $0)(language) }
            .joined(separator: ", ")
        // "fund" is not how a colleague says it: "ting at se på" ("things to look at").
        out += stat(
            result.diagnostics.count, Text(en: "finding", da: "ting at se på"), Text(en: "findings", da: "ting at se på"),
            detail: .verbatim(findingsDetail),
            alert: file.count(.error) > 0)
        out += "</ul>\n"
        out += recruitment()
        out += "</header>\n"
        return out
    }

    package func stat(_ value: Int, _ one: Text, _ many: Text, detail: Text? = nil, alert: Bool = false) -> String {
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

    package func time(_ date: CalendarDate, withYear: Bool) -> String {
        let shown = dayMonth(date) + (withYear ? " \(date.year)" : "")
        return "<time datetime=\"\(date.description)\">\(HTML.escape(shown))</time>"
    }

    /// A date range that names a shared year once.
    func dateRange(_ start: CalendarDate, _ end: CalendarDate?) -> String {
        guard let end, end != start else { return time(start, withYear: true) }
        return time(start, withYear: start.year != end.year) + " – " + time(end, withYear: true)
    }

    // MARK: - Diamond and referrals

    package func overview() -> String {
        var out = "<div class=\"overview\">\n"
        out += diamond()
        out += referrals()
        out += "</div>\n"
        return out
    }

    package func diamond() -> String {
        let corners = DiamondSVG.corners(plan)
        var out = "<section class=\"card diamond-card\" aria-labelledby=\"diamond-heading\">\n"
        out += "<h2 id=\"diamond-heading\">\(say(Text(en: "Competence diamond", da: "Kompetencediamanten")))</h2>\n"
        out += "<p class=\"lead\">"
        out += say(
            plan.diamondIsDefault
                ? Text(
                    en: "Who brings each competence of the diamond (the default four).",
                    da: "Hvem der bidrager med hver af diamantens kompetencer (de fire som standard).")
                : Text(
                    en: "Who brings each competence of the plan's own diamond.",
                    da: "Hvem der bidrager med hver af kompetencerne i planens egen diamant."))
        out += "</p>\n<div class=\"diamond-row\">\n<figure class=\"figure\">\n"
        out += DiamondSVG.render(corners, language: language)
        out += "\n</figure>\n"

        // The text legend: the same numbers as the drawing, as a table.
        out += "<div class=\"legend\">\n<table class=\"counts\">\n"
        out += "<caption>\(say(Text(en: "How many bring each competence", da: "Hvor mange der bidrager med hver kompetence")))</caption>\n"
        out += "<thead><tr><th scope=\"col\">\(say(Text(en: "Competence", da: "Kompetence")))</th>"
        out += "<th scope=\"col\"><span class=\"swatch core\" aria-hidden=\"true\"></span>\(say(Vocabulary.section(.core)))</th>"
        out += "<th scope=\"col\"><span class=\"swatch need\" aria-hidden=\"true\"></span>"
        out += "\(say(Vocabulary.section(.participant)))</th>"
        out += "<th scope=\"col\"><span class=\"swatch grp\" aria-hidden=\"true\"></span>"
        out += "\(say(Vocabulary.section(.group)))</th></tr></thead>\n<tbody>\n"
        for corner in corners {
            if corner.isMissing {
                out += "<tr class=\"missing\"><th scope=\"row\">\(HTML.escape(corner.name))</th>"
                out += "<td colspan=\"3\">⚠ \(say(Text(en: "nobody brings it", da: "ingen bidrager med den")))</td></tr>\n"
            } else {
                out += "<tr><th scope=\"row\">\(HTML.escape(corner.name))</th><td>\(corner.core)</td>"
                out += "<td>\(corner.asNeeded)</td><td>\(corner.groups)</td></tr>\n"
            }
        }
        out += "</tbody>\n</table>\n"
        out += "<p class=\"note-text\">"
        out += say(
            Text(
                en: "Each corner shows how many core participants, participants involved as needed and groups bring that competence, and who they are (core participants first); red marks a competence nobody brings. The shaded shape shows how far each competence reaches: dark for the core team, light for everyone.",
                da: "Hvert hjørne viser, hvor mange der bidrager med kompetencen, og hvem de er: først kernedeltagerne, så deltagere, der inddrages løbende, og grupper. Rødt markerer en kompetence, som ingen bidrager med. Den skraverede figur viser, hvor langt hver kompetence rækker: mørk for kerneholdet, lys for alle."))
        out += "</p>\n</div>\n</div>\n</section>\n"
        return out
    }

    package func referrals() -> String {
        var out = "<section class=\"card referrals-card\" aria-labelledby=\"referrals-heading\">\n"
        out += "<h2 id=\"referrals-heading\">\(say(Text(en: "Who suggested whom", da: "Hvem har foreslået hvem")))</h2>\n"
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
                    da: "Der er ingen henvisninger endnu. Skriv `via NAVN` efter en deltager for at notere, hvem der foreslog vedkommende på relationsrundturen."
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
        for via in order {
            let known = plan.participant(named: via) != nil
            let role = plan.roles.first { $0.name.text == via }.map { Vocabulary.role($0.role) }
            out += "<li\(known ? "" : " class=\"unknown\"")><span class=\"from\">\(HTML.escape(via))</span>"
            if !known, let role {
                out += " <span class=\"flag\">(\(say(role)), \(say(Text(en: "not a participant", da: "ikke med som deltager"))))</span>"
            } else if !known {
                out += " <span class=\"flag\">(\(say(Text(en: "not in the plan", da: "ikke i planen"))))</span>"
            }
            out += " <span class=\"arrow\" aria-hidden=\"true\">→</span>"
            out += "<span class=\"sr\"> \(say(Text(en: "suggested", da: "har foreslået")))</span> "
            let names = (suggested[via] ?? []).map { "<span class=\"to\">\(HTML.escape(plan.participants[$0].name))</span>" }
            out += names.joined(separator: ", ")
            out += "</li>\n"
        }
        out += "</ul>\n</section>\n"
        return out
    }

}
