import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanCLI

/// The README keeps its two commands at the top, lists every command, and the
/// finding its first-plan walk shows is what netplan prints for the starter plan.
@Suite struct ReadmeWalkTests {
    static func readme() throws -> String {
        try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    }

    @Test func theTwoCommandsStayAtTheTop() throws {
        let top = """
            # netplan

            ```sh
            swift run netplan check samples   # check the bundled sample plans
            swift test                        # run every test
            ```

            """
        #expect(try Self.readme().hasPrefix(top))
    }

    @Test func theCommandTableListsEveryCommand() throws {
        let readme = try Self.readme()
        for command in Subcommand.all {
            #expect(readme.contains("| `netplan \(command.name)"), "README's table has no row for `\(command.name)`")
        }
    }

    /// The ```text block after "3. **Check it:**" is real output for `netplan init --kind velfærdsnetværk`.
    @Test func theWalksFindingIsRealOutput() throws {
        let readme = try Self.readme()
        let walk = try #require(readme.range(of: "3. **Check it:**"))
        let after = readme[walk.upperBound...]
        let open = try #require(after.range(of: "```text\n"))
        let close = try #require(after[open.upperBound...].range(of: "```"))
        let shown = after[open.upperBound..<close.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("   ") ? String($0.dropFirst(3)) : String($0) }
            .joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        let plan = TestSupport.run(["init", "--kind", "velfærdsnetværk"], environment: ["NETPLAN_TODAY": "2027-01-04"])
        #expect(plan.exitCode == .success)
        let checked = TestSupport.run(
            ["check", "-"], environment: ["NETPLAN_TODAY": "2027-01-04"], standardInput: plan.output)
        let output = checked.output.replacingOccurrences(of: "<stdin>", with: "plan.netplan")
        #expect(!shown.isEmpty)
        #expect(output.contains(shown), "README shows:\n\(shown)\nnetplan prints:\n\(output)")
        let summary = output.split(separator: "\n").last.map(String.init) ?? ""
        #expect(readme.contains("(`\(summary)`)"), "the walk quotes the summary line `\(summary)`")
    }
}
