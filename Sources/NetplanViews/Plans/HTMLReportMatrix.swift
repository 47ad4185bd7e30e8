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

    /// The matrix section, drawn from the same grid as `netplan matrix`: who
    /// takes part where is decided once, in `PlanningMatrix.grid`.
    package func matrix() -> String { matrix(PlanningMatrix.grid(plan)) }

    package func matrix(_ grid: PlanningMatrix.Grid) -> String {
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
        for (mark, style) in [(Vocabulary.Mark.core, "core"), (.invited, "invited"), (.leftOut, "without"), (.absent, "absent")] {
            out += "<span><span class=\"mark \(style)\">\(mark.symbol)</span> \(HTML.message(mark.meaning(language)))</span>"
        }
        out += "</p>\n"
        // The fewer the phases, the more room the names get.
        let phases = plan.phases.count
        let who = phases <= 3 ? 30 : phases <= 6 ? 26 : phases <= 9 ? 22 : phases <= 12 ? 19 : 17
        out += "<div class=\"matrix-wrap\">\n<table class=\"matrix\(phases > 10 ? " many" : "")\" style=\"--who: \(who)%\">\n"
        out += "<caption>"
        out += say(
            Text(
                en: "Who takes part in which phase: participants and groups as rows, phases as columns, in plan order.",
                da: "Hvem er med i hvilken fase: deltagere og grupper som rækker, faser som kolonner, i planens rækkefølge."))
        out += "</caption>\n"
        out += "<colgroup><col class=\"who-col\">"
        if !plan.phases.isEmpty { out += "<col span=\"\(plan.phases.count)\" class=\"phase-col\">" }
        out += "</colgroup>\n"
        out += "<thead>\n<tr><th scope=\"col\" class=\"corner\">"
        out += "\(say(Text(en: "Participant", da: "Deltager")))</th>"
        for (index, phase) in plan.phases.enumerated() {
            out += "<th scope=\"col\" class=\"phase\"><span class=\"num\">\(index + 1)</span> "
            // Long words break only where a hyphen can go (soft hyphens), never mid-syllable.
            out += "<span class=\"pname\">\(HTML.escape(SoftHyphens.insert(phase.name)))</span>"
            if let start = phase.start {
                out += "<span class=\"dates\">\(dateRange(start, phase.end))</span>"
            }
            if let note = phase.note {
                out += "<span class=\"phase-note\">\(HTML.escape(note))</span>"
            }
            if !phase.needs.isEmpty {
                let needs = phase.needs.map { HTML.escape(plan.diamond[$0.competence].name) }.joined(separator: ", ")
                out += "<span class=\"needs\">\(say(Text(en: "needs", da: "behov"))): \(needs)</span>"
            }
            out += "</th>"
        }
        out += "</tr>\n</thead>\n"

        let sections: [(Text, ParticipantKind)] = [
            (Vocabulary.section(.core), .core),
            (Vocabulary.section(.participant), .participant),
            (Text(en: "Groups of actors", da: "Grupper af aktører"), .group),
        ]
        for (title, kind) in sections {
            let members = grid.rows.filter { $0.kind == kind }
            guard !members.isEmpty else { continue }
            out += "<tbody>\n<tr class=\"section\"><th scope=\"rowgroup\" colspan=\"\(plan.phases.count + 1)\">"
            out += "\(say(title)) <span class=\"count\">(\(members.count))</span></th></tr>\n"
            for member in members { out += row(member) }
            out += "</tbody>\n"
        }
        if !plan.phases.isEmpty { out += summaryRows(grid) }
        out += "</table>\n</div>\n</section>\n"
        return out
    }

    /// One row of the grid: the participant, then one cell per mark.
    package func row(_ row: PlanningMatrix.Row) -> String {
        let participant = plan.participants[row.participant]
        var out = "<tr class=\"person \(participant.kind.rawValue)\"><th scope=\"row\" class=\"who\">"
        out += "<span class=\"name\">\(HTML.escape(participant.name))</span> "
        out += "<span class=\"kind\">\(say(kindWord(participant)))</span>"
        out += "<span class=\"tags\">"
        if participant.competences.isEmpty, participant.isBuiltIn {
            out += "<span class=\"quiet\">\(say(Text(en: "no competence declared", da: "ingen kompetencer i planen")))</span>"
        } else if participant.competences.isEmpty {
            out += "<span class=\"none\">\(say(Text(en: "no competence listed", da: "ingen kompetence angivet")))</span>"
        } else {
            out += participant.competences.map { "<span class=\"comp\">\(HTML.escape(plan.diamond[$0].name))</span>" }
                .joined(separator: " ")
        }
        if let via = participant.via {
            out += " <span class=\"via\">\(say(Text(en: "via", da: "via"))) \(HTML.escape(via.text))</span>"
        }
        out += "</span>"
        out += facts(participant.facts)
        out += "</th>"
        for (index, mark) in row.marks.enumerated() {
            let purpose = row.purpose(index)
            switch mark {
            case .core: out += cell("core", .core, Vocabulary.Mark.core.meaning, purpose: purpose)
            case .invited: out += cell("invited", .invited, Vocabulary.Mark.invited.word, purpose: purpose)
            case .leftOut: out += cell("without", .leftOut, Vocabulary.Mark.leftOut.word)
            case .absent: out += cell("absent", .absent, Vocabulary.Mark.absent.word)
            }
        }
        return out + "</tr>\n"
    }

    /// A cell: the mark, its words for screen readers, and the purpose of
    /// taking part (`for`) below the mark when the phase gives one.
    package func cell(_ kind: String, _ mark: Vocabulary.Mark, _ words: Text, purpose: String? = nil) -> String {
        var out = "<td class=\"cell \(kind)\(purpose == nil ? "" : " with-purpose")\">"
        out += "<span class=\"mark\" aria-hidden=\"true\">\(mark.symbol)</span><span class=\"sr\">\(say(words))</span>"
        if let purpose {
            out += "<span class=\"purpose\"><span class=\"sr\">\(say(Text(en: "for:", da: "formål:"))) </span>"
            out += "\(HTML.escape(purpose))</span>"
        }
        return out + "</td>"
    }

    /// Per phase: how many are present, which needs are covered and which are missing.
    func summaryRows(_ grid: PlanningMatrix.Grid) -> String {
        var out = "<tbody class=\"summary\">\n"
        out += "<tr class=\"summary present-row\"><th scope=\"row\" class=\"summary\">"
        out += "\(say(Text(en: "Present", da: "Med i fasen")))</th>"
        for column in grid.columns.indices {
            let present = grid.present(in: column)
            out += "<td class=\"present\(present == 0 ? " alert" : "")\">\(present)</td>"
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
                out += "<span class=\"sr\">\(say(Text(en: "none missing", da: "intet mangler")))</span></td>"
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

}
