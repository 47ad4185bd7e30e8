import Testing

@testable import NetplanKit

@Suite struct ICalendarTests {
    static let plan = """
        network "Ensomhed" kind velfærdsnetværk
        leader "Mette Holm"
        core Anne: faglighed
        participant Erik: ressourcer
        phase Start from 2027-01-04 to 2027-01-29: invite Erik needs ressourcer, indsigt
        phase Idé
        """

    static func calendar(_ text: String, _ language: Language = .english) -> ICalendar.Calendar {
        ICalendar.calendar(Checker.check(SourceFile(path: "plan.netplan", text: text)).plan, language: language)
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
            "UID:phase-1-02627d56ae363443ebf0785c61f014c0@netplan",
            "DTSTAMP:20270104T000000Z",
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
        #expect(text.contains("\r\nDTSTAMP:20270131T000000Z\r\n"), "the earliest start, at midnight UTC")
    }

    @Test func datesNeverHaveMoreThanFourDigitsOfYear() {
        // Every end day of the last month of year 9999, and the first days of year 1.
        var plan = "core Anne: faglighed\n"
        for day in 1...31 {
            plan += "phase D\(day) from 9999-12-01 to 9999-12-\(day < 10 ? "0" : "")\(day)\n"
        }
        plan += "phase Først from 0001-01-01 to 0001-01-01\n"
        let text = Self.calendar(plan).text ?? ""
        let dates = text.components("\r\n").filter { $0.hasPrefix("DTSTART") || $0.hasPrefix("DTEND") || $0.hasPrefix("DTSTAMP") }
        #expect(dates.count == 3 * 31)
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
            ICalendar.uid(network: "Ensomhed", index: 0, phase: "Start")
                == "phase-1-02627d56ae363443ebf0785c61f014c0@netplan")
        let uids = [
            ICalendar.uid(network: "Ensomhed", index: 0, phase: "Start"),
            ICalendar.uid(network: "Ensomhed", index: 1, phase: "Start"),
            ICalendar.uid(network: "Ensomhed", index: 0, phase: "Slut"),
            ICalendar.uid(network: "Ensomhed2", index: 0, phase: "Start"),
            ICalendar.uid(network: "Ensomhed", index: 10, phase: "Start"),
            ICalendar.uid(network: "Ensomhed1", index: 0, phase: "Start"),
        ]
        #expect(Set(uids).count == uids.count)
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
        #expect(calendar.text?.contains("UID:phase-2-") == true)
        #expect(calendar.text?.contains("UID:phase-1-") == false)
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
