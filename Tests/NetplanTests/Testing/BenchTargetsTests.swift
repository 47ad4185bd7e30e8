import Foundation
import Testing
import NetplanTesting

/// The summary of issue 16's six targets that `netplan-bench` prints at the
/// end and writes with `--json`.
@Suite struct BenchTargetsTests {
    @Test func theSixTargetsOfTheIssue() {
        let byID = Dictionary(uniqueKeysWithValues: BenchTarget.all.map { ($0.id, $0) })
        #expect(BenchTarget.all.count == 6)
        let expected: [(String, Double, Double)] = [
            ("check-vs-decoder", 0.33, 0.15), ("json-vs-decoder", 1.0, 0.3), ("fmt-vs-decoder", 0.5, 0.2),
            ("check-memory-vs-file", 10, 4), ("growth-10x", 12, 10.5), ("lsp-latency-ms", 15, 5),
        ]
        for (id, target, stretch) in expected {
            #expect(byID[id]?.target == target, "\(id)")
            #expect(byID[id]?.stretch == stretch, "\(id)")
        }
    }

    @Test func verdictsAtAndAroundTheLimits() throws {
        let memory = try #require(BenchTarget.all.first { $0.id == "check-memory-vs-file" })
        var summary = BenchSummary()
        #expect(summary.verdict(memory) == .notMeasured)
        for (value, verdict) in [(36.3, BenchSummary.Verdict.notMet), (10.01, .notMet), (10, .met), (4.5, .met), (4, .stretch), (1, .stretch)] {
            summary.measured[memory.id] = value
            #expect(summary.verdict(memory) == verdict, "\(value)")
        }
        summary.measured[memory.id] = .nan
        #expect(summary.verdict(memory) == .notMeasured)
    }

    @Test func theTableHasARowPerTargetWithItsResult() {
        var summary = BenchSummary()
        summary.measured["check-vs-decoder"] = 1.78
        summary.measured["lsp-latency-ms"] = 4.2
        let lines = summary.table().split(separator: "\n")
        #expect(lines.count == 2 + 6)
        #expect(lines.contains("| `check` end to end / JSONDecoder | 1.78x | <= 0.33x | <= 0.15x | NOT met |"))
        #expect(lines.contains("| LSP diagnostics after a change, 5,000 lines | 4.20 ms | <= 15.0 ms | <= 5.00 ms | stretch met |"))
        #expect(lines.contains("| `fmt` / JSONDecoder | - | <= 0.50x | <= 0.20x | not measured |"))
    }

    @Test func theJSONCarriesTheSameNumbers() throws {
        var summary = BenchSummary()
        summary.measured["growth-10x"] = 11
        summary.measured["json-vs-decoder"] = .infinity
        summary.extra["memory-fmt-vs-file"] = 12.5
        summary.notes["lines"] = "396010"
        let object = try #require(try JSONSerialization.jsonObject(with: summary.json()) as? [String: Any])
        let targets = try #require(object["targets"] as? [[String: Any]])
        #expect(targets.map { $0["id"] as? String } == BenchTarget.all.map(\.id))
        let growth = try #require(targets.first { $0["id"] as? String == "growth-10x" })
        #expect(growth["measured"] as? Double == 11)
        #expect(growth["target"] as? Double == 12)
        #expect(growth["stretch"] as? Double == 10.5)
        #expect(growth["result"] as? String == "met")
        let json = try #require(targets.first { $0["id"] as? String == "json-vs-decoder" })
        #expect(json["measured"] is NSNull)
        #expect(json["result"] as? String == "not measured")
        #expect((object["extra"] as? [String: Double])?["memory-fmt-vs-file"] == 12.5)
        #expect((object["notes"] as? [String: String])?["lines"] == "396010")
    }
}
