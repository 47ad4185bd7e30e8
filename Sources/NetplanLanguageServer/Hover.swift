import Foundation
import NetplanBase
import NetplanSyntax
import NetplanCheck

/// `textDocument/hover`: what a name stands for, in Markdown.
enum Hover {
    package static func hover(at offset: Int, in document: OpenDocument, language: Language) -> Any {
        guard let occurrence = document.names.occurrence(at: offset) else { return NSNull() }
        let lines: [String]?
        switch occurrence.referent {
        case .participant(let index):
            lines = participant(index, in: document, language).map {
                $0 + purpose(of: index, at: occurrence, in: document, language) + registerLine(occurrence, in: document, language)
            }
        case .roleHolder: lines = roleHolder(occurrence, in: document, language)
        case .competence(let index): lines = competence(index, in: document, language)
        case .phase(let index): lines = phase(index, in: document, language)
        case .category, .unresolved: lines = nil
        }
        guard let lines else { return NSNull() }
        return [
            "contents": ["kind": "markdown", "value": lines.joined(separator: "\n")] as JSONObject,
            "range": document.rangeJSON(occurrence.range),
        ] as JSONObject
    }

    /// A name in code style, as it is written in a plan.
    package static func code(_ name: String) -> String {
        // Scalar by scalar: a backtick followed by a combining mark still ends a code span.
        var out = "`"
        for scalar in quotedIfNeeded(name).unicodeScalars { out.unicodeScalars.append(scalar == "`" ? "'" : scalar) }
        return out + "`"
    }

    package static func names(_ names: [String], _ language: Language) -> String {
        names.isEmpty ? Text(en: "nobody", da: "ingen")(language) : names.map(code).joined(separator: ", ")
    }

    package static func kindWord(_ participant: Participant, _ language: Language) -> String {
        participant.isBuiltIn ? Vocabulary.builtInGroup(language) : Vocabulary.kind(participant.kind)(language)
    }

    /// A person named in a role only: every role line naming them, what the
    /// role line says about them, and where they are invited without a declaration.
    private static func roleHolder(_ occurrence: NameOccurrence, in document: OpenDocument, _ language: Language) -> [String]? {
        let places = document.names.occurrences(of: occurrence.referent)
        let roles = places.compactMap { place -> String? in
            if case .role(let role) = place.use { return Vocabulary.role(role)(language) }
            return nil
        }
        guard !roles.isEmpty else { return nil }
        let plan = document.plan
        var lines = ["**\(roles.joined(separator: ", "))** \(code(occurrence.name.text))", ""]
        // Invited by name: the participant the resolver made of the role line.
        let invited = plan.participant(named: occurrence.name.text).flatMap {
            plan.participants[$0].roleHolder != nil ? $0 : nil
        }
        // Not invited: the facts of the role lines the record names.
        let roleStatements = Set(places.compactMap { place -> SourceRange? in
            guard case .role = place.use, place.statement < document.tree.statements.count else { return nil }
            return document.tree.statements[place.statement].range
        })
        let roleFacts = plan.roles.first { roleStatements.contains($0.statementRange) }?.facts ?? PersonFacts()
        lines += factLines(invited.map { plan.participants[$0].facts } ?? roleFacts, language)
        if let invited {
            let phases = plan.participants[invited].phases.map { plan.phases[$0].name }
            lines.append(
                "- " + Text(en: "present in", da: "med i")(language) + ": "
                    + (phases.isEmpty ? Text(en: "no phase", da: "ingen fase")(language) : names(phases, language)))
            lines.append("")
            lines.append(
                Text(
                    en: "Invited without a declaration of their own.",
                    da: "Inviteret uden at stå i planen som deltager.")(language))
            return lines + purpose(of: invited, at: occurrence, in: document, language)
        }
        lines.append(Text(en: "Not declared as a participant.", da: "Står ikke i planen som deltager.")(language))
        return lines
    }

