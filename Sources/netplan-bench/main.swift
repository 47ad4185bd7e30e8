import Foundation
import NetplanKit

// netplan-bench: measures netplan against peers on identical content, in one
// run, and prints ratios. See docs/performance.md.

let options = BenchOptions(CommandLine.arguments.dropFirst())
let bench = Benchmark(options: options)
exit(bench.run())
