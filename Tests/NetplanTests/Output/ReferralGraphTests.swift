import Foundation
import Testing

@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanViews

@Suite struct ReferralGraphTests {
    static func dot(_ text: String, phases: Bool = false, language: Language = .english) -> String {
        ReferralGraph.dot(
            Checker.check(SourceFile(path: "plan.netplan", text: text)).plan, language: language, phases: phases)
    }

    static func lines(_ dot: String) -> [String] {
        dot.split(separator: "\n").map { $0.trimmingPrefix(while: { $0 == " " }) }.map(String.init)
    }

    @Test func edgesGoFromReferrerToParticipantInDeclarationOrder() {
        let dot = Self.dot(PlanningMatrixTests.plan)
        let edges = Self.lines(dot).filter { $0.contains(" -> ") && !$0.contains("legend") && !$0.hasPrefix("//") }
        #expect(edges == ["\"Anne\" -> \"Bo\";", "\"Bo\" -> \"Erik\";"])
    }

    @Test func kindsHaveTheirOwnStyles() {
        let lines = Self.lines(Self.dot(PlanningMatrixTests.plan))
        #expect(
            lines.contains(
                "\"Anne\" [label=\"Anne\", shape=box, style=\"filled,bold\", fillcolor=\"#f6c85f\", penwidth=2];"))
        #expect(lines.contains("\"Erik\" [label=\"Erik\", shape=ellipse, style=filled, fillcolor=\"#e8f1fa\"];"))
        #expect(lines.contains("\"Borgere\" [label=\"Borgere\", shape=folder, style=filled, fillcolor=\"#e3f2e1\"];"))
        #expect(
            lines.contains(
                "\"Pårørende\" [label=\"Pårørende\", shape=folder, style=\"filled,dashed\", fillcolor=\"#e3f2e1\"];"),
            "a built-in group is dashed")
    }

    @Test func theWholeGraphIsExact() {
        let expected = """
            // Referral graph made by netplan: an edge A -> B means B was found via A.
            digraph referrals {
              graph [label="Net", labelloc=t, fontname="Helvetica", rankdir=LR];
              node [fontname="Helvetica"];
              edge [fontname="Helvetica", color="#555555"];

              // Core participants
              "Anne" [label="Anne", shape=box, style="filled,bold", fillcolor="#f6c85f", penwidth=2];

              // Involved as needed
              "Erik" [label="Erik", shape=ellipse, style=filled, fillcolor="#e8f1fa"];

              // Referrals (via)
              "Anne" -> "Erik";

              subgraph cluster_legend {
                label="Legend";
                style=dashed;
                color="#aaaaaa";
                "legend: core" [label="core participant", shape=box, style="filled,bold", fillcolor="#f6c85f", penwidth=2];
                "legend: as needed" [label="involved as needed", shape=ellipse, style=filled, fillcolor="#e8f1fa"];
                "legend: group" [label="group", shape=folder, style=filled, fillcolor="#e3f2e1"];
                "legend: core" -> "legend: as needed" [label="pointed to (via)"];
              }
            }

            """
        #expect(
            Self.dot("network Net\ncore Anne: faglighed\nparticipant Erik: indsigt via Anne\nphase P: invite Erik")
                == expected)
    }

    @Test func quotesAndBackslashesAreEscapedAndNonASCIIKept() {
        #expect(ReferralGraph.quote("Bo \"Bob\" N\\") == "\"Bo \\\"Bob\\\" N\\\\\"")
        #expect(ReferralGraph.quote("Søren Ærø") == "\"Søren Ærø\"")
        #expect(ReferralGraph.quote("two\nlines") == "\"two\\nlines\"")
        let dot = Self.dot(
            """
            core "a\\\\": faglighed
            core "Bo \\"Bob\\"": indsigt via "a\\\\"
            phase P
            """)
        #expect(dot.contains("\n  \"a\\\\\" -> \"Bo \\\"Bob\\\"\";\n"))
        #expect(dot.contains("\n  \"Bo \\\"Bob\\\"\" [label=\"Bo \\\"Bob\\\"\", "))
    }

    @Test func phasesBecomeClustersOfCopiesInPhaseOrder() {
        let dot = Self.dot(PlanningMatrixTests.plan, phases: true)
        #expect(dot.contains("  subgraph cluster_referrals {\n    label=\"Referrals (via)\";"))
        #expect(dot.contains("    \"Anne\" -> \"Bo\";\n"))
        #expect(dot.contains("  subgraph cluster_1 {\n    label=\"1. Start\\n2027-01-04 – 2027-01-29\";"))
        #expect(dot.contains("  subgraph cluster_2 {\n    label=\"2. Idé\";"))
        // Test: Anne is left out; Bo (core), then the invited Erik and Pårørende.
        let third = dot.components(separatedBy: "subgraph cluster_3 {")[1].components(separatedBy: "  }")[0]
        #expect(third.contains("\"3: Bo\" [label=\"Bo\", shape=box"))
        #expect(third.contains("\"3: Erik\" [label=\"Erik\", shape=ellipse"))
        #expect(third.contains("\"3: Pårørende\" [label=\"Pårørende\", shape=folder, style=\"filled,dashed\""))
        #expect(!third.contains("Anne"))
        #expect(
            dot.contains("  \"1: Anne\" -> \"2: Anne\" [style=invis];\n  \"2: Anne\" -> \"3: Bo\" [style=invis];\n"))
    }

    @Test func helperNodesNeverTakeAParticipantsID() {
        let dot = Self.dot(
            """
            core "1: Anne": faglighed
            core Anne: indsigt
            core "legend: core": ressourcer
            phase P
            """, phases: true)
        #expect(dot.contains("\"1: Anne'\" [label=\"Anne\""))
        #expect(dot.contains("\"1: 1: Anne\" [label=\"1: Anne\""))
        #expect(dot.contains("\"legend: core'\" [label=\"core participant\""))
    }

    @Test func anEmptyPhaseStillGetsABox() {
        let dot = Self.dot("participant Erik: indsigt\nphase Tom: invite Erik\nphase Tom2", phases: true)
        #expect(dot.contains("subgraph cluster_2 {"))
        #expect(dot.contains("\"2: nobody\" [label=\"(nobody present)\", shape=plaintext];"))
    }

    @Test func danishWords() {
        let dot = Self.dot(PlanningMatrixTests.plan, phases: true, language: .danish)
        #expect(dot.contains("label=\"Forklaring\""))
        #expect(dot.contains("// Kernedeltagere"))
        #expect(dot.contains("label=\"Henvisninger (via)\""))
    }

    /// The legend speaks the glossary: role names, "har foreslået" for a
    /// referral and "skrevet i planen" for a declaration (never "erklæret").
    @Test func danishLegendUsesTheVocabulary() {
        let plan = "leader Mette\ncore Anne: faglighed via Mette\nphase Start: invite Borgere"
        let dot = Self.dot(plan, language: .danish)
        #expect(dot.contains("// Henvisningsgraf lavet af netplan: en pil A -> B betyder, at A har foreslået B."))
        #expect(dot.contains("Mette\\nnetværksleder"))
        #expect(dot.contains("[label=\"netværksleder, co-driver eller referenceleder\""))
        #expect(dot.contains("[label=\"indbygget gruppe, ikke skrevet i planen\""))
        #expect(dot.contains("[label=\"har foreslået (via)\"]"))
        #expect(!dot.contains("erklær"))
    }

    @Test func outputIsByteIdenticalAcrossRuns() {
        for phases in [false, true] {
            #expect(
                Self.dot(PlanningMatrixTests.plan, phases: phases) == Self.dot(PlanningMatrixTests.plan, phases: phases)
            )
        }
    }
}
