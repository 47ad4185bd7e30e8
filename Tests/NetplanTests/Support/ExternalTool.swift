import Foundation

/// Runs programs that may not be installed (bash, zsh, fish, shellcheck):
/// nil when the program is missing, so a test can skip with a message.
enum ExternalTool {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    /// The full path of `name` on PATH, or nil.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs `name` with `arguments` in `folder`; nil when `name` is not installed.
    static func run(
        _ name: String, _ arguments: [String], in folder: URL = TestSupport.packageRoot,
        environment: [String: String]? = nil
    ) -> Result? {
        guard let executable = find(name) else {
            print("skipped: \(name) is not installed")
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        if let environment { process.environment = environment }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        // Read both pipes while the program runs, so neither fills up.
        let group = DispatchGroup()
        let errorData = DataBox()
        group.enter()
        DispatchQueue.global().async {
            errorData.data = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData.data, as: UTF8.self))
    }
}

/// Standard error as read on another thread; read only after `group.wait()`.
private final class DataBox: @unchecked Sendable {
    var data = Data()
}
