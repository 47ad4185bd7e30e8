import Foundation
import NetplanBase
import NetplanCheck
import NetplanSyntax
import NetplanTesting
import NetplanViews

/// The measures of issue 16 ("A compact core"): peak memory per command, the
/// writers (`json`, `fmt`, `report`) against JSONDecoder and against
/// Foundation's own writers on the same content, and the summary of the six
/// targets (BenchTargets.swift in NetplanTesting).
extension Benchmark {
    /// The commands whose peak memory is measured, each in a process of its own.
    static let memoryCommands = ["check", "json", "fmt", "report", "matrix"]

    /// Peak memory of `netplan COMMAND PATH`, measured by a fresh small
    /// `netplan-bench --peak-rss` process (see ChildPeakMemory for why not
    /// from here), or nil if it failed.
    func peakMemory(_ command: String, _ path: String) -> ChildPeakMemory.Result? {
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
        // `report` and `matrix` are slow on big plans today (over 100 s at 20,000 lines): each command gets
        // a time limit; wait4 counts the children of `timeout` too, so the peak is netplan's.
        let limit = FileManager.default.isExecutableFile(atPath: "/usr/bin/timeout") ? ["/usr/bin/timeout", "\(options.commandSeconds)"] : []
        let arguments = ["--peak-rss"] + limit + [netplan, command, path]
        guard let output = try? capture(arguments, executable: me) else { return nil }
        let fields = String(decoding: output, as: UTF8.self).split(whereSeparator: \.isWhitespace)
        guard fields.count == 2, let status = Int32(fields[0]), let bytes = Int(fields[1]) else { return nil }
        return ChildPeakMemory.Result(status: status, peakBytes: bytes)
    }

    /// Prints each command's peak memory as a ratio to the file size and
    /// records them; returns the ratio for `check`.
    func measureMemory(_ path: String, fileBytes: Int, into summary: inout BenchSummary) -> Double? {
        print("peak memory per command (each its own process), file \(fileBytes / 1_000_000) MB:")
        var checkRatio: Double?
        for command in Self.memoryCommands {
            guard let result = peakMemory(command, path) else {
                print("  \(pad(command, 8)) could not be measured")
                continue
            }
            let ratio = Double(result.peakBytes) / Double(fileBytes)
            if result.status == 124, !(summary.notes["timed-out"] ?? "").contains(command) {
                print("  \(pad(command, 8)) did not finish within \(options.commandSeconds) s")
                summary.notes["timed-out", default: ""] += command + " "
                continue
            }
            let exit = result.status == 0 ? "" : " (exit status \(result.status))"
            print("  \(pad(command, 8)) \(pad("\(result.peakBytes / 1_000_000) MB", 9)) \(String(format: "%.1fx", ratio)) the file\(exit)")
            summary.extra["memory-\(command)-vs-file"] = ratio
            summary.extra["memory-\(command)-mb"] = Double(result.peakBytes) / 1e6
            if command == "check" { checkRatio = ratio }
        }
        if let checkRatio {
            print("  check: target <= 10x, stretch <= 4x: \(checkRatio <= 4 ? "stretch met" : checkRatio <= 10 ? "met" : "NOT met")")
        }
        print("")
        return checkRatio
    }

    /// The writers, each against the same JSONDecoder run: ours (`json`,
    /// `fmt`, `report`) and Foundation's writing the plain-JSON peer.
    func measureWriters(
        _ result: CheckResult, source: SourceFile, plainJSON: Data, decoder: Double, into summary: inout BenchSummary
    ) throws -> [(String, Double)] {
        let plain = try JSONDecoder().decode(PlainPlan.self, from: plainJSON)
        let object = try JSONSerialization.jsonObject(with: plainJSON)
        let json = best { sink &+= PlanJSON.bytes(result).count }
        let fmt = best { sink &+= ((try? PlanFormatter.formattedBytes(source))?.count ?? 0) }
        // The report is far slower than the rest today: timed in-process only on small plans.
        let report = source.bytes.count <= options.reportBytes
            ? best { sink &+= HTMLReport.bytes(result, language: .english).count } : Double.nan
        let encoder = best { sink &+= (try? JSONEncoder().encode(plain))?.count ?? 0 }
        let serialization = best { sink &+= (try? JSONSerialization.data(withJSONObject: object))?.count ?? 0 }
        summary.measured["json-vs-decoder"] = json / decoder
        summary.measured["fmt-vs-decoder"] = fmt / decoder
        summary.extra["report-vs-decoder"] = report / decoder
        summary.extra["peer-jsonencoder-vs-decoder"] = encoder / decoder
        summary.extra["peer-jsonserialization-data-vs-decoder"] = serialization / decoder
        summary.extra["json-vs-jsonserialization-data"] = json / serialization
        summary.extra["json-vs-jsonencoder"] = json / encoder
        return [
            ("json (writer)", json), ("fmt (writer)", fmt), ("report (HTML writer)", report),
            ("peer writer: JSONEncoder (Codable)", encoder), ("peer writer: JSONSerialization.data", serialization),
        ]
    }

    /// The closing table of the six targets, and the JSON of the run when asked.
    func printSummary(_ summary: BenchSummary) {
        print("\nIssue 16 targets (ratios in this run; the machine may be shared, see docs/performance.md):\n")
        print(summary.table())
        if let descriptor = options.jsonDescriptor {
            let data = summary.json() + Data("\n".utf8)
            data.withUnsafeBytes { buffer in _ = write(descriptor, buffer.baseAddress, buffer.count) }
        }
    }
}

/// `netplan-bench --peak-rss EXECUTABLE ARGUMENTS...`: runs the command once
/// and prints its exit status and peak memory in bytes. A fresh small process,
/// so that the child's peak is its own (see ChildPeakMemory).
func peakRSSMode(_ arguments: [String]) -> Int32 {
    guard let executable = arguments.first, let result = ChildPeakMemory.measure(executable, Array(arguments.dropFirst())) else {
        FileHandle.standardError.write(Data("netplan-bench: --peak-rss EXECUTABLE ARGUMENTS...: could not run it\n".utf8))
        return 2
    }
    print("\(result.status) \(result.peakBytes)")
    return 0
}
