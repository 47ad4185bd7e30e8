import Foundation
import Testing

@testable import NetplanBase
@testable import NetplanSyntax
@testable import NetplanCheck
@testable import NetplanViews
@testable import NetplanTesting

/// The xlsx workbook, read back with the tests' own ZIP reader and
/// Foundation's XMLParser.
@Suite struct PlanningWorkbookTests {
    static let plan = """
        network "Ensomhed" kind velfærdsnetværk
        core Anne: faglighed, handlekraft unit "Ældre og Handicap" status bekræftet contact "an@example.dk"
        core Bo: faglighed via Anne
        participant Erik: ressourcer via Bo note "sognepræst"
        group Borgere: indsigt
        phase Start from 2027-01-04 to 2027-01-29
        phase Idé: invite Borgere for "fortæller om hverdagen", Erik needs indsigt
        phase Test: invite Erik, Pårørende needs ressourcer, indsigt without Anne
        """

    /// The workbook's parts by name, read from its bytes.
    static func workbook(
        _ text: String, _ language: Language = .english, units: Bool = false, incomplete: Bool = false
    ) throws -> [String: [UInt8]] {
        let result = Checker.check(SourceFile(path: "plan.netplan", text: text))
        let bytes = try PlanningWorkbook.render(
            result.plan, language: language, units: units, incomplete: incomplete ? IncompleteMark(result) : nil)
        return Dictionary(uniqueKeysWithValues: try ZipReader.entries(bytes).map { ($0.name, $0.bytes) })
    }

    static func sheet(_ parts: [String: [UInt8]], _ name: String) throws -> SheetXML {
        let bytes = try #require(parts[name], "\(name) is missing")
        let sheet = SheetXML.parse(bytes)
        return try #require(sheet, "\(name) is not well-formed XML")
    }

    @Test func theWorkbookHasBothSheetsEveryPartAndWellFormedXML() throws {
        let parts = try Self.workbook(Self.plan, .danish)
        #expect(
            Set(parts.keys) == [
                "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
            ])
        for name in parts.keys { _ = try Self.sheet(parts, name) }
        let workbook = try Self.sheet(parts, "xl/workbook.xml")
        #expect(workbook.all("sheet").compactMap { $0["name"] } == ["Planlægningsskema", "Personer"])
        let types = String(decoding: try #require(parts["[Content_Types].xml"]), as: UTF8.self)
        #expect(types.contains("/xl/worksheets/sheet2.xml"))
    }

    @Test func theHeaderIsBoldAndWrappedAndThePanesAreFrozen() throws {
        let parts = try Self.workbook(Self.plan)
        let styles = try Self.sheet(parts, "xl/styles.xml")
        let fonts = styles.elements.split { $0.name == "font" }
        #expect(fonts.count >= 2)
        let formats = styles.all("xf").suffix(5)
        let header = try #require(Array(formats).dropFirst().first)
        #expect(header["fontId"] == "1", "the header style uses the bold font")
        #expect(styles.all("b").count == 2, "the bold font and the bold red font")
        #expect(styles.all("alignment").first?["wrapText"] == "1")

        let schema = try Self.sheet(parts, "xl/worksheets/sheet1.xml")
        #expect(schema.styles["A2"] == 1 && schema.styles["C2"] == 1 && schema.styles["C3"] == 1)
        let pane = try #require(schema.all("pane").first)
        #expect(pane["state"] == "frozen" && pane["xSplit"] == "2" && pane["ySplit"] == "3")
        #expect(pane["topLeftCell"] == "C4")
        let widths = schema.all("col").compactMap { $0["width"].flatMap(Double.init) }
        #expect(widths.count == 5 && widths.allSatisfy { $0 >= 8 && $0 <= 40 })
        #expect(widths[2] >= Double("2027-01-04 – 2027-01-29".count), "a date column fits its dates")

        let people = try Self.sheet(parts, "xl/worksheets/sheet2.xml")
        #expect(people.all("pane").first?["ySplit"] == "1")
    }

