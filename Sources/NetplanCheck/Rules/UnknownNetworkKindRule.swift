import NetplanBase
import NetplanSyntax

/// A `network ... kind` that is not one of the method's three network types.
public struct UnknownNetworkKindRule: Rule {
    public init() {}

    package static let kinds = NetworkKind.allCases.map(\.rawValue)

    public let description = RuleDescription(
        code: "NP214", identifier: "unknown-network-kind", severity: .warning,
        title: Text(en: "A network kind the method does not know", da: "En netværkstype, metoden ikke kender"),
        rationale: Text(
            en: "The method has three kinds of network, each with its own length and rhythm: a learning network (læringsnetværk) of four to five months, a welfare network (velfærdsnetværk) of about six months followed by a test phase, and an open-ended innovation network (innovationsnetværk). A misspelt kind goes unnoticed in reports and exports, so netplan points it out.",
            da: "Metoden har tre netværkstyper, hver med sin egen længde og rytme: et læringsnetværk på fire til fem måneder, et velfærdsnetværk på cirka seks måneder efterfulgt af en testfase og et åbent innovationsnetværk. En stavefejl i typen går ubemærket gennem rapporter og eksporter, så netplan gør opmærksom på den."),
        triggering: [
            "network Tema kind ↓velfærdsnetvær\ncore Anne: faglighed\nphase Start",
            "network Tema kind ↓innovation\ncore Anne: faglighed\nphase Start",
            "network Tema kind ↓\"welfare network\"\ncore Anne: faglighed\nphase Start",
        ],
        nonTriggering: ["network Tema kind innovationsnetværk\ncore Anne: faglighed\nphase Start"])

    public func check(_ context: RuleContext) -> [Diagnostic] {
        guard let kind = context.plan.network?.kind, !Self.kinds.contains(kind.text) else { return [] }
        // The short forms and English words people write (`innovation`,
        // `læring`, `welfare`) first, then spelling.
        let suggestion = NetworkKind(named: kind.text)?.rawValue ?? Suggest.closest(to: kind.text, among: Self.kinds)
        return [
            finding(
                Text(
                    en: "`\(kind.text)` is not one of the method's network kinds",
                    da: "`\(kind.text)` er ikke en af metodens netværkstyper"),
                at: kind.range,
                help: suggestion.map { Text(en: "did you mean `\($0)`?", da: "mente du `\($0)`?") }
                    ?? Text(en: "use ", da: "brug ") + Text.alternatives(Self.kinds),
                action: suggestion.map {
                    Text(en: "Write the network's kind as \($0)", da: "Skriv netværkets type som \($0)")
                } ?? Text(
                    en: "Write the network's kind as \(ActionWords.either(Self.kinds).en)",
                    da: "Skriv netværkets type som \(ActionWords.either(Self.kinds).da)"))
        ]
    }
}
