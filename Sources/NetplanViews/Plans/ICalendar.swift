import NetplanBase
import NetplanSyntax
import NetplanCheck

/// The dated phases and the meetings of a plan as an iCalendar file (`netplan
/// ics`, RFC 5545): one all-day `VEVENT` per phase with `from` and `to` dates,
/// then one per meeting with a date (see `ICalendarMeetings.swift`), in one
/// `VCALENDAR`.
///
/// - Lines end in CRLF and are folded at 75 octets: a continuation line
///   starts with one space, and a fold never splits a UTF-8 sequence, a
///   letter from its accents, or a backslash escape.
/// - TEXT values escape `\`, `;`, `,` and line breaks.
/// - `DTSTART;VALUE=DATE` is the first day; `DTEND;VALUE=DATE` is the day
///   after the last, because RFC 5545 makes DTEND exclusive.
/// - Identity: an event's `UID` is a hash of the plan's identity (`set
///   calendar-id "..."`, else the file's name without `.netplan`, else the
///   theme) and the phase's own name, so inserting, removing or reordering
///   other phases, or renaming the theme, leaves every other event's UID as it
///   was. Renaming a phase makes a new event. A second phase of the same name
///   (an error the checker reports) gets its own UID.
/// - Updates: a calendar that imports the file again must see that events
///   changed. RFC 5545 makes `SEQUENCE` the revision number, raised on every
///   significant change, and RFC 5546 lets the higher `SEQUENCE` win, then the
///   later `DTSTAMP`. netplan keeps no state between runs, so it cannot count
///   revisions; instead every run is a revision: `SEQUENCE` is the number of
///   whole minutes from 2020-01-01 00:00 UTC to the time of the run, which only
///   grows (and stays inside iCalendar's 32-bit INTEGER for four thousand
///   years), and `DTSTAMP` is the time of the run in UTC. An unchanged plan
///   exported again just updates its events to the same content.
///   `NETPLAN_NOW` (`2027-01-04T09:30:00Z`) or `SOURCE_DATE_EPOCH` (seconds)
///   fixes the time, for files that must be the same on every run.
/// - Events are `TRANSP:TRANSPARENT`: a phase spans weeks and should not
///   mark anyone busy.
/// - A plan with errors (`--force`) says so in `X-WR-CALDESC` and on the
///   first line of every event's description (`IncompleteMark`).
public enum ICalendar {
    /// The calendar, and the phases left out of it.
    public struct Document: Sendable, Hashable {
        /// The iCalendar text; nil when no phase has usable dates and no
        /// meeting a date (an empty VCALENDAR is not valid iCalendar).
        public var text: String?
        /// Why phases or meetings were left out, one line each, for standard error.
        public var skipped: [String]
    }

    /// What makes one export of a plan: whose calendar it is, and when it was made.
    public struct Stamp: Sendable, Hashable {
        /// The plan's identity: `set calendar-id`, else the file name (see `identity`).
        public var identity: String
        /// The time of the export, in seconds since 1970-01-01 00:00 UTC.
        public var now: Int64
        /// Set when the plan has errors: the calendar says it is incomplete.
        public var incomplete: IncompleteMark?

        public init(identity: String, now: Int64, incomplete: IncompleteMark? = nil) {
            self.identity = identity
            self.now = now
            self.incomplete = incomplete
        }
    }

    /// A plan's identity for UIDs: its `set calendar-id`, else the name of its
    /// file without the folder and `.netplan`, else (standard input) its theme.
    public static func identity(_ result: CheckResult) -> String {
        if let id = result.configuration.calendarID { return id }
        let path = result.source.path
        if path != "<stdin>" {
            let file = path.split(separator: "/").last.map(String.init) ?? path
            return file.hasSuffix(".netplan") ? String(file.dropLast(".netplan".count)) : file
        }
        return result.plan.network?.name.text ?? ""
    }

