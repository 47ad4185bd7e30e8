import Foundation
import NetplanBase
import NetplanSyntax
import NetplanCheck

/// The competence diamond as an inline SVG: each competence of the plan's
/// diamond at a corner, with how many core participants, as-needed
/// participants and groups bring it, and under the counts who they are (the
/// first few by name, core participants first, then "+ 3 more"). Four competences make a diamond; three
/// to eight make a regular polygon; one or two still draw.
///
/// The drawing needs no fonts, scripts or files beyond the page it sits in,
/// and every number it shows is also in its `<title>`/`<desc>` and in the
/// legend table the report prints beside it.
public enum DiamondSVG {
    /// Who brings one competence.
    public struct Corner: Hashable, Sendable {
        /// The competence's name.
        public var name: String
        /// Core participants who bring it.
        public var core: Int
        /// Participants involved as needed who bring it.
        public var asNeeded: Int
        /// Groups that bring it.
        public var groups: Int
        /// Who brings it, by name: core participants, then as needed, then groups.
        public var holders: [Holder]

        public init(name: String, core: Int, asNeeded: Int, groups: Int, holders: [Holder] = []) {
            self.name = name
            self.core = core
            self.asNeeded = asNeeded
            self.groups = groups
            self.holders = holders
        }

        /// Everyone who brings it.
        public var total: Int { core + asNeeded + groups }
        /// Whether nobody in the network brings it.
        public var isMissing: Bool { total == 0 }
    }

    /// One participant or group who brings a competence.
    public struct Holder: Hashable, Sendable {
        public var name: String
        public var kind: ParticipantKind

        public init(name: String, kind: ParticipantKind) {
            self.name = name
            self.kind = kind
        }
    }

    /// Counts, for each competence of the plan's diamond in order, who brings it.
    public static func corners(_ plan: ResolvedPlan) -> [Corner] {
        plan.diamond.indices.map { competence in
            var corner = Corner(name: plan.diamond[competence].name, core: 0, asNeeded: 0, groups: 0)
            for participant in plan.participants where participant.counts && participant.competences.contains(competence) {
                switch participant.kind {
                case .core: corner.core += 1
                case .participant, .person: corner.asNeeded += 1
                case .group: corner.groups += 1
                }
                corner.holders.append(Holder(name: participant.name, kind: participant.kind))
            }
            let order: [ParticipantKind: Int] = [.core: 0, .participant: 1, .group: 2]
            corner.holders = corner.holders.enumerated()
                .sorted { (order[$0.element.kind] ?? 0, $0.offset) < (order[$1.element.kind] ?? 0, $1.offset) }
                .map(\.element)
            return corner
        }
    }

    /// At most this many lines of names under a corner; the last says how many more.
    static let nameLines = 4
    /// A name longer than this many characters is shortened with "…".
    package static let nameLength = 20

    /// The lines of names under a corner: up to `nameLines`, the last one
    /// "+ N more" when not all fit.
    static func nameLines(_ corner: Corner, language: Language) -> [(text: String, kind: ParticipantKind?)] {
        let shown = corner.holders.count <= nameLines ? corner.holders : Array(corner.holders.prefix(nameLines - 1))
        var lines: [(text: String, kind: ParticipantKind?)] = shown.map { holder in
            let visible = ControlCharacters.visible(holder.name, keepingLineFeeds: false)
            let short = visible.count > nameLength ? String(visible.prefix(nameLength - 1)) + "…" : visible
            return (short, holder.kind)
        }
        let rest = corner.holders.count - shown.count
        if rest > 0 { lines.append((Text(en: "+ \(rest) more", da: "+ \(rest) flere")(language), nil)) }
        return lines
    }

    /// The words the drawing uses.
    package struct Words {
        package var title: Text = Text(en: "Competence diamond", da: "Kompetencediamanten")
        package var core: Text = Vocabulary.shortKind(.core)
        package var asNeeded: Text = Vocabulary.shortKind(.participant)
        package var nobody: Text = Text(en: "nobody brings it", da: "ingen bidrager med den")
    }

