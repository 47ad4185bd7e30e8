import NetplanBase
import NetplanSyntax
import NetplanCheck

/// The meetings of a plan as events (`meeting NAME on DATE [14.00-16.00] ...`).
///
/// - A meeting with a time is a timed event in `Europe/Copenhagen`
///   (`DTSTART;TZID=Europe/Copenhagen:20270706T140000`, see
///   `ICalendarTimeZone.swift`); it marks people busy (`TRANSP:OPAQUE`). A
///   meeting without a time is an all-day event (`VALUE=DATE`) that does not
///   (`TRANSP:TRANSPARENT`): its hours are not decided yet.
/// - `LOCATION` is the `place`; `DESCRIPTION` holds the note, the phase and who
///   is present in it.
/// - An `ATTENDEE` for everyone present in the meeting's phase (as
///   `Phase.present`: core participants not left out, then the invited) who
///   has not declined and whose `contact` holds an e-mail address; `CN` is
///   their name. A meeting in no phase has no attendees.
/// - `UID`: a hash of the plan's identity, the meeting's name and its date, so
///   editing the time, place or note, or anything else in the plan, keeps the
///   event; moving the meeting to another day makes a new one. A second
///   meeting of the same name on the same day gets its own UID.
extension ICalendar {
    /// One meeting as a VEVENT's lines, or why it is left out.
    enum MeetingEvent {
        case event([String])
        case skipped(String)
    }

    /// Every meeting with a date, as events; those left out, with why.
    static func meetingEvents(
        _ plan: ResolvedPlan, language: Language, stamp: Stamp, warning: String?
    ) -> (events: [[String]], skipped: [String], timed: Bool) {
        var events: [[String]] = []
        var skipped: [String] = []
        var timed = false
        var seen: [String: Int] = [:]
        for meeting in plan.meetings {
            guard let date = meeting.date else {
                skipped.append(
                    Text(
                        en: "meeting `\(meeting.name)` has no date netplan can read and is not in the calendar",
                        da: "mødet `\(meeting.name)` har ingen dato, netplan kan læse, og kommer ikke med i kalenderen"
                    )(language))
                continue
            }
            let key = meeting.name + "\u{0}" + date.description
            let occurrence = (seen[key] ?? 0) + 1
            seen[key] = occurrence
            switch event(meeting, date: date, occurrence: occurrence, plan: plan, language: language, stamp: stamp, warning: warning) {
            case .event(let lines):
                events.append(lines)
                if meeting.time?.start != nil { timed = true }
            case .skipped(let reason):
                skipped.append(reason)
            }
        }
        return (events, skipped, timed)
    }

    static func event(
        _ meeting: Meeting, date: CalendarDate, occurrence: Int, plan: ResolvedPlan, language: Language, stamp: Stamp,
        warning: String?
    ) -> MeetingEvent {
        var times: [String]
        var transparency = "TRANSP:OPAQUE"
        if let start = meeting.time?.start, let end = meeting.time?.end {
            guard start <= end else {
                return .skipped(
                    Text(
                        en: "meeting `\(meeting.name)` ends before it starts and is not in the calendar",
                        da: "mødet `\(meeting.name)` slutter, før det begynder, og kommer ikke med i kalenderen")(language))
            }
            let zone = ";TZID=" + timeZoneID + ":"
            times = ["DTSTART" + zone + localDateTime(date, minutes: start)]
            // Without DTEND a timed event ends when it starts (RFC 5545 3.6.1).
            if end > start { times.append("DTEND" + zone + localDateTime(date, minutes: end)) }
        } else {
            times = ["DTSTART;VALUE=DATE:" + compact(date), "DTEND;VALUE=DATE:" + compact(date.next)]
            transparency = "TRANSP:TRANSPARENT"
        }
        var description = meetingDescription(meeting, plan: plan, language: language)
        if let warning { description = "⚠ " + warning + "\n\n" + description }
        let theme = plan.network?.name.text
        var lines = [
            "BEGIN:VEVENT",
            "UID:" + meetingUID(identity: stamp.identity, meeting: meeting.name, date: date, occurrence: occurrence),
            "DTSTAMP:" + dateTime(stamp.now),
            "SEQUENCE:\(sequence(stamp.now))",
        ]
        lines += times
        lines.append("SUMMARY:" + escape(theme.map { "\(meeting.name) – \($0)" } ?? meeting.name))
        if let place = meeting.place { lines.append("LOCATION:" + escape(place)) }
        lines.append("DESCRIPTION:" + escape(description))
        lines += attendees(meeting, plan: plan)
        lines += [transparency, "END:VEVENT"]
        return .event(lines)
    }

    /// Who is present in the meeting's phase, has not declined, and has an
    /// e-mail address: one `ATTENDEE` each (groups as `CUTYPE=GROUP`), each
    /// address once.
    static func attendees(_ meeting: Meeting, plan: ResolvedPlan) -> [String] {
        guard let index = meeting.phase, plan.phases.indices.contains(index) else { return [] }
        var lines: [String] = []
        var addresses: Set<String> = []
        for attendance in plan.phases[index].present {
            let person = plan.participants[attendance.participant]
            guard !person.isDeclined, let email = person.facts.email,
                addresses.insert(email.lowercased()).inserted
            else { continue }
            let type = person.isGroup ? ";CUTYPE=GROUP" : ""
            lines.append("ATTENDEE" + type + ";CN=" + parameter(person.name) + ":" + mailto(email))
        }
        return lines
    }

    /// The note, the phase, and who is present in it (declined people left out).
    package static func meetingDescription(_ meeting: Meeting, plan: ResolvedPlan, language: Language) -> String {
        var lines: [String] = []
        if let note = meeting.note { lines.append(note) }
        guard let index = meeting.phase, plan.phases.indices.contains(index) else {
            lines.append(
                Text(
                    en: "In no phase: nobody is invited (add `in PHASE` to the meeting, or dates to its phase)",
                    da: "Hører ikke til en fase: ingen er inviteret (tilføj `in FASE` på mødets linje eller datoer på fasen)"
                )(language))
            return lines.joined(separator: "\n")
        }
        let phase = plan.phases[index]
        var phaseLine = Text(en: "Phase \(index + 1) of \(plan.phases.count): ", da: "Fase \(index + 1) af \(plan.phases.count): ")(language) + phase.name
        if let theme = plan.network?.name.text { phaseLine += " – " + theme }
        lines.append(phaseLine)
        let present = phase.present.map(\.participant).filter { !plan.participants[$0].isDeclined }
        lines.append(
            present.isEmpty
                ? Text(en: "Nobody is present in the phase.", da: "Ingen er med i fasen.")(language)
                : Text(en: "Present in the phase: ", da: "Med i fasen: ")(language)
                    + present.map { plan.participants[$0].name }.joined(separator: ", "))
        return lines.joined(separator: "\n")
    }

    /// A meeting's stable UID: the hash of the plan's identity, the meeting's
    /// name and date (and, for a second meeting of that name that day, its
    /// occurrence).
    static func meetingUID(identity: String, meeting: String, date: CalendarDate, occurrence: Int = 1) -> String {
        "meeting-" + hash([identity, meeting, date.description] + (occurrence > 1 ? [String(occurrence)] : [])) + "@netplan"
    }
}
