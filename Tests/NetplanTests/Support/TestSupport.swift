import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanCLI

/// Helpers shared by the core tests: sources from text, byte offsets of
/// substrings, the package's folders, and the command line run in-process.
enum TestSupport {
    /// The package root, found from this file's path (Tests/NetplanTests/Support/).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // NetplanTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// `Tests/NetplanTests/` of this package.
    static let testsFolder: URL = packageRoot.appendingPathComponent("Tests/NetplanTests")

    /// A source file from text, named `test.netplan`.
    static func source(_ text: String, path: String = "test.netplan") -> SourceFile {
        SourceFile(path: path, text: text)
    }

    /// A source file from raw bytes.
    static func source(bytes: [UInt8], path: String = "test.netplan") -> SourceFile {
        SourceFile(path: path, bytes: bytes)
    }

    /// The UTF-8 offset of the `occurrence`-th (1-based) `needle` in `text`.
    static func offset(of needle: String, in text: String, occurrence: Int = 1) -> Int {
        let haystack = Array(text.utf8)
        let pattern = Array(needle.utf8)
        var seen = 0
        var index = 0
        while index + pattern.count <= haystack.count {
            if haystack[index..<index + pattern.count].elementsEqual(pattern) {
                seen += 1
                if seen == occurrence { return index }
            }
            index += 1
        }
        Issue.record("`\(needle)` (occurrence \(occurrence)) not found in the test text")
        return -1
    }

    /// The range of the `occurrence`-th `needle` in `text`.
    static func range(of needle: String, in text: String, occurrence: Int = 1) -> SourceRange {
        let start = offset(of: needle, in: text, occurrence: occurrence)
        return SourceRange(start, start + needle.utf8.count)
    }

    /// The "line:column" of a diagnostic's start, as users see it.
    static func position(_ diagnostic: Diagnostic, in source: SourceFile) -> String {
        let location = source.location(of: diagnostic.range.start)
        return "\(location.line):\(location.column)"
    }

    /// Checks text with every rule.
    static func check(_ text: String) -> CheckResult {
        Checker.check(source(text))
    }

    /// The result of running the command line in-process.
    struct Run {
        var exitCode: ExitCode
        var output: String
        var errors: String
    }

    /// Runs `netplan ARGUMENTS` in-process with its own environment and standard input.
    static func run(
        _ arguments: [String], environment: [String: String] = [:], standardInput: String = ""
    ) -> Run {
        let console = Console(
            arguments: arguments, environment: environment, standardInput: Array(standardInput.utf8))
        let code = Tool.run(console)
        return Run(exitCode: code, output: console.output, errors: console.errors)
    }

    /// A fresh temporary folder, removed by the caller with `removeTemporaryFolder`.
    static func makeTemporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("netplan-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func removeTemporaryFolder(_ url: URL) {
        try? FileManager.default.removeItem(at: url)
    }
}