    /// One sentence per competence, for `<desc>` and screen readers.
    package static func summary(_ corner: Corner, language: Language) -> String {
        if corner.isMissing {
            return Text(
                en: "\(corner.name): nobody brings it",
                da: "\(corner.name): ingen bidrager med den")(language)
        }
        let group = corner.groups == 1 ? Vocabulary.kind(.group) : Vocabulary.plural(.group)
        let core = corner.core == 1 ? Vocabulary.kind(.core) : Vocabulary.plural(.core)
        let short = (core: Vocabulary.shortKind(.core), asNeeded: Vocabulary.shortKind(.participant))
        return Text(
            en: "\(corner.name): \(corner.core) \(short.core.en), \(corner.asNeeded) \(short.asNeeded.en), \(corner.groups) \(group.en)",
            da: "\(corner.name): \(corner.core) \(core.da), \(corner.asNeeded) \(Vocabulary.involvedAsNeeded.da) og \(corner.groups) \(group.da)"
        )(language)
    }

    // Geometry of the drawing, in viewBox units.
    package static let width = 620.0
    static let height = 560.0
    static let centerX = 310.0
    static let centerY = 280.0
    static let radius = 140.0
    static let chipWidth = 40.0
    static let chipHeight = 21.0
    static let chipGap = 4.0
    static let nameLineHeight = 17.0
    static let blockHeight = 46.0 + Double(nameLines) * nameLineHeight + 4

    /// The SVG element. `id` prefixes the ids of its title and description.
    public static func render(_ corners: [Corner], language: Language, id: String = "diamond") -> String {
        let words = Words()
        let titleID = "\(id)-title"
        let descID = "\(id)-desc"
        let description = corners.isEmpty
            ? Text(en: "The plan's diamond names no competences.", da: "Planens diamant nævner ingen kompetencer.")(
                language)
            : corners.map { summary($0, language: language) }.joined(separator: "; ") + "."
        var out = ""
        out += "<svg class=\"diamond\" viewBox=\"0 0 \(number(width)) \(number(height))\""
        out += " role=\"img\" aria-labelledby=\"\(titleID) \(descID)\">\n"
        out += "<title id=\"\(titleID)\">\(HTML.escape(words.title(language)))</title>\n"
        out += "<desc id=\"\(descID)\">\(HTML.escape(description))</desc>\n"
        guard !corners.isEmpty else {
            out += "<text class=\"empty\" x=\"\(number(centerX))\" y=\"\(number(centerY))\" text-anchor=\"middle\">"
            out += HTML.escape(description) + "</text>\n</svg>"
            return out
        }

        let points = corners.indices.map { point(index: $0, of: corners.count, distance: radius) }
        // The frame: the outer shape, a half-way ring and the axes.
        if corners.count >= 3 {
            out += "<polygon class=\"frame\" points=\"\(pointList(points))\"/>\n"
            let half = corners.indices.map { point(index: $0, of: corners.count, distance: radius / 2) }
            out += "<polygon class=\"ring\" points=\"\(pointList(half))\"/>\n"
        } else if corners.count == 2 {
            out += "<line class=\"frame\" \(line(points[0], points[1]))/>\n"
        }
        for corner in points {
            out += "<line class=\"axis\" \(line((centerX, centerY), corner))/>\n"
        }
        // The shape of the network: how far out each competence reaches,
        // relative to the best-covered one. Core inside, everyone outside.
        let most = Double(max(1, corners.map(\.total).max() ?? 1))
        if corners.count >= 3 {
            let everyone = corners.indices.map {
                point(index: $0, of: corners.count, distance: radius * Double(corners[$0].total) / most)
            }
            let core = corners.indices.map {
                point(index: $0, of: corners.count, distance: radius * Double(corners[$0].core) / most)
            }
            out += "<polygon class=\"reach-all\" points=\"\(pointList(everyone))\"/>\n"
            out += "<polygon class=\"reach-core\" points=\"\(pointList(core))\"/>\n"
        }

        for (index, corner) in corners.enumerated() {
            out += cornerGroup(corner, index: index, of: corners.count, at: points[index], language: language)
        }
        out += "</svg>"
        return out
    }

