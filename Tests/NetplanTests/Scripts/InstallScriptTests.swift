import Foundation
import Testing
@testable import NetplanBase

/// `scripts/install.sh`: it parses (and passes shellcheck where installed),
/// refuses unknown options, never replaces a `netplan` that is not ours, and
/// warns when the `netplan` first on PATH is another program. A fake `swift`
/// stands in for the release build, so these tests take seconds.
@Suite struct InstallScriptTests {
    static let script = TestSupport.packageRoot.appendingPathComponent("scripts/install.sh").path

    @Test(arguments: ["scripts/install.sh", ".ci/run"])
    func scriptParses(_ path: String) {
        let file = TestSupport.packageRoot.appendingPathComponent(path).path
        guard let result = ExternalTool.run("bash", ["-n", file]) else { return }
        #expect(result.status == 0, "\(result.errors)")
    }

    @Test func shellcheckFindsNothing() {
        let ci = TestSupport.packageRoot.appendingPathComponent(".ci/run").path
        guard let result = ExternalTool.run("shellcheck", [Self.script, ci]) else { return }
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func helpAndUnknownOptions() {
        guard let help = ExternalTool.run("bash", [Self.script, "--help"]) else { return }
        #expect(help.status == 0)
        #expect(help.output.hasPrefix("Usage: scripts/install.sh [--prefix DIR]"))
        let unknown = ExternalTool.run("bash", [Self.script, "--prefx", "/tmp/x"])
        #expect(unknown?.status == 2)
        #expect(unknown?.errors.contains("unknown option '--prefx'") == true)
        let empty = ExternalTool.run("bash", [Self.script, "--prefix"])
        #expect(empty?.status == 2)
        #expect(empty?.errors.contains("--prefix needs a folder") == true)
    }

    /// A folder with a fake `swift` whose "build" is a script answering
    /// `--version` as netplan does, and a prefix with a space in its name.
    struct Setup {
        var root: URL
        var tools: URL
        var prefix: URL
        var target: URL { prefix.appendingPathComponent("bin/netplan") }

        init() throws {
            root = try TestSupport.makeTemporaryFolder()
            tools = root.appendingPathComponent("tools")
            prefix = root.appendingPathComponent("my prefix")
            let built = root.appendingPathComponent("built")
            for folder in [tools, built] {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            }
            try Setup.program(built.appendingPathComponent("netplan"), "echo '\(Release.versionLine)'")
            try Setup.program(
                tools.appendingPathComponent("swift"),
                "case \"$*\" in *--show-bin-path*) echo '\(built.path)' ;; esac")
        }

        static func program(_ file: URL, _ body: String) throws {
            try Data("#!/bin/sh\n\(body)\n".utf8).write(to: file)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file.path)
        }

        func install(path: [String]) -> ExternalTool.Result? {
            ExternalTool.run(
                "bash", [InstallScriptTests.script, "--prefix", prefix.path],
                environment: ["PATH": ([tools.path] + path + ["/usr/bin", "/bin"]).joined(separator: ":"),
                              "HOME": root.path])
        }
    }

    @Test func neverReplacesAnotherProgramCalledNetplan() throws {
        let setup = try Setup()
        defer { TestSupport.removeTemporaryFolder(setup.root) }
        try FileManager.default.createDirectory(
            at: setup.target.deletingLastPathComponent(), withIntermediateDirectories: true)
        let foreign = "#!/bin/sh\necho 'usage: netplan [-h] [--debug] COMMAND'\n"
        try Data(foreign.utf8).write(to: setup.target)
        guard let result = setup.install(path: []) else { return }
        #expect(result.status == 2)
        #expect(result.errors.contains("exists and is not this netplan"), "\(result.errors)")
        #expect(try String(contentsOf: setup.target, encoding: .utf8) == foreign)
    }

    @Test func warnsWhenAnotherNetplanComesFirstOnPath() throws {
        let setup = try Setup()
        defer { TestSupport.removeTemporaryFolder(setup.root) }
        let other = setup.root.appendingPathComponent("sbin")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try Setup.program(other.appendingPathComponent("netplan"), "echo 'usage: netplan [-h] [--debug] COMMAND'")
        guard let result = setup.install(path: [other.path]) else { return }
        #expect(result.status == 0, "\(result.output)\(result.errors)")
        #expect(FileManager.default.isExecutableFile(atPath: setup.target.path))
        #expect(result.output.contains("Installed \(Release.versionLine) as \(setup.target.path)"))
        #expect(result.output.contains("\(setup.prefix.path)/bin is not on your PATH"))
        #expect(result.errors.contains("warning: `netplan` on your PATH is \(other.path)/netplan, a different program"))
        #expect(result.errors.contains("\"\(setup.target.path)\""), "says how to call ours")

        // Installing again replaces our own binary; with its folder first on PATH, no warning.
        let again = setup.install(path: [setup.prefix.path + "/bin", other.path])
        #expect(again?.status == 0, "\(again?.errors ?? "")")
        #expect(again?.output.contains("\(setup.prefix.path)/bin is on your PATH.") == true)
        #expect(again?.errors.contains("warning") == false, "\(again?.errors ?? "")")
    }
}
