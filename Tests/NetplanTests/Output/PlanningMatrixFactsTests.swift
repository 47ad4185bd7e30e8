import Testing

@testable import NetplanBase
@testable import NetplanSyntax
@testable import NetplanCheck
@testable import NetplanViews
@testable import NetplanCLI

/// The planning schema with what leaders track: the purpose (`for`) of each
/// involvement in its cell, and with `--units` the unit of each row. The
/// grid model holds both, so every format shows the same.
@Suite struct PlanningMatrixFactsTests {
    static let plan = """
        network "Ensomhed" kind velfærdsnetværk
        core Anne: faglighed, handlekraft unit "Ældre og Handicap" status bekræftet
        core Bo: faglighed unit "Kultur | Fritid"
        participant Erik: ressourcer status kontaktet
        group Frivillige: handlekraft unit "Frivilligcenteret"
        phase Start from 2027-01-04 to 2027-01-29
        phase Idé: invite Borgere for "fortæller om hverdagen", Erik for "kender de ensomme, \\"især\\" mænd"
        phase Test: invite Frivillige for "afprøver | besøg", Erik without Anne
        """

    static func resolved(_ text: String = plan) -> ResolvedPlan {
        Checker.check(SourceFile(path: "plan.netplan", text: text)).plan
    }

    static func render(_ format: PlanningMatrix.Format, _ language: Language = .english, units: Bool = false) -> String {
        PlanningMatrix.render(resolved(), format: format, language: language, width: 100, units: units)
    }

    static func row(_ name: String, in grid: PlanningMatrix.Grid) -> PlanningMatrix.Row? {
        grid.rows.first { $0.name == name }
    }

    @Test func theGridHoldsThePurposeOfEachCellWhereTheRowTakesPart() throws {
        let grid = PlanningMatrix.grid(Self.resolved())
        let erik = try #require(Self.row("Erik", in: grid))
        #expect(erik.purposes == [nil, "kender de ensomme, \"især\" mænd", nil])
        #expect(erik.marks == [.absent, .invited, .invited])
        let borgere = try #require(Self.row("Borgere", in: grid))
        #expect(borgere.purposes == [nil, "fortæller om hverdagen", nil])
        let anne = try #require(Self.row("Anne", in: grid))
        #expect(anne.purposes == [nil, nil, nil])
        #expect(anne.unit == "Ældre og Handicap")
        #expect(grid.rows.allSatisfy { $0.purposes.count == grid.columns.count })
    }

    @Test func markdownShowsThePurposeInTheCellEscaped() {
        let markdown = Self.render(.markdown)
        #expect(markdown.contains("| Borgere | group |   | ○ (for: fortæller om hverdagen) |   |"))
        #expect(markdown.contains("○ (for: afprøver \\| besøg)"))
        // Without --units there is no unit column.
        #expect(!markdown.contains("Ældre og Handicap"))
    }

    @Test func csvShowsTheMarkWordAndThePurposeInOneQuotedField() {
        let csv = Self.render(.csv)
        #expect(csv.contains("Erik,as needed,ressourcer,,\"invited (for: kender de ensomme, \"\"især\"\" mænd)\",invited\r\n"))
        #expect(csv.contains("Frivillige,group,handlekraft,,,invited (for: afprøver | besøg)\r\n"))
        #expect(Self.render(.csv, .danish).contains("Borgere,gruppe,,,inviteret (for: fortæller om hverdagen),\r\n"))
    }

    @Test func textListsThePurposesBelowTheGrid() {
        let text = Self.render(.text)
        #expect(text.contains("Purposes (for):\n  Idé, Erik: kender de ensomme, \"især\" mænd\n  Idé, Borgere: fortæller om hverdagen\n  Test, Frivillige: afprøver | besøg\n"))
        #expect(Self.render(.text, .danish).contains("Formål (for):\n"))
    }

    @Test func unitsAppearAfterTheNameInTextAndAsAColumnInMarkdownAndCSV() {
        let text = Self.render(.text, units: true)
        #expect(text.contains("  Anne (Ældre og Handicap)  "))
        #expect(text.contains("  Frivillige (Frivilligcenteret)  "))
        #expect(!Self.render(.text).contains("(Ældre og Handicap)"))

        let markdown = Self.render(.markdown, .danish, units: true)
        #expect(markdown.contains("| Deltager | Type | Enhed | Start<br>"))
        #expect(markdown.contains("|---|---|---|:-:|:-:|:-:|"))
        #expect(markdown.contains("| Bo | kerne | Kultur \\| Fritid | ● | ● | ● |"))
        #expect(markdown.contains("| Erik | løbende |   |   |"))
        #expect(markdown.contains("| **Dækket** |   |   | "))

        let csv = Self.render(.csv, units: true)
        #expect(csv.hasPrefix("Name,Kind,Unit,Competences,Start,Idé,Test\r\n"))
        #expect(csv.contains("Anne,core,Ældre og Handicap,\"faglighed, handlekraft\",core,core,left out\r\n"))
        #expect(csv.contains("Start,,,,2027-01-04,,\r\n"))
        let widths = Set(csv.split(separator: "\r\n").filter { !$0.contains("\"") }.map { $0.split(separator: ",", omittingEmptySubsequences: false).count })
        #expect(widths == [7])
    }

    @Test func aControlCharacterInAPurposeOrUnitIsShownNotObeyed() {
        let plan = """
            core Anne: faglighed unit "A\u{1B}[31mB"
            phase Start: invite Borgere for "klokke\u{07}ny"
            """
        let markdown = PlanningMatrix.render(Self.resolved(plan), format: .markdown, language: .english, units: true)
        #expect(!markdown.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
        // Shown as `\u{07}`, its backslash escaped for Markdown as in names.
        #expect(markdown.contains("○ (for: klokke\\\\u{07}ny)"))
        #expect(markdown.contains("| A\\\\u{1B}\\[31mB |"))
    }

    @Test func theCommandTakesUnitsAndDocumentsItInBothLanguages() {
        #expect(MatrixCommand.help(.english).contains("--units"))
        #expect(MatrixCommand.help(.danish).contains("--units           vis den enhed"))
        #expect(MatrixCommand.help(.english).contains("(for: ...)"))
    }
}
