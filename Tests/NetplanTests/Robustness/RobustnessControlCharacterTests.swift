import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanSyntax
@testable import NetplanCheck
@testable import NetplanViews

/// No control character from a plan reaches the terminal: every text
/// output of a plan whose names hold every C0 and C1 control a plan can
/// hold shows them escaped (`\u{1B}`).
@Suite struct RobustnessControlCharacterTests {
    /// Every control a quoted name can hold: C0 but NUL (refused) and LF
    /// (ends the line), DEL, and C1.
    static let controls: [Unicode.Scalar] =
        (0x01...0x1F).filter { $0 != 0x0A }.compactMap(Unicode.Scalar.init)
        + [Unicode.Scalar(0x7F)] + (0x80...0x9F).compactMap(Unicode.Scalar.init)

    static func name(_ prefix: String, _ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = prefix
        for scalar in scalars { text.unicodeScalars.append(scalar) }
        return text + "!"
    }

    /// A string literal of the plan language (quotes and backslashes escaped).
    static func literal(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// The plan: names, a competence, a phase, a reason and an unknown
    /// name (so that check has messages and help to show), each carrying
    /// a share of the controls; one name carries all of them.
    static let plan: String = {
        let all = name("Alle", controls[...])
        let a = name("Anne", controls[0..<16])
        let b = name("Bo", controls[16..<32])
        let c = name("C", controls[32...])
        let competence = name("ind", controls[8..<40])
        let phase = name("Fase", controls[20...])
        return """
            network \(literal(all)) kind \(literal(c))
            leader \(literal(a))
            diamond faglighed, \(literal(competence)), ressourcer, handlekraft
            core \(literal(a)): faglighed
            core \(literal(b)): \(literal(competence)) via \(literal(all))
            participant \(literal(c)): ressourcer via \(literal(a))
            participant \(literal(all))
            phase \(literal(phase)) from 2027-01-04 to 2027-01-29: invite \(literal(c)) needs handlekraft without \(literal(b)) allow core-left-out \(literal(all))
            phase Idé: invite \(literal(name("Ukendt", controls[...]))), \(literal(all))

            """
    }()

    /// C0, DEL and C1, decided here and not by the code under test.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// How a control is shown: `\u{1B}`, two hex digits at least.
    static func shown(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u{" + (hex.count < 2 ? "0" : "") + hex + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// What may remain: line feeds, CRLF where the format has it, and ESC
    /// only when it starts one of the renderer's own colour codes (`ESC[1;31m`).
    static func strayControls(_ text: String, crlf: Bool = false, colour: Bool = false) -> [String] {
        var problems: [String] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            defer { index += 1 }
            guard Self.isControl(scalar), scalar != "\n" else { continue }
            if crlf, scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { continue }
            if colour, scalar == "\u{1B}" {
                // ESC [ digits and ; ... m
                var end = index + 1
                if end < scalars.count, scalars[end] == "[" {
                    end += 1
                    while end < scalars.count, scalars[end] == ";" || ("0"..."9").contains(scalars[end]) { end += 1 }
                    if end < scalars.count, scalars[end] == "m", end > index + 2 { continue }
                }
            }
            let start = max(0, index - 20)
            let context = String(String.UnicodeScalarView(scalars[start..<min(scalars.count, index + 20)]))
            problems.append("U+\(String(scalar.value, radix: 16, uppercase: true)) in \(context.debugDescription)")
        }
        return problems
    }

    @Test func thePlanReallyHoldsTheControls() throws {
        let result = Checker.check(SourceFile(path: "p", text: Self.plan))
        // Each control is an error (NP002), but the names keep them, so
        // the views of the broken plan show them too.
        #expect(result.tree.diagnostics.allSatisfy { $0.code == "NP002" } && result.tree.hasSyntaxErrors)
        let names = result.plan.participants.map(\.name).joined()
        for scalar in Self.controls { #expect(names.unicodeScalars.contains(scalar), "U+\(scalar.value)") }
        #expect(result.diagnostics.contains { $0.code == "NP101" }, "check must have a message with a name")
    }

    @Test func everyTextOutputShowsThemEscaped() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        let path = folder.appendingPathComponent("plan.netplan").path
        try Data(Self.plan.utf8).write(to: URL(fileURLWithPath: path))
        let outputs: [(arguments: [String], crlf: Bool, colour: Bool)] = [
            (["check", path], false, false),
            (["check", "--color", "always", path], false, true),
            (["--lang", "da", "check", "--color", "always", path], false, true),
            (["check", "--format", "json", path], false, false),
            (["check", "--format", "sarif", path], false, false),
            (["json", path], false, false),
            (["matrix", "--force", path], false, false),
            (["matrix", "--width", "40", "--force", path], false, false),
            (["matrix", "--format", "markdown", "--force", path], false, false),
            (["matrix", "--format", "csv", "--force", path], true, false),
            (["graph", "--force", path], false, false),
            (["graph", "--phases", "--force", path], false, false),
            (["ics", "--force", path], true, false),
            (["report", "--force", path], false, false),
            (["--lang", "da", "report", "--force", path], false, false),
        ]
        for (arguments, crlf, colour) in outputs {
            let run = TestSupport.run(arguments)
            #expect(!run.output.isEmpty, "\(arguments)")
            #expect(Self.strayControls(run.output, crlf: crlf, colour: colour) == [], "\(arguments) standard output")
            #expect(Self.strayControls(run.errors) == [], "\(arguments) standard error")
        }
        // The escaped form is what a reader sees.
        let check = TestSupport.run(["check", path]).output
        #expect(check.contains("Ukendt\\u{01}\\u{02}"))
        #expect(check.contains("\\u{1B}") && check.contains("\\u{9B}") && check.contains("\\u{7F}"))
    }

    @Test func fmtRefusesThemAndShowsThemEscaped() throws {
        // A control character inside quotes is a syntax error (nobody types
        // one; it comes with copied text), so fmt prints nothing of the plan,
        // and its message shows the character escaped.
        let run = TestSupport.run(["fmt", "-"], standardInput: Self.plan)
        #expect(run.exitCode == .findings)
        #expect(run.output.isEmpty)
        #expect(Self.strayControls(run.errors) == [])
        #expect(run.errors.contains("U+0001"))
        let broken = TestSupport.run(["fmt", "-"], standardInput: "core \"A\u{1B}[2J\" \"B\u{7}\"\n")
        #expect(broken.exitCode == .findings)
        #expect(broken.output.isEmpty)
        #expect(Self.strayControls(broken.errors) == [])
        #expect(broken.errors.contains("U+001B"))
        // Every control but the tab, in a quoted name, is an error at its own column.
        for scalar in Self.controls where scalar != "\t" {
            var text = "core \"A"
            text.unicodeScalars.append(scalar)
            text += "\": faglighed\n"
            let tree = Parser.parse(SourceFile(path: "p", text: text))
            #expect(tree.diagnostics.map(\.range.start) == [7], "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func diagnosticsTextInBothLanguagesAndTheSourceLine() {
        let result = Checker.check(SourceFile(path: "p\u{1B}]0;title\u{7}.netplan", text: Self.plan))
        for language in Language.allCases {
            for color in [false, true] {
                let text = TextRenderer(language: language, color: color)
                    .render(FileDiagnostics(source: result.source, diagnostics: result.diagnostics))
                #expect(Self.strayControls(text, colour: color) == [], "\(language) color \(color)")
            }
        }
    }

    @Test func theEscapeIsOneFunction() {
        #expect(ControlCharacters.visible("a\u{1B}[31mb\u{7}\u{85}\u{7F}\tc\r\n") == "a\\u{1B}[31mb\\u{07}\\u{85}\\u{7F}\\u{09}c\\u{0D}\n")
        #expect(ControlCharacters.visible("a\nb", keepingLineFeeds: false) == "a\\u{0A}b")
        #expect(ControlCharacters.visible("\u{1B}\u{301}") == "\\u{1B}\u{301}")
        let once = ControlCharacters.visible("\u{1B}x\u{9F}")
        #expect(ControlCharacters.visible(once) == once)
        #expect(ControlCharacters.visible("Søren") == "Søren")
    }
}
