import Foundation
import Testing

@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanCLI

/// `ics` and `json` of the plans under `Fixtures/exports/`, which use what
/// leaders track (unit, status, note, contact, purposes, phase notes,
/// meetings), in English and Danish, compared with the goldens under
/// `Goldens/exports/`: `<name>.ics`, `<name>.da.ics`, `<name>.json`,
/// `<name>.da.json`. The plan is given on standard input, so every golden
/// names the same file (`<stdin>`) on every machine.
///
/// `NETPLAN_UPDATE_GOLDENS=1 swift test --filter ExportGoldenTests` writes them.
@Suite struct ExportGoldenTests {
    static let fixtures = TestSupport.testsFolder.appendingPathComponent("Fixtures/exports")
    static let goldens = TestSupport.testsFolder.appendingPathComponent("Goldens/exports")
    static let isUpdating = ProcessInfo.processInfo.environment["NETPLAN_UPDATE_GOLDENS"] == "1"

    static let views: [(arguments: [String], suffix: String)] = [
        (["ics"], "ics"),
        (["ics", "--lang", "da"], "da.ics"),
        (["json", "--lang", "en"], "json"),
        (["json", "--lang", "da"], "da.json"),
    ]

    static var plans: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
        return names.filter { $0.hasSuffix(".netplan") }.map { String($0.dropLast(".netplan".count)) }.sorted()
    }

    static func run(_ arguments: [String], plan: String) -> TestSupport.Run {
        TestSupport.run(arguments + ["-"], environment: ["NETPLAN_NOW": "2027-01-01T08:00:00Z"], standardInput: plan)
    }

    @Test func everyExportMatchesItsGolden() throws {
        #expect(Self.plans.count >= 2)
        var written: Set<String> = []
        for plan in Self.plans {
            let text = try String(contentsOf: Self.fixtures.appendingPathComponent("\(plan).netplan"), encoding: .utf8)
            #expect(!Checker.check(SourceFile(path: "-", text: text)).hasErrors, "\(plan) must have no errors")
            for view in Self.views {
                let run = Self.run(view.arguments, plan: text)
                #expect(run.exitCode == .success, "\(plan) \(view.arguments): \(run.errors)")
                #expect(run.output == Self.run(view.arguments, plan: text).output, "\(plan) \(view.arguments) differs between runs")
                written.insert("\(plan).\(view.suffix)")
                try Self.compare(run.output, "\(plan).\(view.suffix)")
            }
        }
        let files = (try? FileManager.default.contentsOfDirectory(atPath: Self.goldens.path)) ?? []
        for file in files where !written.contains(file) {
            if Self.isUpdating {
                try FileManager.default.removeItem(at: Self.goldens.appendingPathComponent(file))
            } else {
                Issue.record("Goldens/exports/\(file) belongs to no plan in Fixtures/exports")
            }
        }
    }

    /// Each fixture's JSON validates against docs/netplan.schema.json (python3
    /// with jsonschema, as CI validates the samples); skipped without them.
    @Test func everyExportValidatesAgainstTheSchema() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        var files: [String] = []
        for plan in Self.plans {
            let text = try String(contentsOf: Self.fixtures.appendingPathComponent("\(plan).netplan"), encoding: .utf8)
            let url = folder.appendingPathComponent("\(plan).json")
            try Data(Self.run(["json"], plan: text).output.utf8).write(to: url)
            files.append(url.path)
        }
        guard let result = SchemaValidation.run(files) else { return }
        #expect(result.status == 0, "the JSON does not validate: \(result.errors)")
    }

    static func compare(_ actual: String, _ name: String) throws {
        let url = goldens.appendingPathComponent(name)
        if isUpdating {
            try FileManager.default.createDirectory(at: goldens, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing golden Goldens/exports/\(name): run NETPLAN_UPDATE_GOLDENS=1 swift test --filter ExportGoldenTests")
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        #expect(expected == actual, "Goldens/exports/\(name) differs: \(GoldenTests.firstDifference(expected, actual))")
    }
}

/// Runs `scripts/validate-json.py` (python3 with jsonschema, draft 2020-12).
enum SchemaValidation {
    /// The exit status and standard error, or nil (with a note) when python3
    /// or jsonschema is not installed.
    static func run(_ files: [String]) -> (status: Int32, errors: String)? {
        let script = TestSupport.packageRoot.appendingPathComponent("scripts/validate-json.py").path
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import jsonschema"]
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else {
            print("skipped: python3 is not installed, so the JSON is not validated against the schema")
            return nil
        }
        probe.waitUntilExit()
        guard probe.terminationStatus == 0 else {
            print("skipped: python3 has no jsonschema module, so the JSON is not validated against the schema")
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script] + files
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
