import Testing
@testable import NetplanBase
@testable import NetplanSyntax

/// Characters nobody sees: Unicode spaces in a quoted name are spaces; zero-width
/// characters and control characters are reported by name; "did you mean" never
/// proposes a name that looks exactly the same.
@Suite struct InvisibleCharacterTests {
    static let spaces: [Unicode.Scalar] = [
        "\u{00A0}", "\u{2000}", "\u{2005}", "\u{2009}", "\u{200A}", "\u{202F}", "\u{205F}", "\u{3000}",
    ]

    @Test(arguments: spaces)
    func aUnicodeSpaceInAQuotedNameIsASpace(_ space: Unicode.Scalar) throws {
        let text = "core \"Bo\(space)Nielsen\": faglighed\nphase Start: invite \"Bo Nielsen\"\n"
        let result = TestSupport.check(text)
        #expect(!result.hasErrors, "\(result.diagnostics.map { "\($0.code) \($0.message.en)" })")
        #expect(result.plan.participants.filter { !$0.isBuiltIn }.map(\.name) == ["Bo Nielsen"])
        let formatted = try PlanFormatter.verifiedFormat(TestSupport.source(text))
        #expect(formatted == "core \"Bo Nielsen\": faglighed\nphase Start: invite \"Bo Nielsen\"\n")
    }

    static let zeroWidth: [(Unicode.Scalar, String)] = [
        ("\u{200B}", "zero-width space (U+200B)"),
        ("\u{200C}", "zero-width non-joiner (U+200C)"),
        ("\u{200D}", "zero-width joiner (U+200D)"),
        ("\u{2060}", "word joiner (U+2060)"),
        ("\u{FEFF}", "byte-order mark (U+FEFF)"),
        ("\u{00AD}", "soft hyphen (U+00AD)"),
    ]

    @Test(arguments: zeroWidth.indices)
    func aZeroWidthCharacterInQuotesIsNamedAndLeavesNoCascade(_ index: Int) throws {
        let (scalar, name) = Self.zeroWidth[index]
        let text = "core \"Bo\(scalar) Nielsen\": faglighed\nphase Start: invite \"Bo Nielsen\"\n"
        let result = TestSupport.check(text)
        let lines = Set(result.diagnostics.filter { $0.severity != .note }.map { result.source.lineIndex(of: $0.range.start) + 1 })
        #expect(lines == [1], "\(result.diagnostics.map { "\($0.code) \($0.message.en)" })")
        #expect(!result.hasErrors)
        let finding = try #require(result.diagnostics.first { $0.code == "NP006" })
        #expect(finding.severity == .warning)
        #expect(finding.range == TestSupport.range(of: "\(scalar)", in: text))
        #expect(finding.message.en.contains(name), "\(finding.message.en)")
        #expect(finding.help?.en.lowercased().contains("remove") == true)
        #expect(result.plan.participants.filter { !$0.isBuiltIn }.map(\.name) == ["Bo Nielsen"])
        #expect(!result.diagnostics.contains { $0.code == "NP101" })
    }

    @Test(arguments: zeroWidth.indices)
    func aZeroWidthCharacterOutsideQuotesIsNamedAndLeavesNoCascade(_ index: Int) throws {
        let (scalar, name) = Self.zeroWidth[index]
        let text = "core Bo\(scalar)Nielsen: faglighed\nphase Start: invite BoNielsen\n"
        let result = TestSupport.check(text)
        let lines = Set(result.diagnostics.filter { $0.severity != .note }.map { result.source.lineIndex(of: $0.range.start) + 1 })
        #expect(lines == [1], "\(result.diagnostics.map { "\($0.code) \($0.message.en)" })")
        #expect(!result.hasErrors)
        let finding = try #require(result.diagnostics.first { $0.code == "NP006" })
        #expect(finding.message.en.contains(name), "\(finding.message.en)")
        #expect(!result.diagnostics.contains { $0.code == "NP101" })
        #expect(result.plan.participants.filter { !$0.isBuiltIn }.map(\.name) == ["BoNielsen"])
    }

