import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanSyntax
@testable import NetplanCheck
@testable import NetplanViews
@testable import NetplanTesting


/// Random names, seeded, made of what breaks escapers: quotes, backslashes,
/// commas, pipes, semicolons, line breaks, control characters, and
/// combining marks right after them (a `"` plus U+0301 is one `Character`).
struct HostileNames {
    var random: SeededRandom

    init(seed: UInt64) { random = SeededRandom(seed: seed) }

    static let specials: [String] = [
        "\"", "\\", ",", "|", ";", ":", "#", "`", "*", "_", "[", "]", "<", ">", "&", "'", "-", " ",
        "\t", "\r", "\u{1B}", "\u{7}", "\u{7F}", "\u{85}", "\u{9B}", "\u{1}", "\u{2028}",
    ]
    static let marks: [String] = ["\u{301}", "\u{308}", "\u{20DD}", "\u{200D}", "\u{FE0F}"]
    static let plain: [String] = ["a", "B", "æ", "Ø", "å", "1", "é", "漢", "😀", "x"]

    /// The specials a plan's quoted names may hold: every control character
    /// but the tab is an error there (the lexer refuses it).
    static let writable = specials.filter { piece in
        !piece.unicodeScalars.contains { $0 != "\t" && ($0.value < 0x20 || (0x7F...0x9F).contains($0.value)) }
    }

    /// A name of 1 to 12 pieces; `lineFeeds` allows `\n` (a plan's names cannot hold one);
    /// `controls: false` leaves out the controls a plan cannot hold. A name is
    /// never only spaces.
    mutating func next(lineFeeds: Bool = false, nul: Bool = false, controls: Bool = true) -> String {
        var name = ""
        let specials = controls ? Self.specials : Self.writable
        for _ in 0..<(1 + random.below(12)) {
            let roll = random.below(10)
            var piece = roll < 5 ? (random.pick(specials) ?? "\"") : (random.pick(Self.plain) ?? "a")
            if lineFeeds, random.chance(0.05) { piece = "\n" }
            if nul, random.chance(0.03) { piece = "\u{0}" }
            name += piece
            if random.chance(0.4) { name += random.pick(Self.marks) ?? "\u{301}" }
        }
        // A name of spaces only is no name (an error in a plan), also once its
        // zero-width characters are left out: give it a letter.
        return Parser.isBlank(InvisibleCharacters.normalizedName(name)) ? name + "a" : name
    }
}

/// Property tests of every escaper over thousands of hostile names.
@Suite struct RobustnessEscapingTests {
    static let count = 3_000

    /// A string literal of the plan language, written here byte by byte
    /// (independently of `Quoting`).
    static func literal(_ name: String) -> String {
        var bytes: [UInt8] = [0x22]
        for byte in name.utf8 {
            if byte == 0x22 || byte == 0x5C { bytes.append(0x5C) }
            bytes.append(byte)
        }
        bytes.append(0x22)
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: (a) the formatter

    @Test func formattingAPlanWithAnyNameGivesTheSamePlan() throws {
        var names = HostileNames(seed: 10_2)
        for _ in 0..<Self.count {
            let name = names.next(controls: false)
            let q = Self.literal(name)
            let other = Self.literal("x" + name)
            let text = """
                network \(q)
                core \(q): faglighed
                participant \(other): indsigt via \(q)
                phase \(q): invite \(other) needs indsigt without \(q) allow core-left-out \(q)

                """
            let tree = Parser.parse(SourceFile(path: "p", text: text))
            try #require(!tree.hasSyntaxErrors, "the test's own plan must parse: \(name.debugDescription)")
            let formatted = try PlanFormatter.format(tree)
            let reparsed = Parser.parse(SourceFile(path: "p", text: formatted))
            #expect(!reparsed.hasSyntaxErrors, "fmt broke the plan for \(name.debugDescription):\n\(formatted)")
            #expect(PlanMeaning(reparsed) == PlanMeaning(tree), "fmt changed the plan for \(name.debugDescription)")
            let participants = Resolver.resolve(reparsed).participants.filter { !$0.isBuiltIn }.map { Array($0.name.utf8) }
            // A name's value leaves out zero-width characters (a U+200D among the marks).
            let value = InvisibleCharacters.normalizedName(name)
            #expect(participants == [Array(value.utf8), Array(("x" + value).utf8)])
        }
    }

    // MARK: (b) CSV

    /// An RFC 4180 reader, byte by byte: records end in CRLF (or LF), fields
    /// are separated by commas, a quoted field may hold anything, `""` is a quote.
    static func readCSV(_ text: String) -> [[String]] {
        let bytes = Array(text.utf8)
        var records: [[String]] = []
        var record: [String] = []
        var field: [UInt8] = []
        var index = 0
        var quoted = false
        func endField() {
            record.append(String(decoding: field, as: UTF8.self))
            field = []
        }
        while index < bytes.count {
            let byte = bytes[index]
            if quoted {
                if byte == 0x22 {
                    if index + 1 < bytes.count, bytes[index + 1] == 0x22 {
                        field.append(0x22)
                        index += 2
                        continue
                    }
                    quoted = false
                } else {
                    field.append(byte)
                }
            } else if byte == 0x22, field.isEmpty {
                quoted = true
            } else if byte == 0x2C {
                endField()
            } else if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                endField()
                records.append(record)
                record = []
                index += 1
            } else if byte == 0x0A {
                endField()
                records.append(record)
                record = []
            } else {
                field.append(byte)
            }
            index += 1
        }
        if !field.isEmpty || !record.isEmpty { endField(); records.append(record) }
        return records
    }

