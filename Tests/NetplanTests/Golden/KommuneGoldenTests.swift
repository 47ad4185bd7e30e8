import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanViews

/// The sample municipality (`samples/kommune/`, three networks that share
/// people) checked together, as `netplan check samples/kommune` does: the
/// text in English and Danish and the JSON must equal the goldens under
/// `Goldens/kommune/`, and the rules across networks must find what the
/// plans' comments say they find.
@Suite struct KommuneGoldenTests {
    static let folder = GoldenTests.samplesFolder.appendingPathComponent("kommune")

    static func checked() throws -> [FileDiagnostics] {
        let sources = try GoldenTests.plans(in: folder).map { name in
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent("\(name).netplan")))
            return SourceFile(path: "samples/kommune/\(name).netplan", bytes: bytes)
        }
        // Through the workspace, as `check` does: the plans take the shared people from the register.
        var workspace = Workspace { path in
            guard let data = FileManager.default.contents(atPath: TestSupport.packageRoot.appendingPathComponent(path).path)
            else { return .failure(Workspace.LoadFailure(reason: .verbatim("missing"))) }
            return .success(SourceFile(path: path, bytes: [UInt8](data)))
        }
        let results = workspace.check(sources)
        let merged = CrossPlanRules.merged(results, wholeFolder: true)
        return results.indices.map { FileDiagnostics(source: results[$0].source, diagnostics: merged[$0]) }
    }

    static func text(_ files: [FileDiagnostics], _ language: Language) -> String {
        let renderer = TextRenderer(language: language, color: false)
        let sources = FileDiagnostics.sourcesByPath(files)
        let count = { (severity: Severity) in files.reduce(0) { $0 + $1.count(severity) } }
        return files.map { renderer.render($0, others: sources) }.joined()
            + renderer.summary(
                errors: count(.error), warnings: count(.warning), notes: count(.note), files: files.count) + "\n"
    }

    @Test func theMunicipalityMatchesItsGoldens() throws {
        let files = try Self.checked()
        let testCase = GoldenTests.Case(group: "kommune", name: "kommune", url: Self.folder, displayPath: "samples/kommune")
        try GoldenTests.compare(Self.text(files, .english), golden: "check.txt", of: testCase)
        try GoldenTests.compare(Self.text(files, .danish), golden: "check.da.txt", of: testCase)
        try GoldenTests.compare(JSONRenderer(language: .english).render(files), golden: "check.json", of: testCase)
    }

    @Test func theRulesAcrossNetworksFindWhatThePlansSay() throws {
        let files = try Self.checked()
        #expect(files.count >= 3)
        #expect(files.allSatisfy { $0.count(.error) == 0 })
        func found(_ code: String) -> [String] {
            files.flatMap { file in
                file.diagnostics.filter { $0.code == code }.map { "\(file.source.path): \($0.message.en)" }
            }
        }
        #expect(
            found("NP230") == [
                "samples/kommune/sundhed-overgange.netplan: `Karen Mølgaard` is core in 3 networks that run at the same time (at most 2)"
            ])
        #expect(found("NP231").count == 2)
        #expect(found("NP231").allSatisfy { $0.contains("`Bo Nielsen`") })
        #expect(
            found("NP233") == [
                "samples/kommune/personer.netplan: `Jens Hald` is in the register but in no plan in this folder"
            ])
        #expect(
            found("NP232") == [
                "samples/kommune/unge-trivsel.netplan: `Henrik Vestergaard` has declined in `Ældre i fællesskab` but is proposed here"
            ])
    }
}
