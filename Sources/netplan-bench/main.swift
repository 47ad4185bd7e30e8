import Foundation
import NetplanTesting
import NetplanSyntax
import NetplanLanguageServer

// netplan-bench: measures netplan against peers on identical content, in one
// run, and prints ratios. See docs/performance.md.

if CommandLine.arguments.count > 1, CommandLine.arguments[1] == "--peak-rss" {
    exit(peakRSSMode(Array(CommandLine.arguments.dropFirst(2))))
}
let options = BenchOptions(CommandLine.arguments.dropFirst())
if let path = options.writePlan {
    let plan = PlanGenerator(seed: options.seed).healthyPlan(lines: options.lines)
    _ = FileManager.default.createFile(atPath: path, contents: Data(plan.text.utf8))
    exit(0)
}
if let only = options.only {
    exit(Benchmark(options: options).runOnce(only))
}
let bench = Benchmark(options: options)
if options.growthOnly {
    bench.measureGrowth()
    exit(0)
}
exit(bench.run())
