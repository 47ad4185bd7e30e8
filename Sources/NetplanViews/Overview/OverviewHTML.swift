import NetplanBase
import NetplanSyntax
import NetplanCheck

/// The overview as one self-contained HTML page: no script, no external
/// file, font or network resource; A4 landscape in print. The same plans
/// always give the same bytes. Every name is escaped with `HTML.escape`.
public enum OverviewHTML {
    public static func render(_ overview: Overview, language: Language) -> String {
        OverviewPage(overview: overview, language: language).render()
    }
}

/// Builds the page section by section.
struct OverviewPage {
    let overview: Overview
    let language: Language

    func say(_ text: Text) -> String { HTML.escape(text(language)) }

    func monthName(_ month: Int) -> String {
        let index = min(max(month - 1, 0), 11)
        return language == .danish ? ReportPage.monthsDanish[index] : ReportPage.monthsEnglish[index]
    }

    /// "4. jan. – 26. feb. 2027" / "4 Jan – 26 Feb 2027", plain text.
    func dateRange(_ start: CalendarDate, _ end: CalendarDate) -> String {
        let day = { (date: CalendarDate, year: Bool) -> String in
            (language == .danish ? "\(date.day). " : "\(date.day) ") + monthName(date.month) + (year ? " \(date.year)" : "")
        }
        return start == end ? day(start, true) : day(start, start.year != end.year) + " – " + day(end, true)
    }

