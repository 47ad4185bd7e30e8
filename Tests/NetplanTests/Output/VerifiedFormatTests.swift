import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanSyntax
@testable import NetplanLanguageServer
@testable import NetplanTesting


/// `PlanFormatter.verifiedFormat` and the rename check: whatever the layout
/// does, a text that does not mean what the plan means is never printed,
/// written or sent to the editor. The faults are injected through
/// `PlanFormatter.layoutOverride`.
@Suite struct VerifiedFormatTests {
    static let plan = """
        # the network
        network "Mindre ensomhed"
        core Anne: faglighed  # first
        core "Bo \\"B\\" N": indsigt via Anne
        phase Start: invite Borgere allow core-left-out "fordi \\\\ derfor"

        """

    /// Layouts with one mistake each, and what the mistake is.
    static let faultyLayouts: [(String, PlanFormatter.Layout)] = [
        ("drops a comment", { tree throws(FormatError) in
            let text = try PlanFormatter.format(tree)
            return text.replacingOccurrences(of: "  # first", with: "")
        }),
        ("renames someone", { tree throws(FormatError) in
            try PlanFormatter.format(tree).replacingOccurrences(of: "Anne", with: "Anna")
        }),
        ("loses an escape", { tree throws(FormatError) in
            try PlanFormatter.format(tree).replacingOccurrences(of: "\\\"B\\\"", with: "\"B\"")
        }),
        ("changes a reason", { tree throws(FormatError) in
            try PlanFormatter.format(tree).replacingOccurrences(of: "derfor", with: "dertil")
        }),
        ("drops a statement", { tree throws(FormatError) in
            try PlanFormatter.format(tree).replacingOccurrences(of: "network \"Mindre ensomhed\"\n", with: "")
        }),
        ("writes something that does not parse", { _ throws(FormatError) in "core (\n" }),
    ]

    @Test func aCorrectLayoutPassesUnchanged() throws {
        let source = SourceFile(path: "p", text: Self.plan)
        #expect(try PlanFormatter.verifiedFormat(source) == PlanFormatter.format(source))
        // Every layout change the formatter makes keeps the meaning.
        let messy = "core   Anne:faglighed ;core Bo: indsigt # c\n\n\n\nparticipant Erik:\nset core-team \"4-6\"\nphase P: invite Borgere"
        #expect(throws: Never.self) { try PlanFormatter.verifiedFormat(SourceFile(path: "p", text: messy)) }
    }

    @Test func noPlanOfTheCorpusOrTheGeneratorIsRefusedWrongly() throws {
        var sources = try FormatterCorpus.allPlans.map(FormatterCorpus.source)
        sources += RandomPlanGenerator.plans(seeds: 0..<300).map { SourceFile(path: "random", text: $0) }
        var formatted = 0
        for source in sources {
            guard let expected = try? PlanFormatter.format(source) else { continue }
            #expect(try PlanFormatter.verifiedFormat(source) == expected, "\(source.path)")
            formatted += 1
        }
        #expect(formatted > 250)
    }

