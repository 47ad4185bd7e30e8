import Foundation
import Testing
@testable import NetplanCLI

@Suite struct FmtCommandTests {
    static let messy = "core   Anne:faglighed ;core Bo: indsigt # c\n\n\n\nphase P: invite Borgere"
    static let tidy = "core Anne: faglighed\ncore Bo: indsigt  # c\n\nphase P: invite Borgere\n"
    static let broken = "core Anne: faglighed\ncore Bo indsigt\n"

    /// Runs `netplan ARGUMENTS` in-process.
    static func run(_ arguments: [String], stdin: String = "") -> (code: ExitCode, output: String, errors: String) {
        let console = Console(arguments: arguments, standardInput: Array(stdin.utf8))
        let code = Tool.run(console)
        return (code, console.output, console.errors)
    }

    /// A fresh folder, removed when `body` returns.
    static func withFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("netplan-fmt-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer {
            chmod(folder.path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        try body(folder)
    }

    static func write(_ text: String, to folder: URL, _ name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    static func read(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }

    static func contents(of folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    static func mode(_ path: String) -> mode_t {
        var status = stat()
        return stat(path, &status) == 0 ? status.st_mode & 0o7777 : 0
    }

    static func inode(_ path: String) -> UInt64 {
        var status = stat()
        return stat(path, &status) == 0 ? UInt64(status.st_ino) : 0
    }

    // MARK: - Printing

    @Test func printsOneFileInTheCanonicalLayout() throws {
        try Self.withFolder { folder in
            let path = try Self.write(Self.messy, to: folder, "plan.netplan")
            let result = Self.run(["fmt", path])
            #expect(result.code == .success)
            #expect(result.output == Self.tidy)
            #expect(result.errors.isEmpty)
            #expect(try Self.read(path) == Self.messy, "printing must not change the file")
        }
    }

    @Test func readsStandardInput() {
        let result = Self.run(["fmt", "-"], stdin: Self.messy)
        #expect(result.code == .success)
        #expect(result.output == Self.tidy)
    }

    @Test func printingAFileWithASyntaxErrorPrintsNothingAndSaysWhere() {
        let result = Self.run(["fmt", "-"], stdin: Self.broken)
        #expect(result.code == .findings)
        #expect(result.output.isEmpty)
        #expect(result.errors.contains("<stdin>: not formatted: syntax error at 2:9:"))
    }

    @Test func severalFilesNeedCheckOrWrite() throws {
        try Self.withFolder { folder in
            let a = try Self.write(Self.tidy, to: folder, "a.netplan")
            let b = try Self.write(Self.tidy, to: folder, "b.netplan")
            let result = Self.run(["fmt", a, b])
            #expect(result.code == .usage)
            #expect(result.output.isEmpty)
            #expect(Self.run(["fmt", folder.path]).code == .usage)
            #expect(Self.run(["fmt"]).code == .usage)
        }
    }

    @Test func usageProblems() {
        #expect(Self.run(["fmt", "--check", "--write", "-"]).code == .usage)
        #expect(Self.run(["fmt", "--check"]).code == .usage)
        #expect(Self.run(["fmt", "--write", "-"], stdin: Self.messy).code == .usage)
        #expect(Self.run(["fmt", "--chek", "-"]).errors.contains("did you mean `--check`?"))
        #expect(Self.run(["fmt", "/no/such/file.netplan"]).code == .usage)
    }

    @Test func helpInEnglishAndDanish() {
        let english = Self.run(["fmt", "--help"])
        #expect(english.code == .success)
        #expect(english.output.contains("--check") && english.output.contains("two spaces"))
        let danish = Self.run(["--lang", "da", "help", "fmt"])
        #expect(danish.output.contains("Brug: netplan fmt FIL"))
        #expect(Self.run(["--help"]).output.contains("  fmt "))
    }

    // MARK: - --check

    @Test func checkNamesTheFilesThatAreNotCanonical() throws {
        try Self.withFolder { folder in
            let good = try Self.write(Self.tidy, to: folder, "good.netplan")
            let bad = try Self.write(Self.messy, to: folder, "bad.netplan")
            let crlf = try Self.write(Self.tidy.replacingOccurrences(of: "\n", with: "\r\n"), to: folder, "crlf.netplan")

            let allGood = Self.run(["fmt", "--check", good])
            #expect(allGood.code == .success)
            #expect(allGood.output.isEmpty)

            let mixed = Self.run(["fmt", "--check", good, bad, crlf])
            #expect(mixed.code == .findings)
            #expect(mixed.output == "\(bad)\n\(crlf)\n")
            #expect(try Self.read(bad) == Self.messy, "--check must not change files")

            let viaFolder = Self.run(["fmt", "--check", folder.path])
            #expect(viaFolder.code == .findings)
            #expect(viaFolder.output.contains("bad.netplan") && !viaFolder.output.contains("good.netplan"))
        }
    }

    @Test func checkReadsStandardInput() {
        let result = Self.run(["fmt", "--check", "-"], stdin: Self.messy)
        #expect(result.code == .findings)
        #expect(result.output == "<stdin>\n")
        #expect(Self.run(["fmt", "--check", "-"], stdin: Self.tidy).code == .success)
    }

    @Test func checkReportsASyntaxError() throws {
        try Self.withFolder { folder in
            let good = try Self.write(Self.tidy, to: folder, "good.netplan")
            let broken = try Self.write(Self.broken, to: folder, "broken.netplan")
            let result = Self.run(["fmt", "--check", good, broken])
            #expect(result.code == .findings)
            #expect(result.output.isEmpty)
            #expect(result.errors.contains("\(broken): not formatted: syntax error at 2:9:"))
        }
    }

    // MARK: - --write

    @Test func writeRewritesOnlyWhatIsNotCanonicalAndKeepsPermissions() throws {
        try Self.withFolder { folder in
            let good = try Self.write(Self.tidy, to: folder, "good.netplan")
            let bad = try Self.write(Self.messy, to: folder, "bad.netplan")
            chmod(bad, 0o640)
            let goodInode = Self.inode(good)

            let result = Self.run(["fmt", "--write", good, bad])
            #expect(result.code == .success)
            #expect(result.output == "\(bad)\n")
            #expect(result.errors.isEmpty)
            #expect(try Self.read(bad) == Self.tidy)
            #expect(try Self.read(good) == Self.tidy)
            #expect(Self.mode(bad) == 0o640)
            #expect(Self.inode(good) == goodInode, "a canonical file is not rewritten")
            #expect(try Self.contents(of: folder) == ["bad.netplan", "good.netplan"], "no temporary file is left")

            let again = Self.run(["fmt", "--check", good, bad])
            #expect(again.code == .success)
        }
    }

    @Test func writeRefusesAFileWithASyntaxErrorAndLeavesItByteIdentical() throws {
        try Self.withFolder { folder in
            let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("core   Anne: x\r\ncore Bo y   \r\n".utf8)
            let broken = folder.appendingPathComponent("broken.netplan").path
            try Data(bytes).write(to: URL(fileURLWithPath: broken))
            let other = try Self.write(Self.messy, to: folder, "other.netplan")

            let result = Self.run(["fmt", "--write", broken, other])
            #expect(result.code == .findings)
            #expect(result.errors.contains("\(broken): not formatted: syntax error at 2:6:"))
            #expect([UInt8](try Data(contentsOf: URL(fileURLWithPath: broken))) == bytes)
            #expect(try Self.read(other) == Self.tidy, "the other file is still formatted")
            #expect(try Self.contents(of: folder) == ["broken.netplan", "other.netplan"])
        }
    }

    @Test func writeFollowsASymbolicLink() throws {
        try Self.withFolder { folder in
            let target = try Self.write(Self.messy, to: folder, "real.netplan")
            let link = folder.appendingPathComponent("link.netplan").path
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
            #expect(Self.run(["fmt", "--write", link]).code == .success)
            #expect(try Self.read(target) == Self.tidy)
            #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == target)
        }
    }

    /// Whether a read-only folder really stops this process from writing (not as root).
    static let readOnlyFoldersAreEnforced: Bool = {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("netplan-fmt-probe-\(UUID().uuidString)")
        guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil
        else { return false }
        defer {
            chmod(folder.path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        chmod(folder.path, 0o555)
        return geteuid() != 0 && access(folder.path, W_OK) != 0
    }()

    @Test(.enabled(if: readOnlyFoldersAreEnforced, "a read-only folder is writable for this user (root)"))
    func writeIntoAReadOnlyFolderFailsCleanly() throws {
        try Self.withFolder { folder in
            let path = try Self.write(Self.messy, to: folder, "plan.netplan")
            chmod(folder.path, 0o555)
            let result = Self.run(["fmt", "--write", path])
            chmod(folder.path, 0o755)
            #expect(result.code == .usage)
            #expect(result.errors.contains("cannot write `\(path)`"))
            #expect(result.errors.contains("the file is unchanged"))
            #expect(try Self.read(path) == Self.messy)
            #expect(try Self.contents(of: folder) == ["plan.netplan"])
        }
    }

    /// The same failure without needing a read-only folder: the temporary file's name is taken.
    @Test func writeFailsCleanlyWhenTheTemporaryFileCannotBeCreated() throws {
        try Self.withFolder { folder in
            let path = try Self.write(Self.messy, to: folder, "plan.netplan")
            let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            let blocker = SafeWrite.temporaryPath(for: resolved)
            try FileManager.default.createDirectory(atPath: blocker, withIntermediateDirectories: false)
            let result = Self.run(["fmt", "--write", path])
            #expect(result.code == .usage)
            #expect(result.errors.contains("cannot write `\(path)`"))
            #expect(try Self.read(path) == Self.messy)
            var isDirectory: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: blocker, isDirectory: &isDirectory) && isDirectory.boolValue)
        }
    }

    /// A failing rename(2) removes the temporary file and leaves the original alone.
    @Test func aFailedRenameLeavesTheOriginalAndNoTemporaryFile() throws {
        try Self.withFolder { folder in
            let path = try Self.write(Self.messy, to: folder, "plan.netplan")
            var renamedFrom: String?
            var calls = SafeWrite.Calls()
            calls.rename = { from, _ in
                renamedFrom = from
                errno = EXDEV
                return -1
            }
            #expect(throws: SafeWrite.Failure.self) {
                try SafeWrite.write(Array(Self.tidy.utf8), to: path, .existing, calls: calls)
            }
            #expect(renamedFrom?.hasSuffix("/.plan.netplan.tmp-\(getpid())") == true)
            #expect(try Self.read(path) == Self.messy)
            #expect(try Self.contents(of: folder) == ["plan.netplan"])
        }
    }

    @Test func theTemporaryFileIsWrittenCompletelyBeforeTheRename() throws {
        try Self.withFolder { folder in
            let path = try Self.write(Self.messy, to: folder, "plan.netplan")
            chmod(path, 0o600)
            var seen: (text: String, mode: mode_t)?
            var calls = SafeWrite.Calls()
            calls.rename = { from, to in
                seen = ((try? Self.read(from)) ?? "", Self.mode(from))
                return rename(from, to)
            }
            try SafeWrite.write(Array(Self.tidy.utf8), to: path, .existing, calls: calls)
            #expect(seen?.text == Self.tidy)
            #expect(seen?.mode == 0o600)
            #expect(try Self.read(path) == Self.tidy)
            #expect(Self.mode(path) == 0o600)
        }
    }
}
