import Testing

@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanViews
@testable import NetplanCLI

@Suite struct ICalendarTests {
    static let plan = """
        network "Ensomhed" kind velfærdsnetværk
        leader "Mette Holm"
        core Anne: faglighed
        participant Erik: ressourcer
        phase Start from 2027-01-04 to 2027-01-29: invite Erik needs ressourcer, indsigt
        phase Idé
        """

    /// 2027-01-04 09:30:15 UTC, the time the tests export at.
    static let now: Int64 = 1_799_055_015

    static func calendar(
        _ text: String, _ language: Language = .english,
        stamp: ICalendar.Stamp = ICalendar.Stamp(identity: "plan", now: now)
    ) -> ICalendar.Document {
        ICalendar.calendar(Checker.check(SourceFile(path: "plan.netplan", text: text)).plan, language: language, stamp: stamp)
    }

    /// The UIDs of a calendar, by the phase names in its SUMMARY lines.
    static func uids(_ text: String, identity: String = "plan") -> [String: String] {
        let lines = unfold(calendar(text, stamp: ICalendar.Stamp(identity: identity, now: now)).text ?? "")
            .components("\r\n")
        var uids: [String: String] = [:]
        var uid = ""
        for line in lines {
            if line.hasPrefix("UID:") { uid = String(line.dropFirst(4)) }
            if line.hasPrefix("SUMMARY:") {
                let phase = String(line.dropFirst(8)).components(" – ").first ?? ""
                uids[phase] = uid
            }
        }
        return uids
    }

