import NetplanBase
import NetplanSyntax

/// The report's findings, grouped by severity, and its footer.
extension ReportPage {
    /// A plan with errors may lack people or phases: a banner at the top of
    /// the page says so, on screen and on paper, before anything else.
    func incompleteBanner() -> String {
        guard let mark = IncompleteMark(result) else { return "" }
        var out = "<aside class=\"incomplete\" role=\"alert\">"
        out += "<strong>⚠ \(say(IncompleteMark.word))</strong> "
        out += HTML.message(mark.reason(language))
        out += " <a href=\"#findings-heading\">"
        out += say(Text(en: "The errors are listed under Findings.", da: "Se fejlene under »Det har netplan fundet«."))
        out += "</a></aside>\n"
        return out
    }

    // MARK: - Findings

    package func findings() -> String {
        var out = "<section class=\"findings-section\" aria-labelledby=\"findings-heading\">\n"
        out += "<h2 id=\"findings-heading\">\(say(Text(en: "Findings", da: "Det har netplan fundet")))</h2>\n"
        guard !result.diagnostics.isEmpty else {
            out += "<p class=\"all-good\"><span aria-hidden=\"true\">✓ </span>"
            out += say(
                Text(
                    en: "No findings: the plan follows every rule netplan checks. Good luck with the network!",
                    da: "netplan har ikke fundet noget: planen følger alle de regler, netplan tjekker. God fornøjelse med netværket!"))
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

    package func finding(_ diagnostic: Diagnostic) -> String {
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
        // On paper, the next step in plain words; the plan syntax stays in the terminal and the editor.
        if let action = diagnostic.action {
            out += "<p class=\"help action\"><b>\(say(Text(en: "Next step:", da: "Næste skridt:")))</b> "
            out += "\(HTML.escape(action(language)))</p>\n"
        } else if let help = diagnostic.help {
            out += "<p class=\"help\"><b>\(say(Text(en: "Hint:", da: "Råd:")))</b> \(HTML.message(help(language)))</p>\n"
        }
        return out + "</li>\n"
    }

    func footer() -> String {
        var out = "<footer class=\"colophon\"><p>"
        out += say(
            Text(
                en: "Made with netplan \(Release.version) from",
                da: "Lavet med netplan \(Release.version) ud fra"))
        out += " <code>\(HTML.escape(plan.source.path))</code>. "
        out += say(
            Text(
                en: "Check the plan again after every change; print on A4 landscape for the meeting.",
                da: "Tjek planen igen efter hver ændring; udskriv på A4 liggende til mødet."))
        out += "</p></footer>\n"
        return out
    }

}