    /// 2020-01-01 00:00 UTC in seconds since 1970: where `SEQUENCE` counts from.
    static let sequenceEpoch: Int64 = 1_577_836_800

    /// Whole minutes since 2020-01-01 00:00 UTC: a revision number that grows with every run.
    package static func sequence(_ now: Int64) -> Int64 {
        min(max(0, (now - sequenceEpoch) / 60), Int64(Int32.max))
    }

    /// `YYYYMMDDTHHMMSSZ`, an iCalendar UTC date-time.
    static func dateTime(_ seconds: Int64) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        let date = civil(days: days)
        func pad(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return compact(date) + "T" + pad(rest / 3600) + pad(rest % 3600 / 60) + pad(rest % 60) + "Z"
    }

    /// The date `days` after 1970-01-01 (proleptic Gregorian; the inverse of `CalendarDate.dayNumber`).
    static func civil(days: Int64) -> CalendarDate { CalendarDate(dayNumber: Int(days)) }

    /// The calendar of a plan; descriptions in `language`.
    public static func calendar(_ plan: ResolvedPlan, language: Language, stamp: Stamp) -> Document {
        var skipped: [String] = []
        var dated: [(index: Int, phase: Phase, start: CalendarDate, end: CalendarDate)] = []
        for (index, phase) in plan.phases.enumerated() {
            guard let start = phase.start, let end = phase.end else {
                skipped.append(
                    Text(
                        en:
                            "phase `\(phase.name)` has no dates and is not in the calendar (add `from YYYY-MM-DD to YYYY-MM-DD`)",
                        da:
                            "fasen `\(phase.name)` har ingen datoer og kommer ikke med i kalenderen (tilføj `from ÅÅÅÅ-MM-DD to ÅÅÅÅ-MM-DD`)"
                    )(language))
                continue
            }
            guard start <= end else {
                skipped.append(
                    Text(
                        en: "phase `\(phase.name)` ends before it starts and is not in the calendar",
                        da: "fasen `\(phase.name)` slutter, før den begynder, og kommer ikke med i kalenderen")(
                            language))
                continue
            }
            dated.append((index, phase, start, end))
        }
        let theme = plan.network?.name.text
        let time = dateTime(stamp.now)
        let warning = stamp.incomplete.map { $0.plainSentence(language) }
        let meetings = meetingEvents(plan, language: language, stamp: stamp, warning: warning)
        skipped += meetings.skipped
        guard !dated.isEmpty || !meetings.events.isEmpty else { return Document(text: nil, skipped: skipped) }

        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//netplan//netplan//\(language == .danish ? "DA" : "EN")",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
        ]
        if let theme { lines.append("X-WR-CALNAME:" + escape(theme)) }
        if let warning { lines.append("X-WR-CALDESC:" + escape("⚠ " + warning)) }
        // A TZID must be defined in the calendar that uses it.
        if meetings.timed { lines += timeZoneLines }
        var seen: [String: Int] = [:]
        for (index, phase, start, end) in dated {
            let occurrence = (seen[phase.name] ?? 0) + 1
            seen[phase.name] = occurrence
            var description = description(plan, index: index, language: language)
            if let warning { description = "⚠ " + warning + "\n\n" + description }
            lines += [
                "BEGIN:VEVENT",
                "UID:" + uid(identity: stamp.identity, phase: phase.name, occurrence: occurrence),
                "DTSTAMP:" + time,
                "SEQUENCE:\(sequence(stamp.now))",
                "DTSTART;VALUE=DATE:" + compact(start),
                "DTEND;VALUE=DATE:" + compact(end.next),
                "SUMMARY:" + escape(theme.map { "\(phase.name) – \($0)" } ?? phase.name),
                "DESCRIPTION:" + escape(description),
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
        }
        for event in meetings.events { lines += event }
        lines.append("END:VCALENDAR")
        return Document(text: lines.map { fold($0) + "\r\n" }.joined(), skipped: skipped)
    }