    func render() -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"generator\" content=\"netplan \(HTML.escape(Release.version))\">\n"
        out += "<meta name=\"color-scheme\" content=\"light\">\n"
        out += "<title>\(say(OverviewWords.title))</title>\n"
        out += "<style>\n\(ReportPage.style)\(Self.style)</style>\n</head>\n<body>\n<main>\n"
        out += masthead()
        out += networks()
        if let svg = timeline() {
            out += "<section aria-labelledby=\"timeline-heading\">\n<h2 id=\"timeline-heading\">\(say(OverviewWords.timeline))</h2>\n"
            out += "<figure class=\"figure timeline-figure\">\n\(svg)\n</figure>\n"
            out += "<p class=\"note-text\">\(say(OverviewWords.timelineKey))</p>\n</section>\n"
        }
        out += people()
        out += units()
        out += "<footer class=\"footer\">\(say(Text(en: "Made by netplan", da: "Lavet af netplan"))) \(HTML.escape(Release.version))</footer>\n"
        return out + "</main>\n</body>\n</html>\n"
    }

    func masthead() -> String {
        let count = overview.networks.count
        var out = "<header class=\"masthead\">\n<p class=\"kicker\">\(say(OverviewWords.kicker))</p>\n"
        out += "<h1>\(say(OverviewWords.title))</h1>\n<p class=\"meta\"><span>"
        out += say(Text(en: count == 1 ? "1 network" : "\(count) networks", da: count == 1 ? "1 netværk" : "\(count) netværk"))
        out += "</span><span>" + say(Text(en: "\(overview.people.count) people", da: "\(overview.people.count) personer"))
        let errors = overview.networks.filter { $0.errors > 0 }.count
        if errors > 0 {
            out += "</span><span class=\"alert\">⚠ " + say(OverviewWords.plansWithErrors(errors))
        }
        return out + "</span></p>\n</header>\n"
    }

    /// The heading cell of network column `index`: its number and name.
    func networkHead(_ index: Int) -> String {
        let network = overview.networks[index]
        return "<th scope=\"col\" class=\"net\"><span class=\"num\">\(index + 1)</span> \(HTML.escape(Overview.title(network)))</th>"
    }

    func networks() -> String {
        var out = "<section aria-labelledby=\"networks-heading\">\n<h2 id=\"networks-heading\">\(say(OverviewWords.networks))</h2>\n"
        out += "<div class=\"network-cards\">\n"
        for (index, network) in overview.networks.enumerated() {
            out += "<article class=\"network-card\(network.errors > 0 ? " has-errors" : "")\">\n"
            out += "<h3><span class=\"num\">\(index + 1)</span> "
            if let report = network.report {
                out += "<a href=\"\(HTML.escape(OverviewWords.href(report)))\">\(HTML.escape(Overview.title(network)))</a>"
            } else {
                out += HTML.escape(Overview.title(network))
            }
            out += "</h3>\n<p class=\"card-meta\">"
            var meta: [String] = []
            if let kind = network.kind { meta.append(HTML.escape(ReportPage.kindName(kind)(language))) }
            if let period = network.period { meta.append(HTML.escape(dateRange(period.first, period.last))) }
            meta.append(say(OverviewWords.phases(network.phases.count)))
            meta.append("<code>\(HTML.escape(Overview.fileName(network.file)))</code>")
            out += meta.joined(separator: " · ") + "</p>\n"
            out += OverviewDiamond.render(network.coverage, language: language) + "\n"
            out += "<p class=\"findings\">"
            out += "<span class=\"tally error\(network.errors > 0 ? " some" : "")\">\(say(OverviewWords.count(network.errors, .error)))</span> "
            out += "<span class=\"tally warning\(network.warnings > 0 ? " some" : "")\">\(say(OverviewWords.count(network.warnings, .warning)))</span> "
            out += "<span class=\"tally note\">\(say(OverviewWords.count(network.notes, .note)))</span></p>\n"
            if network.errors > 0 { out += "<p class=\"alert small\">\(say(OverviewWords.incomplete))</p>\n" }
            if let report = network.report {
                out += "<p class=\"small\"><a href=\"\(HTML.escape(OverviewWords.href(report)))\">\(say(OverviewWords.openReport))</a></p>\n"
            }
            out += "</article>\n"
        }
        return out + "</div>\n</section>\n"
    }

    func people() -> String {
        var out = "<section aria-labelledby=\"people-heading\">\n<h2 id=\"people-heading\">\(say(OverviewWords.people))</h2>\n"
        out += "<p class=\"lead\">\(say(OverviewWords.peopleLead))</p>\n"
        out += "<table class=\"cross people\">\n<thead><tr><th scope=\"col\">\(say(OverviewWords.person))</th>"
        out += "<th scope=\"col\">\(say(OverviewWords.unit))</th><th scope=\"col\">\(say(OverviewWords.coreIn))</th>"
        out += overview.networks.indices.map(networkHead).joined() + "</tr></thead>\n<tbody>\n"
        for person in overview.people {
            out += "<tr><th scope=\"row\">\(HTML.escape(person.name))</th>"
            out += "<td class=\"unit\">\(HTML.escape(person.unit ?? ""))</td>"
            out += person.coreCount == 0 ? "<td class=\"zero\">–</td>" : "<td class=\"n\(person.coreCount > 1 ? " many" : "")\">\(person.coreCount)</td>"
            for cell in person.cells {
                let classes = cell.map(\.rawValue).joined(separator: " ")
                let words = cell.map { HTML.escape($0.word(language)) }.joined(separator: ", ")
                out += cell.isEmpty ? "<td></td>" : "<td class=\"\(classes)\">\(words)</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    func units() -> String {
        var out = "<section aria-labelledby=\"units-heading\">\n<h2 id=\"units-heading\">\(say(OverviewWords.units))</h2>\n"
        out += "<p class=\"lead\">\(say(OverviewWords.unitsLead))</p>\n"
        out += "<table class=\"cross units\">\n<thead><tr><th scope=\"col\">\(say(OverviewWords.unit))</th>"
        out += overview.networks.indices.map(networkHead).joined() + "</tr></thead>\n<tbody>\n"
        for unit in overview.units {
            out += "<tr><th scope=\"row\"\(unit.name == nil ? " class=\"quiet\"" : "")>"
            out += (unit.name.map(HTML.escape) ?? say(OverviewWords.noUnit)) + "</th>"
            out += unit.counts.map { $0 == 0 ? "<td class=\"zero\">–</td>" : "<td class=\"n\">\($0)</td>" }.joined()
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }
}
