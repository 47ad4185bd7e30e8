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
/// same plan always gives the same bytes. It is written as UTF-8 bytes into
/// one `ByteWriter`, section by section, with no String in between.
public enum HTMLReport {
    /// The page for a checked plan, in `language`; `watched` adds what
    /// `report --watch` needs (see `WatchedPage`). The text of `bytes`.
    public static func render(_ result: CheckResult, language: Language, watched: WatchedPage? = nil) -> String {
        String(decoding: bytes(result, language: language, watched: watched), as: UTF8.self)
    }

    /// The page as UTF-8 bytes, written into one buffer.
    public static func bytes(_ result: CheckResult, language: Language, watched: WatchedPage? = nil) -> [UInt8] {
        // The matrix's cells (about 115 bytes each) make most of a large page; the
        // rest is about 15 bytes per byte of plan, and the style sheet. Room
        // reserved and never written takes no memory, while growing would copy
        // the whole page once more.
        let cells = result.plan.participants.count * result.plan.phases.count
        var out = ByteWriter(capacity: cells * 128 + result.source.bytes.count * 16 + 64 * 1024)
        write(result, language: language, watched: watched, into: &out)
        return out.bytes
    }

    /// Writes the page into `out`. A writer with a sink gets full chunks
    /// between rows and sections; the caller flushes the rest.
    public static func write(
        _ result: CheckResult, language: Language, watched: WatchedPage? = nil, into out: inout ByteWriter
    ) {
        var page = ReportPage(result: result, language: language, watched: watched)
        swap(&page.out, &out)
        page.write()
        swap(&page.out, &out)
    }
}

/// Writes the page section by section into `out`.
struct ReportPage {
    package let result: CheckResult
    package let language: Language
    package var watched: WatchedPage? = nil
    /// The page written so far.
    package var out = ByteWriter(capacity: 0)
    package var plan: ResolvedPlan { result.plan }

    /// A text in the page's language, escaped.
    package mutating func say(_ text: Text) { out.appendHTML(text(language)) }

    /// `open`, a text in the page's language escaped, then `close`.
    package mutating func say(_ open: StaticString, _ text: Text, _ close: StaticString) {
        out.append(open)
        out.appendHTML(text(language))
        out.append(close)
    }

    /// Plan text, escaped.
    package mutating func escape(_ text: String) { out.appendHTML(text) }

    /// `open`, plan text escaped, then `close`.
    package mutating func escape(_ open: StaticString, _ text: String, _ close: StaticString) {
        out.append(open)
        out.appendHTML(text)
        out.append(close)
    }

    /// A message, escaped, with its `quoted` parts as code.
    package mutating func message(_ text: String) { out.appendHTMLMessage(text) }

    var networkName: String {
        plan.network?.name.text ?? Text(en: "Network plan", da: "Netværksplan")(language)
    }

    package mutating func write() {
        out.append("<!DOCTYPE html>\n<html lang=\"")
        out.append(utf8: language.rawValue)
        out.append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        escape("<meta name=\"generator\" content=\"netplan ", Release.version, "\">\n")
        out.append("<meta name=\"color-scheme\" content=\"light\">\n")
        escape("<title>", networkName, " – ")
        say("", Text(en: "network plan", da: "netværksplan"), "</title>\n")
        out.append("<style>\n")
        out.append(utf8: Self.style)
        out.append("</style>\n")
        watched?.head(into: &out)
        out.append("</head>\n<body>\n<main>\n")
        watched?.banner(language, into: &out)
        incompleteBanner()
        masthead()
        overview()
        out.flushIfFull()
        matrixSection(PlanningMatrix.grid(plan))
        meetings()
        findings()
        footer()
        out.append("</main>\n")
        watched?.tail(into: &out)
        out.append("</body>\n</html>\n")
    }

    // MARK: - The network, its roles and counts

