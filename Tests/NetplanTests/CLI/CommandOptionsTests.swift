import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanCLI

/// Each command's declared options (`Command.options`, which the parser and
/// the completions read) are exactly the options its help lists, in English
/// and Danish, and the `--format` values in the usage line are the declared ones.
@Suite struct CommandOptionsTests {
    /// The options a help text lists: every option on its usage lines, and
    /// the options at the start of each indented option line.
    static func listed(in help: String) -> Set<String> {
        var found = Set<String>()
        let token = /(?:^|[^\w-])(--?[a-z][a-z-]*)/
        for line in help.split(separator: "\n") {
            let text = String(line)
            let trimmed = text.drop { $0 == " " }
            let isUsage = text.hasPrefix("Usage:") || text.hasPrefix("Brug:")
                || (text.hasPrefix("   ") && trimmed.hasPrefix("netplan "))
            if isUsage {
                for match in text.matches(of: token) { found.insert(String(match.1)) }
            } else if text.hasPrefix("  "), trimmed.hasPrefix("-"), trimmed.count > 1 {
                // "-o, --output FILE   what it does": the names before the first word.
                for word in trimmed.split(separator: " ") {
                    let name = word.hasSuffix(",") ? word.dropLast() : word
                    guard name.hasPrefix("-") else { break }
                    found.insert(String(name))
                }
            }
        }
        return found
    }

    @Test(arguments: Subcommand.all.map { $0.name }, Language.allCases)
    func helpListsExactlyTheDeclaredOptions(_ name: String, _ language: Language) throws {
        let command = try #require(Subcommand.named(name))
        let help = command.help(language)
        let declared = Set(command.options.names)
        let listed = Self.listed(in: help)
        #expect(listed.subtracting(declared).isEmpty, "`\(name)` help lists options it does not declare: \(listed.subtracting(declared).sorted())")
        #expect(declared.subtracting(listed).isEmpty, "`\(name)` declares options its help does not list: \(declared.subtracting(listed).sorted())")
    }

    @Test(arguments: Subcommand.all.map { $0.name })
    func usageLineFormatsAreTheDeclaredOnes(_ name: String) throws {
        let command = try #require(Subcommand.named(name))
        for (option, words) in command.options.options.compactMap({ option -> (String, [String])? in
            if case .choice(let words) = option.value { return (option.name, words) }
            return nil
        }) {
            let usage = command.help(.english).split(separator: "\n").first.map(String.init) ?? ""
            guard let range = usage.range(of: "[\(option) ") else { continue }
            let rest = usage[range.upperBound...].prefix { $0 != "]" }
            if rest.contains("|") {
                #expect(rest.split(separator: "|").map(String.init) == words, "`\(name) \(option)`: usage says \(rest)")
            }
        }
    }

    @Test func theParserAcceptsWhatIsDeclaredAndNothingElse() throws {
        let declared = CommandOptions([.flag("--strict"), .choice("--format", ["a", "b"]), .file("-o")], operands: .plans)
        let parsed = try Arguments(["--strict", "--format", "b", "-o", "x", "plan.netplan"], declared)
        #expect(parsed.flags == ["--strict"])
        #expect(try parsed.choice("--format", default: "a") == "b")
        #expect(parsed.values["-o"] == "x")
        #expect(parsed.positional == ["plan.netplan"])
        #expect(throws: UsageError.self) { try Arguments(["--format", "c"], declared).choice("--format", default: "a") }
        #expect(throws: UsageError.self) { try Arguments(["--color", "never"], declared) }
    }

    /// Every command that writes a file takes it with `-o` or `--output`,
    /// never both: one check (`Arguments.output`) for all of them, before
    /// anything is read or written.
    static let writers: [String] = Subcommand.all.compactMap { command in
        command.options.option("-o") != nil && command.options.option("--output") != nil ? command.name : nil
    }

    @Test(arguments: writers)
    func bothOutputOptionsAreOneUsageError(_ command: String) {
        #expect(Self.writers.count >= 5, "report, matrix, overview, diff, import, ... write files")
        let run = TestSupport.run([command, "-o", "a.out", "--output", "b.out", "samples/velfaerdsnetvaerk.netplan"])
        #expect(run.exitCode == .usage, "\(command): \(run.errors)")
        #expect(run.errors.contains("give the output file once"), "\(command): \(run.errors)")
        #expect(!FileManager.default.fileExists(atPath: "a.out") && !FileManager.default.fileExists(atPath: "b.out"))
    }
}
