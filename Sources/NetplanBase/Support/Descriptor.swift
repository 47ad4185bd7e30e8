import Foundation

/// Reading and writing whole buffers on a file descriptor with `read(2)` and
/// `write(2)`: interrupted calls are retried, short writes continue where they
/// stopped, and a failure comes back as an `errno` value instead of a trap.
package enum Descriptor {
    /// `write(2)`, or a stand-in that tests use to fail on purpose.
    package typealias WriteCall = (Int32, UnsafeRawPointer, Int) -> Int

    /// Writes every byte of `bytes`; returns 0 or the `errno` of the failure.
    package static func writeAll(
        _ bytes: some Collection<UInt8>, to descriptor: Int32, using call: WriteCall = { write($0, $1, $2) }
    ) -> Int32 {
        let result: Int32? = bytes.withContiguousStorageIfAvailable { buffer in
            writeAll(UnsafeRawBufferPointer(buffer), to: descriptor, using: call)
        }
        if let result { return result }
        return Array(bytes).withUnsafeBytes { writeAll($0, to: descriptor, using: call) }
    }

    private static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32, using call: WriteCall)
        -> Int32
    {
        guard let base = buffer.baseAddress else { return 0 }
        var offset = 0
        while offset < buffer.count {
            errno = 0
            let written = call(descriptor, base + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno == 0 ? EIO : errno
            }
            if written == 0 { return EIO }
            offset += written
        }
        return 0
    }

    /// Reads until the end of input; the bytes, or the `errno` of the failure.
    package static func readAll(from descriptor: Int32) -> Result<[UInt8], ReadFailure> {
        var bytes: [UInt8] = []
        // A plain file says its size: room for all of it at once, not a buffer doubled as it fills.
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size > 0 {
            bytes.reserveCapacity(Int(clamping: status.st_size) &+ 1)
        }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(ReadFailure(code: errno))
            }
            if count == 0 { return .success(bytes) }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// A failed `read(2)`: its `errno`.
    package struct ReadFailure: Error {
        package var code: Int32
        package init(code: Int32) { self.code = code }
    }

    /// Whether `descriptor` is open in this process.
    package static func isOpen(_ descriptor: Int32) -> Bool {
        fcntl(descriptor, F_GETFD) != -1
    }
}
