import Foundation
import NetplanCheck
import NetplanCLI
import NetplanSyntax
import NetplanLanguageServer

/// Command-line options of the benchmark.
struct BenchOptions {
    /// Lines of the large plan.
    var lines = 400_000
    /// Best of this many runs per measurement.
    var runs = 5
    /// Plans in the folder for the parallel check.
    var folderPlans = 1_000
    /// Lines of each plan in that folder.
    var folderPlanLines = 300
    /// Lines of the plan validated with python3 jsonschema (slow, so smaller).
    var schemaLines = 20_000
    /// Lines of the plan edited in the language-server latency measurement.
    var lspLines = 5_000
    /// Lines of the plan, and edits at 1x, of the language-server burst.
    var lspBurstLines = 3_000
    var lspBurstEdits = 300
    var seed: UInt64 = 42
    /// Only write a generated plan of `lines` lines to this path, for profiling.
    var writePlan: String?
    /// Only run one measurement once (`check` or `decoder`), for instruction counting under callgrind.
    var only: String?
    /// Units of the growth cases at 1x (see Growth.swift).
    var growthSize = 1_000
    /// Only these growth cases (all when empty).
    var growthCases: [String] = []
    /// Only measure growth.
    var growthOnly = false
    /// With `--json`: the descriptor the JSON of the run goes to (the original
    /// standard output); everything else is printed to standard error.
    var jsonDescriptor: Int32?
    /// Time limit of each command whose peak memory is measured.
    var commandSeconds = 120
    /// The report is timed in-process only on plans up to this size (it is slow today).
    var reportBytes = 1_000_000

    init(_ arguments: ArraySlice<String>) {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--quick":
                lines = 20_000
                runs = 2
                folderPlans = 100
                schemaLines = 2_000
                lspLines = 1_000
                lspBurstLines = 1_000
                lspBurstEdits = 100
                growthSize = 250
                commandSeconds = 20
            case "--lines": lines = Int(iterator.next() ?? "") ?? lines
            case "--runs": runs = max(1, Int(iterator.next() ?? "") ?? runs)
            case "--folder-plans": folderPlans = Int(iterator.next() ?? "") ?? folderPlans
            case "--schema-lines": schemaLines = Int(iterator.next() ?? "") ?? schemaLines
            case "--seed": seed = UInt64(iterator.next() ?? "") ?? seed
            case "--write-plan": writePlan = iterator.next()
            case "--only": only = iterator.next()
            case "--growth": growthOnly = true
            case "--command-seconds": commandSeconds = max(1, Int(iterator.next() ?? "") ?? commandSeconds)
            case "--json":
                if jsonDescriptor == nil {
                    jsonDescriptor = dup(1)
                    dup2(2, 1)
                }
            case "--growth-size": growthSize = max(1, Int(iterator.next() ?? "") ?? growthSize)
            case "--growth-case": growthCases.append(iterator.next() ?? "")
            case "--help", "-h":
                print("""
                    Usage: netplan-bench [--quick] [--lines N] [--runs N] [--folder-plans N] [--schema-lines N] [--seed N] [--write-plan PATH] [--only check|decoder|encoder|serialization-data|lsp|lsp-burst] [--json]
                           netplan-bench --peak-rss EXECUTABLE ARGUMENTS...
                           [--growth] [--growth-size N] [--growth-case NAME]... [--only growth:NAME:SCALE]

                    Build in release mode first: swift build -c release
                    Then: swift run -c release netplan-bench
                    --write-plan PATH only writes a generated plan of --lines lines (for profiling).
                    --json prints the numbers of the run (the issue-16 targets table and more) as JSON
                      on standard output; the tables go to standard error.
                    --peak-rss EXECUTABLE ARGUMENTS... runs the command once and prints its exit status
                      and its own peak memory in bytes (the benchmark measures each command this way).
                    --only encoder|serialization-data writes the plain-JSON peer once with JSONEncoder or
                      JSONSerialization.data; subtract --only prep:encoder|prep:serialization-data (the
                      decoding before it) under callgrind.
                    --only lsp runs only the language-server latency measurement;
                    --only lsp-burst only the language-server burst measurement.
                    --only check|decoder runs one of them once on the plan, for callgrind:
                      valgrind --tool=callgrind netplan-bench --lines 40000 --only check
                    --growth only measures growth: each case's check at 1x and 4x, and the ratio
                      (linear ~4, quadratic ~16); --growth-size sets n at 1x (default 1000,
                      250 with --quick); --growth-case NAME picks cases.
                    --only stage:NAME runs one stage (lex, parse, resolve, rules, json, fmt, report, matrix) three
                      times after --only prep:NAME has built what it reads; (stage - prep) / 3
                      under callgrind is the stage's own instruction count.
                    --only growth:NAME:SCALE checks one growth case once at n * SCALE, for callgrind:
                      valgrind --tool=callgrind --toggle-collect='*Checker*check*' \\
                        netplan-bench --only growth:suggestions:4
                    """)
                exit(0)
            default:
                FileHandle.standardError.write(Data("netplan-bench: unknown option \(argument)\n".utf8))
                exit(2)
            }
        }
    }
}
