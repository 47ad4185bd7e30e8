import Foundation
import Testing

@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanViews

/// Meetings in `netplan ics`: times in Danish time with the zone's rules,
/// all-day meetings, LOCATION, ATTENDEE and UIDs that stay.
@Suite struct ICalendarMeetingTests {
    static let plan = """
        network "Ensomhed" kind velfærdsnetværk
        leader "Mette Holm" contact "mette@example.dk"
        core Anne: faglighed contact "Anne <anne@example.dk>"
        core Bo: handlekraft status afslået contact "bo@example.dk"
        core Carl: ressourcer contact "tlf. 22 33 44 55"
        participant Erik: indsigt contact "erik@example.dk"
        group Frivillige: handlekraft contact "frivillige@example.dk"
        phase Vinter from 2027-01-04 to 2027-01-29: invite Frivillige note "to centre"
        phase Sommer from 2027-06-01 to 2027-08-31: invite Erik for "kender de ensomme", "Mette Holm" without Anne
        meeting "Kick-off" on 2027-01-06 14.00-16.00 place "Rådhuset, lokale 3; 2. sal" note "Kaffe, kage"
        meeting Sommermøde on 2027-07-06 14.00-16.00
        meeting Værksted on 2027-03-10
        """

    static func text(_ plan: String, _ language: Language = .english, identity: String = "plan") -> String {
        ICalendarTests.unfold(
            ICalendarTests.calendar(plan, language, stamp: ICalendar.Stamp(identity: identity, now: ICalendarTests.now))
                .text ?? "")
    }

