/// The dated phases of a plan as an iCalendar file (`netplan ics`, RFC 5545):
/// one all-day `VEVENT` per phase with `from` and `to` dates, in one `VCALENDAR`.
///
/// - Lines end in CRLF and are folded at 75 octets: a continuation line
///   starts with one space, and a fold never splits a UTF-8 sequence, a
///   letter from its accents, or a backslash escape.
/// - TEXT values escape `\`, `;`, `,` and line breaks.
/// - `DTSTART;VALUE=DATE` is the first day; `DTEND;VALUE=DATE` is the day
///   after the last, because RFC 5545 makes DTEND exclusive.
/// - `UID` is derived from the network's theme, the phase's number and its
///   name, so importing the file again updates the events instead of
///   doubling them (renaming or reordering a phase makes a new event).
/// - `DTSTAMP` must be a UTC date-time. A clock reading would make every run
///   differ, so the file could not be compared, diffed or kept in version
///   control; it is the earliest phase start at midnight UTC instead, which
///   changes only when the plan does.
/// - Events are `TRANSP:TRANSPARENT`: a phase spans weeks and should not
///   mark anyone busy.
public enum ICalendar {
    /// The calendar, and the phases left out of it.
    public struct Calendar: Sendable, Hashable {
        /// The iCalendar text; nil when no phase has usable dates (an empty
        /// VCALENDAR is not valid iCalendar).
        public var text: String?
        /// Why phases were left out, one line each, for standard error.
        public var skipped: [String]
    }

    /// The calendar of a plan; descriptions in `language`.
    public static func calendar(_ plan: ResolvedPlan, language: Language) -> Calendar {
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
        guard let earliest = dated.map(\.start).min() else { return Calendar(text: nil, skipped: skipped) }

        let theme = plan.network?.name.text
        let stamp = compact(earliest) + "T000000Z"
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//netplan//netplan//\(language == .danish ? "DA" : "EN")",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
        ]
        if let theme { lines.append("X-WR-CALNAME:" + escape(theme)) }
        for (index, phase, start, end) in dated {
            lines += [
                "BEGIN:VEVENT",
                "UID:" + uid(network: theme ?? "", index: index, phase: phase.name),
                "DTSTAMP:" + stamp,
                "DTSTART;VALUE=DATE:" + compact(start),
                "DTEND;VALUE=DATE:" + compact(end.next),
                "SUMMARY:" + escape(theme.map { "\(phase.name) – \($0)" } ?? phase.name),
                "DESCRIPTION:" + escape(description(plan, index: index, language: language)),
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return Calendar(text: lines.map { fold($0) + "\r\n" }.joined(), skipped: skipped)
    }

    /// `YYYYMMDD`, the iCalendar DATE form.
    static func compact(_ date: CalendarDate) -> String {
        date.description.filter { $0 != "-" }
    }

    /// Who is present in a phase, who is left out, what it needs, and the roles.
    static func description(_ plan: ResolvedPlan, index: Int, language: Language) -> String {
        let phase = plan.phases[index]
        let names = { (indices: [Int]) in indices.map { plan.participants[$0].name }.joined(separator: ", ") }
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
            lines.append(Text(en: "Core participants: ", da: "Kernedeltagere: ")(language) + names(core))
        }
        if !invited.isEmpty { lines.append(Text(en: "Invited: ", da: "Inviteret: ")(language) + names(invited)) }
        if !phase.without.isEmpty {
            lines.append(Text(en: "Left out: ", da: "Udeladt: ")(language) + names(phase.without.map(\.participant)))
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
            let word: Text
            switch role {
            case .leader: word = Text(en: "Network leader", da: "Netværksleder")
            case .codriver: word = Text(en: "Co-driver", da: "Co-driver")
            case .reference: word = Text(en: "Reference leader", da: "Referenceleder")
            }
            return word(language) + ": " + person.name.text
        }
        if !roles.isEmpty { lines.append(roles.joined(separator: "; ")) }
        return lines.joined(separator: "\n")
    }

    /// A stable, globally unlikely-to-clash UID: the phase's number and a
    /// 128-bit FNV-1a hash of theme, number and name, at `netplan`.
    static func uid(network: String, index: Int, phase: String) -> String {
        let bytes = Array(network.utf8) + [0] + Array(String(index + 1).utf8) + [0] + Array(phase.utf8)
        func fnv(_ basis: UInt64) -> String {
            var hash = basis
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            let digits = String(hash, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        return "phase-\(index + 1)-" + fnv(0xcbf2_9ce4_8422_2325) + fnv(0x6c62_272e_07bb_0142) + "@netplan"
    }

    /// Escapes a TEXT value: backslash, semicolon, comma and line breaks
    /// (a line feed is netplan's own: a name cannot hold one). Any other
    /// control character (which TEXT may not hold) is shown as `\u{1B}`,
    /// as in every text output, its backslash escaped in turn.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            default:
                if ControlCharacters.isControl(scalar) {
                    out += "\\" + ControlCharacters.escaped(scalar)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Folds a content line so no line is longer than 75 octets (CRLF not
    /// counted); continuation lines start with a space, which counts.
    /// Breaks fall between scalars, never inside a UTF-8 sequence, never
    /// before a combining mark (so a letter keeps its accents) and never
    /// between a backslash and the scalar it escapes. The units are found
    /// scalar by scalar: a backslash followed by a combining mark is still
    /// a backslash.
    static func fold(_ line: String) -> String {
        var units: [String] = []
        var pendingEscape = false
        for scalar in line.unicodeScalars {
            if !units.isEmpty, pendingEscape || DisplayWidth.of(scalar) == 0 {
                // The escaped scalar, or a combining mark, stays with what precedes it.
                units[units.count - 1].unicodeScalars.append(scalar)
                pendingEscape = false
            } else {
                units.append(String(scalar))
                pendingEscape = scalar == "\\"
            }
        }
        var out = ""
        var used = 0
        let limit = 75
        for unit in units {
            // A unit longer than a whole line (a letter with very many
            // accents) is broken between its scalars instead.
            let pieces = unit.utf8.count <= 74 ? [unit] : unit.unicodeScalars.map { String($0) }
            for piece in pieces {
                let size = piece.utf8.count
                if used + size > limit {
                    out += "\r\n "
                    used = 1
                }
                out += piece
                used += size
            }
        }
        return out
    }
}