    @Test func controlCharactersInsideQuotesAreNamed() throws {
        let cases: [(String, String, String)] = [
            ("\u{1B}", "escape character (U+001B)", "escape-tegn (U+001B)"),
            ("\u{07}", "bell character (U+0007)", "klokketegn (U+0007)"),
            ("\u{7F}", "delete character (U+007F)", "slettetegn (U+007F)"),
        ]
        for (scalar, en, da) in cases {
            let result = TestSupport.check("core \"Bo\(scalar)\": faglighed\n")
            let error = try #require(result.diagnostics.first { $0.code == "NP002" })
            #expect(error.message.en.contains(en), "\(error.message.en)")
            #expect(error.message.da.contains(da), "\(error.message.da)")
        }
    }

    @Test func noSuggestionProposesANameThatLooksTheSame() throws {
        // A space at the end of the quoted name: the names look alike in every message.
        let text = "core \"Bo Nielsen\": faglighed\nphase Start: invite \"Bo Nielsen \"\n"
        let result = TestSupport.check(text)
        let error = try #require(result.diagnostics.first { $0.code == "NP101" })
        #expect(!(error.help?.en.contains("did you mean") ?? false), "\(error.help?.en ?? "")")
        #expect(error.help?.en.contains("space at the end") == true, "\(error.help?.en ?? "")")
        #expect(error.help?.da.contains("mellemrum til sidst") == true, "\(error.help?.da ?? "")")
    }

    @Test func anInvisibleCharacterTheLexerKeepsIsNamedInTheSuggestion() throws {
        // U+034F (combining grapheme joiner) is invisible and not removed: say so.
        let text = "core \"Bo Nielsen\": faglighed\nphase Start: invite \"Bo\u{034F} Nielsen\"\n"
        let result = TestSupport.check(text)
        let error = try #require(result.diagnostics.first { $0.code == "NP101" })
        #expect(!(error.help?.en.contains("did you mean") ?? false), "\(error.help?.en ?? "")")
        #expect(error.help?.en.contains("U+034F") == true, "\(error.help?.en ?? "")")
    }

    /// The joiner inside an emoji (👩‍👩‍👧, 🏳️‍🌈, 👍🏽‍…) joins it into one
    /// picture: it is seen, stays in the name and gets no warning. Between
    /// letters it is still hidden, named and left out.
    @Test func aJoinerInsideAnEmojiIsPartOfTheName() throws {
        let family = "👩\u{200D}👩\u{200D}👧"
        let flag = "🏳\u{FE0F}\u{200D}🌈"
        let text = "core \"Familien \(family)\": faglighed\ncore \"Regnbuen \(flag)\": indsigt\nphase P: invite \"Familien \(family)\"\n"
        let result = TestSupport.check(text)
        #expect(!result.diagnostics.contains { $0.code == "NP006" }, "\(result.diagnostics.map(\.code))")
        let names = result.plan.participants.filter { !$0.isBuiltIn }.map { Array($0.name.unicodeScalars) }
        #expect(names == [Array("Familien \(family)".unicodeScalars), Array("Regnbuen \(flag)".unicodeScalars)])
        let between = TestSupport.check("core \"Bo\u{200D}Nielsen\": faglighed\ncore \"A\u{200D}\": faglighed\n")
        #expect(between.diagnostics.filter { $0.code == "NP006" }.count == 2)
        #expect(between.plan.participants.filter { !$0.isBuiltIn }.map(\.name) == ["BoNielsen", "A"])
    }

    /// `visibleForm` answers the letters of ASCII and Latin-1 without Unicode's
    /// tables; every scalar it answers so must be one the tables call visible
    /// and not white space, or two different-looking names could be taken as one.
    @Test func theLatinOneShortcutAgreesWithUnicodesTables() {
        var shortcut = 0
        for value in UInt32(0)...0x2FF {
            guard let scalar = Unicode.Scalar(value), InvisibleCharacters.isPlainlyVisible(scalar) else { continue }
            shortcut += 1
            #expect(!InvisibleCharacters.isInvisible(scalar), "U+\(String(value, radix: 16)) is invisible")
            #expect(!scalar.properties.isWhitespace && scalar != " ", "U+\(String(value, radix: 16)) is white space")
        }
        #expect(shortcut == 94 + 94)
        #expect(InvisibleCharacters.visibleForm("Bo\u{00AD}  Nielsen\u{00A0}") == "Bo Nielsen")
        #expect(InvisibleCharacters.visibleForm("Søren Ærø") == "Søren Ærø")
    }
}
