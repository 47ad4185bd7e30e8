import Testing
@testable import NetplanBase
@testable import NetplanSyntax

@Suite struct SuggestTests {
    @Test func suggestsBuiltInGroupForTypo() {
        #expect(Suggest.closest(to: "Borgre", among: BuiltInGroups.names) == "Borgere")
    }

    @Test func caseOnlyDifferenceWins() {
        #expect(Suggest.closest(to: "borgere", among: ["Brugere", "Borgere"]) == "Borgere")
    }

    @Test func farNamesAreNotSuggested() {
        #expect(Suggest.closest(to: "Xylofon", among: BuiltInGroups.names) == nil)
    }

    @Test func transpositionCountsAsOneEdit() {
        let a = Array("indsigt".unicodeScalars)
        let b = Array("insdigt".unicodeScalars)
        #expect(Suggest.editDistance(a, b, limit: 3) == 1)
    }
}
