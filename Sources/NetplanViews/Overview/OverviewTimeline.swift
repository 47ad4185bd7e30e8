import NetplanBase
import NetplanSyntax
import NetplanCheck

/// The overview's timeline (inline SVG, no script): one lane per network,
/// its phases as bands over their dates (each named inside its band where
/// the name fits, and always in the band's `<title>`), its meetings as marks
/// under the bands. Month ticks across the top. Drawn only when some plan
/// has dates; networks without dates say so in their lane.
extension OverviewPage {
    func timeline() -> String? {
        let dates = overview.networks.flatMap { network in
            network.phases.flatMap { [$0.start, $0.end].compactMap { $0 } } + network.meetings.compactMap(\.date)
        }
        guard let first = dates.min(), let last = dates.max() else { return nil }
        let n = DiamondSVG.number
        let width = 1000.0, left = 240.0, right = 12.0, top = 26.0, laneHeight = 40.0
        let chart = width - left - right
        let span = last.dayNumber - first.dayNumber + 1
        let days = Double(span + max(2, span / 40))
        let day = chart / days
        func x(_ date: CalendarDate) -> Double { left + Double(date.dayNumber - first.dayNumber) * day }
        let height = top + Double(overview.networks.count) * laneHeight + 6
        let label = Text(
            en: "Timeline: each network's phases as bands over their dates, its meetings as marks",
            da: "Tidslinje: hvert netværks faser som bånd over deres datoer, møderne som mærker")
        var out = "<svg class=\"ov-timeline\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-label=\"\(say(label))\">\n"
        for tick in TimelineTicks.ticks(from: first, to: last, language: language) {
            let at = tick.date < first ? left : x(tick.date)
            out += "<line class=\"tick\" x1=\"\(n(at))\" y1=\"\(n(top - 6))\" x2=\"\(n(at))\" y2=\"\(n(height - 2))\"/>"
            out += "<text class=\"tick-label\" x=\"\(n(at + 3))\" y=\"\(n(top - 10))\">\(HTML.escape(tick.label))</text>\n"
        }
        for (row, network) in overview.networks.enumerated() {
            let y = top + Double(row) * laneHeight
            out += "<g class=\"lane\"><title>\(HTML.escape(Overview.title(network)))</title>"
            out += "<text class=\"lane-label\" x=\"6\" y=\"\(n(y + 18))\"><tspan class=\"num\">\(row + 1)</tspan> "
            out += "\(HTML.escape(TextCells.truncate(visible(Overview.title(network)), to: 27)))</text>"
            if row > 0 { out += "<line class=\"lane-rule\" x1=\"0\" y1=\"\(n(y))\" x2=\"\(n(width))\" y2=\"\(n(y))\"/>" }
            var dated = false
            for (index, phase) in network.phases.enumerated() {
                guard let start = phase.start ?? phase.end else { continue }
                dated = true
                let end = phase.end ?? start
                let from = x(min(start, end)), to = x(max(start, end)) + day
                let bandWidth = max(3, to - from)
                out += "<g class=\"ov-band b\(index % 2)\"><title>\(HTML.escape(phase.name + " · " + dateRange(start, end)))</title>"
                out += "<rect x=\"\(n(from))\" y=\"\(n(y + 5))\" width=\"\(n(bandWidth))\" height=\"18\" rx=\"3\"/>"
                let fits = Int((bandWidth - 6) / 7.2)
                if fits >= 3 {
                    out += "<text x=\"\(n(from + 4))\" y=\"\(n(y + 18))\">"
                    out += "\(HTML.escape(TextCells.truncate(visible(phase.name), to: fits)))</text>"
                }
                out += "</g>"
            }
            for meeting in network.meetings {
                guard let date = meeting.date else { continue }
                dated = true
                let at = x(date) + day / 2, mid = y + 31
                out += "<g class=\"ov-meeting\"><title>\(HTML.escape(meeting.name + " · " + dateRange(date, date)))</title>"
                out += "<path class=\"ov-mark\" d=\"M\(n(at)) \(n(mid - 5))l5 5l-5 5l-5 -5z\"/></g>"
            }
            if !dated {
                out += "<text class=\"undated\" x=\"\(n(left + 4))\" y=\"\(n(y + 18))\">"
                out += "\(say(Text(en: "no dates", da: "ingen datoer")))</text>"
            }
            out += "</g>\n"
        }
        return out + "</svg>"
    }

    /// A name as it may be shown: control characters written out.
    func visible(_ text: String) -> String { ControlCharacters.visible(text, keepingLineFeeds: false) }
}
