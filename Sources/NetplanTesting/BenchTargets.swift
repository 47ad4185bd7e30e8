import Foundation

/// The six targets of issue 16 ("A compact core") and one run's measured
/// ratios against them: printed by `netplan-bench` as a table at the end and
/// written with `--json`, so docs/performance.md can be regenerated from a run.
/// Every target is "at most": a lower ratio is better.
public struct BenchTarget: Sendable, Equatable {
    /// Stable key in the JSON output.
    public var id: String
    /// What is measured, as the table shows it.
    public var measure: String
    public var target: Double
    public var stretch: Double
    /// The unit of the ratio as printed ("x" for ratios, " ms" for latency).
    public var unit: String

    public static let all: [BenchTarget] = [
        BenchTarget(id: "check-vs-decoder", measure: "`check` end to end / JSONDecoder", target: 0.33, stretch: 0.15, unit: "x"),
        BenchTarget(id: "json-vs-decoder", measure: "`json` / JSONDecoder", target: 1.0, stretch: 0.3, unit: "x"),
        BenchTarget(id: "fmt-vs-decoder", measure: "`fmt` / JSONDecoder", target: 0.5, stretch: 0.2, unit: "x"),
        BenchTarget(id: "check-memory-vs-file", measure: "peak memory of `check` / file size", target: 10, stretch: 4, unit: "x"),
        BenchTarget(id: "growth-10x", measure: "time at 10x input / time at 1x", target: 12, stretch: 10.5, unit: "x"),
        BenchTarget(id: "lsp-latency-ms", measure: "LSP diagnostics after a change, 5,000 lines", target: 15, stretch: 5, unit: " ms"),
    ]
}

/// One run's results against the targets.
public struct BenchSummary: Sendable {
    public enum Verdict: String, Sendable {
        case stretch = "stretch met"
        case met = "met"
        case notMet = "NOT met"
        case notMeasured = "not measured"
    }

    /// Measured values by target id; a target without one is "not measured".
    public var measured: [String: Double] = [:]
    /// Other numbers of the run (sizes, peers, per-command memory), for the JSON output.
    public var extra: [String: Double] = [:]
    /// Free-form facts of the run (date, lines, machine), for the JSON output.
    public var notes: [String: String] = [:]

    public init() {}

    public func verdict(_ target: BenchTarget) -> Verdict {
        guard let value = measured[target.id], value.isFinite else { return .notMeasured }
        if value <= target.stretch { return .stretch }
        return value <= target.target ? .met : .notMet
    }

    /// The summary table, one target a line, in Markdown so it can be pasted into docs/performance.md.
    public func table() -> String {
        var lines = ["| measure | measured | target | stretch | result |", "|---|---:|---:|---:|---|"]
        for target in BenchTarget.all {
            let value = measured[target.id].map { Self.number($0) + target.unit } ?? "-"
            lines.append(
                "| \(target.measure) | \(value) | <= \(Self.number(target.target))\(target.unit) "
                    + "| <= \(Self.number(target.stretch))\(target.unit) | \(verdict(target).rawValue) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The same numbers as JSON: `targets` (id, measure, measured or null, target, stretch, result), `extra`, `notes`.
    public func json() -> Data {
        let targets: [[String: Any]] = BenchTarget.all.map { target in
            [
                "id": target.id, "measure": target.measure,
                "measured": measured[target.id].flatMap { $0.isFinite ? $0 : nil } ?? NSNull(),
                "target": target.target, "stretch": target.stretch, "result": verdict(target).rawValue,
            ]
        }
        let finiteExtra = extra.filter { $0.value.isFinite }
        let object: [String: Any] = ["targets": targets, "extra": finiteExtra, "notes": notes]
        return (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])) ?? Data()
    }

    static func number(_ value: Double) -> String {
        if value >= 100 { return String(format: "%.0f", value) }
        if value >= 10 { return String(format: "%.1f", value) }
        return String(format: "%.2f", value)
    }
}