    /// Physical lines, without their CRLF.
    static func physicalLines(_ text: String) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 13, index + 1 < bytes.count, bytes[index + 1] == 10 {
                lines.append(current)
                current = []
                index += 2
            } else {
                current.append(bytes[index])
                index += 1
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// Undoes folding: a CRLF followed by a space disappears.
    static func unfold(_ text: String) -> String {
        String(decoding: Array(text.utf8).unfolded(), as: UTF8.self)
    }

    @Test func theWholeCalendarIsExact() {
        let expected = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//netplan//netplan//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:Ensomhed",
            "BEGIN:VEVENT",
            "UID:" + ICalendar.uid(identity: "plan", phase: "Start"),
            "DTSTAMP:20270104T093015Z",
            "SEQUENCE:3686970",
            "DTSTART;VALUE=DATE:20270104",
            "DTEND;VALUE=DATE:20270130",
            "SUMMARY:Start – Ensomhed",
            // 75 octets exactly: `æ` takes two.
            "DESCRIPTION:Phase 1 of 2: Ensomhed (velfærdsnetværk)\\nCore participants: ",
            " Anne\\nInvited: Erik\\nNeeds: ressourcer (covered by Erik)\\; indsigt (not co",
            " vered)\\nNetwork leader: Mette Holm",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
            "END:VCALENDAR",
        ].map { $0 + "\r\n" }.joined()
        let calendar = Self.calendar(Self.plan)
        #expect(calendar.text == expected)
        #expect(
            calendar.skipped == [
                "phase `Idé` has no dates and is not in the calendar (add `from YYYY-MM-DD to YYYY-MM-DD`)"
            ])
    }

    @Test func dtendIsTheDayAfterTheLastDay() {
        let text =
            Self.calendar(
                """
                core Anne: faglighed
                phase A from 2027-01-31 to 2027-01-31
                phase B from 2027-12-01 to 2027-12-31
                phase C from 2028-02-01 to 2028-02-28
                phase D from 2028-02-29 to 2028-02-29
                phase E from 2100-02-28 to 2100-02-28
                """
            ).text ?? ""
        let ends = text.components("\r\n").filter { $0.hasPrefix("DTEND") }
        #expect(
            ends == [
                "DTEND;VALUE=DATE:20270201", "DTEND;VALUE=DATE:20280101", "DTEND;VALUE=DATE:20280229",
                "DTEND;VALUE=DATE:20280301", "DTEND;VALUE=DATE:21000301",
            ])
        #expect(text.contains("\r\nDTSTART;VALUE=DATE:20280229\r\n"))
    }

    @Test func datesNeverHaveMoreThanFourDigitsOfYear() {
        // Every end day of the last month of year 9999, and the first days of year 1.
        var plan = "core Anne: faglighed\n"
        for day in 1...31 {
            plan += "phase D\(day) from 9999-12-01 to 9999-12-\(day < 10 ? "0" : "")\(day)\n"
        }
        plan += "phase Først from 0001-01-01 to 0001-01-01\n"
        let text = Self.calendar(plan).text ?? ""
        let dates = text.components("\r\n").filter { $0.hasPrefix("DTSTART") || $0.hasPrefix("DTEND") }
        #expect(dates.count == 2 * 31, "9999-12-31 is past the last day a calendar can end")
        for line in dates {
            let value = line.split(separator: ":").last.map(String.init) ?? ""
            let digits = value.prefix { $0.isNumber }
            #expect(digits.count == 8, "\(line)")
        }
        #expect(text.contains("\r\nDTEND;VALUE=DATE:99991231\r\n"), "the last day a plan can name, 9999-12-30, ends the day after")
        #expect(!text.contains("DTEND;VALUE=DATE:10000"))
    }

    @Test func textValuesAreEscaped() {
        #expect(ICalendar.escape("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne")
        #expect(ICalendar.escape("tab\there\u{7}") == "tab\\\\u{09}here\\\\u{07}")
        let text =
            Self.calendar(
                """
                network "Mad, mod; og \\\\ mere"
                core "Nielsen, Bo": faglighed
                phase "Start; igen" from 2027-01-04 to 2027-01-05
                """
            ).text ?? ""
        let unfolded = Self.unfold(text)
        #expect(unfolded.contains("\r\nSUMMARY:Start\\; igen – Mad\\, mod\\; og \\\\ mere\r\n"))
        #expect(unfolded.contains("Core participants: Nielsen\\, Bo"))
        #expect(unfolded.contains("\r\nX-WR-CALNAME:Mad\\, mod\\; og \\\\ mere\r\n"))
    }

    @Test func foldingKeepsLinesWithin75OctetsAndNeverSplitsACharacter() {
        for filler in ["a", "æ", "–", "😀", "e\u{301}", "ø,"] {
            for length in [1, 30, 37, 38, 74, 75, 76, 200] {
                let line = "DESCRIPTION:" + ICalendar.escape(String(repeating: filler, count: length))
                let folded = ICalendar.fold(line)
                let physical = Self.physicalLines(folded + "\r\n")
                for (number, bytes) in physical.enumerated() {
                    #expect(bytes.count <= 75, "\(filler) × \(length): line of \(bytes.count) octets")
                    #expect(String(validating: bytes, as: UTF8.self) != nil, "a UTF-8 sequence was split")
                    if number > 0 { #expect(bytes.first == 0x20) }
                    if number > 0 {
                        #expect(bytes.count > 1, "an empty continuation line")
                    }
                }
                #expect(Self.unfold(folded) == line)
            }
        }
    }

    @Test func foldingFillsLinesAndKeepsEscapesWhole() {
        let line = String(repeating: "x", count: 74) + "\\,yz"
        #expect(ICalendar.fold(line) == String(repeating: "x", count: 74) + "\r\n \\,yz")
        let exact = String(repeating: "x", count: 75)
        #expect(ICalendar.fold(exact) == exact)
        #expect(ICalendar.fold(exact + "y") == exact + "\r\n y")
        // "æ" is two octets: 37 of them plus one ASCII octet fill 75.
        let danish = "a" + String(repeating: "æ", count: 40)
        #expect(ICalendar.fold(danish) == "a" + String(repeating: "æ", count: 37) + "\r\n " + "æææ")
    }

    @Test func everyLineEndsInCRLF() {
        let text = Self.calendar(Self.plan).text ?? ""
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() where byte == 10 {
            #expect(index > 0 && bytes[index - 1] == 13)
        }
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
    }

    @Test func uidsAreStableAndDistinct() {
        #expect(
            ICalendar.uid(identity: "ensomhed", phase: "Start")
                == "phase-d3fa2d4b0f8492445b6b9334e3ee32c7@netplan")
        let uids = [
            ICalendar.uid(identity: "ensomhed", phase: "Start"),
            ICalendar.uid(identity: "ensomhed", phase: "Start", occurrence: 2),
            ICalendar.uid(identity: "ensomhed", phase: "Slut"),
            ICalendar.uid(identity: "ensomhed2", phase: "Start"),
            ICalendar.uid(identity: "ensomhedS", phase: "tart"),
            ICalendar.uid(identity: "", phase: "ensomhed\u{0}Start"),
        ]
        #expect(Set(uids).count == uids.count)
    }

    @Test func aPhaseKeepsItsUIDWhenAnotherIsInsertedOrTheThemeIsRenamed() {
        let before = Self.uids(
            """
            network "Ensomhed"
            core Anne: faglighed
            phase Opstart from 2027-01-04 to 2027-01-29
            phase Test from 2027-03-01 to 2027-03-31
            """)
        let after = Self.uids(
            """
            network "Mindre ensomhed blandt ældre"
            core Anne: faglighed
            phase Forberedelse from 2026-12-01 to 2026-12-20
            phase Opstart from 2027-01-04 to 2027-01-29
            phase Idé from 2027-02-01 to 2027-02-26
            phase Test from 2027-03-01 to 2027-03-31
            """)
        #expect(before.count == 2 && after.count == 4)
        #expect(before["Opstart"] == after["Opstart"])
        #expect(before["Test"] == after["Test"])
        #expect(Set(after.values).count == 4)
        // Another plan (another identity) never shares a UID.
        let other = Self.uids("core Anne: faglighed\nphase Opstart from 2027-01-04 to 2027-01-29", identity: "andet")
        #expect(other["Opstart"] != before["Opstart"])
    }

    @Test func theIdentityIsTheCalendarIDThenTheFileNameThenTheTheme() {
        func identity(_ text: String, path: String) -> String {
            ICalendar.identity(Checker.check(SourceFile(path: path, text: text)))
        }
        let plan = "network Ensomhed\ncore Anne: faglighed\nphase A from 2027-01-04 to 2027-01-05\n"
        #expect(identity(plan, path: "planer/ensomhed-2027.netplan") == "ensomhed-2027")
        #expect(identity(plan, path: "<stdin>") == "Ensomhed")
        #expect(identity(plan + "set calendar-id \"ældre-2027\"\n", path: "planer/x.netplan") == "ældre-2027")
        #expect(identity(plan + "set calendar-id \"ældre-2027\"\n", path: "<stdin>") == "ældre-2027")
    }

    @Test func sequenceGrowsWithTheTimeOfTheExportAndDTSTAMPIsThatTimeInUTC() {
        #expect(ICalendar.sequence(ICalendar.sequenceEpoch) == 0)
        #expect(ICalendar.sequence(ICalendar.sequenceEpoch - 1000) == 0)
        #expect(ICalendar.sequence(ICalendar.sequenceEpoch + 59) == 0)
        #expect(ICalendar.sequence(ICalendar.sequenceEpoch + 60) == 1)
        #expect(ICalendar.sequence(Self.now) < ICalendar.sequence(Self.now + 60))
        #expect(ICalendar.sequence(Int64.max) == Int64(Int32.max))
        #expect(ICalendar.dateTime(0) == "19700101T000000Z")
        #expect(ICalendar.dateTime(Self.now) == "20270104T093015Z")
        #expect(ICalendar.dateTime(951_782_399) == "20000228T235959Z")
        #expect(ICalendar.dateTime(951_782_400) == "20000229T000000Z")
        #expect(ICSCommand.parseUTC("2027-01-04T09:30:15Z") == Self.now)
        #expect(ICSCommand.parseUTC("2000-02-29T00:00:00Z") == 951_782_400)
        // Round trip for every day of four years.
        for day in Int64(18_000)..<Int64(19_461) {
            let date = ICalendar.civil(days: day)
            #expect(Int64(date.dayNumber) == day)
        }
        let later = Self.calendar(Self.plan, stamp: ICalendar.Stamp(identity: "plan", now: Self.now + 3600)).text ?? ""
        #expect(later.contains("\r\nSEQUENCE:3687030\r\n"))
        #expect(later.contains("\r\nDTSTAMP:20270104T103015Z\r\n"))
    }

    @Test func noDatedPhaseMeansNoCalendar() {
        let calendar = Self.calendar("core Anne: faglighed\nphase A\nphase B", .danish)
        #expect(calendar.text == nil)
        #expect(calendar.skipped.count == 2)
        #expect(calendar.skipped[0].hasPrefix("fasen `A` har ingen datoer"))
    }

    @Test func aPhaseThatEndsBeforeItStartsIsSkipped() {
        let calendar = Self.calendar(
            "core Anne: faglighed\nphase A from 2027-02-01 to 2027-01-01\nphase B from 2027-03-01 to 2027-03-02")
        #expect(calendar.skipped == ["phase `A` ends before it starts and is not in the calendar"])
        #expect(calendar.text?.contains("UID:" + ICalendar.uid(identity: "plan", phase: "B")) == true)
        #expect(calendar.text?.contains("UID:" + ICalendar.uid(identity: "plan", phase: "A")) == false)
    }

    @Test func danishDescription() {
        let text = Self.unfold(Self.calendar(Self.plan, .danish).text ?? "")
        #expect(text.contains("PRODID:-//netplan//netplan//DA"))
        #expect(
            text.contains(
                "DESCRIPTION:Fase 1 af 2: Ensomhed (velfærdsnetværk)\\nKernedeltagere: Anne\\nInviteret: Erik\\nBehov: ressourcer (dækket af Erik)\\; indsigt (ikke dækket)\\nNetværksleder: Mette Holm\r\n"
            ))
    }

    @Test func outputIsByteIdenticalAcrossRuns() {
        #expect(Self.calendar(Self.plan).text == Self.calendar(Self.plan).text)
    }
}

extension String {
    /// Splits at a separator string (no Foundation needed).
    fileprivate func components(_ separator: String) -> [String] {
        var parts: [String] = []
        var rest = Substring(self)
        while let range = rest.firstRange(of: separator) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}

extension Array where Element == UInt8 {
    /// The bytes with every CRLF + space removed (RFC 5545 unfolding).
    fileprivate func unfolded() -> [UInt8] {
        var out: [UInt8] = []
        var index = 0
        while index < count {
            if index + 2 < count, self[index] == 13, self[index + 1] == 10, self[index + 2] == 32 {
                index += 3
            } else {
                out.append(self[index])
                index += 1
            }
        }
        return out
    }
}
