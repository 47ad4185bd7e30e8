import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanSyntax
@testable import NetplanCheck
@testable import NetplanViews
@testable import NetplanCLI

/// Shared helpers of the robustness tests: the samples, in-process runs of the
/// tool, every renderer at once, and a stopwatch.
enum Robustness {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Robustness
        .deletingLastPathComponent()  // NetplanTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// `samples/*.netplan`, as paths relative to the package root, sorted.
    static let samples: [String] = {
        let folder = packageRoot.appendingPathComponent("samples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".netplan") }.sorted().map { "samples/" + $0 }
    }()

    static func absolute(_ relativePath: String) -> String {
        packageRoot.appendingPathComponent(relativePath).path
    }

    static func bytes(_ relativePath: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: packageRoot.appendingPathComponent(relativePath)))
    }

    /// The result of one in-process run of `netplan ARGUMENTS`.
    struct Run: Equatable, CustomStringConvertible {
        var code: Int32
        var output: String
        var errors: String

        var description: String { "exit \(code), \(output.utf8.count) bytes out, \(errors.utf8.count) bytes err" }
    }

    static func run(_ arguments: [String], stdin: [UInt8] = []) -> Run {
        // The time is the one input of `ics` not on the command line: fix it.
        let console = Console(arguments: arguments, environment: ["NETPLAN_NOW": "2027-01-01T08:00:00Z"], standardInput: stdin)
        let code = Tool.run(console)
        return Run(code: code.rawValue, output: console.output, errors: console.errors)
    }

    /// Everything the renderers make of one check.
    struct Rendered {
        var result: CheckResult
        var text: String
        var json: String
        var sarif: String
        var formatted: String?
    }

    /// Checks a source and renders its findings as text, JSON and SARIF, and formats it.
    static func renderAll(_ source: SourceFile, format: Bool = true) -> Rendered {
        let result = Checker.check(source)
        let file = FileDiagnostics(source: result.source, diagnostics: result.diagnostics)
        let text = TextRenderer(language: .english, color: false).render(file)
        let json = JSONRenderer(language: .english).render([file])
        let sarif = SARIFRenderer(language: .english).render([file])
        var formatted: String?
        if format { formatted = try? PlanFormatter.format(source) }
        return Rendered(result: result, text: text, json: json, sarif: sarif, formatted: formatted)
    }

    /// Whether `text` is one JSON document that Foundation accepts.
    static func isJSON(_ text: String) -> Bool {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) != nil
    }

    /// Runs `body` and returns its value and the time it took.
    static func timed<T>(_ body: () throws -> T) rethrows -> (T, Duration) {
        let clock = ContinuousClock()
        let start = clock.now
        let value = try body()
        return (value, clock.now - start)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
