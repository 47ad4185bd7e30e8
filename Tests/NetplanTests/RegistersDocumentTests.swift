import Foundation
import Testing

@testable import NetplanCLI
@testable import NetplanCheck
@testable import NetplanViews

/// docs/registers-and-overview.md tells the people who support network
/// leaders how to use registers, `check` on a folder, `overview` and `diff`.
/// Every `netplan ...` command line it shows must name a real subcommand with
/// options that command's help lists, and every code it names must exist, so
/// the page cannot promise what the tool does not do.
@Suite struct RegistersDocumentTests {
    static let path = "docs/registers-and-overview.md"

    static func document() throws -> String {
        try String(contentsOf: TestSupport.packageRoot.appendingPathComponent(path), encoding: .utf8)
    }

    /// The command lines of the page: lines of ```sh blocks that start with
    /// `netplan`, and code spans that do.
    static func commandLines(in text: String) -> [String] {
        var found: [String] = []
        var inShell = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                inShell = line == "```sh"
                continue
            }
            if inShell {
                let command = line.split(separator: "#", maxSplits: 1).first.map(String.init) ?? ""
                if command.hasPrefix("netplan ") { found.append(command) }
                continue
            }
            for (index, span) in line.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            where index % 2 == 1 && span.hasPrefix("netplan ") {
                found.append(String(span))
            }
        }
        return found
    }

    /// What is wrong with one command line: an unknown subcommand, or an option its help does not list.
    static func problems(of line: String) -> [String] {
        let words = line.split(separator: " ").map(String.init)
        guard words.count >= 2, let command = Subcommand.named(words[1]) else {
            return ["`\(line)`: no such subcommand"]
        }
        let help = command.help.en
        return words.dropFirst(2).filter { $0.hasPrefix("-") && $0 != "-" }.compactMap { option in
            if ["--lang", "--help", "-h"].contains(option) { return nil }
            let listed = [" ", "[", "|"].contains { before in
                [" ", "]", "|", ",", "\n"].contains { after in help.contains(before + option + after) }
            }
            return listed ? nil : "`\(line)`: `netplan \(words[1]) --help` does not list \(option)"
        }
    }

    @Test func everyCommandLineIsARealCommandWithItsOptions() throws {
        let lines = Self.commandLines(in: try Self.document())
        #expect(lines.count >= 8)
        for name in ["check", "overview", "diff", "explain"] {
            #expect(lines.contains { $0.hasPrefix("netplan \(name) ") }, "the page shows no `netplan \(name)`")
        }
        #expect(lines.flatMap(Self.problems) == [])
    }

    @Test func theCheckFindsAMadeUpCommandOrOption() {
        #expect(Self.problems(of: "netplan overview x --reports DIR") == [])
        #expect(Self.problems(of: "netplan overview x --report DIR").count == 1)
        #expect(Self.problems(of: "netplan compare a b").count == 1)
    }

    @Test func everyCodeOnThePageExists() throws {
        let known = Set(RuleDocumentation.all.map(\.code))
            .union([WorkspaceMessages.cycleCode, WorkspaceMessages.missingCode])
        let named = GrammarRuleCodesTests.mentions(in: try Self.document()).map(\.code)
        #expect(Set(named).isSuperset(of: ["NP014", "NP015", "NP230", "NP231", "NP232"]))
        let unknown = Set(named).subtracting(known)
        #expect(unknown.isEmpty, "\(Self.path) names \(unknown.sorted()), which no rule has")
    }

    @Test func theReadmeAndTheArchitectureLinkThePage() throws {
        let root = TestSupport.packageRoot
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("(docs/registers-and-overview.md)"))
        for command in ["netplan overview", "netplan diff"] { #expect(readme.contains("| `\(command) ")) }
    }
}
