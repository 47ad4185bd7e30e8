import Foundation
import Testing

@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanViews

/// The overview model and its escaping, on plans written in the test.
@Suite struct OverviewTests {
    static func overview(_ plans: [String]) -> Overview {
        Overview(plans.enumerated().map { Checker.check(SourceFile(path: "plan\($0.offset).netplan", text: $0.element)) })
    }

    @Test func onePersonInAnyEquivalentSpellingIsOneRow() {
        let overview = Self.overview([
            "network A\ncore \"Søren Ø\": faglighed unit \"Ældre\"\nphase P",
            // René written decomposed (e + combining acute) is the same person as René precomposed.
            "network B\ncore \"Rene\u{301} Ø\": faglighed\nparticipant \"S\u{f8}ren Ø\": indsigt unit \"Sundhed\"\nphase P",
            "network C\ncore \"René Ø\": faglighed\nphase P",
        ])
        let søren = overview.people.first { $0.name == "Søren Ø" }
        #expect(søren?.cells == [[.core], [.asNeeded], []])
        #expect(søren?.unit == "Ældre", "the first unit found is kept")
        let rené = overview.people.filter { NameKey($0.name) == NameKey("René Ø") }
        #expect(rené.count == 1)
        #expect(rené.first?.coreCount == 2)
    }

    @Test func declinedPeopleAreShownAsDeclinedAndCountedInNoUnit() {
        let overview = Self.overview([
            "network A\ncore Bo: faglighed unit Jobcenter status afslået\ncore Eva: faglighed unit Jobcenter\nphase P"
        ])
        #expect(overview.people.first { $0.name == "Bo" }?.cells == [[.declined]])
        #expect(overview.units.first?.name == "Jobcenter")
        #expect(overview.units.first?.counts == [1])
    }

    @Test func namesAreEscapedInTheHTMLScalarByScalar() {
        let hostile = "<script>alert('x')</script> & \"Bo\"\u{1B}"
        let plan = "network \"\(hostile.replacingOccurrences(of: "\"", with: "\\\""))\"\n"
            + "core \"\(hostile.replacingOccurrences(of: "\"", with: "\\\""))\": faglighed unit \"<b>|Enhed|</b>\"\n"
            + "phase \">\u{338}Fase\" from 2027-01-04 to 2027-02-26\n"
        let overview = Self.overview([plan])
        #expect(overview.networks.first?.name == hostile)
        let page = OverviewHTML.render(overview, language: .english)
        #expect(!page.contains("<script"))
        #expect(!page.contains("<b>"))
        #expect(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Bo&quot;\\u{1B}"))
        // `>` followed by a combining mark is one Character but still escaped.
        #expect(page.contains("&gt;\u{338}Fase"))
        #expect(!page.unicodeScalars.contains("\u{1B}"))
        let markdown = OverviewMarkdown.render(overview, language: .english)
        #expect(markdown.contains("\\<b\\>\\|Enhed\\|\\</b\\>"))
        #expect(!markdown.unicodeScalars.contains("\u{1B}"))
    }

    @Test func hrefsEncodeWhatWouldChangeTheLink() {
        #expect(OverviewWords.href("rapporter/min plan#1?.html") == "rapporter/min%20plan%231%3F.html")
        #expect(OverviewWords.href("ældre.html") == "%C3%A6ldre.html")
        #expect(OverviewWords.href("a\"b'<c>.html") == "a%22b%27%3Cc%3E.html")
    }

    @Test func aPlanWithoutDatesDrawsNoTimelineAndNoCrash() {
        let overview = Self.overview(["network A\ncore Bo: faglighed\nphase P", "phase Q"])
        let page = OverviewHTML.render(overview, language: .danish)
        #expect(!page.contains("<svg class=\"ov-timeline\""))
        #expect(page.contains("<h1>Kommunens netværk</h1>"))
        #expect(OverviewJSON.render(overview).contains("\"start\": null"))
    }
}
