import Testing

@testable import NetplanSyntax
@testable import NetplanViews

/// The report's matrix is drawn from the grid of `netplan matrix`, so the
/// schema and the report cannot disagree about who takes part where.
@Suite struct HTMLReportMatrixTests {
    static func page(_ text: String) -> ReportPage {
        ReportPage(result: HTMLReportTests.check(text), language: .english)
    }

    /// The report shows what the grid says, not a presence of its own: a
    /// mark changed in the grid changes the report's cell and its count.
    @Test func theReportDrawsTheGridsMarks() throws {
        let page = Self.page(HTMLReportTests.plan)
        var grid = PlanningMatrix.grid(page.plan)
        let erik = try #require(grid.rows.firstIndex { $0.name == "Erik" })
        #expect(grid.rows[erik].marks[0] == .absent)
        let before = page.matrix(grid)
        grid.rows[erik].marks[0] = .invited
        let after = page.matrix(grid)
        let erikRow = { (html: String) in HTMLReportTests.slice(html, from: ">Erik</span>", to: "</tr>") }
        #expect(HTMLReportTests.count("cell invited", in: erikRow(after)) == HTMLReportTests.count("cell invited", in: erikRow(before)) + 1)
        let presentRow = { (html: String) in HTMLReportTests.slice(html, from: "present-row", to: "</tr>") }
        #expect(presentRow(before) != presentRow(after))
    }

    /// The report's cells are the grid's marks, row by row, section by section.
    @Test func theReportAndTheSchemaAgreeOnEveryCell() {
        let page = Self.page(HTMLReportTests.plan)
        let grid = PlanningMatrix.grid(page.plan)
        let html = page.matrix()
        let cells = html.components(separatedBy: "<td class=\"cell ").dropFirst().map {
            String($0.prefix { $0 != "\"" })
        }
        let style: [Vocabulary.Mark: String] = [.core: "core", .invited: "invited", .leftOut: "without", .absent: "absent"]
        let kinds: [ParticipantKind] = [.core, .participant, .group]
        let expected = kinds.flatMap { kind in
            grid.rows.filter { $0.kind == kind }.flatMap { $0.marks.compactMap { style[$0] } }
        }
        #expect(cells == expected)
        #expect(!cells.isEmpty)
    }
}