    mutating func masthead() {
        out.append("<header class=\"masthead\">\n")
        say("<p class=\"kicker\">", Text(en: "Network plan", da: "Netværksplan"), "</p>\n")
        if let network = plan.network {
            escape("<h1>", network.name.text, "</h1>\n")
        } else {
            say("<h1 class=\"unset\">", Text(en: "A network without a theme", da: "Et netværk uden tema"), "</h1>\n")
        }
        out.append("<p class=\"meta\">")
        if let kind = plan.network?.kind?.text {
            escape("<span class=\"badge\">", Self.kindName(kind)(language), "</span> ")
        }
        if let (first, last) = period() {
            say("<span>", Text(en: "Period", da: "Periode"), " ")
            dateRange(first, last)
            out.append("</span> ")
        }
        say("<span>", Text(en: "File", da: "Fil"), " <code>")
        escape("", plan.source.path, "</code></span></p>\n")

        out.append("<dl class=\"roles\">\n")
        for role in [RoleKind.leader, .codriver, .reference] {
            let title = Vocabulary.roleHeading(role)
            if let person = plan.role(role) {
                say("<div class=\"role\"><dt>", title, "</dt><dd>")
                escape(person.name.text)
                facts(facts(of: person))
                out.append("</dd></div>\n")
            } else {
                say("<div class=\"role unset\"><dt>", title, "</dt>")
                say("<dd>", Text(en: "not named yet", da: "ikke navngivet endnu"), "</dd></div>\n")
            }
        }
        out.append("</dl>\n")

        let core = plan.participants.count(where: \.isCore)
        let asNeeded = plan.participants.count { $0.kind == .participant }
        let groups = plan.participants.count(where: \.isGroup)
        let team = result.configuration.coreTeam
        let teamOK = team.contains(core)
        let file = FileDiagnostics(source: result.source, diagnostics: result.diagnostics)
        out.append("<ul class=\"stats\">\n")
        stat(
            core, Vocabulary.kind(.core), Vocabulary.plural(.core),
            detail: Text(
                en: "the method suggests \(team.lowerBound)–\(team.upperBound)",
                da: "metoden anbefaler \(team.lowerBound)–\(team.upperBound)"),
            alert: !teamOK)
        stat(asNeeded, Vocabulary.involvedAsNeeded, Vocabulary.involvedAsNeeded)
        stat(
            groups, Text(en: "group of actors", da: "gruppe af aktører"), Text(en: "groups of actors", da: "grupper af aktører"))
        stat(plan.phases.count, Text(en: "phase", da: "fase"), Text(en: "phases", da: "faser"))
        let findingsDetail = [Severity.error, .warning, .note].map { Vocabulary.count(file.count($0), $0)(language) }
            .joined(separator: ", ")
        // "fund" is not how a colleague says it: "ting at se på" ("things to look at").
        stat(
            result.diagnostics.count, Text(en: "finding", da: "ting at se på"), Text(en: "findings", da: "ting at se på"),
            detail: .verbatim(findingsDetail),
            alert: file.count(.error) > 0)
        out.append("</ul>\n")
        recruitment()
        out.append("</header>\n")
    }

    package mutating func stat(_ value: Int, _ one: Text, _ many: Text, detail: Text? = nil, alert: Bool = false) {
        out.append(alert ? "<li class=\"stat alert\"><span class=\"n\">" : "<li class=\"stat\"><span class=\"n\">")
        out.append(decimal: value)
        say("</span> <span class=\"l\">", value == 1 ? one : many, "</span>")
        if let detail { say("<span class=\"d\">", detail, "</span>") }
        out.append("</li>\n")
    }

    /// The period the phases span ("4 Jan – 30 Jun 2027"): from the first
    /// phase's start to the last phase's end.
    func period() -> (CalendarDate, CalendarDate)? {
        let starts = plan.phases.compactMap(\.start)
        let ends = plan.phases.compactMap { $0.end ?? $0.start }
        guard let first = starts.min(), let last = ends.max() else { return nil }
        return (first, last)
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

    /// "6. jan." / "6 Jan".
    mutating func dayMonth(_ date: CalendarDate) {
        let index = min(max(date.month - 1, 0), 11)
        out.append(decimal: date.day)
        out.append(language == .danish ? ". " : " ")
        out.append(utf8: language == .danish ? Self.monthsDanish[index] : Self.monthsEnglish[index])
    }

    /// A date as `<time>`, with its year or without.
    package mutating func time(_ date: CalendarDate, withYear: Bool) {
        out.append("<time datetime=\"")
        out.append(utf8: date.description)
        out.append("\">")
        // Digits, month names and dots: nothing to escape.
        dayMonth(date)
        if withYear {
            out.append(" ")
            out.append(decimal: date.year)
        }
        out.append("</time>")
    }

    /// A date range that names a shared year once.
    mutating func dateRange(_ start: CalendarDate, _ end: CalendarDate?) {
        guard let end, end != start else { return time(start, withYear: true) }
        time(start, withYear: start.year != end.year)
        out.append(" – ")
        time(end, withYear: true)
    }
}
