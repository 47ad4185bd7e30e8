import Testing
@testable import NetplanBase
@testable import NetplanSyntax

/// Quotes from word processors (`“…”`, `„…“`, `”…”`, `»…«`, `«…»`, `‘…’`)
/// are quotes: the name counts, with one warning (NP005) that `fmt` fixes.
@Suite struct TypographicQuotesTests {
    static let pairs: [(open: String, close: String)] = [
        ("\u{201C}", "\u{201D}"),  // “…”
        ("\u{201E}", "\u{201C}"),  // „…“
        ("\u{201D}", "\u{201D}"),  // ”…”
        ("\u{00BB}", "\u{00AB}"),  // »…«
        ("\u{00AB}", "\u{00BB}"),  // «…»
        ("\u{2018}", "\u{2019}"),  // ‘…’
        ("\u{2019}", "\u{2019}"),  // ’…’
    ]

    @Test(arguments: pairs.indices)
    func eachPairIsAQuotedNameWithOneWarningAndNoCascade(_ index: Int) throws {
        let (open, close) = Self.pairs[index]
        let text = "core \(open)Bo Nielsen\(close): faglighed\nphase Start: invite \"Bo Nielsen\"\n"
        let result = TestSupport.check(text)
        #expect(!result.hasErrors, "\(result.diagnostics.map { "\($0.code) \($0.message.en)" })")
        let warnings = result.diagnostics.filter { $0.code == "NP005" }
        #expect(warnings.count == 1)
        #expect(warnings.first?.severity == .warning)
        #expect(warnings.first?.range == TestSupport.range(of: "\(open)Bo Nielsen\(close)", in: text))
        #expect(warnings.first?.help?.en.contains("\"Bo Nielsen\"") == true)
        #expect(warnings.first?.help?.da.contains("\"Bo Nielsen\"") == true)
        #expect(result.plan.participants.contains { $0.name == "Bo Nielsen" && $0.isCore })
        // fmt writes straight quotes, and the plan means the same.
        let formatted = try PlanFormatter.verifiedFormat(TestSupport.source(text))
        #expect(formatted == "core \"Bo Nielsen\": faglighed\nphase Start: invite \"Bo Nielsen\"\n")
    }

    @Test func anApostropheInsideAWordDoesNotStartAName() {
        // `Mette’s` is a word followed by an apostrophe: not a quote.
        let text = "core Mette’s: faglighed\n"
        let result = TestSupport.check(text)
        let codes = result.diagnostics.map(\.code)
        #expect(!codes.contains("NP005"))
        #expect(codes.contains("NP002"))
    }

    @Test func anApostropheInsideSingleQuotesStaysInTheName() throws {
        let text = "group ‘Mette’s venner’: indsigt\nphase Start: invite \"Mette’s venner\"\n"
        let result = TestSupport.check(text)
        #expect(!result.hasErrors, "\(result.diagnostics.map { "\($0.code) \($0.message.en)" })")
        #expect(result.plan.participants.contains { $0.name == "Mette’s venner" })
    }

    @Test func aTypographicQuoteWithoutItsPartnerIsNotAQuote() {
        let result = TestSupport.check("core “Bo Nielsen: faglighed\n")
        #expect(result.diagnostics.map(\.code).contains("NP002"))
        #expect(!result.diagnostics.map(\.code).contains("NP005"))
    }

    @Test func typographicQuotesInsideStraightQuotesArePartOfTheName() {
        let result = TestSupport.check("group \"Foreningen »Aktive Ældre«\": indsigt\n")
        #expect(!result.hasErrors)
        #expect(!result.diagnostics.contains { $0.code == "NP005" })
        #expect(result.plan.participants.contains { $0.name == "Foreningen »Aktive Ældre«" })
    }

    @Test func aWarningDoesNotHideAnErrorOnTheSameLine() {
        // The lexer and the parser report one error a line; a warning must not take that place.
        let text = "phase “Opstart” from 1/3-2027 to 2027-03-31\n"
        let result = TestSupport.check(text)
        #expect(result.diagnostics.contains { $0.code == "NP005" })
        #expect(result.diagnostics.contains { $0.code == SyntaxMessages.invalidDateCode && $0.severity == .error })
    }

    /// Found by the parser fuzzer: a line with a name with spaces and a name
    /// in a word processor's quotes has one syntax error and the quotes'
    /// warning beside it, never two errors.
    @Test func aLineWithASlipAndWordProcessorQuotesHasOneErrorAndTheWarning() {
        let text = "core Anne: faglighed\nphase Alt: without Anne nup »Foreningen Aktive Ældre«: indsigt needs ressourcer\n"
        let tree = Parser.parse(SourceFile(path: "t", text: text))
        let onLineTwo = tree.diagnostics.filter { tree.source.lineIndex(of: $0.range.start) == 1 }
        #expect(onLineTwo.filter { $0.severity == .error }.count == 1, "\(onLineTwo.map(\.code))")
        #expect(onLineTwo.contains { $0.code == "NP005" && $0.severity == .warning }, "\(onLineTwo.map(\.code))")
    }
}
