import Foundation
import NetplanBase
import NetplanSyntax
import NetplanCheck

/// A network's competence coverage as a small diamond for the overview: the
/// diamond's outline, and inside it a shape whose corners reach out as far
/// as people bring the competence (none, one, two, three or more). Each
/// corner is labelled with its competence and how many bring it; a
/// competence nobody brings is labelled in red with "0". The same numbers
/// are in the `<title>` and in the Markdown and JSON.
enum OverviewDiamond {
    static let width = 290.0, height = 150.0
    static let centerX = 145.0, centerY = 76.0, radius = 40.0

    static func point(_ index: Int, of count: Int, _ distance: Double) -> (x: Double, y: Double) {
        let angle = DiamondSVG.angle(index: index, of: count)
        return (centerX + distance * cos(angle), centerY + distance * sin(angle))
    }

    static func render(_ corners: [DiamondSVG.Corner], language: Language) -> String {
        let n = DiamondSVG.number
        let title = corners.map { DiamondSVG.summary($0, language: language) }.joined(separator: "; ")
        var out = "<svg class=\"mini-diamond\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" "
        out += "aria-label=\"\(HTML.escape(title))\"><title>\(HTML.escape(title))</title>"
        guard !corners.isEmpty else { return out + "</svg>" }
        let outline = corners.indices.map { point($0, of: corners.count, radius) }
        out += "<polygon class=\"outline\" points=\"\(DiamondSVG.pointList(outline))\"/>"
        if corners.count >= 3 {
            let reach = corners.indices.map { index in
                point(index, of: corners.count, radius * (0.12 + 0.88 * Double(min(corners[index].total, 3)) / 3))
            }
            out += "<polygon class=\"reach\" points=\"\(DiamondSVG.pointList(reach))\"/>"
        }
        for (index, corner) in corners.enumerated() {
            let at = point(index, of: corners.count, radius + 9)
            let cosine = cos(DiamondSVG.angle(index: index, of: corners.count))
            let anchor = cosine > 0.3 ? "start" : cosine < -0.3 ? "end" : "middle"
            let sine = sin(DiamondSVG.angle(index: index, of: corners.count))
            let y = sine < -0.3 ? at.y - 2 : sine > 0.3 ? at.y + 11 : at.y + 4
            let name = TextCells.truncate(ControlCharacters.visible(corner.name, keepingLineFeeds: false), to: 13)
            out += "<text class=\"corner\(corner.isMissing ? " missing" : "")\" x=\"\(n(at.x))\" y=\"\(n(y))\" "
            out += "text-anchor=\"\(anchor)\">\(HTML.escape(name)) <tspan class=\"n\">\(corner.total)</tspan></text>"
        }
        return out + "</svg>"
    }
}