    /// The unfolded content lines of the event whose SUMMARY starts with `name`.
    static func event(_ name: String, in text: String) -> [String] {
        let events = text.components(separatedBy: "BEGIN:VEVENT\r\n").dropFirst().map {
            ($0.components(separatedBy: "END:VEVENT").first ?? "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
        }
        return events.first { $0.contains { $0.hasPrefix("SUMMARY:" + name) } } ?? []
    }

    @Test func timedMeetingsAreInCopenhagenTimeInWinterAndSummer() {
        let text = Self.text(Self.plan)
        let winter = Self.event("Kick-off", in: text)
        #expect(winter.contains("DTSTART;TZID=Europe/Copenhagen:20270106T140000"))
        #expect(winter.contains("DTEND;TZID=Europe/Copenhagen:20270106T160000"))
        #expect(winter.contains("TRANSP:OPAQUE"))
        let summer = Self.event("Sommermøde", in: text)
        #expect(summer.contains("DTSTART;TZID=Europe/Copenhagen:20270706T140000"))
        // The zone is defined once, before the events, as a TZID must be.
        #expect(text.components(separatedBy: "BEGIN:VTIMEZONE").count == 2)
        #expect(text.contains("TZID:Europe/Copenhagen\r\n"))
        let zone = text.range(of: "BEGIN:VTIMEZONE").map { text.distance(from: text.startIndex, to: $0.lowerBound) } ?? .max
        let firstEvent = text.range(of: "BEGIN:VEVENT").map { text.distance(from: text.startIndex, to: $0.lowerBound) } ?? 0
        #expect(zone < firstEvent)
        // In UTC, as a calendar reads it with the zone: 13:00 in January, 12:00 in July.
        let rules = TimeZoneRules(text)
        #expect(rules?.utc(year: 2027, month: 1, day: 6, minutes: 14 * 60) == "20270106T130000Z")
        #expect(rules?.utc(year: 2027, month: 7, day: 6, minutes: 14 * 60) == "20270706T120000Z")
    }

    /// The VTIMEZONE the calendar carries gives the same UTC offset as the
    /// system's time zone database, every hour from 1997 to 2037 (the
    /// transitions included); skipped when the system has no tz data.
    @Test func theTimeZoneAgreesWithTheSystemEveryHour() throws {
        guard let system = TimeZone(identifier: "Europe/Copenhagen") else {
            print("skipped: the system has no time zone data for Europe/Copenhagen")
            return
        }
        let rules = try #require(TimeZoneRules(Self.text(Self.plan)), "the calendar has no VTIMEZONE netplan can read")
        var mismatches: [String] = []
        let start = Int64(CalendarDate(year: 1997, month: 1, day: 1).dayNumber) * 86_400
        let end = Int64(CalendarDate(year: 2038, month: 1, day: 1).dayNumber) * 86_400
        for instant in stride(from: start, to: end, by: 3600) {
            let expected = system.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
            let actual = rules.offset(atUTC: instant)
            if expected != actual, mismatches.count < 5 { mismatches.append("\(ICalendar.dateTime(instant)): \(actual) ≠ \(expected)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test func aMeetingWithoutATimeIsAllDay() {
        let event = Self.event("Værksted", in: Self.text(Self.plan))
        #expect(event.contains("DTSTART;VALUE=DATE:20270310"))
        #expect(event.contains("DTEND;VALUE=DATE:20270311"))
        #expect(event.contains("TRANSP:TRANSPARENT"))
        // Not in a phase's dates and no `in`: nobody to invite, and the description says why.
        #expect(!event.contains { $0.hasPrefix("ATTENDEE") })
        #expect(event.contains { $0.hasPrefix("DESCRIPTION:In no phase") })
    }

    @Test func aCalendarWithoutTimedMeetingsHasNoTimeZone() {
        let text = Self.text("core Anne: faglighed\nmeeting Møde on 2027-03-10\n")
        #expect(text.contains("DTSTART;VALUE=DATE:20270310"))
        #expect(!text.contains("VTIMEZONE"))
    }

    @Test func meetingsAreExportedWhenNoPhaseHasDates() {
        let document = ICalendarTests.calendar("core Anne: faglighed\nphase Start\nmeeting Møde on 2027-03-10 9.00-10.00 in Start\n")
        #expect(document.text?.contains("DTSTART;TZID=Europe/Copenhagen:20270310T090000") == true)
        #expect(document.skipped.count == 1)
    }

    @Test func locationIsThePlaceEscapedAndFolded() throws {
        let place = "Rådhuset, lokale 3; 2. sal \\ bagindgangen, som ligger ved cykelparkeringen ud mod Torvet"
        let document = ICalendarTests.calendar("core Anne: faglighed\nmeeting Møde on 2027-03-10 place \"\(place.replacingOccurrences(of: "\\", with: "\\\\"))\"\n")
        let text = try #require(document.text)
        #expect(ICalendarTests.physicalLines(text).allSatisfy { $0.count <= 75 })
        #expect(ICalendarTests.unfold(text).contains("\r\nLOCATION:" + ICalendar.escape(place) + "\r\n"))
        #expect(ICalendar.escape(place).contains("Rådhuset\\, lokale 3\\; 2. sal \\\\ bagindgangen"))
    }

    @Test func descriptionHoldsTheNoteThePhaseAndWhoIsPresent() {
        let event = Self.event("Kick-off", in: Self.text(Self.plan))
        let description = event.first { $0.hasPrefix("DESCRIPTION:") } ?? ""
        #expect(description == "DESCRIPTION:Kaffe\\, kage\\nPhase 1 of 2: Vinter – Ensomhed\\nPresent in the phase: Anne\\, Carl\\, Frivillige")
        let danish = Self.event("Kick-off", in: Self.text(Self.plan, .danish)).first { $0.hasPrefix("DESCRIPTION:") } ?? ""
        #expect(danish == "DESCRIPTION:Kaffe\\, kage\\nFase 1 af 2: Vinter – Ensomhed\\nMed i fasen: Anne\\, Carl\\, Frivillige")
    }

    @Test func attendeesArePresentNotDeclinedAndHaveAnEmail() {
        let text = Self.text(Self.plan)
        let winter = Self.event("Kick-off", in: text).filter { $0.hasPrefix("ATTENDEE") }
        // Bo declined; Carl has a phone number only; Erik is not invited to Vinter.
        #expect(
            winter == [
                "ATTENDEE;CN=\"Anne\":mailto:anne@example.dk",
                "ATTENDEE;CUTYPE=GROUP;CN=\"Frivillige\":mailto:frivillige@example.dk",
            ])
        // Anne is left out of Sommer; the leader, invited without a declaration, has the role line's contact.
        let summer = Self.event("Sommermøde", in: text).filter { $0.hasPrefix("ATTENDEE") }
        #expect(
            summer == [
                "ATTENDEE;CN=\"Erik\":mailto:erik@example.dk",
                "ATTENDEE;CN=\"Mette Holm\":mailto:mette@example.dk",
            ])
    }

    @Test func attendeeNamesAreQuotedParameterValues() {
        let text = Self.text(
            """
            core "Bo; \\"B\\" ^ Nielsen: x": faglighed contact "bo@example.dk"
            meeting Møde on 2027-03-10 10.00-11.00
            phase Start from 2027-03-01 to 2027-03-31
            """)
        #expect(text.contains("\r\nATTENDEE;CN=\"Bo; ^'B^' ^^ Nielsen: x\":mailto:bo@example.dk\r\n"))
    }

    @Test func uidsStayWhenTheTimePlaceOrNoteChangeButNotTheDate() {
        let base = "core Anne: faglighed\nphase Start from 2027-03-01 to 2027-03-31\n"
        func uid(_ meetings: String, _ name: String = "Møde") -> String {
            (Self.event(name, in: Self.text(base + meetings)).first { $0.hasPrefix("UID:") } ?? "")
        }
        let original = uid("meeting Møde on 2027-03-10 10.00-11.00\n")
        #expect(original.hasPrefix("UID:meeting-") && original.hasSuffix("@netplan"))
        #expect(uid("meeting Andet on 2027-03-02\nmeeting Møde on 2027-03-10 12.00-13.00 place \"Rådhuset\" note \"x\"\n") == original)
        #expect(uid("meeting Møde on 2027-03-11 10.00-11.00\n") != original)
        #expect(Self.text(base + "meeting Møde on 2027-03-10 10.00-11.00\n", identity: "andet").contains(original) == false)
        // Two meetings of one name on one day are two events; a meeting is never a phase's event.
        let twice = Self.text(base + "meeting Møde on 2027-03-10 9.00-10.00\nmeeting Møde on 2027-03-10 13.00-14.00\nmeeting Start on 2027-03-10\n")
        let uids = twice.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
        #expect(uids.count == 4 && Set(uids).count == 4)
    }

    @Test func timesAtTheEdgesOfTheDay() {
        let document = ICalendarTests.calendar(
            "core Anne: faglighed\nmeeting Sent on 2027-12-31 20.00-24.00\nmeeting Baglæns on 2027-03-10 16.00-14.00\nmeeting Kort on 2027-03-11 9.00-9.00\n")
        let text = document.text ?? ""
        #expect(text.contains("DTEND;TZID=Europe/Copenhagen:20280101T000000"))
        #expect(!text.contains("Baglæns"))
        #expect(document.skipped == ["meeting `Baglæns` ends before it starts and is not in the calendar"])
        let short = Self.event("Kort", in: ICalendarTests.unfold(text))
        #expect(short.contains("DTSTART;TZID=Europe/Copenhagen:20270311T090000"))
        #expect(!short.contains { $0.hasPrefix("DTEND") })
    }

    @Test func phaseEventsShowPurposesDeclinedAndTheNote() {
        let text = Self.text(Self.plan)
        let winter = Self.event("Vinter", in: text).first { $0.hasPrefix("DESCRIPTION:") } ?? ""
        #expect(winter.contains("Core participants: Anne\\, Bo (declined)\\, Carl"))
        #expect(winter.hasSuffix("\\nNote: to centre"))
        let summer = Self.event("Sommer –", in: text).first { $0.hasPrefix("DESCRIPTION:") } ?? ""
        #expect(summer.contains("Invited: Erik (kender de ensomme)\\, Mette Holm"))
        let danish = Self.event("Vinter", in: Self.text(Self.plan, .danish)).first { $0.hasPrefix("DESCRIPTION:") } ?? ""
        #expect(danish.contains("Bo (afslået)"))
    }
}

/// Reads the DAYLIGHT and STANDARD rules of a calendar's VTIMEZONE (a
/// yearly `BYMONTH=M;BYDAY=-1SU` rule each, as netplan writes them) and
/// computes UTC offsets from them, as a calendar program would.
struct TimeZoneRules {
    struct Observance {
        var offsetFrom: Int
        var offsetTo: Int
        var month: Int
        var minutes: Int
    }

    var observances: [Observance] = []

    init?(_ calendar: String) {
        guard let start = calendar.range(of: "BEGIN:VTIMEZONE"), let end = calendar.range(of: "END:VTIMEZONE") else {
            return nil
        }
        let lines = calendar[start.upperBound..<end.lowerBound].components(separatedBy: "\r\n")
        var current: [String: String] = [:]
        func offset(_ text: String?) -> Int? {
            guard let text, text.count == 5, let hours = Int(text.dropFirst().prefix(2)), let minutes = Int(text.suffix(2)) else { return nil }
            return (text.hasPrefix("-") ? -1 : 1) * (hours * 3600 + minutes * 60)
        }
        for line in lines {
            if line == "END:DAYLIGHT" || line == "END:STANDARD" {
                guard let from = offset(current["TZOFFSETFROM"]), let to = offset(current["TZOFFSETTO"]),
                    let rule = current["RRULE"], rule.contains("FREQ=YEARLY"), rule.contains("BYDAY=-1SU"),
                    let month = rule.components(separatedBy: ";").first(where: { $0.hasPrefix("BYMONTH=") }).flatMap({ Int($0.dropFirst(8)) }),
                    let dtstart = current["DTSTART"], dtstart.count == 15,
                    let hours = Int(dtstart.dropFirst(9).prefix(2)), let minutes = Int(dtstart.dropFirst(11).prefix(2))
                else { return nil }
                observances.append(Observance(offsetFrom: from, offsetTo: to, month: month, minutes: hours * 60 + minutes))
                current = [:]
            } else if let colon = line.firstIndex(of: ":") {
                current[String(line[..<colon])] = String(line[line.index(after: colon)...])
            }
        }
        if observances.count != 2 { return nil }
    }

    /// The UTC instant (seconds since 1970) an observance starts in a year.
    func onset(_ observance: Observance, year: Int) -> Int64 {
        let nextMonth = observance.month == 12 ? CalendarDate(year: year + 1, month: 1, day: 1) : CalendarDate(year: year, month: observance.month + 1, day: 1)
        let lastDay = nextMonth.dayNumber - 1
        // 1970-01-01 was a Thursday: day numbers with (n + 4) % 7 == 0 are Sundays.
        let sunday = lastDay - ((lastDay + 4) % 7 + 7) % 7
        return Int64(sunday) * 86_400 + Int64(observance.minutes * 60 - observance.offsetFrom)
    }

    /// The offset from UTC, in seconds, at a UTC instant.
    func offset(atUTC instant: Int64) -> Int {
        let year = ICalendar.civil(days: instant >= 0 ? instant / 86_400 : (instant - 86_399) / 86_400).year
        var latest: (Int64, Int)? = nil
        for y in [year - 1, year] {
            for observance in observances {
                let at = onset(observance, year: y)
                if at <= instant, latest.map({ at > $0.0 }) ?? true { latest = (at, observance.offsetTo) }
            }
        }
        return latest?.1 ?? 0
    }

    /// A local time on a day, as `YYYYMMDDTHHMMSSZ` in UTC.
    func utc(year: Int, month: Int, day: Int, minutes: Int) -> String {
        let local = Int64(CalendarDate(year: year, month: month, day: day).dayNumber) * 86_400 + Int64(minutes * 60)
        // The offset in force at the local time (good away from the transition hours).
        let guess = offset(atUTC: local - 3600)
        return ICalendar.dateTime(local - Int64(guess))
    }
}
