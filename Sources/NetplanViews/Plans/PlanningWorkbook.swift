import NetplanBase
import NetplanSyntax
import NetplanCheck

/// The planning schema as an Excel workbook (`netplan matrix --format
/// xlsx`): a ZIP of SpreadsheetML parts, written by hand.
///
/// - Sheet 1, the schema: a title, a header row with the phases and a row
///   with their dates (bold, frozen with the name columns), a row per
///   participant or group with the marks as words ("core", "invited (for:
///   ...)", "left out"; empty where not taking part, so a filter on "not
///   empty" shows who takes part), and below the grid the covered and missing
///   competences per phase.
/// - Sheet 2, the people: name, kind, competences, unit, status, contact and
///   note of every participant and group, in the schema's order.
/// - A plan with errors (`--force`) gets a first row in bold red saying the
///   schema is incomplete, as every other view does.
///
/// Only features of Office Open XML as Excel 2007 wrote it are used (inline
/// strings, one style sheet, frozen panes, column widths), so Excel 2010 and
/// later, Microsoft 365 and LibreOffice Calc 7 and later open it. The same
/// plan gives the same bytes (`ZipArchive` writes a fixed time).
public enum PlanningWorkbook {
    /// The workbook's files, in the order they are stored, as text.
    package static func parts(
        _ plan: ResolvedPlan, language: Language, units: Bool = false, incomplete: IncompleteMark? = nil
    ) -> [(name: String, text: String)] {
        // Control characters are shown as escapes, as in every other view.
        let grid = PlanningMatrix.grid(plan).shown
        let names = [
            SpreadsheetXML.sheetName(PlanningMatrix.titleWord(language)),
            SpreadsheetXML.sheetName(peopleWord(language)),
        ]
        return [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            ("xl/workbook.xml", workbook(names)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships),
            ("xl/styles.xml", styles),
            (
                "xl/worksheets/sheet1.xml",
                schemaSheet(grid, language: language, units: units, incomplete: incomplete)
            ),
            ("xl/worksheets/sheet2.xml", peopleSheet(plan, grid: grid, language: language)),
        ]
    }

    /// The workbook's bytes, or why it cannot be written (only a plan far past
    /// what a ZIP holds: 4 GiB).
    public static func render(
        _ plan: ResolvedPlan, language: Language, units: Bool = false, incomplete: IncompleteMark? = nil
    ) throws(ZipArchive.Failure) -> [UInt8] {
        var archive = ZipArchive()
        for part in parts(plan, language: language, units: units, incomplete: incomplete) {
            archive.add(part.name, text: part.text)
        }
        return try archive.bytes()
    }

    static let peopleWord = Text(en: "People", da: "Personer")

    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"

    static let contentTypes =
        declaration
        + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        + #"<Default Extension="xml" ContentType="application/xml"/>"#
        + #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        + #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        + #"<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        + #"<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        + "</Types>"

    static let packageRelationships =
        declaration
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    static let workbookRelationships =
        declaration
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>"#
        + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>"#
        + #"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        + "</Relationships>"

    static func workbook(_ sheetNames: [String]) -> String {
        var xml =
            declaration
            + #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
            + "<bookViews><workbookView/></bookViews><sheets>"
        for (index, name) in sheetNames.enumerated() {
            xml += "<sheet name=\"\(SpreadsheetXML.escape(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        return xml + "</sheets></workbook>"
    }

    /// Fonts: 0 plain, 1 bold, 2 bold red. Cell formats in the order of
    /// `SpreadsheetXML.Style`: plain, header (bold, wrapped, top), wrapped
    /// (top), warning (bold red), title (bold).
    static let styles =
        declaration
        + #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        + #"<fonts count="3">"#
        + #"<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
        + #"<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
        + #"<font><b/><sz val="11"/><color rgb="FFB42318"/><name val="Calibri"/><family val="2"/></font>"#
        + "</fonts>"
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="5">"#
        + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>"#
        + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>"#
        + #"<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
        + "</cellXfs>"
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        + "</styleSheet>"
}
