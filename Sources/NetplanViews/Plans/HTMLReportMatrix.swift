import NetplanBase
import NetplanSyntax
import NetplanCheck

/// The report's planning matrix: one row per participant or group, one
/// column per phase, and a summary of present, covered and missing per phase.
extension ReportPage {
    // MARK: - The planning matrix

    package func kindWord(_ participant: Participant) -> Text {
        participant.isBuiltIn ? Vocabulary.builtInGroup : Vocabulary.shortKind(participant.kind)
    }

    /// The matrix section alone, as text, drawn from the same grid as
    /// `netplan matrix`: who takes part where is decided once, in `PlanningMatrix.grid`.
    package func matrix() -> String { matrix(PlanningMatrix.grid(plan)) }

    /// The matrix section alone for a grid, as text.
    package func matrix(_ grid: PlanningMatrix.Grid) -> String {
        var page = self
        page.out = ByteWriter(capacity: 4096)
        page.matrixSection(grid)
        return page.out.text
    }

    /// Writes the matrix section for a grid.
    package mutating func matrixSection(_ grid: PlanningMatrix.Grid) {
        out.append("<section class=\"matrix-section\" aria-labelledby=\"matrix-heading\">\n")
        say("<h2 id=\"matrix-heading\">", Text(en: "Planning matrix", da: "Planlægningsskema"), "</h2>\n")
        guard !plan.phases.isEmpty || !plan.participants.isEmpty else {
            say(
                "<p class=\"empty\">",
                Text(
                    en: "The plan has no participants and no phases yet.",
                    da: "Planen har endnu ingen deltagere og ingen faser."),
                "</p>\n</section>\n")
            return
        }
        out.append("<p class=\"key\" aria-hidden=\"true\">")
        for (mark, style) in [(Vocabulary.Mark.core, "core"), (.invited, "invited"), (.leftOut, "without"), (.absent, "absent")] {
            out.append("<span><span class=\"mark ")
            out.append(utf8: style)
            out.append("\">")
            out.append(utf8: mark.symbol)
            out.append("</span> ")
            message(mark.meaning(language))
            out.append("</span>")
        }
        out.append("</p>\n")
        // The fewer the phases, the more room the names get.
        let phases = plan.phases.count
        let who = phases <= 3 ? 30 : phases <= 6 ? 26 : phases <= 9 ? 22 : phases <= 12 ? 19 : 17
        out.append(
            phases > 10
                ? "<div class=\"matrix-wrap\">\n<table class=\"matrix many\" style=\"--who: "
                : "<div class=\"matrix-wrap\">\n<table class=\"matrix\" style=\"--who: ")
        out.append(decimal: who)
        say(
            "%\">\n<caption>",
            Text(
                en: "Who takes part in which phase: participants and groups as rows, phases as columns, in plan order.",
                da: "Hvem er med i hvilken fase: deltagere og grupper som rækker, faser som kolonner, i planens rækkefølge."),
            "</caption>\n<colgroup><col class=\"who-col\">")
        if !plan.phases.isEmpty {
            out.append("<col span=\"")
            out.append(decimal: plan.phases.count)
            out.append("\" class=\"phase-col\">")
        }
        out.append("</colgroup>\n")
        say("<thead>\n<tr><th scope=\"col\" class=\"corner\">", Text(en: "Participant", da: "Deltager"), "</th>")
        for (index, phase) in plan.phases.enumerated() {
            out.append("<th scope=\"col\" class=\"phase\"><span class=\"num\">")
            out.append(decimal: index + 1)
            out.append("</span> ")
            // Long words break only where a hyphen can go (soft hyphens), never mid-syllable.
            escape("<span class=\"pname\">", SoftHyphens.insert(phase.name), "</span>")
            if let start = phase.start {
                out.append("<span class=\"dates\">")
                dateRange(start, phase.end)
                out.append("</span>")
            }
            if let note = phase.note {
                escape("<span class=\"phase-note\">", note, "</span>")
            }
            if !phase.needs.isEmpty {
                say("<span class=\"needs\">", Text(en: "needs", da: "behov"), ": ")
                for (number, need) in phase.needs.enumerated() {
                    if number > 0 { out.append(", ") }
                    escape(plan.diamond[need.competence].name)
                }
                out.append("</span>")
            }
            out.append("</th>")
        }
        out.append("</tr>\n</thead>\n")

        let sections: [(Text, ParticipantKind)] = [
            (Vocabulary.section(.core), .core),
            (Vocabulary.section(.participant), .participant),
            (Text(en: "Groups of actors", da: "Grupper af aktører"), .group),
        ]
        for (title, kind) in sections {
            let members = grid.rows.filter { $0.kind == kind }
            guard !members.isEmpty else { continue }
            out.append("<tbody>\n<tr class=\"section\"><th scope=\"rowgroup\" colspan=\"")
            out.append(decimal: plan.phases.count + 1)
            say("\">", title, " <span class=\"count\">(")
            out.append(decimal: members.count)
            out.append(")</span></th></tr>\n")
            for member in members {
                row(member)
                out.flushIfFull()
            }
            out.append("</tbody>\n")
        }
        if !plan.phases.isEmpty { summaryRows(grid) }
        out.append("</table>\n</div>\n</section>\n")
    }

