import Foundation
import NetplanBase
import NetplanSyntax

/// The method's three kinds of network, as a plan writes them after `kind`
/// (`network "Tema" kind velfærdsnetværk`), and the other ways people write them.
public enum NetworkKind: String, Sendable, CaseIterable {
    case learning = "læringsnetværk"
    case welfare = "velfærdsnetværk"
    case innovation = "innovationsnetværk"

    /// The kind meant by a name: the Danish name in any case, the Danish stem
    /// (`læring`, `velfærd`, `innovation`, also `laering`, `velfaerd`), the
    /// English word (`learning`, `welfare`, `innovation`), with or without
    /// "netværk"/"network" after it, a space or a hyphen. Nil for anything else.
    public init?(named name: String) {
        if let kind = NetworkKind(rawValue: name) {
            self = kind
            return
        }
        var key = name.lowercased().filter { $0 != " " && $0 != "-" }
        key = key.replacingOccurrences(of: "æ", with: "ae")
        for suffix in ["netværket", "netvaerket", "netværk", "netvaerk", "networks", "network"] where key.hasSuffix(suffix) {
            key = String(key.dropLast(suffix.count))
            break
        }
        if key.hasSuffix("s"), key.count > 1 { key = String(key.dropLast()) }
        switch key {
        case "laering", "learning": self = .learning
        case "velfaerd", "welfare": self = .welfare
        case "innovation": self = .innovation
        default: return nil
        }
    }

    /// The kind in English with its article: "a learning network", "an innovation network".
    public var withArticle: Text {
        switch self {
        case .learning: return Text(en: "a learning network", da: "et læringsnetværk")
        case .welfare: return Text(en: "a welfare network", da: "et velfærdsnetværk")
        case .innovation: return Text(en: "an innovation network", da: "et innovationsnetværk")
        }
    }
}
