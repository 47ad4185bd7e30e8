import Foundation
import Testing

@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanViews
@testable import NetplanTesting

/// The HTML report: its structure, accessibility, escaping, self-containment
/// and determinism, on small plans whose numbers are known.
@Suite struct HTMLReportTests {
    /// Four participants, three phases; a name that needs escaping.
    static let plan = """
        network "Mindre <ensomhed> & \\"nærvær\\"" kind velfærdsnetværk
        leader "Mette Holm"
        codriver "Jonas Berg"
        reference "Lise Dam"
        core Anne: faglighed, handlekraft
        core "Bo <Nielsen> & \\"Co\\"": faglighed via Anne
        participant Erik: ressourcer via Anne
        group Borgere: indsigt
        phase Opstart from 2027-01-04 to 2027-01-29
        phase Idé: invite Borgere, Erik needs indsigt, ressourcer
        phase Test: invite Erik needs ressourcer, indsigt, handlekraft without Anne
        """

    /// A plan without a single finding.
    static let healthy = """
        network "Sund by" kind læringsnetværk
        leader "Mette Holm"
        codriver Anne
        reference "Lise Dam"
        core Anne: faglighed, handlekraft
        core Bo: faglighed
        core Carl: ressourcer
        core Dorte: handlekraft
        participant Erik: indsigt via Anne
        group Borgere: indsigt
        phase Start
        phase Idé: invite Borgere for "fortæller om hverdagen" needs indsigt
        phase Test: invite Erik needs indsigt, ressourcer
        """

    static func check(_ text: String) -> CheckResult {
        Checker.check(SourceFile(path: "plan.netplan", text: text))
    }

    static func report(_ text: String, _ language: Language = .english) -> String {
        HTMLReport.render(check(text), language: language)
    }

    /// How often `needle` occurs in `text`.
    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// The text between the first `start` and the next `end` after it.
    static func slice(_ text: String, from start: String, to end: String) -> String {
        guard let lower = text.range(of: start) else { return "" }
        guard let upper = text.range(of: end, range: lower.upperBound..<text.endIndex) else {
            return String(text[lower.lowerBound...])
        }
        return String(text[lower.lowerBound..<upper.upperBound])
    }

    @Test func isOneHTMLDocumentInTheChosenLanguage() {
        let english = Self.report(Self.plan)
        #expect(english.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(english.hasSuffix("</html>\n"))
        #expect(Self.count("<html", in: english) == 1)
        #expect(Self.count("<body>", in: english) == 1)
        #expect(english.contains("<meta charset=\"utf-8\">"))
        #expect(english.contains("Planning matrix"))

        let danish = Self.report(Self.plan, .danish)
        #expect(danish.hasPrefix("<!DOCTYPE html>\n<html lang=\"da\">"))
        #expect(danish.contains("Planlægningsskema"))
        #expect(danish.contains("Kompetencediamanten"))
        #expect(!danish.contains("Planning matrix"))
    }

    @Test func showsTheNetworkItsRolesAndCounts() {
        let html = Self.report(Self.plan)
        #expect(html.contains("<h1>Mindre &lt;ensomhed&gt; &amp; &quot;nærvær&quot;</h1>"))
        #expect(html.contains("welfare network"))
        #expect(html.contains("<dt>Network leader</dt><dd>Mette Holm</dd>"))
        #expect(html.contains("<dt>Co-driver</dt><dd>Jonas Berg</dd>"))
        #expect(html.contains("<dt>Reference leader</dt><dd>Lise Dam</dd>"))
        #expect(html.contains("<span class=\"n\">2</span> <span class=\"l\">core participants</span>"))
        #expect(html.contains("<span class=\"n\">1</span> <span class=\"l\">involved as needed</span>"))
        #expect(html.contains("<span class=\"n\">1</span> <span class=\"l\">group of actors</span>"))
        #expect(html.contains("<span class=\"n\">3</span> <span class=\"l\">phases</span>"))
        #expect(html.contains("<time datetime=\"2027-01-04\">4 Jan</time> – <time datetime=\"2027-01-29\">29 Jan 2027</time>"))

        let unnamed = Self.report("core Anne: faglighed")
        #expect(Self.count("class=\"role unset\"", in: unnamed) == 3)
        #expect(unnamed.contains("A network without a theme"))
    }

