/// The referral graph (`netplan graph`) in Graphviz DOT: who pointed the
/// network to whom on the relationship tour. An edge `A -> B` means B's
/// declaration says `via A`.
///
/// - Core participants are filled, bold boxes; participants involved as
///   needed are ellipses; groups are folders, dashed when they are built-in
///   groups the plan invites without declaring. A legend cluster shows the
///   three styles and what an edge means.
/// - Every participant and group is a node, also those nobody referred, so
///   the graph shows who came in without a referral.
/// - A participant's node ID is its name (quoted and escaped); other nodes
///   (legend, phase copies) get IDs that differ from every name.
/// - `phases: true` adds one `subgraph cluster_N` per phase (N = the phase's
///   number). A node can sit in only one cluster, and a core participant is
///   in every phase, so each cluster holds its own copies of the people
///   present, styled as the originals; invisible edges keep the clusters in
///   phase order. The referral graph itself then sits in a box of its
///   own (`cluster_referrals`), its edges between the original nodes.
///
/// Output is deterministic: nodes in declaration order, edges in the order
/// of the referred participants, clusters in phase order.
public enum ReferralGraph {
    /// The DOT text of a plan's referral graph.
    public static func dot(_ plan: ResolvedPlan, language: Language, phases: Bool = false) -> String {
        var ids = IDs(reserved: Set(plan.participants.map(\.name)))
        var lines: [String] = []
        let title = plan.network.map { $0.name.text } ?? Text(en: "Referral graph", da: "Henvisninger")(language)
        lines.append(
            "// "
                + Text(
                    en: "Referral graph made by netplan: an edge A -> B means B was found via A.",
                    da: "Henvisningsgraf lavet af netplan: en kant A -> B betyder, at B blev fundet via A.")(language))
        lines.append("digraph referrals {")
        lines.append("  graph [label=\(quote(title)), labelloc=t, fontname=\"Helvetica\", rankdir=LR];")
        lines.append("  node [fontname=\"Helvetica\"];")
        lines.append("  edge [fontname=\"Helvetica\", color=\"#555555\"];")

        // With phase boxes, the referral graph gets a box of its own, so the
        // two do not mix on the page.
        let indent = phases ? "    " : "  "
        if phases {
            lines.append("")
            lines.append("  subgraph cluster_referrals {")
            lines.append("    label=\(quote(Text(en: "Referrals (via)", da: "Henvisninger (via)")(language)));")
            lines.append("    style=rounded;")
            lines.append("    color=\"#888888\";")
        }
        for kind in [ParticipantKind.core, .participant, .group] {
            let members = plan.participants.filter { $0.kind == kind }
            guard !members.isEmpty else { continue }
            lines.append("")
            lines.append(indent + "// " + PlanningMatrix.section(kind)(language))
            for participant in members {
                lines.append(
                    indent + "\(quote(participant.name)) [\(attributes(participant, label: participant.name))];")
            }
        }

        let edges = plan.participants.compactMap { participant -> String? in
            guard let referrer = participant.referrer else { return nil }
            return indent + "\(quote(plan.participants[referrer].name)) -> \(quote(participant.name));"
        }
        if !edges.isEmpty {
            lines.append("")
            lines.append(indent + "// " + Text(en: "Referrals (via)", da: "Henvisninger (via)")(language))
            lines += edges
        }
        if phases { lines.append("  }") }

        if phases { lines += phaseClusters(plan, language: language, ids: &ids) }
        lines += legend(plan, language: language, ids: &ids)
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The node attributes that show a participant's kind.
    static func attributes(_ participant: Participant, label: String) -> String {
        var attributes = ["label=\(quote(label))"]
        switch participant.kind {
        case .core:
            attributes += ["shape=box", "style=\"filled,bold\"", "fillcolor=\"#f6c85f\"", "penwidth=2"]
        case .participant:
            attributes += ["shape=ellipse", "style=filled", "fillcolor=\"#e8f1fa\""]
        case .group:
            attributes += [
                "shape=folder", participant.isBuiltIn ? "style=\"filled,dashed\"" : "style=filled",
                "fillcolor=\"#e3f2e1\"",
            ]
        }
        return attributes.joined(separator: ", ")
    }

    static func phaseClusters(_ plan: ResolvedPlan, language: Language, ids: inout IDs) -> [String] {
        var lines = [
            "",
            "  // "
                + Text(
                    en: "Phases: each box holds a copy of everyone present in that phase",
                    da: "Faser: hver boks har en kopi af alle, der er med i den fase")(language),
        ]
        var anchors: [String] = []
        for (index, phase) in plan.phases.enumerated() {
            let number = index + 1
            var label = "\(number). \(phase.name)"
            if let start = phase.start, let end = phase.end { label += "\n\(start) – \(end)" }
            lines.append("  subgraph cluster_\(number) {")
            lines.append("    label=\(quote(label));")
            lines.append("    style=rounded;")
            lines.append("    color=\"#888888\";")
            var first: String?
            for attendance in phase.present {
                let participant = plan.participants[attendance.participant]
                let id = ids.make("\(number): \(participant.name)")
                first = first ?? id
                lines.append("    \(quote(id)) [\(attributes(participant, label: participant.name))];")
            }
            if first == nil {
                let id = ids.make("\(number): " + Text(en: "nobody", da: "ingen")(language))
                first = id
                let nobody = Text(en: "(nobody present)", da: "(ingen er med)")(language)
                lines.append("    \(quote(id)) [label=\(quote(nobody)), shape=plaintext];")
            }
            lines.append("  }")
            if let first { anchors.append(first) }
        }
        for (from, to) in zip(anchors, anchors.dropFirst()) {
            lines.append("  \(quote(from)) -> \(quote(to)) [style=invis];")
        }
        return lines
    }

    static func legend(_ plan: ResolvedPlan, language: Language, ids: inout IDs) -> [String] {
        let core = ids.make(Text(en: "legend: core", da: "forklaring: kerne")(language))
        let asNeeded = ids.make(Text(en: "legend: as needed", da: "forklaring: løbende")(language))
        let group = ids.make(Text(en: "legend: group", da: "forklaring: gruppe")(language))
        func sample(_ kind: ParticipantKind, builtIn: Bool = false) -> Participant {
            Participant(
                name: "", kind: kind, isBuiltIn: builtIn, nameRange: nil, statementRange: nil, competences: [],
                listsCompetences: false, via: nil, referrer: nil, phases: [])
        }
        var lines = [
            "",
            "  subgraph cluster_legend {",
            "    label=\(quote(Text(en: "Legend", da: "Forklaring")(language)));",
            "    style=dashed;",
            "    color=\"#aaaaaa\";",
            "    \(quote(core)) [\(attributes(sample(.core), label: Text(en: "core participant", da: "kernedeltager")(language)))];",
            "    \(quote(asNeeded)) [\(attributes(sample(.participant), label: Text(en: "involved as needed", da: "inddrages løbende")(language)))];",
            "    \(quote(group)) [\(attributes(sample(.group), label: Text(en: "group", da: "gruppe")(language)))];",
        ]
        if plan.participants.contains(where: \.isBuiltIn) {
            let builtIn = ids.make(Text(en: "legend: built-in group", da: "forklaring: indbygget gruppe")(language))
            let label = Text(en: "built-in group, not declared", da: "indbygget gruppe, ikke erklæret")(language)
            lines.append("    \(quote(builtIn)) [\(attributes(sample(.group, builtIn: true), label: label))];")
        }
        let via = Text(en: "pointed to (via)", da: "pegede på (via)")(language)
        lines.append("    \(quote(core)) -> \(quote(asNeeded)) [label=\(quote(via))];")
        lines.append("  }")
        return lines
    }

    /// A DOT double-quoted string. DOT itself only unescapes `\"`, but labels
    /// treat `\\` as one backslash and `\n` as a line break; escaping every
    /// backslash keeps each name's ID unique and its label exact.
    static func quote(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n", "\r\n": out += "\\n"
            case "\r": break
            default: out.append(character)
            }
        }
        return out + "\""
    }

    /// Hands out node IDs that differ from every participant's name and from each other.
    struct IDs {
        var taken: Set<String>

        init(reserved: Set<String>) { taken = reserved }

        mutating func make(_ wanted: String) -> String {
            var id = wanted
            while taken.contains(id) { id += "'" }
            taken.insert(id)
            return id
        }
    }
}