    @Test func aSyntaxErrorIsStillASyntaxError() {
        #expect {
            try PlanFormatter.verifiedFormat(SourceFile(path: "p", text: "core Bo indsigt\n"))
        } throws: { error in
            guard case .syntaxError? = error as? FormatRefusal else { return false }
            return true
        }
    }

    @Test func everyFaultyLayoutIsRefused() {
        let source = SourceFile(path: "plan.netplan", text: Self.plan)
        for (fault, layout) in Self.faultyLayouts {
            PlanFormatter.$layoutOverride.withValue(layout) {
                #expect(Comment(rawValue: fault)) {
                    try PlanFormatter.verifiedFormat(source)
                } throws: { error in
                    guard case .changedMeaning(let path)? = error as? FormatRefusal else { return false }
                    return path == "plan.netplan"
                }
            }
        }
    }

    @Test func fmtWriteRefusesAndLeavesTheFileAsItWas() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        let path = folder.appendingPathComponent("plan.netplan").path
        let original = Self.plan.replacingOccurrences(of: "core Anne", with: "core   Anne")  // not canonical
        try Data(original.utf8).write(to: URL(fileURLWithPath: path))
        for (fault, layout) in Self.faultyLayouts {
            for language in ["en", "da"] {
                let run = PlanFormatter.$layoutOverride.withValue(layout) {
                    TestSupport.run(["--lang", language, "fmt", "--write", path])
                }
                #expect(run.exitCode == .usage, "\(fault)")
                #expect(run.output.isEmpty, "\(fault): no file may be named as rewritten")
                let expected = language == "en"
                    ? "this is a bug in netplan, please report it; nothing was written"
                    : "det er en fejl i netplan, så meld den gerne; intet er skrevet"
                let refusal = language == "en" ? "plan.netplan: not formatted" : "plan.netplan: ikke formateret"
                #expect(run.errors.contains(refusal), "\(fault): \(run.errors)")
                #expect(run.errors.contains(expected), "\(fault): \(run.errors)")
                #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(original.utf8), "\(fault)")
                #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plan.netplan"])
            }
        }
        // Without a fault, the same file is rewritten.
        #expect(TestSupport.run(["fmt", "--write", path]).exitCode == .success)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) != Data(original.utf8))
    }

    @Test func fmtPrintsNothingWhenItsLayoutIsWrong() {
        let run = PlanFormatter.$layoutOverride.withValue(Self.faultyLayouts[0].1) {
            TestSupport.run(["fmt", "-"], standardInput: Self.plan)
        }
        #expect(run.exitCode == .usage)
        #expect(run.output.isEmpty)
        #expect(run.errors.contains("<stdin>: not formatted: the new layout would change what the plan says"))
    }

    @Test func editorFormattingIsRefusedWithAnInternalError() {
        let messy = Self.plan.replacingOccurrences(of: "core Anne", with: "core   Anne")
        let document = OpenDocument(uri: "file:///p.netplan", version: 1, bytes: Array(messy.utf8))
        for (fault, layout) in Self.faultyLayouts {
            PlanFormatter.$layoutOverride.withValue(layout) {
                #expect(Comment(rawValue: fault)) {
                    try DocumentFormatting.edits(for: document, language: .danish)
                } throws: { error in
                    guard let error = error as? ResponseError else { return false }
                    return error.code == JSONRPCErrorCode.internalError && error.message.contains("fejl i netplan")
                }
            }
        }
        #expect((try? DocumentFormatting.edits(for: document, language: .english))?.count == 1)
    }

    @Test func renameChecksItsEditsToo() throws {
        let document = OpenDocument(uri: "file:///p.netplan", version: 1, bytes: Array(Self.plan.utf8))
        let anne = try #require(document.names.occurrence(at: TestSupport.offset(of: "Anne", in: Self.plan)))
        let places = document.names.occurrences(of: anne.referent).map(\.range)
        #expect(places.count == 2)
        let name = "Anne \"A\""
        // The right text passes; a text that loses the escape, or writes another name, is refused.
        #expect(throws: Never.self) {
            try Rename.verify(places, renamedTo: name, written: quotedIfNeeded(name), in: document, language: .english)
        }
        for wrong in ["\"Anne \"A\"\"", "\"Anne \\\"B\\\"\"", "Anne"] {
            #expect(Comment(rawValue: wrong)) {
                try Rename.verify(places, renamedTo: name, written: wrong, in: document, language: .english)
            } throws: { error in
                (error as? ResponseError)?.code == JSONRPCErrorCode.internalError
            }
        }
        // And a real rename to a name with a quote and a combining mark works.
        let result = try Rename.rename(at: anne.range.start, to: "A\"\u{301}", in: document, language: .english)
        let changes = (result as? JSONObject)?["changes"] as? [String: [Any]]
        #expect(changes?["file:///p.netplan"]?.count == 2)
    }
}