    @Test func matrixIsAnAccessibleTable() {
        let result = Self.check(Self.plan)
        let html = HTMLReport.render(result, language: .english)
        let table = Self.slice(html, from: "<table class=\"matrix", to: "</table>")
        #expect(Self.count("<table class=\"matrix", in: html) == 1)
        #expect(table.contains("<caption>"))
        #expect(Self.count("<th scope=\"col\" class=\"phase\">", in: table) == result.plan.phases.count)
        #expect(Self.count("<th scope=\"row\" class=\"who\">", in: table) == result.plan.participants.count)
        for phase in result.plan.phases {
            #expect(table.contains("<span class=\"pname\">\(HTML.escape(phase.name))</span>"))
        }
        // Anne is core in two phases (left out of Test), Bo in all three.
        #expect(Self.count("class=\"cell core\"", in: table) == 5)
        #expect(Self.count("class=\"cell without\"", in: table) == 1)
        // Erik in Idé and Test, Borgere in Idé.
        #expect(Self.count("class=\"cell invited\"", in: table) == 3)
        #expect(Self.count("class=\"cell absent\"", in: table) == 3)
        // Every cell has a symbol hidden from screen readers and words for them.
        let cells = Self.count("<td class=\"cell ", in: table)
        #expect(cells == result.plan.phases.count * result.plan.participants.count)
        #expect(Self.count("<span class=\"mark\" aria-hidden=\"true\">", in: table) == cells)
        #expect(table.contains("<span class=\"sr\">left out</span>"))
        #expect(table.contains("<span class=\"sr\">core participant (present by default)</span>"))
        // Row headers carry kind and competences.
        #expect(table.contains("<span class=\"name\">Erik</span> <span class=\"kind\">as needed</span>"))
        #expect(table.contains("<span class=\"comp\">ressourcer</span>"))
    }

    @Test func eachPhaseShowsCoveredAndMissingNeeds() {
        let html = Self.report(Self.plan)
        let covered = Self.slice(html, from: "<tr class=\"summary covered-row\">", to: "</tr>")
        let missing = Self.slice(html, from: "<tr class=\"summary missing-row\">", to: "</tr>")
        // Idé: indsigt (Borgere) and ressourcer (Erik); Test: ressourcer (Erik).
        #expect(Self.count("class=\"comp ok\"", in: covered) == 3)
        #expect(covered.contains("no needs stated"))
        // Test lacks indsigt (Borgere not invited) and handlekraft (Anne left out).
        #expect(Self.count("class=\"comp miss\"", in: missing) == 2)
        #expect(missing.contains("</span>indsigt</span>"))
        #expect(missing.contains("</span>handlekraft</span>"))
        #expect(Self.count("<td class=\"missing\">", in: missing) == 1)
    }

