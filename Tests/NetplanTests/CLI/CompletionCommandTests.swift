import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanViews
@testable import NetplanCLI

/// `netplan completion bash|zsh|fish`: the scripts parse in their shells, and
/// bash really completes commands, formats from the code, and plan folders.
@Suite struct CompletionCommandTests {
    /// The script for `shell`, written to a temporary file.
    private func script(_ shell: String, in folder: URL) throws -> URL {
        let run = TestSupport.run(["completion", shell])
        #expect(run.exitCode == .success, "\(run.errors)")
        let file = folder.appendingPathComponent("netplan.\(shell)")
        try Data(run.output.utf8).write(to: file)
        return file
    }

    @Test func bashScriptParses() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        let file = try script("bash", in: folder)
        guard let result = ExternalTool.run("bash", ["-n", file.path]) else { return }
        #expect(result.status == 0, "\(result.errors)")
    }

    @Test func zshScriptParses() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        let file = try script("zsh", in: folder)
        guard let result = ExternalTool.run("zsh", ["-n", file.path]) else { return }
        #expect(result.status == 0, "\(result.errors)")
    }

    @Test func fishScriptParses() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        let file = try script("fish", in: folder)
        guard let result = ExternalTool.run("fish", ["--no-execute", file.path]) else { return }
        #expect(result.status == 0, "\(result.errors)")
    }

    /// Loads the bash script, then calls its function as bash's completion would.
    @Test func bashCompletesCommandsFormatsAndFolders() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        let file = try script("bash", in: folder)
        let driver = """
            source \(Shell.quoted(file.path))
            complete -p netplan
            ask() { COMPREPLY=(); COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _netplan; echo "${COMPREPLY[*]}"; }
            ask netplan ma
            ask netplan matrix --format ''
            ask netplan check sam
            ask netplan --lang da check --st
            ask netplan explain NP10
            ask netplan completion ''
            """
        guard let result = ExternalTool.run("bash", ["-c", driver]) else { return }
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count >= 7 else {
            Issue.record("bash printed too little:\n\(result.output)\n\(result.errors)")
            return
        }
        #expect(lines[0] == "complete -F _netplan netplan")
        #expect(lines[1] == "matrix")
        #expect(lines[2] == MatrixCommand.options.choices("--format").joined(separator: " "))
        #expect(lines[2].hasSuffix(" xlsx"), "the workbook format is offered too")
        #expect(lines[3] == "samples/")
        #expect(lines[4] == "--strict")
        let codes = RuleDocumentation.all.map(\.code).filter { $0.hasPrefix("NP10") }
        #expect(!codes.isEmpty)
        #expect(lines[5] == codes.joined(separator: " "))
        #expect(lines[6] == "bash zsh fish")
    }

    /// `import` reads a spreadsheet's CSV: bash offers `.csv` files and folders, never plans.
    @Test func bashCompletesCSVFilesForImport() throws {
        let folder = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.removeTemporaryFolder(folder) }
        let file = try script("bash", in: folder)
        let driver = """
            source \(Shell.quoted(file.path))
            cd \(Shell.quoted(folder.path)) && mkdir gamle && touch skema.csv plan.netplan
            COMPREPLY=(); COMP_WORDS=(netplan import ''); COMP_CWORD=2; _netplan; echo "${COMPREPLY[*]}"
            """
        guard let result = ExternalTool.run("bash", ["-c", driver]) else { return }
        #expect(result.status == 0, "\(result.errors)")
        let offered = Set(result.output.split(whereSeparator: \.isWhitespace).map(String.init))
        #expect(offered == ["gamle/", "skema.csv"], "\(result.output)")
    }

    /// Every command, and every option of each, is in every script.
    @Test(arguments: ["bash", "zsh", "fish"])
    func everyCommandAndOptionIsOffered(_ shell: String) {
        let output = TestSupport.run(["completion", shell]).output
        for command in Subcommand.all {
            #expect(output.contains(command.name), "\(shell): `\(command.name)` is missing")
            for option in command.options.options {
                let word = shell == "fish"
                    ? (option.name.hasPrefix("--") ? "-l \(option.name.dropFirst(2))" : "-s \(option.name.dropFirst())")
                    : option.name
                #expect(output.contains(word), "\(shell): `\(command.name) \(option.name)` is missing")
            }
        }
    }

    @Test func anUnknownOrMissingShellIsAUsageError() {
        let unknown = TestSupport.run(["completion", "bsh"])
        #expect(unknown.exitCode == .usage)
        #expect(unknown.errors.contains("no completion for the shell `bsh`; use bash, zsh or fish (did you mean `bash`?)"))
        let danish = TestSupport.run(["completion", "powershell", "--lang", "da"])
        #expect(danish.errors.contains("ingen fuldførelse til skallen `powershell`"))
        let none = TestSupport.run(["completion"])
        #expect(none.exitCode == .usage)
        #expect(none.errors.contains("`completion` needs the name of one shell"))
    }
}
