import Testing

@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanViews

/// What leaders track, in the report: unit, status, note and contact of
/// each person and role holder; the recruitment summary; the purpose in each
/// cell of the schema; phase notes; the meetings on a timeline of the phases.
/// HTML-level checks: they need no browser.
@Suite struct HTMLReportFactsTests {
    static let plan = """
        network "Ensomhed" kind velfærdsnetværk
        leader "Mette Holm" unit "Sundhed og Omsorg" contact "mh@example.dk"
        codriver Anne
        reference "Lise Dam" status kontaktet
        core Anne: faglighed, handlekraft unit "Ældre og Handicap" status bekræftet contact "Anne <anne@example.dk>, tlf. 20 30"
        core Bo: faglighed unit "Kultur & Fritid" status bekræftet note "leder af <biblioteket>"
        core Carl: ressourcer status foreslået
        core Dorte: handlekraft status afslået
        participant Erik: indsigt status kontaktet contact "x\\"onmouseover=\\"alert(1)@example.dk"
        group Frivillige: handlekraft status bekræftet
        phase Start from 2027-01-04 to 2027-01-29 note "kerneholdet mødes"
        phase Idé from 2027-02-01 to 2027-03-31: invite Borgere for "fortæller om <hverdagen>", Erik needs indsigt
        phase Test from 2027-04-05 to 2027-06-30: invite Frivillige for "afprøver besøg" needs handlekraft
        meeting "Kick-off" on 2027-01-06 14.00-16.00 in Start place "Rådhuset"
        meeting Værksted on 2027-03-10
        meeting Sommerfest on 2027-07-15
        """

    static func report(_ text: String = plan, _ language: Language = .english) -> String {
        HTMLReport.render(Checker.check(SourceFile(path: "plan.netplan", text: text)), language: language)
    }

    static func between(_ text: String, _ start: String, _ end: String) -> String {
        HTMLReportTests.slice(text, from: start, to: end)
    }

    @Test func eachRowShowsUnitStatusNoteAndContact() {
        let page = Self.report()
        let anne = Self.between(page, "<span class=\"name\">Anne</span>", "</tr>")
        #expect(anne.contains("<span class=\"unit\" title=\"Unit\">Ældre og Handicap</span>"))
        #expect(anne.contains("<span class=\"status confirmed\"><span class=\"sr\">Status: </span>confirmed</span>"))
        #expect(anne.contains("Anne &lt;<a href=\"mailto:anne@example.dk\">anne@example.dk</a>&gt;, tlf. 20 30"))
        let bo = Self.between(page, "<span class=\"name\">Bo</span>", "</tr>")
        #expect(bo.contains("Kultur &amp; Fritid"))
        #expect(bo.contains("<span class=\"pnote\">leder af &lt;biblioteket&gt;</span>"))
        let danish = Self.report(Self.plan, .danish)
        #expect(danish.contains("<span class=\"status declined\"><span class=\"sr\">Status: </span>afslået</span>"))
        #expect(danish.contains("<span class=\"unit\" title=\"Enhed\">Ældre og Handicap</span>"))
    }

    @Test func aContactCannotBreakOutOfItsLink() {
        let page = Self.report()
        let erik = Self.between(page, "<span class=\"name\">Erik</span>", "</tr>")
        #expect(erik.contains("class=\"contact\""))
        #expect(!erik.contains("\"onmouseover"))
        #expect(!erik.contains("alert(1)\""))
    }

    @Test func roleHoldersShowTheirFacts() {
        let page = Self.report()
        let roles = Self.between(page, "<dl class=\"roles\">", "</dl>")
        #expect(roles.contains("Mette Holm<span class=\"facts\"><span class=\"unit\" title=\"Unit\">Sundhed og Omsorg</span>"))
        #expect(roles.contains("<a href=\"mailto:mh@example.dk\">mh@example.dk</a>"))
        #expect(roles.contains("<span class=\"status contacted\">"))
        // The co-driver is a participant: the role shows the participant's facts.
        #expect(roles.contains("Anne<span class=\"facts\"><span class=\"unit\" title=\"Unit\">Ældre og Handicap</span>"))
    }