    @Test func diamondIsAnAccessibleImageWithCountsPerCompetence() {
        let html = Self.report(Self.plan)
        let svg = Self.slice(html, from: "<svg", to: "</svg>")
        #expect(Self.count("<svg", in: html) == 1)
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("aria-labelledby=\"diamond-title diamond-desc\""))
        #expect(svg.contains("<title id=\"diamond-title\">Competence diamond</title>"))
        #expect(svg.contains("<desc id=\"diamond-desc\">"))
        #expect(Self.count("<g class=\"corner", in: svg) == 4)
        #expect(svg.contains("data-competence=\"faglighed\" data-core=\"2\" data-as-needed=\"0\" data-groups=\"0\""))
        #expect(svg.contains("data-competence=\"indsigt\" data-core=\"0\" data-as-needed=\"0\" data-groups=\"1\""))
        #expect(svg.contains("data-competence=\"ressourcer\" data-core=\"0\" data-as-needed=\"1\" data-groups=\"0\""))
        #expect(svg.contains("data-competence=\"handlekraft\" data-core=\"1\" data-as-needed=\"0\" data-groups=\"0\""))
        #expect(!svg.contains("corner missing"))
        // The text legend repeats the numbers.
        let legend = Self.slice(html, from: "<table class=\"counts\">", to: "</table>")
        #expect(legend.contains("<caption>"))
        #expect(legend.contains("<tr><th scope=\"row\">faglighed</th><td>2</td><td>0</td><td>0</td></tr>"))
        #expect(legend.contains("<tr><th scope=\"row\">indsigt</th><td>0</td><td>0</td><td>1</td></tr>"))
    }

    @Test func aCompetenceNobodyBringsIsMarked() {
        let html = Self.report("diamond viden, mod, netværk\ncore Anne: viden\nparticipant Bo: mod\nphase Start: invite Bo")
        let svg = Self.slice(html, from: "<svg", to: "</svg>")
        #expect(Self.count("<g class=\"corner", in: svg) == 3)
        #expect(Self.count("<g class=\"corner missing\"", in: svg) == 1)
        #expect(svg.contains("<g class=\"corner missing\" data-competence=\"netværk\""))
        #expect(svg.contains("nobody brings it"))
        #expect(html.contains("<tr class=\"missing\"><th scope=\"row\">netværk</th>"))
        // Three corners make a triangle.
        let frame = Self.slice(svg, from: "<polygon class=\"frame\" points=\"", to: "\"/>")
        #expect(Self.count(",", in: frame) == 3)
    }

    @Test func diamondsOfOtherSizesDegradeGracefully() {
        for size in [0, 1, 2, 3, 5, 8] {
            let corners = (0..<size).map { DiamondSVG.Corner(name: "k\($0)", core: $0, asNeeded: 1, groups: 0) }
            let svg = DiamondSVG.render(corners, language: .danish)
            #expect(svg.hasPrefix("<svg"))
            #expect(svg.hasSuffix("</svg>"))
            #expect(svg.contains("<title id=\"diamond-title\">Kompetencediamanten</title>"))
            #expect(Self.count("<g class=\"corner", in: svg) == size)
            if size >= 3 {
                let frame = Self.slice(svg, from: "<polygon class=\"frame\" points=\"", to: "\"/>")
                #expect(Self.count(",", in: frame) == size)
            }
        }
        // The default four make a diamond: top, right, bottom, left.
        let four = DiamondSVG.render(
            ["a", "b", "c", "d"].map { DiamondSVG.Corner(name: $0, core: 1, asNeeded: 0, groups: 0) },
            language: .english)
        #expect(four.contains("<polygon class=\"frame\" points=\"310,140 450,280 310,420 170,280\"/>"))
    }

    @Test func findingsAreListedBySeverityWithCodesLinesAndHints() {
        let text = "core Anne: faglighed\nphase Start: invite Xylofon\nphase Slut: without Anne"
        let result = Self.check(text)
        let html = HTMLReport.render(result, language: .english)
        #expect(result.hasErrors)
        #expect(Self.count("<li class=\"finding ", in: html) == result.diagnostics.count)
        for diagnostic in result.diagnostics {
            #expect(html.contains("<code class=\"code\">\(diagnostic.code)</code>"))
        }
        let unknown = result.diagnostics.first { $0.severity == .error }
        #expect(unknown != nil)
        if let unknown {
            let line = result.source.location(of: unknown.range.start).line
            #expect(line == 2)
            #expect(html.contains("<code class=\"code\">\(unknown.code)</code> <span class=\"line\">line 2</span>"))
        }
        #expect(html.contains("<b>Hint:</b>"))
        // Errors come before warnings, warnings before notes.
        let error = html.range(of: "<li class=\"finding error\">")?.lowerBound
        let warning = html.range(of: "<li class=\"finding warning\">")?.lowerBound
        let note = html.range(of: "<li class=\"finding note\">")?.lowerBound
        #expect(error != nil && warning != nil && note != nil)
        if let error, let warning, let note {
            #expect(error < warning)
            #expect(warning < note)
        }
        #expect(html.contains("<h3 class=\"error\">Errors <span class=\"count\">(1)</span></h3>"))
        #expect(!html.contains("class=\"all-good\""))
    }

    @Test func aPlanWithoutFindingsSaysSo() {
        let result = Self.check(Self.healthy)
        #expect(result.diagnostics.isEmpty)
        let english = HTMLReport.render(result, language: .english)
        #expect(english.contains("<p class=\"all-good\">"))
        #expect(english.contains("No findings"))
        #expect(!english.contains("<li class=\"finding"))
        #expect(HTMLReport.render(result, language: .danish).contains("netplan har ikke fundet noget"))
    }

    @Test func referralsListWhoSuggestedWhom() {
        let html = Self.report(Self.plan + "\nparticipant Fie: indsigt via Ukendt")
        let list = Self.slice(html, from: "<ul class=\"referrals\">", to: "</ul>")
        #expect(
            list.contains(
                "<span class=\"from\">Anne</span> <span class=\"arrow\" aria-hidden=\"true\">→</span>"
                    + "<span class=\"sr\"> suggested</span> <span class=\"to\">Bo &lt;Nielsen&gt; &amp; &quot;Co&quot;</span>, "
                    + "<span class=\"to\">Erik</span>"))
        #expect(list.contains("<li class=\"unknown\"><span class=\"from\">Ukendt</span> <span class=\"flag\">(not in the plan)</span>"))
        #expect(Self.report("core Anne: faglighed").contains("No referrals are recorded yet"))
    }

    @Test func textIsEscapedEverywhere() {
        let html = Self.report(Self.plan)
        #expect(html.contains("Bo &lt;Nielsen&gt; &amp; &quot;Co&quot;"))
        #expect(!html.contains("<Nielsen>"))
        #expect(!html.contains("<ensomhed>"))
        #expect(!html.contains("\"Co\""))
        #expect(HTML.escape("<a href='x'>&amp;\"") == "&lt;a href=&#39;x&#39;&gt;&amp;amp;&quot;")
        #expect(HTML.message("add `invite \"A<B\"` now") == "add <code>invite &quot;A&lt;B&quot;</code> now")
        #expect(HTML.message("one ` alone") == "one ` alone")
        // The file name is escaped too.
        let odd = HTMLReport.render(
            Checker.check(SourceFile(path: "<&\">.netplan", text: "core Anne: faglighed")), language: .english)
        #expect(odd.contains("<code>&lt;&amp;&quot;&gt;.netplan</code>"))
    }

    @Test func pageIsSelfContained() {
        for text in [Self.plan, Self.healthy, ""] {
            for language in Language.allCases {
                let html = Self.report(text, language).lowercased()
                #expect(!html.contains("http://"))
                #expect(!html.contains("https://"))
                #expect(!html.contains("src="))
                #expect(!html.contains("href="))
                #expect(!html.contains("<script"))
                #expect(!html.contains("<link"))
                #expect(!html.contains("url("))
                #expect(!html.contains("@import"))
                #expect(!html.contains("@font-face"))
            }
        }
    }

    @Test func pageIsPrintableOnA4Landscape() {
        let html = Self.report(Self.plan)
        #expect(html.contains("@page { size: A4 landscape;"))
        #expect(html.contains("@media print"))
        #expect(html.contains("break-inside: avoid"))
        #expect(html.contains("thead { display: table-header-group; }"))
    }

    @Test func outputIsDeterministic() {
        for text in [Self.plan, Self.healthy, "phase X: invite Borgre"] {
            for language in Language.allCases {
                let first = Self.report(text, language)
                let second = Self.report(text, language)
                #expect(first == second)
            }
        }
        let generated = PlanGenerator(seed: 7).healthyPlan(lines: 120).text
        #expect(Self.report(generated) == Self.report(generated))
    }

    @Test func emptyAndBrokenPlansStillMakeAPage() {
        for text in ["", "# only a comment\n", "phase", "core \"unterminated\nphase X: invite Y"] {
            let html = Self.report(text)
            #expect(html.hasPrefix("<!DOCTYPE html>"))
            #expect(html.hasSuffix("</html>\n"))
        }
        #expect(Self.report("").contains("The plan has no participants and no phases yet."))
    }
}
