import Testing
@testable import NetplanViews

/// The sentence every forced view carries names the error lines, and counts
/// the ones it does not name, in words a reader can say aloud.
@Suite struct IncompleteMarkTests {
    static func mark(errorLines: Int) throws -> IncompleteMark {
        let text = (1...errorLines).map { "core Anne\($0) ``: faglighed" }.joined(separator: "\n") + "\n"
        return try #require(IncompleteMark(TestSupport.check(text)))
    }

    @Test func oneLineIsThatLine() throws {
        let mark = try Self.mark(errorLines: 1)
        #expect(mark.reason.en.contains("(line 1), so people or phases on that line"))
        #expect(mark.reason.da.contains("(linje 1), så personer eller faser på den linje"))
    }

    @Test func linesPastTheShownOnesAreCounted() throws {
        let mark = try Self.mark(errorLines: 11)
        #expect(mark.reason.en.contains("(lines 1, 2, 3, 4, 5, 6, 7, 8 and 3 more)"), "\(mark.reason.en)")
        #expect(mark.reason.da.contains("(linje 1, 2, 3, 4, 5, 6, 7, 8 og 3 til)"), "\(mark.reason.da)")
        #expect(!mark.reason.en.contains("…"))
    }

    @Test func aFewLinesAreAllNamed() throws {
        let mark = try Self.mark(errorLines: 3)
        #expect(mark.reason.en.contains("(lines 1, 2 and 3)"))
        #expect(mark.reason.da.contains("(linje 1, 2 og 3)"))
    }
}
