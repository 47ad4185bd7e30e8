import Testing
@testable import NetplanBase
@testable import NetplanCheck

/// Runs every rule's own examples: each triggering example must produce
/// exactly the marked findings of that rule, each non-triggering none. Every
/// example also runs with CRLF line ends and with a multi-byte comment line
/// in front, so positions are checked in bytes that are not all ASCII.
@Suite struct RuleExamplesTests {
    enum Variant: String, CaseIterable {
        case plain, crlf, multibytePrefix

        func apply(_ text: String) -> String {
            switch self {
            case .plain: return text
            case .crlf: return text.replacingOccurrences(of: "\n", with: "\r\n")
            case .multibytePrefix: return "# Ærø, Æbeltoft og Løgstør: 🌱 平和\n" + text
            }
        }
    }

    /// Removes the markers and returns the text and the byte offsets they marked.
    static func stripMarkers(_ example: String) -> (String, [Int]) {
        var text = ""
        var offsets: [Int] = []
        for character in example {
            if String(character) == RuleDescription.marker {
                offsets.append(text.utf8.count)
            } else {
                text.append(character)
            }
        }
        return (text, offsets)
    }

    static let allRules = RuleRegistry.all.map(\.description.code) + BuiltInChecks.all.map(\.code)

    static func description(_ code: String) -> RuleDescription? {
        RuleRegistry.rule(code)?.description ?? BuiltInChecks.check(code)
    }

    /// Built-in checks are about syntax, so their examples may have syntax errors.
    static func isMethodRule(_ code: String) -> Bool { RuleRegistry.rule(code) != nil }

    @Test(arguments: allRules)
    func triggeringExamplesFireWhereMarked(code: String) throws {
        let description = try #require(Self.description(code))
        // invalid-utf8 alone cannot be written as a Swift string; its fixture covers it.
        #expect(!description.triggering.isEmpty || code == "NP001", "\(code) has no triggering example")
        for example in description.triggering {
            for variant in Variant.allCases {
                if Workspace.codes.contains(code) {
                    let run = Self.workspaceRun(example, code: code, variant: variant)
                    #expect(!run.expected.isEmpty, "\(code): triggering example without a marker: \(example)")
                    #expect(run.found == run.expected, "\(code) [\(variant)]: expected \(run.expected), found \(run.found)")
                    continue
                }
                let (text, expected) = Self.stripMarkers(variant.apply(example))
                #expect(!expected.isEmpty, "\(code): triggering example without a marker: \(example)")
                let result = Checker.check(
                    SourceFile(path: "example.netplan", text: text), today: RuleDescription.exampleToday)
                #expect(
                    !Self.isMethodRule(code) || result.tree.diagnostics.isEmpty,
                    "\(code) [\(variant)]: example has syntax errors: \(result.tree.diagnostics.map { $0.message.en })")
                let found = result.diagnostics.filter { $0.code == code }.map(\.range.start).sorted()
                #expect(
                    found == expected.sorted(),
                    "\(code) [\(variant)]: expected findings at \(expected), found \(found) in:\n\(text)")
            }
        }
    }

    @Test(arguments: allRules)
    func nonTriggeringExamplesStayQuiet(code: String) throws {
        let description = try #require(Self.description(code))
        #expect(!description.nonTriggering.isEmpty, "\(code) has no non-triggering example")
        for example in description.nonTriggering {
            #expect(!example.contains(RuleDescription.marker), "\(code): marker in a non-triggering example")
            for variant in Variant.allCases {
                if Workspace.codes.contains(code) {
                    let run = Self.workspaceRun(example, code: code, variant: variant)
                    #expect(run.syntax.isEmpty, "\(code) [\(variant)]: syntax errors \(run.syntax)")
                    #expect(run.found.isEmpty, "\(code) [\(variant)]: unexpected \(run.found)")
                    continue
                }
                let text = variant.apply(example)
                let result = Checker.check(
                    SourceFile(path: "example.netplan", text: text), today: RuleDescription.exampleToday)
                #expect(result.tree.diagnostics.isEmpty, "\(code) [\(variant)]: syntax errors in \(text)")
                let found = result.diagnostics.filter { $0.code == code }
                #expect(found.isEmpty, "\(code) [\(variant)]: unexpected \(found.map { $0.message.en }) in:\n\(text)")
            }
        }
    }

    /// An example of several files (`# file: NAME.netplan` lines) run as
    /// `netplan check` on the first, the others there for its `use` lines:
    /// the findings of one code and the markers, each as `file@offset`.
    static func workspaceRun(_ example: String, code: String, variant: Variant)
        -> (found: [String], expected: [String], syntax: [String])
    {
        var expected: [String] = []
        var files: [(path: String, text: String)] = []
        for file in CrossPlanExample.files(example) {
            let (text, offsets) = stripMarkers(variant.apply(file.text))
            expected += offsets.map { "\(file.path)@\($0)" }
            files.append((file.path, text))
        }
        guard let result = Workspace.checkExample(files, today: RuleDescription.exampleToday) else {
            return ([], expected.sorted(), [])
        }
        let found = result.diagnostics.filter { $0.code == code }.map { "\(result.source.path)@\($0.range.start)" }
        return (found.sorted(), expected.sorted(), result.tree.diagnostics.map(\.message.en))
    }

    @Test func codesAndIdentifiersAreUnique() {
        let codes = Self.allRules
        let identifiers = Self.allRules.compactMap { Self.description($0)?.identifier }
        #expect(Set(codes).count == codes.count)
        #expect(Set(identifiers).count == identifiers.count)
        #expect(RuleRegistry.all.count >= 14)
    }
}
