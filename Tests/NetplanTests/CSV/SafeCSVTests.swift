import Testing
@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanSyntax
@testable import NetplanTesting
@testable import NetplanViews

/// Safe CSV: no cell of the planning schema is read as a formula, and the
/// fields still come back exactly (RFC 4180), in both dialects.
@Suite struct SafeCSVTests {
    /// A small RFC 4180 reader of its own, independent of `CSVReader`: fields
    /// in quotes, doubled quotes, CRLF records.
    static func rfc4180(_ text: String, separator: Unicode.Scalar) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"", scalars.first == "\"" {
                    field.append("\"")
                    scalars.removeFirst()
                } else if scalar == "\"" {
                    quoted = false
                } else {
                    field.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == separator {
                record.append(String(field))
                field = String.UnicodeScalarView()
            } else if scalar == "\r", scalars.first == "\n" {
                scalars.removeFirst()
                record.append(String(field))
                records.append(record)
                record = []
                field = String.UnicodeScalarView()
            } else {
                field.append(scalar)
            }
        }
        return records
    }

    static let pieces: [String] = [
        "=", "+", "-", "@", "\t", "\r", "\n", "\r\n", "'", "''", "\"", ",", ";", "a", "Anne", "1+1", "SUM(A1)",
        "\u{301}", "e\u{301}", "\"\u{301}", "ø", " ", "2027-01-04", "-5", "cmd|' /C calc'!A0", "🙂",
    ]

    static func randomCell(_ random: inout SeededRandom) -> String {
        (0..<random.below(5)).map { _ in random.pick(pieces) ?? "" }.joined()
    }

    @Test(arguments: [CSVDialect.rfc4180, .excel])
    func randomCellsComeBackNeutralisedAndNoFieldStartsAFormula(dialect: CSVDialect) {
        var random = SeededRandom(seed: 15)
        for _ in 0..<2000 {
            let cells = (0..<1 + random.below(4)).map { _ in Self.randomCell(&random) }
            let text = CSVCell.record(cells, dialect)
            let read = Self.rfc4180(text, separator: dialect.separator)
            #expect(read == [cells.map(CSVCell.guarded)], "\(cells)")
            for field in read.joined() {
                #expect(!(field.unicodeScalars.first.map(CSVCell.formulaStarts.contains) ?? false), "\(field)")
            }
            #expect(read.joined().map(CSVCell.unguarded) == cells)
        }
    }

    @Test func formulaStartsGetAQuoteAndDatesDoNot() {
        #expect(CSVCell.field("=SUM(A1)", .rfc4180) == "'=SUM(A1)")
        #expect(CSVCell.field("+45 12", .rfc4180) == "'+45 12")
        #expect(CSVCell.field("-Anne", .rfc4180) == "'-Anne")
        #expect(CSVCell.field("@Bo", .rfc4180) == "'@Bo")
        #expect(CSVCell.field("\tBo", .rfc4180) == "'\tBo")
        #expect(CSVCell.field("\rBo", .rfc4180) == "\"'\rBo\"")
        #expect(CSVCell.field("2027-01-04", .rfc4180) == "2027-01-04")
        #expect(CSVCell.field("'apostrof'", .rfc4180) == "'apostrof'")
        #expect(CSVCell.field("'=x", .rfc4180) == "''=x")
        #expect(CSVCell.field("=a;b", .excel) == "\"'=a;b\"")
        #expect(CSVCell.field("a,b", .excel) == "a,b")
    }

    @Test func theSchemaGuardsNamesPurposesUnitsAndPhases() {
        let plan = """
            core "=HYPERLINK(x)": faglighed unit "+45 Enhed"
            participant "@Bo"
            phase "-Opstart" from 2027-01-04 to 2027-01-29: invite "@Bo" for "=1+1"
            """
        let resolved = Checker.check(SourceFile(path: "p.netplan", text: plan)).plan
        let csv = PlanningMatrix.render(resolved, format: .csv, language: .english, units: true)
        let fields = Self.rfc4180(csv, separator: ",").joined()
        #expect(fields.contains("'=HYPERLINK(x)"))
        #expect(fields.contains("'+45 Enhed"))
        #expect(fields.contains("'-Opstart"))
        #expect(fields.contains("'@Bo"))
        #expect(fields.contains("invited (for: =1+1)"))
        #expect(fields.contains("2027-01-04"))
        #expect(!fields.contains { $0.unicodeScalars.first.map(CSVCell.formulaStarts.contains) ?? false })
    }

    @Test func excelWritesSemicolonsCRLFAndAByteOrderMarkPlainStaysRFC4180() {
        let plan = "core Anne: faglighed, indsigt\nphase Opstart from 2027-01-04 to 2027-01-29\n"
        let excel = TestSupport.run(["matrix", "--format", "csv", "--excel", "-"], standardInput: plan)
        #expect(excel.exitCode == .success)
        #expect(Array(excel.output.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(excel.output.dropFirst().hasPrefix("Name;Kind;Competences;Opstart\r\n"))
        #expect(excel.output.contains("Anne;core;faglighed, indsigt;core\r\n"))
        let plain = TestSupport.run(["matrix", "--format", "csv", "-"], standardInput: plan)
        #expect(plain.output.hasPrefix("Name,Kind,Competences,Opstart\r\n"))
        #expect(plain.output.contains("Anne,core,\"faglighed, indsigt\",core\r\n"))
        #expect(!plain.output.contains("\u{FEFF}"))
        let wrong = TestSupport.run(["matrix", "--excel", "-"], standardInput: plan)
        #expect(wrong.exitCode == .usage)
        #expect(wrong.errors.contains("`--excel` only goes with `--format csv`"))
    }

    @Test func anIncompleteSchemaHasTheByteOrderMarkFirst() {
        let excel = TestSupport.run(
            ["matrix", "--format", "csv", "--excel", "--force", "-"], standardInput: "core Anne: fagligt\n")
        #expect(excel.output.hasPrefix("\u{FEFF}\"INCOMPLETE"))
    }
}
