import NetplanBase
import NetplanCheck

/// The method's phases for each kind of network, as the starter plan writes
/// them: a name, what happens, its clauses, how long, and its meeting.
extension StarterPlan {
    /// A phase of the template: its name and what happens in it.
    struct TemplatePhase {
        package var name: String
        package var about: Text
        /// After `:` in the phase line, or nil.
        package var clauses: String?
        /// How many weeks the starter plan gives it.
        package var weeks: Int = 3
        /// The meeting the starter plan puts in it (a label, in Danish like the phase names).
        package var meeting: String = "Netværksmøde"
    }

    /// The phases every kind starts with: the handbook's phases in order
    /// (its unnamed step between discovery and ideas is left out).
    static func opening(expert: String) -> [TemplatePhase] {
        [
            TemplatePhase(
                name: "Opstart",
                about: Text(
                    en: "Start-up: agreements with the reference leader, the line manager and the co-driver.",
                    da: "Aftaler med referenceleder, personaleleder og co-driver."),
                weeks: 2, meeting: "Opstartsmøde"),
            TemplatePhase(
                name: "Netværksdesign",
                about: Text(
                    en: "Network design: find the participants and plan how each is involved.",
                    da: "Find deltagerne, og planlæg, hvordan hver enkelt inddrages."),
                weeks: 3, meeting: "Designmøde"),
            TemplatePhase(
                name: "Fokusering",
                about: Text(en: "Focusing: sharpen the theme together.", da: "Skærp temaet sammen."),
                weeks: 3, meeting: "Fokusworkshop"),
            TemplatePhase(
                name: "Opdagelse",
                about: Text(
                    en: "Discovery: go out into practice, interview and observe.",
                    da: "Gå ud i praksis: interview og observér."),
                clauses: "invite Borgere for \"fortæller om deres hverdag\", \(expert) needs indsigt",
                weeks: 4, meeting: "Borgerværksted"),
            TemplatePhase(
                name: "Idéudvikling og prioritering",
                about: Text(
                    en: "Ideas and priorities: many ideas first, then choose.",
                    da: "Mange idéer først, så vælger I."),
                clauses: "invite Borgere for \"giver idéer og prioriterer med\" needs faglighed, indsigt",
                weeks: 3, meeting: "Idéværksted"),
        ]
    }

    /// The phases after the ideas, where the kinds of network differ.
    static func closing(_ kind: Kind, expert: String) -> [TemplatePhase] {
        let evaluation = TemplatePhase(
            name: "Evaluering og spredning",
            about: Text(
                en: "Evaluate, and spread what works to new settings.",
                da: "Evaluér, og spred det, der virker, til nye steder."),
            clauses: "needs handlekraft", weeks: 4, meeting: "Evalueringsmøde")
        let closing = TemplatePhase(
            name: "Afrunding",
            about: Text(
                en: "Closing: tell the participants where their ideas went.",
                da: "Fortæl deltagerne, hvor deres idéer endte."),
            clauses: "invite Borgere for \"hører, hvad idéerne blev til\", \(expert)", weeks: 2,
            meeting: "Afslutningsmøde")
        let concrete = TemplatePhase(
            name: "Konkretisering og test",
            about: Text(
                en: "Make it concrete and test small, with those the idea is for.",
                da: "Gør idéen konkret, og test i det små sammen med dem, den er til."),
            clauses: "invite Borgere for \"tester idéen med os\" needs indsigt, ressourcer, handlekraft",
            weeks: 8, meeting: "Testmøde")
        switch kind {
        case .learning:
            return [
                TemplatePhase(
                    name: "Afprøvning i egen enhed",
                    about: Text(
                        en: "Each participant tries what the network has learnt in their own unit.",
                        da: "Hver deltager afprøver det, netværket har lært, i sin egen enhed."),
                    clauses: "needs faglighed, handlekraft", weeks: 3, meeting: "Erfaringsmøde"),
                evaluation, closing,
            ]
        case .welfare:
            return [
                concrete,
                TemplatePhase(
                    name: "Testfase",
                    about: Text(
                        en: """
                            The test phase: after about six months, the chosen ideas are tested in
                            practice, with the money the reference leader has found for it.
                            """,
                        da: """
                            Testfasen: efter omkring seks måneder afprøves de valgte idéer i praksis,
                            med de midler, referencelederen har fundet til det.
                            """),
                    clauses: "invite Borgere for \"er med i testen\" needs indsigt, ressourcer, handlekraft",
                    weeks: 12, meeting: "Statusmøde om testen"),
                evaluation, closing,
            ]
        case .innovation:
            return [
                concrete, evaluation,
                TemplatePhase(
                    name: "Løbende opfølgning",
                    about: Text(
                        en: """
                            An innovation network has no fixed end: meet regularly to review the
                            work and decide what comes next. Add a phase Afrunding when you
                            decide to close the network.
                            """,
                        da: """
                            Et innovationsnetværk har ingen fast slutdato: mød jer jævnligt, se på
                            arbejdet, og beslut, hvad der skal ske nu. Tilføj en fase Afrunding,
                            når I beslutter at lukke netværket.
                            """),
                    clauses: "invite \(expert) needs ressourcer", weeks: 12, meeting: "Opfølgningsmøde"),
            ]
        }
    }
}
