import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanViews

@Suite struct JSONRendererTests {
    /// Parses rendered JSON with Foundation, independently of the renderer.
    private func parse(_ json: String) throws -> [[String: Any]] {
        let value = try JSONSerialization.jsonObject(with: Data(json.utf8))
        return try #require(value as? [[String: Any]], "not an array of objects: \(json)")
    }

    private func render(_ text: String, path: String = "plan.netplan", language: Language = .english) throws -> [[String: Any]] {
        let result = Checker.check(SourceFile(path: path, text: text))
        let json = JSONRenderer(language: language).render([FileDiagnostics(source: result.source, diagnostics: result.diagnostics)])
        #expect(json.hasSuffix("]\n"))
        return try parse(json)
    }

    @Test func everyElementHasTheContractFields() throws {
        let elements = try render("core Anne: faglighed\nphase Idé: invite Borgre\n")
        #expect(!elements.isEmpty)
        for element in elements {
            #expect(element["file"] as? String == "plan.netplan")
            #expect((element["line"] as? Int).map { $0 >= 1 } == true)
            #expect((element["column"] as? Int).map { $0 >= 1 } == true)
            #expect(["error", "warning", "note"].contains(element["severity"] as? String ?? ""))
            #expect((element["code"] as? String)?.hasPrefix("NP") == true)
            #expect((element["message"] as? String)?.isEmpty == false)
        }
        let unknown = try #require(elements.first { $0["code"] as? String == "NP101" })
        #expect(unknown["line"] as? Int == 2)
        #expect(unknown["column"] as? Int == 19)
        #expect(unknown["endLine"] as? Int == 2)
        #expect(unknown["endColumn"] as? Int == 25)
        #expect(unknown["severity"] as? String == "error")
        #expect(unknown["message"] as? String == "no participant or group is called `Borgre`")
        #expect(unknown["label"] as? String == "unknown name")
        #expect(unknown["help"] as? String == "did you mean `Borgere`?")
        #expect((unknown["related"] as? [Any])?.isEmpty == true)
        #expect((unknown["notes"] as? [Any])?.isEmpty == true)
    }

    @Test func columnsCountCharactersNotBytes() throws {
        // Four two-byte letters and a decomposed é before the error.
        let elements = try render("phase \"Æøåé Ide\u{301}\": invite Borgre\n")
        let unknown = try #require(elements.first { $0["code"] as? String == "NP101" })
        #expect(unknown["column"] as? Int == 26)
        #expect(unknown["endColumn"] as? Int == 32)
    }

    @Test func relatedPlacesOfADuplicate() throws {
        let elements = try render("core Anne: faglighed\nparticipant Anne: indsigt\nphase Start\n")
        let duplicate = try #require(elements.first { $0["code"] as? String == "NP102" })
        #expect(duplicate["line"] as? Int == 2)
        #expect(duplicate["column"] as? Int == 13)
        let related = try #require(duplicate["related"] as? [[String: Any]])
        #expect(related.count == 1)
        #expect(related.first?["line"] as? Int == 1)
        #expect(related.first?["column"] as? Int == 6)
        #expect(related.first?["message"] as? String == "first declared here")
    }

    @Test func danishMessages() throws {
        let elements = try render("core Anne: faglighed\nphase Idé: invite Borgre\n", language: .danish)
        let unknown = try #require(elements.first { $0["code"] as? String == "NP101" })
        #expect(unknown["message"] as? String == "ingen deltager eller gruppe hedder `Borgre`")
        #expect(unknown["help"] as? String == "mente du `Borgere`?")
        #expect(unknown["severity"] as? String == "error", "severities stay English: they are part of the contract")
    }

    @Test func stringsAreEscaped() throws {
        // A path and a message with quotes, backslashes, a tab, a control character and non-ASCII text.
        let path = "mappe \"x\"\\plan\t\u{1}ø.netplan"
        let diagnostic = Diagnostic(
            code: "NP999", severity: .note, message: .verbatim("say \"hi\" \\ \u{2028} 🌱"),
            primary: Annotation(SourceRange(0, 1)))
        let file = FileDiagnostics(source: SourceFile(path: path, text: "x"), diagnostics: [diagnostic])
        let json = JSONRenderer().render([file])
        let elements = try parse(json)
        #expect(elements.first?["file"] as? String == path)
        #expect(elements.first?["message"] as? String == "say \"hi\" \\ \u{2028} 🌱")
        #expect(elements.first?["label"] is NSNull)
        #expect(elements.first?["help"] is NSNull)
        #expect(!json.contains("\t"))
        #expect(!json.contains("\u{1}"))
    }

    @Test func severalFilesMakeOneArrayAndNoFindingsAnEmptyOne() throws {
        let a = Checker.check(SourceFile(path: "a.netplan", text: "phase Idé: invite Borgre"))
        let b = Checker.check(SourceFile(path: "b.netplan", text: "core @"))
        let files = [a, b].map { FileDiagnostics(source: $0.source, diagnostics: $0.diagnostics) }
        let elements = try parse(JSONRenderer().render(files))
        #expect(elements.count == a.diagnostics.count + b.diagnostics.count)
        #expect(elements.map { $0["file"] as? String ?? "" } == Array(repeating: "a.netplan", count: a.diagnostics.count) + Array(repeating: "b.netplan", count: b.diagnostics.count))
        #expect(JSONRenderer().render([]) == "[]\n")
        #expect(try parse(JSONRenderer().render([])).isEmpty)
    }

    @Test func keysComeInAFixedOrder() {
        let file = FileDiagnostics(
            source: SourceFile(path: "t", text: "x"),
            diagnostics: [Diagnostic(code: "NP999", severity: .error, message: .verbatim("m"), primary: Annotation(SourceRange(0, 1)))])
        let json = JSONRenderer().render([file])
        let keys = ["\"file\"", "\"line\"", "\"column\"", "\"endLine\"", "\"endColumn\"", "\"severity\"", "\"code\"", "\"message\""]
        let positions = keys.compactMap { json.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count)
        #expect(positions == positions.sorted())
    }
}
