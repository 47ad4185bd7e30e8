import Testing

@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanViews

/// The diamond shows what the network brings: someone who has declined
/// brings nothing, as the rules count it (issue 13).
@Suite struct DiamondCoverageTests {
    @Test func aDeclinedPersonBringsNothingToTheDiamond() throws {
        let plan = Checker.check(
            SourceFile(
                path: "p",
                text: """
                    core Anne: faglighed, indsigt
                    core Bo: indsigt, ressourcer status afslået
                    participant Erik: indsigt status bekræftet
                    phase Start: invite Erik

                    """)
        ).plan
        let corners = DiamondSVG.corners(plan)
        let insight = try #require(corners.first { $0.name == "indsigt" })
        #expect(insight.core == 1, "Anne, not Bo")
        #expect(insight.asNeeded == 1)
        let resources = try #require(corners.first { $0.name == "ressourcer" })
        #expect(resources.core == 0 && resources.asNeeded == 0, "only Bo brings ressourcer, and he has declined")
    }
}
