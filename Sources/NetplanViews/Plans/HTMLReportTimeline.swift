import NetplanBase
import NetplanSyntax
import NetplanCheck

/// The report's meetings: a timeline of the phases with the meetings on it
/// (inline SVG, no script), then the meetings as a table.
///
/// The timeline is drawn only when the plan has dates. Each phase is a lane
/// (a band from its start to its end), and each meeting a row below its
/// phase: a mark at its date with its name, date and time. Meetings in no
/// phase come last, in a lane of their own, marked in red.
extension ReportPage {
    static let meetingsWord = Text(en: "Meetings", da: "Møder")
    static let noPhaseWord = Text(en: "In no phase", da: "Ikke i nogen fase")

    package func meetings() -> String {
        guard !plan.meetings.isEmpty else { return "" }
        var out = "<section class=\"meetings-section\" aria-labelledby=\"meetings-heading\">\n"
        out += "<h2 id=\"meetings-heading\">\(say(Self.meetingsWord)) <span class=\"count\">(\(plan.meetings.count))</span></h2>\n"
        if let svg = timeline() {
            out += "<figure class=\"figure timeline-figure\">\n\(svg)\n</figure>\n"
        }
        out += meetingTable()
        out += "</section>\n"
        return out
    }

    /// "6. jan. 14.00–16.00" / "6 Jan 14:00–16:00".
    func when(_ meeting: Meeting, withYear: Bool) -> String {
        var parts: [String] = []
        if let date = meeting.date { parts.append(dayMonth(date) + (withYear ? " \(date.year)" : "")) }
        if let time = meeting.time, let start = time.start, let end = time.end {
            let clock = { (minutes: Int) -> String in
                let text = TimeSpan.clockText(minutes)
                return language == .danish ? text : text.replacingOccurrences(of: ".", with: ":")
            }
            parts.append(clock(start) + "–" + clock(end))
        }
        return parts.joined(separator: " ")
    }

    // MARK: - The table

