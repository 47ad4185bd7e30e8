import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanCLI
@testable import NetplanViews

/// `netplan import`: bad files get every problem with row and column in both
/// languages, exit 1 and nothing on standard output (goldens under
/// Goldens/import/); good files give a canonical plan.
@Suite struct ImportCommandTests {
    static let fixtures = TestSupport.testsFolder.appendingPathComponent("Fixtures/import")
    static let goldens = TestSupport.testsFolder.appendingPathComponent("Goldens/import")

    static func fixtureNames() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? [])
            .filter { $0.hasSuffix(".csv") }.sorted()
    }

    @Test func everyBadFileGetsItsProblemsWithRowAndColumnAndNoOutput() throws {
        let names = Self.fixtureNames()
        #expect(names.count >= 9)
        let update = ProcessInfo.processInfo.environment["NETPLAN_UPDATE_GOLDENS"] == "1"
        for name in names {
            let path = "Tests/NetplanTests/Fixtures/import/" + name
            var golden = ""
            for language in ["en", "da"] {
                let bytes = try Data(contentsOf: Self.fixtures.appendingPathComponent(name))
                let console = Console(arguments: ["import", "--lang", language, "-"], environment: [:],
                    standardInput: Array(bytes))
                let code = Tool.run(console)
                #expect(code == .findings, "\(name)")
                #expect(console.output.isEmpty, "\(name) printed part of a plan")
                #expect(console.errors.hasPrefix("<stdin>:"), "\(name): \(console.errors)")
                golden += "$ netplan import --lang \(language) \(path)\n" + console.errors.replacingOccurrences(of: "<stdin>", with: path) + "exit \(code.rawValue)\n\n"
            }
            let file = Self.goldens.appendingPathComponent(name.replacingOccurrences(of: ".csv", with: ".txt"))
            if update {
                try golden.write(to: file, atomically: true, encoding: .utf8)
            } else {
                #expect((try? String(contentsOf: file, encoding: .utf8)) == golden, "\(name): run with NETPLAN_UPDATE_GOLDENS=1")
            }
        }
    }

    @Test func aSpreadsheetSchemaBecomesACanonicalPlanWithNotesAndMarks() {
        let csv = "\u{FEFF}Navn;Type;Kompetencer;Telefon;Opstart;Idé\r\n"
            + "Anne Krogh;Kerne;\"faglighed; handlekraft\";1234;x;\r\n"
            + "Bo Nielsen;LØBENDE;indsigt;;✓;\"inviteret (for: kender de ældre)\"\r\n"
            + "Borgere;gruppe;;;;ja\r\n"
            + "'=Team;gruppe;;;●;\r\n"
        let run = TestSupport.run(["import", "--lang", "da", "--today", "2026-12-01", "-"], standardInput: csv)
        #expect(run.exitCode == .success, "\(run.errors)")
        #expect(run.output == """
            # Importeret fra <stdin> den 2026-12-01 med netplan import

            core "Anne Krogh": faglighed, handlekraft note "Telefon: 1234"
            participant "Bo Nielsen": indsigt
            group "=Team"

            phase Opstart: invite "Bo Nielsen", "=Team"
            phase Idé: invite "Bo Nielsen" for "kender de ældre", Borgere without "Anne Krogh"

            """)
        #expect(Checker.check(SourceFile(path: "p", text: run.output)).diagnostics.allSatisfy { $0.severity != .error })
    }

    @Test func outputGoesThroughSafeWriteAndAnExistingFileNeedsForce() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        let target = folder.appendingPathComponent("plan.netplan").path
        let csv = "Navn,Type,Opstart\nAnne,kerne,x\n"
        let first = TestSupport.run(["import", "-", "-o", target], standardInput: csv)
        #expect(first.exitCode == .success)
        #expect(first.output.isEmpty)
        #expect((try? String(contentsOfFile: target, encoding: .utf8))?.contains("core Anne") == true)
        try "keep me\n".write(toFile: target, atomically: true, encoding: .utf8)
        let again = TestSupport.run(["import", "-", "-o", target], standardInput: csv)
        #expect(again.exitCode == .usage)
        #expect(again.errors.contains("exists already; give --force"))
        #expect((try? String(contentsOfFile: target, encoding: .utf8)) == "keep me\n")
        let forced = TestSupport.run(["import", "-", "-o", target, "--force"], standardInput: csv)
        #expect(forced.exitCode == .success)
        #expect((try? String(contentsOfFile: target, encoding: .utf8))?.contains("core Anne") == true)
    }

    @Test func theCommandIsListedWithHelpInBothLanguages() {
        #expect(TestSupport.run(["--help"]).output.contains("  import "))
        #expect(TestSupport.run(["help", "import", "--lang", "da"]).output.contains("Brug: netplan import FIL.csv"))
        #expect(TestSupport.run(["import"]).exitCode == .usage)
    }

    @Test func theCSVReaderFindsTheSeparatorOutsideQuotesAndSkipsTheByteOrderMark() throws {
        #expect(try CSVReader.read("\u{FEFF}\"a,b\";c;d\r\n1;2;3\n").records == [["a,b", "c", "d"], ["1", "2", "3"]])
        #expect(try CSVReader.read("a\tb\n\"x\ny\"\tz").records == [["a", "b"], ["x\ny", "z"]])
        #expect(try CSVReader.read("a,b\r\n").separator == ",")
        #expect(throws: CSVReader.Failure.self) { try CSVReader.read("a,b\n1,\"2\n") }
        #expect(throws: CSVReader.Failure.self) { try CSVReader.read([0x61, 0x00, 0x62]) }
    }
}
