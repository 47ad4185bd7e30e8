import Testing
@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanViews

/// Every message exists in both languages: `Text` takes both, and these tests
/// check that neither is empty and that prose is really translated.
@Suite struct LanguageCatalogueTests {
    static func allExampleDiagnostics() -> [Diagnostic] {
        RuleDocumentation.all.flatMap { description in
            (description.triggering + description.nonTriggering).flatMap { example in
                Checker.check(SourceFile(path: "x.netplan", text: RuleDocumentation.unmarked(example))).diagnostics
            }
        }
    }

    @Test func rulesHaveTitleAndRationaleInBothLanguages() {
        for description in RuleDocumentation.all {
            for text in [description.title, description.rationale] {
                #expect(!text.en.isEmpty && !text.da.isEmpty, "\(description.code)")
                #expect(text.en != text.da, "\(description.code): not translated: \(text.en)")
            }
        }
    }

    @Test func everyDiagnosticOfEveryExampleSpeaksBothLanguages() {
        let diagnostics = Self.allExampleDiagnostics()
        #expect(diagnostics.count > 30)
        for diagnostic in diagnostics {
            var texts = [diagnostic.message] + diagnostic.notes
            if let help = diagnostic.help { texts.append(help) }
            if let label = diagnostic.primary.label { texts.append(label) }
            texts += diagnostic.secondary.compactMap(\.label)
            for text in texts {
                #expect(!text.en.isEmpty && !text.da.isEmpty, "\(diagnostic.code): \(text)")
                #expect(text.en != text.da, "\(diagnostic.code): not translated: \(text.en)")
            }
        }
    }

    @Test func languageFollowsTheEnvironment() {
        #expect(Language.fromEnvironment(["LANG": "da_DK.UTF-8"]) == .danish)
        #expect(Language.fromEnvironment(["LC_ALL": "en_US.UTF-8", "LANG": "da_DK.UTF-8"]) == .english)
        #expect(Language.fromEnvironment(["LC_MESSAGES": "da"]) == .danish)
        #expect(Language.fromEnvironment([:]) == .english)
        #expect(Language.fromEnvironment(["LANG": "C"]) == .english)
    }
}
