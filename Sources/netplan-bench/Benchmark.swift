import Foundation
import NetplanBase
import NetplanSyntax
import NetplanCheck
import NetplanViews
import NetplanTesting
import NetplanLanguageServer

/// Results are added here so the optimiser cannot drop the work that made them.
nonisolated(unsafe) var sink = 0

/// Runs every measurement and prints the table.
struct Benchmark {
    let options: BenchOptions
    let work: URL
    let netplan: String

    init(options: BenchOptions) {
        self.options = options
        work = FileManager.default.temporaryDirectory.appendingPathComponent("netplan-bench-\(getpid())")
        // The netplan binary built next to this one.
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        netplan = me.deletingLastPathComponent().appendingPathComponent("netplan").path
    }

    func run() -> Int32 {
        do {
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: work) }
            try measure()
            return 0
        } catch {
            FileHandle.standardError.write(Data("netplan-bench: \(error)\n".utf8))
            return 1
        }
    }

    /// Best wall-clock time of `runs` runs, in seconds.
    func best(_ runs: Int? = nil, _ body: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<(runs ?? options.runs) {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            best = min(best, elapsed)
        }
        return best
    }

    func measure() throws {
        #if DEBUG
            print("warning: this is a debug build; measure with `swift run -c release netplan-bench`\n")
        #endif
        print("netplan-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, best of \(options.runs) runs, seed \(options.seed)\n")

        // The plan at 1x (a tenth) and 10x (the full size).
        let big = PlanGenerator(seed: options.seed).healthyPlan(lines: options.lines)
        let small = PlanGenerator(seed: options.seed).healthyPlan(lines: options.lines / 10)
        let bigBytes = Array(big.text.utf8)
        let bigPath = work.appendingPathComponent("plan.netplan")
        try Data(bigBytes).write(to: bigPath)
        let source = SourceFile(path: bigPath.path, bytes: bigBytes)
        let tree = Parser.parse(source)
        let result = Checker.check(source)
        let plainJSON = Data(PlainPlan.json(from: tree).utf8)
        let megabytes = Double(bigBytes.count) / 1e6
        let lineCount = source.lineCount - 1
        print("plan: \(lineCount) lines, \(big.statements) statements, \(String(format: "%.1f", megabytes)) MB; findings: \(result.diagnostics.count)")
        print("same content as plain JSON: \(String(format: "%.1f", Double(plainJSON.count) / 1e6)) MB\n")

        var summary = BenchSummary()
        summary.notes["lines"] = "\(lineCount)"
        summary.notes["file-mb"] = String(format: "%.1f", megabytes)
        summary.notes["cores"] = "\(ProcessInfo.processInfo.activeProcessorCount)"
        summary.notes["runs"] = "best of \(options.runs)"
        summary.notes["date"] = ISO8601DateFormatter().string(from: Date())
        // Peak memory of each command, each measured in a process of its own.
        let memory = measureMemory(bigPath.path, fileBytes: bigBytes.count, into: &summary)
        summary.measured["check-memory-vs-file"] = memory

        var rows: [(String, Double)] = []
        rows.append(("raw byte scan (count lines)", best { sink &+= countLines(bigBytes) }))
        rows.append(("lex", best { _ = Lexer(source: source).tokenize() }))
        rows.append(("lex + parse", best { _ = Parser.parse(source) }))
        rows.append(("resolve", best { _ = Resolver.resolve(tree) }))
        let plan = Resolver.resolve(tree)
        rows.append(("rules", best { for rule in RuleRegistry.all { _ = rule.check(RuleContext(plan: plan)) } }))
        let endToEnd = try best { try checkEndToEnd(bigPath.path) }
        rows.append(("check end to end (read, check, render)", endToEnd))
        let process = try best { try runNetplan(["check", bigPath.path]) }
        rows.append(("`netplan check` as a process", process))
        let decoder = try best { _ = try JSONDecoder().decode(PlainPlan.self, from: plainJSON) }
        rows.append(("peer: JSONDecoder into Codable structs", decoder))
        let serialization = try best { _ = try JSONSerialization.jsonObject(with: plainJSON) }
        rows.append(("peer: JSONSerialization", serialization))
        rows += try measureWriters(result, source: source, plainJSON: plainJSON, decoder: decoder, into: &summary)
        summary.measured["check-vs-decoder"] = endToEnd / decoder
        summary.extra["check-process-vs-decoder"] = process / decoder

        print(pad("measurement", 42) + pad("best", 10) + pad("MB/s", 10) + pad("stmts/s", 12) + "vs JSONDecoder")
        for (name, seconds) in rows where seconds.isFinite {
            print(
                pad(name, 42) + pad(format(seconds * 1000, "ms"), 10) + pad(String(format: "%.0f", megabytes / seconds), 10)
                    + pad(String(format: "%.2gM", Double(big.statements) / seconds / 1e6), 12)
                    + String(format: "%.2fx", seconds / decoder))
        }

        print("\nTargets (ratios in this run):")
        report("end-to-end check / JSONDecoder (target <= 0.33, stretch 0.15)", endToEnd / decoder, 0.33)
        report("`netplan check` process / JSONDecoder", process / decoder, 0.33)

        // Scaling: 10x the input.
        let smallPath = work.appendingPathComponent("small.netplan")
        try Data(small.text.utf8).write(to: smallPath)
        let smallTime = try best { try checkEndToEnd(smallPath.path) }
        report("scaling: time at 10x / time at 1x (target <= 12, stretch 10.5)", endToEnd / smallTime, 12)
        summary.measured["growth-10x"] = endToEnd / smallTime

        try measureFolder()
        try measureSchema()
        summary.measured["lsp-latency-ms"] = measureLanguageServer()
        measureLanguageServerBurst()
        measureGrowth()
        printSummary(summary)
    }

    /// Runs one measurement once on a plan of `options.lines` lines, so an
    /// instruction counter such as callgrind can compare netplan and its peer
    /// without timing noise. Generation happens outside the measured part only
    /// in the sense that both modes pay it equally.
    func runOnce(_ what: String) -> Int32 {
        if what.hasPrefix("growth:") { return runGrowthOnce(what) }
        if what.hasPrefix("stage:") || (what.hasPrefix("prep:") && !what.hasPrefix("prep:encoder") && !what.hasPrefix("prep:serialization")) {
            return runStageOnce(what)
        }
        let plan = PlanGenerator(seed: options.seed).healthyPlan(lines: options.lines)
        let bytes = Array(plan.text.utf8)
        let source = SourceFile(path: "plan.netplan", bytes: bytes)
        let json = Data(PlainPlan.json(from: Parser.parse(source)).utf8)
        switch what {
        case "check":
            sink &+= Checker.check(SourceFile(path: "plan.netplan", bytes: bytes)).diagnostics.count
        case "decoder":
            sink &+= (try? JSONDecoder().decode(PlainPlan.self, from: json))?.participants.count ?? 0
        case "encoder", "serialization-data", "prep:encoder", "prep:serialization-data":
            // The writer peers: what they write is decoded first (all of `prep:`), then written once.
            let plain = try? JSONDecoder().decode(PlainPlan.self, from: json)
            let object = try? JSONSerialization.jsonObject(with: json)
            if what == "encoder", let plain { sink &+= (try? JSONEncoder().encode(plain))?.count ?? 0 }
            if what == "serialization-data", let object {
                sink &+= (try? JSONSerialization.data(withJSONObject: object))?.count ?? 0
            }
        case "none":
            break
        case "lsp":
            measureLanguageServer()
        case "lsp-burst":
            measureLanguageServerBurst()
        default:
            FileHandle.standardError.write(Data("netplan-bench: --only takes check, decoder, encoder, serialization-data, prep:encoder, prep:serialization-data, none, lsp, lsp-burst, stage:NAME, prep:NAME or growth:NAME:SCALE\n".utf8))
            return 2
        }
        return 0
    }

    func checkEndToEnd(_ path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let result = Checker.check(SourceFile(path: path, bytes: [UInt8](data)))
        let renderer = TextRenderer()
        var out = renderer.render(FileDiagnostics(source: result.source, diagnostics: result.diagnostics))
        out += renderer.summary(errors: 0, warnings: 0, notes: 0, files: 1)
        if out.isEmpty { print("") }
    }

    func countLines(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            for byte in buffer where byte == 0x0A { count &+= 1 }
            return count
        }
    }

    /// Runs the netplan binary and waits; output is discarded.
    @discardableResult
    func runNetplan(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: netplan)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    func measureFolder() throws {
        let folder = work.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for index in 0..<options.folderPlans {
            let plan = PlanGenerator(seed: options.seed + UInt64(index)).healthyPlan(lines: options.folderPlanLines)
            try Data(plan.text.utf8).write(to: folder.appendingPathComponent("plan-\(index).netplan"))
        }
        let one = try best { try runNetplan(["check", "--jobs", "1", folder.path]) }
        let all = try best { try runNetplan(["check", folder.path]) }
        print("")
        report(
            "folder of \(options.folderPlans) plans: 1 worker / all cores (target >= 1.6)", one / all, 1.6, higherIsBetter: true)
        // Output order must not depend on the number of workers.
        let sequential = try capture(["check", "--jobs", "1", "--format", "json", folder.path])
        let parallel = try capture(["check", "--format", "json", folder.path])
        print("  output identical with 1 worker and all cores: \(sequential == parallel ? "yes" : "NO")")
    }

    func capture(_ arguments: [String], executable: String? = nil) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? netplan)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    /// Peer: python3 jsonschema validating `netplan json` output, against netplan
    /// producing that JSON (check + json), on a smaller plan because it is slow.
    func measureSchema() throws {
        let schema = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            .appendingPathComponent("docs/netplan.schema.json")
        guard FileManager.default.fileExists(atPath: schema.path) else {
            print("\npython3 jsonschema peer skipped: run from the repository root to find docs/netplan.schema.json")
            return
        }
        let plan = PlanGenerator(seed: options.seed).healthyPlan(lines: options.schemaLines)
        let source = SourceFile(path: "schema.netplan", bytes: Array(plan.text.utf8))
        var json = ""
        let netplanTime = best { json = PlanJSON.value(Checker.check(source)).serialized() }
        let jsonPath = work.appendingPathComponent("schema.json")
        try Data(json.utf8).write(to: jsonPath)
        let script = """
            import json, sys, time
            import jsonschema
            schema = json.load(open(sys.argv[1]))
            document = json.load(open(sys.argv[2]))
            validator = jsonschema.Draft202012Validator(schema)
            best = None
            for _ in range(2):
                start = time.perf_counter()
                errors = list(validator.iter_errors(document))
                elapsed = time.perf_counter() - start
                best = elapsed if best is None else min(best, elapsed)
            print(best if not errors else -1)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schema.path, jsonPath.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch {
            print("\npython3 jsonschema peer skipped: python3 not found")
            return
        }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, let seconds = Double(output.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            print("\npython3 jsonschema peer skipped: jsonschema is not installed")
            return
        }
        guard seconds >= 0 else {
            print("\npython3 jsonschema: the JSON did NOT validate against the schema")
            return
        }
        print("")
        report(
            "\(options.schemaLines)-line plan: netplan check + json / python3 jsonschema validating that JSON",
            netplanTime / seconds, 1)
    }

    func report(_ what: String, _ ratio: Double, _ target: Double, higherIsBetter: Bool = false) {
        let met = higherIsBetter ? ratio >= target : ratio <= target
        print("  \(what): \(String(format: "%.3f", ratio)) \(met ? "met" : "NOT met")")
    }

    func format(_ value: Double, _ unit: String) -> String { String(format: "%.1f %@", value, unit) }

    func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
