import NetplanBase
import NetplanSyntax

/// The report's findings, grouped by severity, and its footer.
extension ReportPage {
    /// A plan with errors may lack people or phases: a banner at the top of
    /// the page says so, on screen and on paper, before anything else.
    mutating func incompleteBanner() {
        guard let mark = IncompleteMark(result) else { return }
        say("<aside class=\"incomplete\" role=\"alert\"><strong>⚠ ", IncompleteMark.word, "</strong> ")
        message(mark.reason(language))
        say(
            " <a href=\"#findings-heading\">",
            Text(en: "The errors are listed under Findings.", da: "Se fejlene under »Det har netplan fundet«."),
            "</a></aside>\n")
    }

    // MARK: - Findings

    package mutating func findings() {
        out.append("<section class=\"findings-section\" aria-labelledby=\"findings-heading\">\n")
        say("<h2 id=\"findings-heading\">", Text(en: "Findings", da: "Det har netplan fundet"), "</h2>\n")
        guard !result.diagnostics.isEmpty else {
            say(
                "<p class=\"all-good\"><span aria-hidden=\"true\">✓ </span>",
                Text(
                    en: "No findings: the plan follows every rule netplan checks. Good luck with the network!",
                    da: "netplan har ikke fundet noget: planen følger alle de regler, netplan tjekker. God fornøjelse med netværket!"),
                "</p>\n</section>\n")
            return
        }
        let groups: [(Severity, Text)] = [
            (.error, Text(en: "Errors", da: "Fejl")),
            (.warning, Text(en: "Warnings", da: "Advarsler")),
            (.note, Text(en: "Notes", da: "Bemærkninger")),
        ]
        for (severity, title) in groups {
            let members = result.diagnostics.filter { $0.severity == severity }
            guard !members.isEmpty else { continue }
            out.append("<h3 class=\"")
            out.append(utf8: severity.rawValue)
            say("\">", title, " <span class=\"count\">(")
            out.append(decimal: members.count)
            out.append(")</span></h3>\n<ol class=\"findings\">\n")
            for diagnostic in members {
                finding(diagnostic)
                out.flushIfFull()
            }
            out.append("</ol>\n")
        }
        out.append("</section>\n")
    }

    package mutating func finding(_ diagnostic: Diagnostic) {
        let location = plan.source.location(of: diagnostic.range.start)
        let severity = diagnostic.severity
        out.append("<li class=\"finding ")
        out.append(utf8: severity.rawValue)
        out.append("\">\n<p class=\"head\"><span class=\"sev ")
        out.append(utf8: severity.rawValue)
        escape("\">", severity.word(language), "</span> ")
        escape("<code class=\"code\">", diagnostic.code, "</code> ")
        say("<span class=\"line\">", Text(en: "line", da: "linje"), " ")
        out.append(decimal: location.line)
        out.append("</span></p>\n<p class=\"msg\">")
        message(diagnostic.message(language))
        out.append("</p>\n")
        for note in diagnostic.notes {
            out.append("<p class=\"note-text\">")
            message(note(language))
            out.append("</p>\n")
        }
        // On paper, the next step in plain words; the plan syntax stays in the terminal and the editor.
        if let action = diagnostic.action {
            say("<p class=\"help action\"><b>", Text(en: "Next step:", da: "Næste skridt:"), "</b> ")
            escape("", action(language), "</p>\n")
        } else if let help = diagnostic.help {
            say("<p class=\"help\"><b>", Text(en: "Hint:", da: "Råd:"), "</b> ")
            message(help(language))
            out.append("</p>\n")
        }
        out.append("</li>\n")
    }

    mutating func footer() {
        say(
            "<footer class=\"colophon\"><p>",
            Text(en: "Made with netplan \(Release.version) from", da: "Lavet med netplan \(Release.version) ud fra"),
            " <code>")
        escape("", plan.source.path, "</code>. ")
        say(
            "",
            Text(
                en: "Check the plan again after every change; print on A4 landscape for the meeting.",
                da: "Tjek planen igen efter hver ændring; udskriv på A4 liggende til mødet."),
            "</p></footer>\n")
    }
}