    private static func participant(_ index: Int, in document: OpenDocument, _ language: Language) -> [String]? {
        let plan = document.plan
        let roles = plan.roles.filter { $0.participant == index }.map { Vocabulary.role($0.role)(language) }
        let participant = plan.participants[index]
        var lines = ["**\(kindWord(participant, language))** \(code(participant.name))", ""]
        if participant.isBuiltIn {
            lines.append(
                Text(
                    en: "An actor category that may be invited without a `group` declaration; it brings no competences.",
                    da: "En gruppe af aktører, som en fase kan invitere, uden at den står på en `group`-linje; den bidrager ikke med nogen kompetencer.")(language))
            lines.append("")
        } else {
            let competences = participant.competences.map { plan.diamond[$0].name }
            lines.append(
                "- " + Text(en: "competences", da: "kompetencer")(language) + ": "
                    + (competences.isEmpty
                        ? Text(en: "none listed", da: "ingen angivet")(language) : names(competences, language)))
        }
        if let via = participant.via {
            lines.append("- " + Text(en: "via (suggested by)", da: "via (foreslået af)")(language) + ": " + code(via.text))
        }
        let referred = plan.participants.filter { $0.referrer == index }.map(\.name)
        if !referred.isEmpty {
            lines.append("- " + Text(en: "suggested", da: "har foreslået")(language) + ": " + names(referred, language))
        }
        if !roles.isEmpty {
            lines.append("- " + Text(en: "role", da: "rolle")(language) + ": " + roles.joined(separator: ", "))
        }
        lines += factLines(facts(of: index, in: plan), language)
        let phases = participant.phases.map { plan.phases[$0].name }
        lines.append(
            "- " + Text(en: "present in", da: "med i")(language) + ": "
                + (phases.isEmpty ? Text(en: "no phase", da: "ingen fase")(language) : names(phases, language)))
        let leftOut = plan.phases.filter { phase in phase.without.contains { $0.participant == index } }.map(\.name)
        if !leftOut.isEmpty {
            lines.append("- " + Text(en: "left out of", da: "holdt ude af")(language) + ": " + names(leftOut, language))
        }
        return lines
    }

    private static func competence(_ index: Int, in document: OpenDocument, _ language: Language) -> [String]? {
        let plan = document.plan
        let name = plan.diamond[index].name
        let holders = plan.participants.filter { $0.competences.contains(index) }
        let core = holders.filter(\.isCore).map(\.name)
        let asNeeded = holders.filter { !$0.isCore }.map(\.name)
        let source =
            plan.diamondIsDefault
            ? Text(en: "of the default diamond", da: "i standarddiamanten")(language)
            : Text(en: "of the diamond", da: "i diamanten")(language)
        var lines = ["**" + Text(en: "competence", da: "kompetence")(language) + "** \(code(name)) (\(source))", ""]
        lines.append("- " + Vocabulary.plural(.core)(language) + ": " + names(core, language))
        lines.append("- " + Vocabulary.involvedAsNeeded(language) + ": " + names(asNeeded, language))
        let needed = plan.phases.filter { phase in phase.needs.contains { $0.competence == index } }.map(\.name)
        if !needed.isEmpty {
            lines.append("- " + Text(en: "needed in", da: "skal bruges i")(language) + ": " + names(needed, language))
        }
        return lines
    }

    private static func phase(_ index: Int, in document: OpenDocument, _ language: Language) -> [String]? {
        let plan = document.plan
        let phase = plan.phases[index]
        let name = phase.name
        var title = "**" + Text(en: "phase", da: "fase")(language) + "** \(code(name)) (\(index + 1)/\(plan.phases.count))"
        if let dates = phase.dates {
            title += " · \(dates.start.text)" + (dates.end.map { " – \($0.text)" } ?? "")
        }
        var lines = [title, ""]
        if let note = phase.note, !note.isEmpty { lines += [quote(note), ""] }
        let core = phase.present.filter { $0.presence == .core }.map { plan.participants[$0.participant].name }
        let invited = phase.present.filter { $0.presence == .invited }.map { plan.participants[$0.participant].name }
        lines.append("- " + Vocabulary.plural(.core)(language) + ": " + names(core, language))
        lines.append("- " + Vocabulary.Mark.invited.word(language) + ": " + names(invited, language))
        let leftOut = phase.without.map { plan.participants[$0.participant].name }
        if !leftOut.isEmpty {
            lines.append("- " + Vocabulary.Mark.leftOut.word(language) + ": " + names(leftOut, language))
        }
        let covered = phase.needs.filter(\.isCovered).map { need in
            code(plan.diamond[need.competence].name) + " ("
                + need.coveredBy.map { plan.participants[$0].name }.map(code).joined(separator: ", ") + ")"
        }
        let missing = phase.needs.filter { !$0.isCovered }.map { plan.diamond[$0.competence].name }
        if !phase.needs.isEmpty {
            lines.append(
                "- " + Text(en: "needs covered", da: "behov, der er dækket")(language) + ": "
                    + (covered.isEmpty ? Text(en: "none", da: "ingen")(language) : covered.joined(separator: ", ")))
            lines.append(
                "- " + Text(en: "needs missing", da: "behov, der ikke er dækket")(language) + ": "
                    + (missing.isEmpty ? Text(en: "none", da: "ingen")(language) : names(missing, language)))
        }
        return lines + meetingLines(of: index, in: plan, language)
    }
}
