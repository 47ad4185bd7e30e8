import Foundation
import Testing

@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanViews

/// What `report --watch` adds to the page: the reload while watched, and the
/// banner after a broken save.
@Suite struct WatchedPageTests {
    static let good = HTMLReportTests.check(HTMLReportTests.healthy)

    @Test func onlyAWatchedPageReloads() {
        let plain = HTMLReport.render(Self.good, language: .english)
        let watched = HTMLReport.render(Self.good, language: .english, watched: WatchedPage(reloads: true))
        let stopped = HTMLReport.render(Self.good, language: .english, watched: WatchedPage(reloads: false))
        #expect(!plain.contains("<script") && !plain.contains("http-equiv"))
        #expect(stopped == plain)
        #expect(watched.contains("location.reload()"))
        #expect(watched.contains("sessionStorage"))
        #expect(watched.contains("<noscript><meta http-equiv=\"refresh\" content=\"2\"></noscript>"))
    }

    @Test func theBannerNamesTheFirstErrorsEscapedAndCountsTheRest() throws {
        var text = "network X\ncore Anne: faglighed\n"
        for index in 1...7 { text += "phase P\(index): invite \"<b>Nr\(index)\"\n" }
        let broken = HTMLReportTests.check(text)
        let problem = try #require(WatchProblem(broken, keptPage: true))
        let page = HTMLReport.render(Self.good, language: .danish, watched: WatchedPage(reloads: true, problem: problem))
        #expect(page.contains("plan.netplan har 7 fejl i den senest gemte udgave"))
        #expect(page.contains("Linje 3: "))
        #expect(page.contains("Linje 7: "))
        #expect(!page.contains("Linje 8: "))
        #expect(page.contains("<li>og 2 til</li>"))
        #expect(!page.contains("<b>Nr"))
        #expect(page.contains("&lt;b&gt;Nr1"))
        #expect(page.contains("Nedenfor ses den seneste udgave uden fejl"))
        // The banner comes before the plan's own header.
        let banner = try #require(page.range(of: "<aside class=\"watch-banner\""))
        let header = try #require(page.range(of: "<header class=\"masthead\""))
        #expect(banner.lowerBound < header.lowerBound)
    }

    @Test func aPlanWithoutErrorsHasNoProblem() {
        #expect(WatchProblem(Self.good, keptPage: true) == nil)
    }
}
