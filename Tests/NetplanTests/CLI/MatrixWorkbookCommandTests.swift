import Foundation
import Testing

@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanViews
@testable import NetplanCLI

/// `netplan matrix --format xlsx -o FILE` on the command line, and the file
/// read back by our reader, by openpyxl and by LibreOffice where installed.
@Suite struct MatrixWorkbookCommandTests {
    static let sample = TestSupport.packageRoot.appendingPathComponent("samples/velfaerdsnetvaerk.netplan").path
    static let goldens = TestSupport.testsFolder.appendingPathComponent("Goldens/xlsx")

    @Test func theWorkbookIsWrittenToTheFileNamedWithO() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        for option in ["-o", "--output"] {
            let path = folder.appendingPathComponent("skema \(option).xlsx").path
            let run = TestSupport.run(["matrix", Self.sample, "--format", "xlsx", option, path, "--lang", "da"])
            #expect(run.exitCode == .success, "\(run.errors)")
            #expect(run.output.isEmpty)
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            let names = try ZipReader.entries(bytes).map(\.name)
            #expect(names.contains("xl/worksheets/sheet1.xml") && names.contains("xl/worksheets/sheet2.xml"))
        }
    }

    @Test func xlsxNeedsAFileAndOIsOnlyForXlsx() {
        for arguments in [["--format", "xlsx"], ["--format", "xlsx", "-o", "-"]] {
            let run = TestSupport.run(["matrix", Self.sample] + arguments + ["--lang", "en"])
            #expect(run.exitCode == .usage)
            #expect(run.output.isEmpty, "no binary on standard output")
            #expect(run.errors.contains("an xlsx workbook is a file, not text: name it with `-o`"))
        }
        let danish = TestSupport.run(["matrix", Self.sample, "--format", "xlsx", "--lang", "da"])
        #expect(danish.errors.contains("en xlsx-projektmappe er en fil, ikke tekst"))
        let text = TestSupport.run(["matrix", Self.sample, "-o", "x.txt", "--lang", "en"])
        #expect(text.exitCode == .usage && text.errors.contains("`-o` is for `--format xlsx`"))
        let twice = TestSupport.run(["matrix", Self.sample, "--format", "xlsx", "-o", "a", "--output", "b"])
        #expect(twice.exitCode == .usage && twice.errors.contains("-o"))
    }

    @Test func aFolderIsRefusedThroughSafeWriteAndLeftAlone() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        let run = TestSupport.run(["matrix", Self.sample, "--format", "xlsx", "-o", folder.path, "--lang", "en"])
        #expect(run.exitCode == .usage && run.errors.contains("it is a folder"))
    }

    @Test func aPlanWithErrorsIsRefusedOrWithForceMarkedIncomplete() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        let plan = folder.appendingPathComponent("plan.netplan")
        try Data("core Anne: faglighed\nphase Start: invite Ukendt\n".utf8).write(to: plan)
        let path = folder.appendingPathComponent("skema.xlsx").path
        let refused = TestSupport.run(["matrix", plan.path, "--format", "xlsx", "-o", path, "--lang", "en"])
        #expect(refused.exitCode == .findings && !FileManager.default.fileExists(atPath: path))
        let forced = TestSupport.run(["matrix", plan.path, "--format", "xlsx", "-o", path, "--force", "--lang", "en"])
        #expect(forced.exitCode == .findings)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let sheet = try #require(
            try ZipReader.entries(bytes).first { $0.name == "xl/worksheets/sheet1.xml" }.flatMap { SheetXML.parse($0.bytes) })
        #expect(sheet.cells["A1"]?.hasPrefix("⚠ INCOMPLETE:") == true)
    }

    @Test func theHelpListsXlsxInBothLanguages() {
        #expect(MatrixCommand.help.en.contains("csv|xlsx") && MatrixCommand.help.en.contains("-o, --output FILE"))
        #expect(MatrixCommand.help.da.contains("csv|xlsx") && MatrixCommand.help.da.contains("-o, --output FIL"))
    }

    /// The schema sheet of the welfare sample, in English and Danish, against `Goldens/xlsx/`.
    @Test func theSampleSchemaSheetMatchesItsGolden() throws {
        let plan = Checker.check(SourceFile(path: "velfaerdsnetvaerk.netplan", text: try String(contentsOfFile: Self.sample, encoding: .utf8))).plan
        for (language, suffix) in [(Language.english, ""), (.danish, ".da")] {
            let parts = PlanningWorkbook.parts(plan, language: language)
            for (part, file) in [("xl/worksheets/sheet1.xml", "sheet1"), ("xl/worksheets/sheet2.xml", "sheet2")] {
                let text = try #require(parts.first { $0.name == part }?.text)
                // One row per line, so a change reads as a diff of rows.
                let shown = text.replacingOccurrences(of: "<row ", with: "\n<row ") + "\n"
                let url = Self.goldens.appendingPathComponent("velfaerdsnetvaerk.\(file)\(suffix).xml")
                if ExportGoldenTests.isUpdating {
                    try FileManager.default.createDirectory(at: Self.goldens, withIntermediateDirectories: true)
                    try Data(shown.utf8).write(to: url)
                    continue
                }
                let expected = try? String(contentsOf: url, encoding: .utf8)
                #expect(expected == shown, "Goldens/xlsx/\(url.lastPathComponent) differs; NETPLAN_UPDATE_GOLDENS=1 swift test --filter MatrixWorkbookCommandTests writes it")
            }
        }
    }

    /// Runs a tool through /usr/bin/env; nil when it cannot start.
    static func tool(_ arguments: [String]) -> (status: Int32, output: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func openpyxlReadsTheCellsBack() throws {
        guard let probe = Self.tool(["python3", "-c", "import openpyxl"]), probe.status == 0 else {
            print("skipped: python3 with openpyxl is not installed, so the workbook is not read by openpyxl")
            return
        }
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        let plan = folder.appendingPathComponent("plan.netplan")
        try Data(
            """
            network "Test"
            core "=cmd|' /C calc'!A0": faglighed unit "Ældre" status kontaktet contact "x@example.dk"
            participant "👩‍👩‍👧 <b>": indsigt
            phase Start from 2027-01-04 to 2027-01-29: invite "👩‍👩‍👧 <b>" for "fortæller"
            """.utf8
        ).write(to: plan)
        let path = folder.appendingPathComponent("skema.xlsx").path
        let run = TestSupport.run(["matrix", plan.path, "--format", "xlsx", "-o", path, "--lang", "da"])
        #expect(run.exitCode == .success, "\(run.errors)")
        let script = """
            import json, sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            s, p = wb.worksheets
            print(json.dumps({"names": wb.sheetnames, "freeze": s.freeze_panes, "bold": s["C2"].font.b,
              "types": sorted({c.data_type for r in s.iter_rows() for c in r if c.value is not None}),
              "cells": [[s.cell(r, c).value for c in range(1, 4)] for r in range(1, 7)],
              "people": [[p.cell(r, c).value for c in range(1, 7)] for r in range(1, 4)]}))
            """
        let read = try #require(Self.tool(["python3", "-c", script, path]))
        #expect(read.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(read.output.utf8)) as? [String: Any])
        #expect(json["names"] as? [String] == ["Planlægningsskema", "Personer"])
        #expect(json["freeze"] as? String == "C4")
        #expect(json["bold"] as? Bool == true)
        #expect(json["types"] as? [String] == ["s"], "every cell is text, none a formula")
        let cells = try #require(json["cells"] as? [[Any]])
        #expect(cells[1].compactMap { $0 as? String } == ["Navn", "Type", "Start"])
        #expect(cells[2].last as? String == "2027-01-04 – 2027-01-29")
        #expect(cells[3].compactMap { $0 as? String } == ["=cmd|' /C calc'!A0", "kerne", "kerne"])
        #expect(cells[4].compactMap { $0 as? String } == ["👩‍👩‍👧 <b>", "løbende", "inviteret (for: fortæller)"])
        let people = try #require(json["people"] as? [[Any]])
        #expect(
            people[1].compactMap { $0 as? String }
                == ["=cmd|' /C calc'!A0", "kerne", "faglighed", "Ældre", "kontaktet", "x@example.dk"])
    }

    @Test func libreOfficeOpensTheWorkbook() throws {
        guard let probe = Self.tool(["soffice", "--version"]), probe.status == 0 else {
            print("skipped: LibreOffice (soffice) is not installed, so the workbook is not opened by it")
            return
        }
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        let path = folder.appendingPathComponent("skema.xlsx").path
        _ = TestSupport.run(["matrix", Self.sample, "--format", "xlsx", "-o", path, "--lang", "da"])
        let converted = Self.tool([
            "soffice", "-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to", "csv",
            "--outdir", folder.path, path,
        ])
        #expect(converted?.status == 0)
        let csv = try String(contentsOfFile: folder.appendingPathComponent("skema.csv").path, encoding: .utf8)
        #expect(csv.contains("Jonas Berg") && csv.contains("Netværksdesign"))
    }
}
