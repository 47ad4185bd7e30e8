import Foundation
import NetplanBase
import NetplanSyntax
import NetplanCheck

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a register the client has not opened from disk, as the command line
/// reads its inputs: only a plain file is read (opened without waiting, so a
/// FIFO cannot block the server), at most `maximumBytes`, and every failure is
/// a reason in words for the `use` line (NP015), never a trap.
enum DiskFile {
    /// A register larger than this is refused (the largest message a client may send).
    static let maximumBytes = MessageFramer.maximumLength

    static func load(_ path: String) -> Result<SourceFile, Workspace.LoadFailure> {
        readFile(path).mapError { failure in
            // Worded as `netplan check` words it, so the editor and the command line agree.
            let shown = path.utf8.count > 200 ? String(path.prefix(60)) + "…" + String(path.suffix(120)) : path
            return Workspace.LoadFailure(
                reason: Text(
                    en: "cannot read `\(shown)`: \(failure.reason.en)", da: "kan ikke læse `\(shown)`: \(failure.reason.da)"))
        }
    }

    private static func readFile(_ path: String) -> Result<SourceFile, Workspace.LoadFailure> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(failure(errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(failure(errno)) }
        guard status.st_mode & S_IFMT == S_IFREG else {
            return .failure(
                Workspace.LoadFailure(
                    reason: status.st_mode & S_IFMT == S_IFDIR
                        ? Text(en: "it is a folder", da: "det er en mappe")
                        : Text(en: "it is not a plain file", da: "det er ikke en almindelig fil")))
        }
        guard Int(status.st_size) <= maximumBytes else { return .failure(tooLarge) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return .failure(failure(errno))
            }
            if count == 0 { return .success(SourceFile(path: path, bytes: bytes)) }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > maximumBytes { return .failure(tooLarge) }
        }
    }

    private static var tooLarge: Workspace.LoadFailure {
        Workspace.LoadFailure(
            reason: Text(
                en: "it is larger than \(maximumBytes >> 20) MB", da: "den er større end \(maximumBytes >> 20) MB"))
    }

    /// The reason for an `errno`, in words.
    private static func failure(_ code: Int32) -> Workspace.LoadFailure {
        let reason: Text
        switch code {
        case ENOENT:
            reason = Text(en: "there is no such file or folder", da: "der findes ingen fil eller mappe med det navn")
        case EACCES, EPERM: reason = Text(en: "permission denied", da: "ingen adgang")
        case EISDIR: reason = Text(en: "it is a folder", da: "det er en mappe")
        case ENOTDIR: reason = Text(en: "a part of the path is not a folder", da: "en del af stien er ikke en mappe")
        case ENAMETOOLONG:
            reason = Text(en: "the name is longer than the system allows", da: "navnet er længere, end systemet tillader")
        case ELOOP: reason = Text(en: "there are too many symbolic links in a circle", da: "symbolske links peger rundt i ring")
        default: reason = .verbatim(String(cString: strerror(code)))
        }
        return Workspace.LoadFailure(reason: reason)
    }
}
