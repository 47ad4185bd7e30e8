import Foundation

/// Reading a plan or register from disk, the one way every tool does it:
/// only a plain file is read, opened without waiting (so a FIFO put in its
/// place cannot block), and every failure is a reason in words, never a trap.
package enum PlainFile {
    /// Why a file was not read, without its path (the caller names it).
    package struct Failure: Error {
        package var reason: Text
        /// The `errno` behind it, if the system gave one.
        package var code: Int32?
    }

    /// Reads the file at `path`. `named` is true for a path given on the
    /// command line, where `-` is the way to pipe a plan in (the reason for a
    /// FIFO says so); `maximumBytes` refuses a larger file, and no file over
    /// `PlanSize.maximumBytes` (4 GiB) is ever read.
    package static func read(_ path: String, named: Bool = false, maximumBytes: Int? = nil)
        -> Result<SourceFile, Failure>
    {
        let maximumBytes = min(maximumBytes ?? PlanSize.maximumBytes, PlanSize.maximumBytes)
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(system(errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(system(errno)) }
        guard status.st_mode & S_IFMT == S_IFREG else {
            return .failure(Failure(reason: notAPlainFile(status.st_mode, named: named), code: nil))
        }
        if Int(status.st_size) > maximumBytes { return .failure(tooLarge(maximumBytes)) }
        switch Descriptor.readAll(from: descriptor) {
        case .success(let bytes):
            // A file that grew while it was read is still refused.
            if bytes.count > maximumBytes { return .failure(tooLarge(maximumBytes)) }
            return .success(SourceFile(path: path, bytes: bytes))
        case .failure(let failure): return .failure(system(failure.code))
        }
    }

    /// Why a FIFO, device or socket is not read; named on the command line, `-` is the way to pipe a plan in.
    package static func notAPlainFile(_ mode: mode_t, named: Bool) -> Text {
        let kind = SystemError.kind(mode)
        let hint = named ? Text(en: " (use - for standard input)", da: " (brug - for standard input)") : .verbatim("")
        return Text(en: "it is \(kind.en), not a plain file", da: "det er \(kind.da), ikke en almindelig fil") + hint
    }

    private static func system(_ code: Int32) -> Failure { Failure(reason: SystemError.reason(code), code: code) }

    private static func tooLarge(_ maximumBytes: Int) -> Failure {
        Failure(reason: PlanSize.tooLarge(maximumBytes), code: nil)
    }
}