    /// `YYYYMMDD`, the iCalendar DATE form.
    static func compact(_ date: CalendarDate) -> String {
        date.description.filter { $0 != "-" }
    }

    /// Who is present in a phase (with why they take part, and whether they
    /// declined), who is left out, what it needs, the roles, and the phase's note.
    package static func description(_ plan: ResolvedPlan, index: Int, language: Language) -> String {
        let phase = plan.phases[index]
        let names = { (indices: [Int]) in indices.map { plan.participants[$0].name }.joined(separator: ", ") }
        let present = { (indices: [Int]) in
            indices.map { participant -> String in
                var remarks: [String] = []
                if plan.participants[participant].isDeclined { remarks.append(RecruitmentStatus.declined.word(language)) }
                if let purpose = phase.purpose(of: participant) { remarks.append(purpose.text) }
                let name = plan.participants[participant].name
                return remarks.isEmpty ? name : name + " (" + remarks.joined(separator: "; ") + ")"
            }.joined(separator: ", ")
        }
        var lines = [
            Text(
                en: "Phase \(index + 1) of \(plan.phases.count)", da: "Fase \(index + 1) af \(plan.phases.count)")(
                    language)
        ]
        if let network = plan.network {
            lines[0] += ": " + network.name.text
            if let kind = network.kind { lines[0] += " (\(kind.text))" }
        }
        let core = phase.present.filter { $0.presence == .core }.map(\.participant)
        let invited = phase.present.filter { $0.presence == .invited }.map(\.participant)
        if !core.isEmpty {
            lines.append(Vocabulary.section(.core)(language) + ": " + present(core))
        }
        if !invited.isEmpty { lines.append(Vocabulary.Mark.invited.word.capitalised(language) + ": " + present(invited)) }
        if !phase.without.isEmpty {
            lines.append(Vocabulary.Mark.leftOut.word.capitalised(language) + ": " + names(phase.without.map(\.participant)))
        }
        if phase.present.isEmpty { lines.append(Text(en: "Nobody is present.", da: "Ingen er med.")(language)) }
        if !phase.needs.isEmpty {
            let needs = phase.needs.map { need -> String in
                let competence = plan.diamond[need.competence].name
                return need.isCovered
                    ? competence + Text(en: " (covered by ", da: " (dækket af ")(language) + names(need.coveredBy) + ")"
                    : competence + Text(en: " (not covered)", da: " (ikke dækket)")(language)
            }
            lines.append(Text(en: "Needs: ", da: "Behov: ")(language) + needs.joined(separator: "; "))
        }
        let roles = RoleKind.allCases.compactMap { role -> String? in
            guard let person = plan.role(role) else { return nil }
            return Vocabulary.roleHeading(role)(language) + ": " + person.name.text
        }
        if !roles.isEmpty { lines.append(roles.joined(separator: "; ")) }
        if let note = phase.note { lines.append(Text(en: "Note: ", da: "Note: ")(language) + note) }
        return lines.joined(separator: "\n")
    }

    /// A stable UID, unlikely to clash anywhere: a 128-bit FNV-1a hash of the
    /// plan's identity and the phase's name (and, for a second phase of the
    /// same name, its occurrence), at `netplan`. Neither the phase's number
    /// nor the theme is part of it.
    static func uid(identity: String, phase: String, occurrence: Int = 1) -> String {
        "phase-" + hash([identity, phase] + (occurrence > 1 ? [String(occurrence)] : [])) + "@netplan"
    }

    /// A 128-bit FNV-1a hash of texts joined by NUL bytes, as 32 hex digits.
    static func hash(_ parts: [String]) -> String {
        let bytes = Array(parts.joined(separator: "\u{0}").utf8)
        func fnv(_ basis: UInt64) -> String {
            var hash = basis
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            let digits = String(hash, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        return fnv(0xcbf2_9ce4_8422_2325) + fnv(0x6c62_272e_07bb_0142)
    }
}
