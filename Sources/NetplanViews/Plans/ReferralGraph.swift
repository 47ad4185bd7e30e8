import NetplanBase
import NetplanSyntax
import NetplanCheck

/// The referral graph (`netplan graph`) in Graphviz DOT: who pointed the
/// network to whom on the relationship tour. An edge `A -> B` means B's
/// declaration says `via A`.
///
/// - Core participants are filled, bold boxes; participants involved as
///   needed are ellipses; groups are folders, dashed when they are built-in
///   groups the plan invites without declaring. A legend cluster shows the
///   three styles and what an edge means.
/// - Every participant and group is a node, also those nobody referred, so
///   the graph shows who came in without a referral. The leader, co-driver
///   or reference leader whom a `via` names is a node too (a rounded box
///   with the role under the name), even when not declared as a
///   participant: they are where the relationship tour starts.
/// - A participant's node ID is its name (quoted and escaped, see `id`); other nodes
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
        let roots = roleRoots(plan)
        var ids = IDs(reserved: Set(plan.participants.map(\.name) + roots.map(\.name.text)))
        var lines: [String] = []
        let title = plan.network.map { $0.name.text } ?? Text(en: "Referral graph", da: "Henvisningsgraf")(language)
        lines.append(
            "// "
                + Text(
                    en: "Referral graph made by netplan: an edge A -> B means B was found via A.",
                    da: "Henvisningsgraf lavet af netplan: en pil A -> B betyder, at A har foreslået B.")(language))
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
        if !roots.isEmpty {
            lines.append("")
            lines.append(indent + "// " + Text(en: "Roles who started a referral", da: "Roller, der har henvist")(language))
            for root in roots {
                let label = "\(root.name.text)\n\(Vocabulary.role(root.role)(language))"
                lines.append(indent + "\(id(root.name.text)) [\(roleAttributes(label: label))];")
            }
        }
        for kind in [ParticipantKind.core, .participant, .group] {
            let members = plan.participants.filter { $0.kind == kind }
            guard !members.isEmpty else { continue }
            lines.append("")
            lines.append(indent + "// " + Vocabulary.section(kind)(language))
            for participant in members {
                lines.append(
                    indent + "\(id(participant.name)) [\(attributes(participant, label: participant.name))];")
            }
        }

        let edges = plan.participants.compactMap { participant -> String? in
            guard let from = referrerName(of: participant, in: plan) else { return nil }
            return indent + "\(id(from)) -> \(id(participant.name));"
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

    /// Who referred a participant: a participant or group of the plan, or
    /// the leader, co-driver or reference leader, who need not be declared
    /// as participants (the roots of the relationship tour). Nil when `via`
    /// names nobody the plan knows.
    static func referrerName(of participant: Participant, in plan: ResolvedPlan) -> String? {
        if let referrer = participant.referrer { return plan.participants[referrer].name }
        return participant.referringRole.flatMap { plan.role($0)?.name.text }
    }

    /// The role holders some `via` names who are not declared as participants,
    /// each once, in the order of the roles in the plan.
    static func roleRoots(_ plan: ResolvedPlan) -> [RoleAssignment] {
        let used = Set(plan.participants.compactMap(\.referringRole))
        return plan.roles.filter { used.contains($0.role) && plan.participant(named: $0.name.text) == nil }
    }

    /// A role holder: a rounded box, not filled like a core participant.
    static func roleAttributes(label: String) -> String {
        ["label=\(quote(label))", "shape=box", "style=\"rounded,filled\"", "fillcolor=\"#f3e5f5\""]
            .joined(separator: ", ")
    }

    /// The node attributes that show a participant's kind.
    static func attributes(_ participant: Participant, label: String) -> String {
        var attributes = ["label=\(quote(label))"]
        switch participant.kind {
        case .core:
            attributes += ["shape=box", "style=\"filled,bold\"", "fillcolor=\"#f6c85f\"", "penwidth=2"]
        case .participant, .person:
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
                lines.append("    \(Self.id(id)) [\(attributes(participant, label: participant.name))];")
            }
            if first == nil {
                let id = ids.make("\(number): " + Text(en: "nobody", da: "ingen")(language))
                first = id
                let nobody = Text(en: "(nobody present)", da: "(ingen er med)")(language)
                lines.append("    \(Self.id(id)) [label=\(quote(nobody)), shape=plaintext];")
            }
            lines.append("  }")
            if let first { anchors.append(first) }
        }
        for (from, to) in zip(anchors, anchors.dropFirst()) {
            lines.append("  \(id(from)) -> \(id(to)) [style=invis];")
        }
        return lines
    }

    static func legend(_ plan: ResolvedPlan, language: Language, ids: inout IDs) -> [String] {
        let legendLead = Text(en: "legend: ", da: "forklaring: ")
        let core = ids.make((legendLead + Vocabulary.shortKind(.core))(language))
        let asNeeded = ids.make((legendLead + Vocabulary.shortKind(.participant))(language))
        let group = ids.make((legendLead + Vocabulary.shortKind(.group))(language))
        func sample(_ kind: ParticipantKind, builtIn: Bool = false) -> Participant {
            Participant(
                name: "", kind: kind, isBuiltIn: builtIn, nameRange: nil, statementRange: nil, competences: [],
                listsCompetences: false, via: nil, referrer: nil, phases: [], names: plan.names.table)
        }
        var lines = [
            "",
            "  subgraph cluster_legend {",
            "    label=\(quote(Text(en: "Legend", da: "Forklaring")(language)));",
            "    style=dashed;",
            "    color=\"#aaaaaa\";",
            "    \(id(core)) [\(attributes(sample(.core), label: Vocabulary.kind(.core)(language)))];",
            "    \(id(asNeeded)) [\(attributes(sample(.participant), label: Vocabulary.involvedAsNeeded(language)))];",
            "    \(id(group)) [\(attributes(sample(.group), label: Vocabulary.kind(.group)(language)))];",
        ]
        if !roleRoots(plan).isEmpty {
            let role = ids.make((legendLead + Text(en: "role", da: "rolle"))(language))
            let (leader, codriver, reference) = (
                Vocabulary.role(.leader), Vocabulary.role(.codriver), Vocabulary.role(.reference))
            let label = Text(
                en: "\(leader.en), \(codriver.en) or \(reference.en)",
                da: "\(leader.da), \(codriver.da) eller \(reference.da)")(language)
            lines.append("    \(id(role)) [\(roleAttributes(label: label))];")
        }
        if plan.participants.contains(where: \.isBuiltIn) {
            let builtIn = ids.make((legendLead + Vocabulary.builtInGroup)(language))
            let label = (Vocabulary.builtInGroup + Text(en: ", not declared", da: ", ikke skrevet i planen"))(language)
            lines.append("    \(id(builtIn)) [\(attributes(sample(.group, builtIn: true), label: label))];")
        }
        let via = Text(en: "pointed to (via)", da: "har foreslået (via)")(language)
        lines.append("    \(id(core)) -> \(id(asNeeded)) [label=\(quote(via))];")
        lines.append("  }")
        return lines
    }

    /// A DOT double-quoted string for a label (or a comment-free attribute
    /// value). DOT itself only unescapes `\"`, but labels treat `\\` as one
    /// backslash and `\n` as a line break; escaping every backslash keeps each
    /// label exact. A control character is shown as `\u{1B}` (written
    /// `\\u{1B}`, so the label reads `\u{1B}`). Scalar by scalar: a quote or a
    /// backslash followed by a combining mark is still escaped, so the string
    /// ends exactly at its closing quote and nothing can be injected.
    package static func quote(_ text: String) -> String {
        dotString(text, controls: { "\\" + ControlCharacters.escaped($0) })
    }

    /// A node ID: quoted like a label, but a control character is written
    /// with a single backslash (`\u{1B}`), so it can never give the same ID
    /// as a name that holds the text `\u{1B}` (written `\\u{1B}`). Every
    /// node has a label, so the ID itself is never shown.
    package static func id(_ text: String) -> String {
        dotString(text, controls: ControlCharacters.escaped)
    }

    private static func dotString(_ text: String, controls: (Unicode.Scalar) -> String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default:
                if ControlCharacters.isControl(scalar) {
                    out += controls(scalar)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Hands out node IDs that differ from every participant's name and from each other.
    struct IDs {
        package var taken: Set<String>

        package init(reserved: Set<String>) { taken = reserved }

        package mutating func make(_ wanted: String) -> String {
            var id = wanted
            while taken.contains(id) { id += "'" }
            taken.insert(id)
            return id
        }
    }
}