    /// One corner: a dot on the frame, the name outside it, and the counts.
    static func cornerGroup(
        _ corner: Corner, index: Int, of count: Int, at spot: (x: Double, y: Double), language: Language
    ) -> String {
        let words = Words()
        let angle = angle(index: index, of: count)
        let (cosine, sine) = (cos(angle), sin(angle))
        let label = point(index: index, of: count, distance: radius + 16)
        // Horizontal anchoring follows the side of the shape the corner is on.
        let anchor: String
        let blockWidth = 3 * chipWidth + 2 * chipGap
        let left: Double
        if cosine > 0.3 {
            anchor = "start"
            left = label.x
        } else if cosine < -0.3 {
            anchor = "end"
            left = label.x - blockWidth
        } else {
            anchor = "middle"
            left = label.x - blockWidth / 2
        }
        // The block is as tall as its lines of names need.
        let names = corner.isMissing ? [] : nameLines(corner, language: language)
        let height = 46.0 + Double(names.count) * nameLineHeight + (names.isEmpty ? 0 : 4)
        let top: Double
        if abs(cosine) <= 0.3 {
            top = sine < 0 ? label.y - height : label.y
        } else {
            top = label.y - height / 2
        }
        let textX: Double = anchor == "start" ? left : anchor == "end" ? left + blockWidth : left + blockWidth / 2
        let classes = corner.isMissing ? "corner missing" : "corner"
        var out = "<g class=\"\(classes)\" data-competence=\"\(HTML.escape(corner.name))\""
        out += " data-core=\"\(corner.core)\" data-as-needed=\"\(corner.asNeeded)\" data-groups=\"\(corner.groups)\">\n"
        out += "<title>\(HTML.escape(summary(corner, language: language)))</title>\n"
        out += "<circle class=\"dot\" cx=\"\(number(spot.x))\" cy=\"\(number(spot.y))\" r=\"\(corner.isMissing ? 9 : 7)\"/>\n"
        let nameSize = corner.name.count > 16 ? " style=\"font-size:13px\"" : ""
        out += "<text class=\"name\" x=\"\(number(textX))\" y=\"\(number(top + 15))\" text-anchor=\"\(anchor)\"\(nameSize)>"
        out += HTML.escape(corner.name) + "</text>\n"
        if corner.isMissing {
            out += "<text class=\"nobody\" x=\"\(number(textX))\" y=\"\(number(top + 38))\" text-anchor=\"\(anchor)\">"
            out += "⚠ " + HTML.escape(words.nobody(language)) + "</text>\n"
        } else {
            let chips: [(String, Int)] = [("core", corner.core), ("need", corner.asNeeded), ("grp", corner.groups)]
            for (offset, chip) in chips.enumerated() {
                let x = left + Double(offset) * (chipWidth + chipGap)
                let y = top + 22
                out += "<g class=\"chip \(chip.0)\">"
                out += "<rect x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(chipWidth))\""
                out += " height=\"\(number(chipHeight))\" rx=\"11\"/>"
                out += "<text x=\"\(number(x + chipWidth / 2))\" y=\"\(number(y + 15))\" text-anchor=\"middle\">"
                out += "\(chip.1)</text></g>\n"
            }
            // Who they are: one name a line, in the colour of their kind.
            for (line, entry) in names.enumerated() {
                let kind = entry.kind.map { $0 == .core ? "core" : $0 == .participant ? "need" : "grp" } ?? "more"
                let y = top + 43 + 16 + Double(line) * nameLineHeight
                out += "<text class=\"holder \(kind)\" x=\"\(number(textX))\" y=\"\(number(y))\" text-anchor=\"\(anchor)\">"
                out += HTML.escape(entry.text) + "</text>\n"
            }
        }
        out += "</g>\n"
        return out
    }

    /// The angle of corner `index`: the first at the top, then clockwise.
    package static func angle(index: Int, of count: Int) -> Double {
        -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(max(count, 1))
    }

    package static func point(index: Int, of count: Int, distance: Double) -> (x: Double, y: Double) {
        let angle = angle(index: index, of: count)
        return (centerX + distance * cos(angle), centerY + distance * sin(angle))
    }

    static func pointList(_ points: [(x: Double, y: Double)]) -> String {
        points.map { "\(number($0.x)),\(number($0.y))" }.joined(separator: " ")
    }

    package static func line(_ a: (x: Double, y: Double), _ b: (x: Double, y: Double)) -> String {
        "x1=\"\(number(a.x))\" y1=\"\(number(a.y))\" x2=\"\(number(b.x))\" y2=\"\(number(b.y))\""
    }

    /// A coordinate with at most one decimal, the same on every run and platform.
    package static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }
}