    /// One row of the grid: the participant, then one cell per mark.
    package mutating func row(_ row: PlanningMatrix.Row) {
        let participant = plan.participants[row.participant]
        out.append("<tr class=\"person ")
        out.append(utf8: participant.kind.rawValue)
        escape("\"><th scope=\"row\" class=\"who\"><span class=\"name\">", participant.name, "</span> ")
        say("<span class=\"kind\">", kindWord(participant), "</span><span class=\"tags\">")
        if participant.competences.isEmpty, participant.isBuiltIn {
            say("<span class=\"quiet\">", Text(en: "no competence declared", da: "ingen kompetencer i planen"), "</span>")
        } else if participant.competences.isEmpty {
            say("<span class=\"none\">", Text(en: "no competence listed", da: "ingen kompetence angivet"), "</span>")
        } else {
            for (number, competence) in participant.competences.enumerated() {
                escape(number > 0 ? " <span class=\"comp\">" : "<span class=\"comp\">", plan.diamond[competence].name, "</span>")
            }
        }
        if let via = participant.via {
            say(" <span class=\"via\">", Text(en: "via", da: "via"), " ")
            escape("", via.text, "</span>")
        }
        out.append("</span>")
        facts(participant.facts)
        out.append("</th>")
        for (index, mark) in row.marks.enumerated() {
            let purpose = row.purpose(index)
            switch mark {
            case .core: cell("core", .core, Vocabulary.Mark.core.meaning, purpose: purpose)
            case .invited: cell("invited", .invited, Vocabulary.Mark.invited.word, purpose: purpose)
            case .leftOut: cell("without", .leftOut, Vocabulary.Mark.leftOut.word)
            case .absent: cell("absent", .absent, Vocabulary.Mark.absent.word)
            }
        }
        out.append("</tr>\n")
    }

    /// A cell: the mark, its words for screen readers, and the purpose of
    /// taking part (`for`) below the mark when the phase gives one.
    package mutating func cell(_ kind: StaticString, _ mark: Vocabulary.Mark, _ words: Text, purpose: String? = nil) {
        out.append("<td class=\"cell ")
        out.append(kind)
        out.append(purpose == nil ? "\">" : " with-purpose\">")
        out.append("<span class=\"mark\" aria-hidden=\"true\">")
        out.append(utf8: mark.symbol)
        say("</span><span class=\"sr\">", words, "</span>")
        if let purpose {
            say("<span class=\"purpose\"><span class=\"sr\">", Text(en: "for:", da: "formål:"), " </span>")
            escape("", purpose, "</span>")
        }
        out.append("</td>")
    }

    /// Per phase: how many are present, which needs are covered and which are missing.
    mutating func summaryRows(_ grid: PlanningMatrix.Grid) {
        out.append("<tbody class=\"summary\">\n")
        say(
            "<tr class=\"summary present-row\"><th scope=\"row\" class=\"summary\">",
            Text(en: "Present", da: "Med i fasen"), "</th>")
        for column in grid.columns.indices {
            let present = grid.present(in: column)
            out.append(present == 0 ? "<td class=\"present alert\">" : "<td class=\"present\">")
            out.append(decimal: present)
            out.append("</td>")
        }
        out.append("</tr>\n")
        say(
            "<tr class=\"summary covered-row\"><th scope=\"row\" class=\"summary\">",
            Text(en: "Needs covered", da: "Behov dækket"), "</th>")
        for phase in plan.phases {
            let covered = phase.needs.filter(\.isCovered)
            if phase.needs.isEmpty {
                say(
                    "<td class=\"covered\"><span class=\"quiet\">", Text(en: "no needs stated", da: "ingen behov angivet"),
                    "</span></td>")
            } else if covered.isEmpty {
                say("<td class=\"covered\"><span class=\"quiet\">", Text(en: "none", da: "ingen"), "</span></td>")
            } else {
                out.append("<td class=\"covered\">")
                for (number, need) in covered.enumerated() {
                    out.append(number > 0 ? " <span class=\"comp ok\" title=\"" : "<span class=\"comp ok\" title=\"")
                    for (index, participant) in need.coveredBy.enumerated() {
                        if index > 0 { out.append(", ") }
                        escape(plan.participants[participant].name)
                    }
                    out.append("\"><span aria-hidden=\"true\">✓ </span>")
                    escape("", plan.diamond[need.competence].name, "</span>")
                }
                out.append("</td>")
            }
        }
        out.append("</tr>\n")
        say(
            "<tr class=\"summary missing-row\"><th scope=\"row\" class=\"summary\">",
            Text(en: "Needs missing", da: "Behov mangler"), "</th>")
        for phase in plan.phases {
            let missing = phase.missing
            if missing.isEmpty {
                say(
                    "<td class=\"missing-none\"><span class=\"quiet\">–</span><span class=\"sr\">",
                    Text(en: "none missing", da: "intet mangler"), "</span></td>")
            } else {
                out.append("<td class=\"missing\">")
                for (number, competence) in missing.enumerated() {
                    out.append(
                        number > 0
                            ? " <span class=\"comp miss\"><span aria-hidden=\"true\">! </span>"
                            : "<span class=\"comp miss\"><span aria-hidden=\"true\">! </span>")
                    say("<span class=\"sr\">", Text(en: "missing:", da: "mangler:"), " </span>")
                    escape("", plan.diamond[competence].name, "</span>")
                }
                out.append("</td>")
            }
        }
        out.append("</tr>\n</tbody>\n")
    }
}
