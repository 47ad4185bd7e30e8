import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanCLI

/// Plans with `use` through the command line: `check` on a folder with
/// registers and plans mixed, and a view (`json`) of a plan that uses one.
@Suite struct RegisterCommandTests {
    private func withFolder(_ files: [String: String], _ body: (URL) throws -> Void) throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try body(folder)
    }

    private let files = [
        "kommune/personer.netplan": "person \"Anne Krogh\": faglighed, handlekraft unit \"Ældre og Handicap\"\ngroup \"Ældresagen Nord\": indsigt\n",
        "kommune/ensomhed.netplan":
            "network Ensomhed\nuse \"personer.netplan\"\ncore \"Anne Krogh\"\nphase Opdagelse: invite \"Ældresagen Nord\" needs indsigt\n",
        "kommune/mangler.netplan": "network Mangler\nuse \"andre/personer.netplan\"\ncore Bo: faglighed\n",
    ]

    @Test func aFolderWithRegistersAndPlansMixedIsCheckedTogether() throws {
        try withFolder(files) { folder in
            let run = TestSupport.run(["check", "--format", "json", folder.appendingPathComponent("kommune").path])
            let codes = run.output.components(separatedBy: "\"code\":").dropFirst().map { String($0.prefix(8)) }
            #expect(!run.output.contains("NP101"), "\(run.output)")
            #expect(codes.filter { $0.contains("NP015") }.count == 1, "\(run.output)")
            #expect(run.output.contains("mangler.netplan"))
            #expect(run.exitCode == .findings)
        }
    }

    @Test func aViewOfAPlanThatUsesARegisterHasTheRegistersFacts() throws {
        try withFolder(files) { folder in
            let run = TestSupport.run(["json", folder.appendingPathComponent("kommune/ensomhed.netplan").path])
            #expect(run.exitCode == .success, "\(run.output)")
            #expect(run.output.contains("Ældre og Handicap"))
        }
    }

    /// A `use` line names the file already, and it has no `-` for standard
    /// input: the reason follows the register's name once, without that hint.
    @Test func aUseOfAFolderSaysWhyOnceWithoutTheStandardInputHint() throws {
        try withFolder(["kommune/plan.netplan": "network X\nuse \"andre\"\ncore Bo: faglighed\n", "kommune/andre/x.netplan": ""]) { folder in
            let run = TestSupport.run(["check", folder.appendingPathComponent("kommune/plan.netplan").path])
            #expect(run.output.contains("cannot use the register `andre`: it is a folder, not a plain file"), "\(run.output)")
            #expect(!run.output.contains("standard input"), "\(run.output)")
            #expect(!run.output.contains("cannot read"), "\(run.output)")
        }
    }
}