    @Test func csvFieldsKeepAnyNameWhole() {
        var names = HostileNames(seed: 10_3)
        for _ in 0..<Self.count {
            let name = names.next(lineFeeds: true, nul: true)
            let row = [name, "a,b", name].map { PlanningMatrix.csvField($0) }.joined(separator: ",") + "\r\n"
            // A name a spreadsheet would read as a formula comes back with the `'` in front (`CSVCell`).
            let records = Self.readCSV(row).map { $0.map(CSVCell.unguarded) }
            #expect(records.count == 1, "\(name.debugDescription) split the record")
            #expect(records.first?.map { Array($0.utf8) } == [Array(name.utf8), Array("a,b".utf8), Array(name.utf8)],
                "\(name.debugDescription) did not come back")
        }
    }

    @Test func csvMatrixRowsHaveOneCellPerColumn() {
        var names = HostileNames(seed: 10_4)
        for _ in 0..<300 {
            let name = names.next()
            let text = "core \(Self.literal(name)): faglighed\nphase A\nphase \(Self.literal(name))\n"
            let csv = PlanningMatrix.render(Checker.check(SourceFile(path: "p", text: text)).plan, format: .csv, language: .danish)
            let records = Self.readCSV(csv)
            #expect(records.allSatisfy { $0.count == 5 }, "\(name.debugDescription): \(records)")
            #expect(records.dropFirst().first?.first.map(CSVCell.unguarded) == RobustnessControlCharacterTests.shown(InvisibleCharacters.normalizedName(name)))
        }
    }

    // MARK: (c) Markdown

    /// The cell separators of a GitHub table row: every `|` not taken by a
    /// backslash escape (a backslash escapes the character after it).
    static func markdownSeparators(_ row: String) -> Int {
        var count = 0
        var escaped = false
        for scalar in row.unicodeScalars {
            if escaped { escaped = false; continue }
            if scalar == "\\" { escaped = true } else if scalar == "|" { count += 1 }
        }
        return count
    }

    @Test func markdownCellsHoldAnyName() {
        var names = HostileNames(seed: 10_5)
        for _ in 0..<Self.count {
            let name = names.next(lineFeeds: true, nul: true)
            let cell = PlanningMatrix.escapeMarkdown(name)
            let row = "| " + [cell, "kerne", cell].joined(separator: " | ") + " |"
            #expect(Self.markdownSeparators(row) == 4, "\(name.debugDescription) gives \(row.debugDescription)")
            #expect(!row.unicodeScalars.contains(where: RobustnessControlCharacterTests.isControl), "\(name.debugDescription)")
        }
    }

    @Test func markdownMatrixRowsHaveOneCellPerColumn() {
        var names = HostileNames(seed: 10_6)
        for _ in 0..<300 {
            let name = names.next()
            let text = "diamond \(Self.literal(name)), b, c, d\ncore \(Self.literal(name)): \(Self.literal(name))\nphase A: needs b\nphase \(Self.literal(name))\n"
            let markdown = PlanningMatrix.render(Checker.check(SourceFile(path: "p", text: text)).plan, format: .markdown, language: .english)
            let rows = markdown.split(separator: "\n", omittingEmptySubsequences: false).filter { $0.hasPrefix("|") }
            #expect(rows.count == 5)
            for row in rows {
                #expect(Self.markdownSeparators(String(row)) == 5, "\(name.debugDescription): \(row)")
            }
        }
    }

    // MARK: (d) DOT

    /// Where a DOT double-quoted string starting at `start` ends (the offset
    /// after its closing quote), as Graphviz's scanner reads it: `\` takes
    /// the next byte with it, `"` ends the string.
    static func dotStringEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        guard start < bytes.count, bytes[start] == 0x22 else { return nil }
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case 0x5C: index += 2
            case 0x22: return index + 1
            default: index += 1
            }
        }
        return nil
    }

    @Test func dotStringsEndExactlyAtTheirClosingQuote() {
        var names = HostileNames(seed: 10_7)
        var ids: [[UInt8]: [UInt8]] = [:]  // by bytes, as Graphviz compares IDs
        for _ in 0..<Self.count {
            let name = names.next(lineFeeds: true, nul: true)
            for quoted in [ReferralGraph.quote(name), ReferralGraph.id(name)] {
                let bytes = Array(quoted.utf8)
                #expect(Self.dotStringEnd(bytes, from: 0) == bytes.count, "\(name.debugDescription) gives \(quoted)")
                #expect(!quoted.unicodeScalars.contains(where: RobustnessControlCharacterTests.isControl))
            }
            // Different names never share a node ID.
            let id = Array(ReferralGraph.id(name).utf8)
            if let earlier = ids[id] { #expect(earlier == Array(name.utf8), "two names share the ID \(ReferralGraph.id(name))") }
            ids[id] = Array(name.utf8)
        }
    }

    @Test func dotNodeLinesCannotBeInjected() throws {
        var names = HostileNames(seed: 10_8)
        func graph(_ name: String) -> String {
            let text = "core \(Self.literal(name)): faglighed\nparticipant B7: indsigt via \(Self.literal(name))\nphase P: invite B7\n"
            return ReferralGraph.dot(Checker.check(SourceFile(path: "p", text: text)).plan, language: .english, phases: true)
        }
        let plainLines = graph("N").split(separator: "\n").count
        for _ in 0..<300 {
            let name = names.next()
            let dot = graph(name)
            let lines = dot.split(separator: "\n").map { Array($0.utf8) }
            #expect(lines.count == plainLines, "\(name.debugDescription) changed the number of lines")
            // Every node line (indent, a string, ` [label=`, a string, `, `) and edge line scans cleanly.
            for line in lines {
                guard let first = line.firstIndex(where: { $0 != 0x20 }), line[first] == 0x22 else { continue }
                let end = try #require(Self.dotStringEnd(line, from: first), "\(name.debugDescription): \(line)")
                let rest = String(decoding: line[end...], as: UTF8.self)
                if rest.hasPrefix(" [label=") {
                    let labelStart = end + " [label=".utf8.count
                    let labelEnd = try #require(Self.dotStringEnd(line, from: labelStart))
                    let after = String(decoding: line[labelEnd...], as: UTF8.self)
                    #expect(after.hasPrefix(", shape=") || after.hasPrefix("];"), "\(name.debugDescription): \(after)")
                } else {
                    #expect(rest.hasPrefix(" -> \""), "\(name.debugDescription): \(rest)")
                    let target = try #require(Self.dotStringEnd(line, from: end + 4))
                    let tail = String(decoding: line[target...], as: UTF8.self)
                    #expect(tail == ";" || tail == " [style=invis];" || tail.hasPrefix(" [label="), "\(name.debugDescription): \(tail)")
                }
            }
        }
    }

    // MARK: iCalendar

    @Test func calendarTextFoldsAndUnfoldsToItsEscapedSelf() {
        var names = HostileNames(seed: 10_9)
        for _ in 0..<Self.count {
            let name = String(repeating: names.next(lineFeeds: true), count: 1 + names.random.below(8))
            let line = "SUMMARY:" + ICalendar.escape(name)
            let folded = ICalendar.fold(line)
            #expect(folded.replacingOccurrences(of: "\r\n ", with: "").utf8.elementsEqual(line.utf8))
            for physical in folded.components(separatedBy: "\r\n") {
                #expect(physical.utf8.count <= 75)
                #expect(!physical.unicodeScalars.contains(where: RobustnessControlCharacterTests.isControl))
            }
            // No fold between a backslash and what it escapes, or before a combining mark.
            var escaping = false
            var afterFold = false
            var scalars = folded.unicodeScalars.makeIterator()
            while let scalar = scalars.next() {
                if scalar == "\r" {
                    #expect(!escaping, "a fold splits an escape in \(name.debugDescription)")
                    _ = scalars.next()
                    _ = scalars.next()
                    afterFold = true
                    continue
                }
                if afterFold { #expect(DisplayWidth.of(scalar) > 0, "a fold before a combining mark") }
                afterFold = false
                escaping = escaping ? false : scalar == "\\"
            }
        }
    }
}