    @Test func eachPersonPhaseMarkAndPurposeIsInItsCell() throws {
        let parts = try Self.workbook(Self.plan)
        let schema = try Self.sheet(parts, "xl/worksheets/sheet1.xml").cells
        #expect(schema["A1"] == "Planning schema: Ensomhed (velfærdsnetværk)")
        #expect(["A2", "B2", "C2", "D2", "E2"].map { schema[$0] } == ["Name", "Kind", "Start", "Idé", "Test"])
        #expect(schema["A3"] == "Dates" && schema["C3"] == "2027-01-04 – 2027-01-29" && schema["D3"] == nil)
        #expect(["A4", "B4", "C4", "D4", "E4"].map { schema[$0] } == ["Anne", "core", "core", "core", "left out"])
        #expect(schema["A5"] == "Bo" && schema["E5"] == "core")
        #expect(["A6", "B6", "C6", "D6", "E6"].map { schema[$0] } == ["Erik", "as needed", nil, "invited", "invited"])
        #expect(schema["A7"] == "Borgere" && schema["D7"] == "invited (for: fortæller om hverdagen)")
        #expect(schema["A8"] == "Pårørende" && schema["E8"] == "invited")
        #expect(schema["A10"] == "Covered" && schema["D10"] == "faglighed, indsigt, ressourcer, handlekraft")
        #expect(schema["A11"] == "Missing" && schema["E11"] == "indsigt")

        let people = try Self.sheet(parts, "xl/worksheets/sheet2.xml").cells
        #expect(
            ["A1", "B1", "C1", "D1", "E1", "F1", "G1"].map { people[$0] }
                == ["Name", "Kind", "Competences", "Unit", "Status", "Contact", "Note"])
        #expect(
            ["A2", "B2", "C2", "D2", "E2", "F2"].map { people[$0] }
                == ["Anne", "core", "faglighed, handlekraft", "Ældre og Handicap", "confirmed", "an@example.dk"])
        #expect(people["A4"] == "Erik" && people["G4"] == "sognepræst")
        let danish = try Self.sheet(try Self.workbook(Self.plan, .danish), "xl/worksheets/sheet2.xml").cells
        #expect(danish["A1"] == "Navn" && danish["C1"] == "Kompetencer" && danish["E2"] == "bekræftet")
    }

    @Test func unitsAddAColumnAndTheFrozenColumnsFollow() throws {
        let schema = try Self.sheet(try Self.workbook(Self.plan, units: true), "xl/worksheets/sheet1.xml")
        #expect(schema.cells["C2"] == "Unit" && schema.cells["C4"] == "Ældre og Handicap")
        #expect(schema.all("pane").first?["xSplit"] == "3")
    }

    @Test func aPlanWithErrorsStartsWithTheIncompleteRowInBoldRed() throws {
        let broken = Self.plan + "\nphase Slut: invite Ukendt Navn Her"
        let schema = try Self.sheet(try Self.workbook(broken, incomplete: true), "xl/worksheets/sheet1.xml")
        #expect(schema.cells["A1"]?.hasPrefix("⚠ INCOMPLETE: plan.netplan has") == true)
        #expect(schema.styles["A1"] == 3)
        #expect(schema.cells["A2"]?.hasPrefix("Planning schema") == true)
        #expect(schema.all("pane").first?["ySplit"] == "4")
    }

    @Test func hostileNamesSurviveAsTextAndTheXMLStaysWellFormed() throws {
        let names = [
            "=cmd|' /C calc'!A0", "<script>alert(1)</script>", "Anne \u{07}\u{1B}[31m rød", "👩‍👩‍👧 Familien",
            "Ove\u{301} & 'Co' > <b>", "+45 1234", "@Bo", "-Peter",
        ]
        var text = "network \"Test\"\n"
        for name in names { text += "core \"\(name)\": faglighed\n" }
        text += "phase Start\n"
        let parts = try Self.workbook(text)
        let schema = try Self.sheet(parts, "xl/worksheets/sheet1.xml")
        let people = try Self.sheet(parts, "xl/worksheets/sheet2.xml")
        let shown = names.map { ControlCharacters.visible($0, keepingLineFeeds: false) }
        for (index, name) in shown.enumerated() {
            #expect(schema.cells["A\(index + 4)"] == name)
            #expect(people.cells["A\(index + 2)"] == name)
        }
        // No cell is a formula: every cell is an inline string.
        let cells = schema.all("c") + people.all("c")
        #expect(!cells.isEmpty && cells.allSatisfy { $0["t"] == "inlineStr" })
        #expect(schema.all("f").isEmpty)
    }

    @Test func textIsEscapedScalarByScalarAndForbiddenScalarsAreShown() {
        #expect(SpreadsheetXML.escape("a&b<c>\"d\"") == "a&amp;b&lt;c&gt;&quot;d&quot;")
        #expect(SpreadsheetXML.escape("<\u{301}") == "&lt;\u{301}", "a combining mark does not hide the <")
        #expect(SpreadsheetXML.escape("a\tb\nc\rd") == "a\tb\nc&#13;d")
        for value in [0x00, 0x08, 0x0B, 0x0C, 0x0E, 0x1F, 0xFFFE, 0xFFFF] {
            let scalar = Unicode.Scalar(UInt32(value)).map { String(Character($0)) } ?? ""
            let escaped = SpreadsheetXML.escape("x" + scalar + "y")
            #expect(escaped == "x" + ControlCharacters.escaped(Unicode.Scalar(UInt32(value))!) + "y")
            #expect(SheetXML.parse(Array("<t>\(escaped)</t>".utf8)) != nil)
        }
    }

    @Test func longCellTextIsCutWithAMarkerAndSheetNamesAreMadeValid() {
        let long = String(repeating: "æ", count: 40000)
        let cut = SpreadsheetXML.fitted(long)
        #expect(cut.utf16.count <= SpreadsheetXML.cellLimit && cut.hasSuffix(SpreadsheetXML.cutMarker))
        let emoji = String(repeating: "👩‍👩‍👧", count: 5000)
        let cutEmoji = SpreadsheetXML.fitted(emoji)
        #expect(cutEmoji.utf16.count <= SpreadsheetXML.cellLimit)
        #expect(cutEmoji.dropLast(SpreadsheetXML.cutMarker.count).allSatisfy { $0 == "👩‍👩‍👧" }, "cut between characters")
        #expect(SpreadsheetXML.fitted("kort") == "kort")

        #expect(SpreadsheetXML.sheetName("a[b]c:d*e?f/g\\h") == "a-b-c-d-e-f-g-h")
        #expect(SpreadsheetXML.sheetName(String(repeating: "x", count: 40)).count == 31)
        #expect(SpreadsheetXML.sheetName("'citat'") == "citat")
        #expect(SpreadsheetXML.sheetName("\u{07}") == "Sheet")
        #expect([0, 25, 26, 27, 701, 702].map(SpreadsheetXML.column) == ["A", "Z", "AA", "AB", "ZZ", "AAA"])
    }

    @Test func theSamePlanGivesTheSameBytes() throws {
        let plan = Checker.check(SourceFile(path: "plan.netplan", text: Self.plan)).plan
        #expect(
            try PlanningWorkbook.render(plan, language: .danish) == PlanningWorkbook.render(plan, language: .danish))
    }

    @Test(arguments: 0..<4) func everyRandomPlanGivesAWorkbookWithEveryParticipant(chunk: UInt64) throws {
        for seed in (chunk * 25)..<(chunk * 25 + 25) {
            let text = RandomPlanGenerator(seed: seed).plan()
            let plan = Checker.check(SourceFile(path: "plan.netplan", text: text)).plan
            for language in [Language.english, .danish] {
                let parts = try Self.workbook(text, language)
                let schema = try Self.sheet(parts, "xl/worksheets/sheet1.xml")
                let people = try Self.sheet(parts, "xl/worksheets/sheet2.xml")
                let shown = plan.participants.map { ControlCharacters.visible($0.name, keepingLineFeeds: false) }
                let rowNames = (0..<shown.count).compactMap { schema.cells["A\($0 + 4)"] }
                #expect(rowNames.sorted() == shown.sorted(), "seed \(seed)")
                #expect(
                    (0..<shown.count).compactMap { people.cells["A\($0 + 2)"] }.sorted() == shown.sorted(),
                    "seed \(seed)")
                let phases = plan.phases.map { ControlCharacters.visible($0.name, keepingLineFeeds: false) }
                let header = (0..<phases.count).compactMap { schema.cells[SpreadsheetXML.reference(row: 1, column: $0 + 2)] }
                #expect(header == phases, "seed \(seed)")
            }
        }
    }
}
