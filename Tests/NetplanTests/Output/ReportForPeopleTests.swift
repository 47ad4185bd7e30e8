import Foundation
import Testing

@testable import NetplanBase
@testable import NetplanSyntax
@testable import NetplanCheck
@testable import NetplanViews

/// The printed report speaks to people: next steps in plain words instead
/// of plan syntax, phase names that break only with a hyphen, and a diamond
/// that says who brings each competence.
@Suite struct ReportForPeopleTests {
    static func report(_ text: String, _ language: Language = .english) -> String {
        HTMLReport.render(Checker.check(SourceFile(path: "plan.netplan", text: text)), language: language)
    }

    /// The paragraphs of advice on the page.
    static func advice(_ html: String) -> [String] {
        html.components(separatedBy: "\n").filter { $0.hasPrefix("<p class=\"help") }
    }

    static let plan = """
        network "Mindre ensomhed" kind velfærdsnetværk
        leader "Mette Holm"
        core Anne: faglighed, handlekraft
        core "Bo Nielsen": faglighed
        participant "Ældresagen Nord": indsigt, handlekraft
        participant Erik
        phase Opstart
        phase Opdagelse: needs indsigt
        """

    @Test func hintsOnThePageAreActionsWithoutPlanSyntax() {
        let english = Self.report(Self.plan)
        #expect(
            english.contains(
                "<p class=\"help action\"><b>Next step:</b> Invite Ældresagen Nord to the phases that need indsigt or handlekraft</p>"
            ))
        #expect(english.contains("<b>Next step:</b> Write down what Erik brings to the network</p>"))
        #expect(english.contains("<b>Next step:</b> Name the network&#39;s co-driver and reference leader in the plan</p>"))
        let danish = Self.report(Self.plan, .danish)
        #expect(danish.contains("<b>Næste skridt:</b> Invitér Ældresagen Nord til de faser, der har brug for indsigt eller handlekraft</p>"))
        #expect(danish.contains("<b>Næste skridt:</b> Skriv i planen, hvad Erik bidrager med</p>"))
        // No plan syntax in any advice that has an action.
        for language in [Language.english, .danish] {
            for paragraph in Self.advice(Self.report(Self.plan, language)) where paragraph.contains("help action") {
                #expect(!paragraph.contains("<code>"), "\(paragraph)")
                #expect(!paragraph.contains("invite \""), "\(paragraph)")
            }
        }
        // The terminal keeps the code form.
        let result = Checker.check(SourceFile(path: "plan.netplan", text: Self.plan))
        let never = result.diagnostics.first { $0.code == "NP203" }
        #expect(never?.help?.en.contains("`phase Opdagelse: invite \"Ældresagen Nord\"`") == true)
        #expect(never?.action != nil)
    }

    @Test func theCommonFindingsAllHaveAnAction() {
        let plan = """
            network Tema kind innovation
            core Anne: faglighed
            core Bo: faglighed
            participant Erik: ressourcer
            participant Fie
            participant Gro: faglighed
            core "<Kernedeltager 3>": faglighed
            phase A: invite Gro needs indsigt
            phase B: invite Gro without Bo
            phase C
            """
        let always = "core Anne: faglighed\nparticipant Gro: indsigt\nphase A: invite Gro\nphase B: invite Gro\n"
        let diagnostics = [plan + "\nphase D: without Anne, Bo, \"<Kernedeltager 3>\"", always].flatMap {
            Checker.check(SourceFile(path: "plan.netplan", text: $0)).diagnostics
        }
        let codes = Set(diagnostics.map(\.code))
        for code in ["NP201", "NP202", "NP203", "NP204", "NP205", "NP206", "NP207", "NP208", "NP209", "NP210", "NP214", "NP220"] {
            #expect(codes.contains(code), "the plan should trigger \(code)")
        }
        for diagnostic in diagnostics where diagnostic.code.hasPrefix("NP2") {
            let action = diagnostic.action
            #expect(action != nil, "\(diagnostic.code) has no action")
            if let action {
                for text in [action.en, action.da] {
                    #expect(!text.contains("`"), "\(diagnostic.code): \(text)")
                    #expect(text.first?.isUppercase == true, "\(diagnostic.code): \(text)")
                }
            }
        }
    }

    @Test func longPhaseNamesBreakOnlyWhereAHyphenGoes() {
        let soft = SoftHyphens.hyphen
        #expect(SoftHyphens.insert("Netværksdesign") == "Net\(soft)værks\(soft)de\(soft)sign")
        #expect(SoftHyphens.insert("Konkretisering og test") == "Kon\(soft)kre\(soft)ti\(soft)se\(soft)ring og test")
        #expect(SoftHyphens.insert("Idéudvikling") == "Idéud\(soft)vik\(soft)ling")
        #expect(SoftHyphens.insert("Evaluering og spredning") == "Eva\(soft)lue\(soft)ring og spred\(soft)ning")
        #expect(SoftHyphens.insert("Opstart") == "Opstart", "short words stay whole")
        #expect(SoftHyphens.insert("3F-møde \"x\"") == "3F-møde \"x\"")
        // Removing the soft hyphens gives the name back, for any name.
        for name in ["Netværksdesign", "Afprøvning i egen enhed", "Løbende opfølgning", "ÆØÅæøå", "aaaaaaaaaa", "bcdfghjklm"] {
            #expect(SoftHyphens.insert(name).filter { $0 != soft } == name)
        }
        let html = Self.report("core Anne: faglighed\nphase Netværksdesign\n")
        #expect(html.contains("<span class=\"pname\">Net\u{AD}værks\u{AD}de\u{AD}sign</span>"))
        // No style lets a phase header break a word without a hyphen.
        let style = ReportPage.style
        #expect(style.contains(".matrix th.phase { text-align: center; line-height: 1.25; overflow-wrap: normal; word-break: normal;"))
        let header = style.components(separatedBy: "\n").filter { $0.contains("th.phase") || $0.contains(".pname") }
        #expect(!header.contains { $0.contains("break-word") || $0.contains("anywhere") || $0.contains("break-all") })
    }

    @Test func theDiamondNamesWhoBringsEachCompetence() {
        var plan = "core Anne: faglighed\ncore Bo: faglighed\ngroup Pårørende: indsigt\nparticipant Erik: faglighed\n"
        for number in 1...5 { plan += "participant \"Deltager \(number)\": ressourcer\n" }
        plan += "phase A: invite Erik, Pårørende, \"Deltager 1\", \"Deltager 2\", \"Deltager 3\", \"Deltager 4\", \"Deltager 5\"\n"
        let result = Checker.check(SourceFile(path: "plan.netplan", text: plan))
        let corners = DiamondSVG.corners(result.plan)
        #expect(corners[0].holders.map(\.name) == ["Anne", "Bo", "Erik"])
        let svg = DiamondSVG.render(corners, language: .english)
        #expect(svg.contains(">Anne</text>") && svg.contains(">Bo</text>") && svg.contains(">Erik</text>"))
        #expect(svg.contains("<text class=\"holder grp\""))
        #expect(svg.contains(">Pårørende</text>"))
        // Five bring ressourcer: three by name, then how many more.
        #expect(svg.contains(">Deltager 3</text>") && !svg.contains(">Deltager 4</text>"))
        #expect(svg.contains(">+ 2 more</text>"))
        #expect(DiamondSVG.render(corners, language: .danish).contains(">+ 2 flere</text>"))
        // Core participants come first.
        let anne = svg.range(of: ">Anne</text>")?.lowerBound
        let erik = svg.range(of: ">Erik</text>")?.lowerBound
        #expect(anne != nil && erik != nil && anne! < erik!)
    }
}