    @Test func theRecruitmentSummaryCountsEveryoneWithAStatusOnce() {
        // Anne, Bo, Frivillige confirmed; Erik and Lise contacted; Carl suggested; Dorte declined.
        let english = Self.between(Self.report(), "<div class=\"recruitment\">", "</div>")
        #expect(english.contains("3 of 7 confirmed; 2 contacted; 1 suggested; 1 declined"))
        #expect(english.contains("Not yet confirmed:"))
        #expect(english.contains("Erik"))
        #expect(!english.contains("Dorte"))
        let danish = Self.between(Self.report(Self.plan, .danish), "<div class=\"recruitment\">", "</div>")
        #expect(danish.contains("3 af 7 har bekræftet; 2 er kontaktet; 1 er foreslået; 1 har afslået"))
        #expect(danish.contains("Endnu ikke bekræftet:"))
    }

    @Test func withoutAnyStatusTheReportSaysStatusIsNotTracked() {
        let page = Self.report("core Anne: faglighed\nphase Start")
        #expect(page.contains("<p class=\"recruitment untracked\">"))
        #expect(!page.contains("<div class=\"recruitment\">"))
    }

    @Test func eachCellShowsItsPurposeAndEachPhaseItsNote() {
        let page = Self.report()
        let borgere = Self.between(page, "<span class=\"name\">Borgere</span>", "</tr>")
        #expect(borgere.contains("<span class=\"purpose\"><span class=\"sr\">for: </span>fortæller om &lt;hverdagen&gt;</span>"))
        #expect(HTMLReportTests.count("<span class=\"purpose\">", in: page) == 2)
        #expect(page.contains("<span class=\"phase-note\">kerneholdet mødes</span>"))
    }

    @Test func thePrintStyleKeepsThePurposesSmallAndWrapped() throws {
        let style = ReportPage.style
        let print = try #require(style.range(of: "@media print")).upperBound
        let printCSS = String(style[print...])
        #expect(style.contains("@page { size: A4 landscape"))
        let rule = try #require(printCSS.split(separator: "\n").first { $0.contains(".purpose {") })
        #expect(rule.contains("font-size") && rule.contains("overflow-wrap: anywhere") && rule.contains("white-space: normal"))
        // Nothing hides a purpose, a status or the timeline on paper.
        for hidden in printCSS.split(separator: "\n").filter({ $0.contains("display: none") }) {
            #expect(!hidden.contains("purpose") && !hidden.contains("status") && !hidden.contains("timeline"))
        }
    }

    @Test func meetingsAreMarksOnATimelineOfThePhasesWithoutScript() throws {
        let page = Self.report()
        let svg = Self.between(page, "<svg class=\"timeline\"", "</svg>")
        #expect(!svg.isEmpty)
        #expect(!page.contains("<script"))
        #expect(HTMLReportTests.count("<rect class=\"band", in: svg) == 3)
        #expect(svg.contains("Kick-off · 6 Jan 14:00–16:00"))
        // Værksted falls in Idé by its date; Sommerfest is in no phase and marked.
        #expect(svg.contains("<g class=\"meeting\"><title>Værksted · 10 Mar 2027</title>"))
        #expect(svg.contains("<g class=\"meeting no-phase\"><title>Sommerfest · 15 Jul 2027</title>"))
        #expect(svg.contains("⚠ In no phase"))
        let danish = Self.between(Self.report(Self.plan, .danish), "<svg class=\"timeline\"", "</svg>")
        #expect(danish.contains("Kick-off · 6. jan. 14.00–16.00"))
        #expect(danish.contains("⚠ Ikke i nogen fase"))
        let table = Self.between(page, "<table class=\"meetings\">", "</table>")
        #expect(table.contains("<td>Rådhuset</td>"))
        #expect(table.contains("<tr class=\"no-phase\"><th scope=\"row\">Sommerfest</th>"))
    }

    @Test func withoutDatesThereIsNoTimelineButTheMeetingsAreListed() {
        let page = Self.report("core Anne: faglighed\nphase Start\nmeeting Møde on 2027-13-40 in Start")
        #expect(page.contains("<table class=\"meetings\">"))
        #expect(!page.contains("<svg class=\"timeline\""))
        #expect(!Self.report("core Anne: faglighed\nphase Start").contains("<section class=\"meetings-section\""))
    }

    @Test func aTimelineOverThousandsOfYearsStaysSmall() {
        let page = Self.report(
            "core Anne: faglighed\nphase Lang from 2027-01-01 to 9999-12-30\nmeeting Møde on 5000-06-01")
        let svg = Self.between(page, "<svg class=\"timeline\"", "</svg>")
        let ticks = HTMLReportTests.count("<line class=\"tick\"", in: svg)
        #expect(ticks >= 2 && ticks <= 14)
        #expect(svg.contains("Møde · 1 Jun"))
    }
}
