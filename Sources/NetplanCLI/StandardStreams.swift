import Foundation
import NetplanBase
import NetplanSyntax
import NetplanLanguageServer

/// Standard input, output and error of this process, used with `read(2)` and
/// `write(2)` so that a failure is an `errno` value, never a trap.
///
/// A stream that was closed when netplan started (`>&-`, `<&-`) is held open
/// on `/dev/null`, so that no file netplan opens later can take its number
/// (and receive text meant for the terminal); it still counts as closed:
/// writing to it or reading from it fails with `EBADF`.
struct StandardStreams {
    package private(set) var closed: Set<Int32> = []

    /// Looks at descriptors 0, 1 and 2 once, when the process starts.
    static func claim() -> StandardStreams {
        var streams = StandardStreams()
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where !Descriptor.isOpen(descriptor) {
            streams.closed.insert(descriptor)
            let placeholder = open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY)
            if placeholder >= 0, placeholder != descriptor {
                dup2(placeholder, descriptor)
                close(placeholder)
            }
        }
        return streams
    }

    /// Writes all of `text`; 0 or the `errno` of the failure.
    package func write(_ text: String, to descriptor: Int32) -> Int32 {
        if closed.contains(descriptor) { return EBADF }
        return Descriptor.writeAll(text.utf8, to: descriptor)
    }

    /// Writes all of `bytes`; 0 or the `errno` of the failure.
    package func write(bytes: [UInt8], to descriptor: Int32) -> Int32 {
        if closed.contains(descriptor) { return EBADF }
        return Descriptor.writeAll(bytes, to: descriptor)
    }

    /// Reads standard input to its end.
    func readInput() -> Result<[UInt8], Descriptor.ReadFailure> {
        if closed.contains(STDIN_FILENO) { return .failure(Descriptor.ReadFailure(code: EBADF)) }
        return Descriptor.readAll(from: STDIN_FILENO)
    }
}
