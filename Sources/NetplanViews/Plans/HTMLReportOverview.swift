import NetplanBase
import NetplanSyntax
import NetplanCheck

/// The report's overview: the competence diamond with its table of counts,
/// and who suggested whom.
extension ReportPage {
    // MARK: - Diamond and referrals

    package mutating func overview() {
        out.append("<div class=\"overview\">\n")
        diamond()
        referrals()
        out.append("</div>\n")
    }

    package mutating func diamond() {
        let corners = DiamondSVG.corners(plan)
        out.append("<section class=\"card diamond-card\" aria-labelledby=\"diamond-heading\">\n")
        say("<h2 id=\"diamond-heading\">", Text(en: "Competence diamond", da: "Kompetencediamanten"), "</h2>\n")
        say(
            "<p class=\"lead\">",
            plan.diamondIsDefault
                ? Text(
                    en: "Who brings each competence of the diamond (the default four).",
                    da: "Hvem der bidrager med hver af diamantens kompetencer (de fire som standard).")
                : Text(
                    en: "Who brings each competence of the plan's own diamond.",
                    da: "Hvem der bidrager med hver af kompetencerne i planens egen diamant."),
            "</p>\n<div class=\"diamond-row\">\n<figure class=\"figure\">\n")
        out.append(utf8: DiamondSVG.render(corners, language: language))
        out.append("\n</figure>\n")

        // The text legend: the same numbers as the drawing, as a table.
        out.append("<div class=\"legend\">\n<table class=\"counts\">\n")
        say(
            "<caption>",
            Text(en: "How many bring each competence", da: "Hvor mange der bidrager med hver kompetence"),
            "</caption>\n")
        say("<thead><tr><th scope=\"col\">", Text(en: "Competence", da: "Kompetence"), "</th>")
        say(
            "<th scope=\"col\"><span class=\"swatch core\" aria-hidden=\"true\"></span>", Vocabulary.section(.core),
            "</th>")
        say(
            "<th scope=\"col\"><span class=\"swatch need\" aria-hidden=\"true\"></span>",
            Vocabulary.section(.participant), "</th>")
        say(
            "<th scope=\"col\"><span class=\"swatch grp\" aria-hidden=\"true\"></span>", Vocabulary.section(.group),
            "</th></tr></thead>\n<tbody>\n")
        for corner in corners {
            if corner.isMissing {
                escape("<tr class=\"missing\"><th scope=\"row\">", corner.name, "</th>")
                say("<td colspan=\"3\">⚠ ", Text(en: "nobody brings it", da: "ingen bidrager med den"), "</td></tr>\n")
            } else {
                escape("<tr><th scope=\"row\">", corner.name, "</th><td>")
                out.append(decimal: corner.core)
                out.append("</td><td>")
                out.append(decimal: corner.asNeeded)
                out.append("</td><td>")
                out.append(decimal: corner.groups)
                out.append("</td></tr>\n")
            }
        }
        out.append("</tbody>\n</table>\n")
        say(
            "<p class=\"note-text\">",
            Text(
                en: "Each corner shows how many core participants, participants involved as needed and groups bring that competence, and who they are (core participants first); red marks a competence nobody brings. The shaded shape shows how far each competence reaches: dark for the core team, light for everyone.",
                da: "Hvert hjørne viser, hvor mange der bidrager med kompetencen, og hvem de er: først kernedeltagerne, så deltagere, der inddrages løbende, og grupper. Rødt markerer en kompetence, som ingen bidrager med. Den skraverede figur viser, hvor langt hver kompetence rækker: mørk for kerneholdet, lys for alle."),
            "</p>\n</div>\n</div>\n</section>\n")
    }

    package mutating func referrals() {
        out.append("<section class=\"card referrals-card\" aria-labelledby=\"referrals-heading\">\n")
        say("<h2 id=\"referrals-heading\">", Text(en: "Who suggested whom", da: "Hvem har foreslået hvem"), "</h2>\n")
        // Grouped by who suggested, in the order the suggesters first appear.
        var order: [String] = []
        var suggested: [String: [Int]] = [:]
        for (index, participant) in plan.participants.enumerated() {
            guard let via = participant.via?.text else { continue }
            if suggested[via] == nil { order.append(via) }
            suggested[via, default: []].append(index)
        }
        guard !order.isEmpty else {
            out.append("<p class=\"empty\">")
            message(
                Text(
                    en: "No referrals are recorded yet. Write `via NAME` after a participant to note who suggested them on the relationship tour.",
                    da: "Der er ingen henvisninger endnu. Skriv `via NAVN` efter en deltager for at notere, hvem der foreslog vedkommende på relationsrundturen."
                )(language))
            out.append("</p>\n</section>\n")
            return
        }
        let people = plan.participants.count { !$0.isBuiltIn }
        let referred = order.reduce(0) { $0 + (suggested[$1]?.count ?? 0) }
        say(
            "<p class=\"lead\">",
            Text(
                en: "\(referred) of \(people) were suggested by someone, on the relationship tour or otherwise.",
                da: "\(referred) af \(people) blev foreslået af nogen, på relationsrundturen eller på anden vis."),
            "</p>\n<ul class=\"referrals\">\n")
        for via in order {
            let known = plan.participant(named: via) != nil
            let role = plan.roles.first { $0.name.text == via }.map { Vocabulary.role($0.role) }
            out.append(known ? "<li>" : "<li class=\"unknown\">")
            escape("<span class=\"from\">", via, "</span>")
            if !known, let role {
                say(" <span class=\"flag\">(", role, ", ")
                say("", Text(en: "not a participant", da: "ikke med som deltager"), ")</span>")
            } else if !known {
                say(" <span class=\"flag\">(", Text(en: "not in the plan", da: "ikke i planen"), ")</span>")
            }
            out.append(" <span class=\"arrow\" aria-hidden=\"true\">→</span>")
            say("<span class=\"sr\"> ", Text(en: "suggested", da: "har foreslået"), "</span> ")
            for (number, index) in (suggested[via] ?? []).enumerated() {
                if number > 0 { out.append(", ") }
                escape("<span class=\"to\">", plan.participants[index].name, "</span>")
            }
            out.append("</li>\n")
            out.flushIfFull()
        }
        out.append("</ul>\n</section>\n")
    }
}