    func meetingTable() -> String {
        var out = "<table class=\"meetings\">\n<thead><tr>"
        let heads = [
            Text(en: "Meeting", da: "Møde"), Text(en: "When", da: "Hvornår"), Text(en: "Phase", da: "Fase"),
            Text(en: "Place", da: "Sted"), Text(en: "Note", da: "Note"),
        ]
        out += heads.map { "<th scope=\"col\">\(say($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for meeting in plan.meetings {
            out += "<tr\(meeting.phase == nil ? " class=\"no-phase\"" : "")><th scope=\"row\">\(HTML.escape(meeting.name))</th>"
            out += "<td>\(HTML.escape(when(meeting, withYear: true)))</td>"
            if let phase = meeting.phase, phase < plan.phases.count {
                out += "<td>\(HTML.escape(plan.phases[phase].name))</td>"
            } else {
                out += "<td class=\"alert\">⚠ \(say(Self.noPhaseWord))</td>"
            }
            out += "<td>\(HTML.escape(meeting.place ?? ""))</td><td>\(HTML.escape(meeting.note ?? ""))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    // MARK: - The timeline

    /// The first and last day the timeline covers, or nil without dates.
    func timelineSpan() -> (first: CalendarDate, last: CalendarDate)? {
        let dates = plan.phases.flatMap { [$0.start, $0.end].compactMap { $0 } } + plan.meetings.compactMap(\.date)
        guard let first = dates.min(), let last = dates.max() else { return nil }
        return (first, last)
    }

    func timeline() -> String? {
        guard let (first, last) = timelineSpan() else { return nil }
        let width = 1000.0, left = 220.0, right = 16.0, top = 26.0
        let chart = width - left - right
        // A little room after the last day, so a mark there is not on the edge.
        let span = last.dayNumber - first.dayNumber + 1
        let days = Double(span + max(2, span / 40))
        func x(_ date: CalendarDate) -> Double { left + Double(date.dayNumber - first.dayNumber) / days * chart }
        /// A coordinate with at most one decimal, the same on every machine.
        func trim(_ value: Double) -> String {
            let tenths = Int((value * 10).rounded())
            return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(abs(tenths % 10))"
        }

        // Lanes: each phase, its meetings below it; then meetings in no phase.
        enum Lane { case phase(Int), meeting(Int), noPhase }
        var lanes: [Lane] = []
        for index in plan.phases.indices {
            lanes.append(.phase(index))
            for (number, meeting) in plan.meetings.enumerated() where meeting.phase == index && meeting.date != nil {
                lanes.append(.meeting(number))
            }
        }
        let homeless = plan.meetings.indices.filter { plan.meetings[$0].phase == nil && plan.meetings[$0].date != nil }
        if !homeless.isEmpty {
            lanes.append(.noPhase)
            lanes += homeless.map { .meeting($0) }
        }
        let rowHeight = 22.0
        let height = top + Double(lanes.count) * rowHeight + 8

        let label = Text(
            en: "Timeline: the phases as bands over their dates, the meetings as marks",
            da: "Tidslinje: faserne som bånd over deres datoer, møderne som mærker")
        var out = "<svg class=\"timeline\" viewBox=\"0 0 \(trim(width)) \(trim(height))\" "
        out += "role=\"img\" aria-label=\"\(say(label))\">\n"
        for tick in TimelineTicks.ticks(from: first, to: last, language: language) {
            let at = tick.date < first ? left : x(tick.date)
            out += "<line class=\"tick\" x1=\"\(trim(at))\" y1=\"\(trim(top - 6))\" x2=\"\(trim(at))\" y2=\"\(trim(height - 4))\"/>"
            out += "<text class=\"tick-label\" x=\"\(trim(at + 3))\" y=\"\(trim(top - 10))\">\(HTML.escape(tick.label))</text>\n"
        }
        for (row, lane) in lanes.enumerated() {
            let y = top + Double(row) * rowHeight
            switch lane {
            case .phase(let index):
                let phase = plan.phases[index]
                out += "<g class=\"lane phase\"><title>\(HTML.escape(phase.name))</title>"
                out += "<text class=\"lane-label\" x=\"8\" y=\"\(trim(y + 15))\">"
                out += "\(HTML.escape(TextCells.truncate(phase.name, to: 30)))</text>"
                if let start = phase.start ?? phase.end {
                    let end = phase.end ?? start
                    let from = x(min(start, end)), to = x(max(start, end)) + chart / days
                    out += "<rect class=\"band band\(index % 2)\" x=\"\(trim(from))\" y=\"\(trim(y + 3))\" "
                    out += "width=\"\(trim(max(3, to - from)))\" height=\"16\" rx=\"3\"/>"
                } else {
                    out += "<text class=\"undated\" x=\"\(trim(left + 4))\" y=\"\(trim(y + 15))\">"
                    out += "\(say(Text(en: "no dates", da: "ingen datoer")))</text>"
                }
                out += "</g>\n"
            case .noPhase:
                out += "<text class=\"lane-label no-phase\" x=\"8\" y=\"\(trim(y + 15))\">⚠ \(say(Self.noPhaseWord))</text>\n"
            case .meeting(let number):
                let meeting = plan.meetings[number]
                guard let date = meeting.date else { continue }
                let at = x(date) + chart / days / 2, mid = y + 11
                let words = TextCells.truncate(meeting.name, to: 40) + " · " + when(meeting, withYear: false)
                let flip = at > left + chart * 0.6
                out += "<g class=\"meeting\(meeting.phase == nil ? " no-phase" : "")\"><title>"
                out += "\(HTML.escape(meeting.name + " · " + when(meeting, withYear: true)))</title>"
                out += "<path class=\"mark\" d=\"M\(trim(at)) \(trim(mid - 7))l6 7l-6 7l-6 -7z\"/>"
                out += "<text x=\"\(trim(flip ? at - 10 : at + 10))\" y=\"\(trim(mid + 4))\""
                out += "\(flip ? " text-anchor=\"end\"" : "")>\(HTML.escape(words))</text></g>\n"
            }
        }
        return out + "</svg>"
    }
}
