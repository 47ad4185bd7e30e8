import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The peak memory (resident set) of ONE child process: spawned, waited for
/// with `wait4`, which reports that child's own resource use.
///
/// `getrusage(RUSAGE_CHILDREN)` cannot do this: it reports the largest child
/// waited for so far, so every command measured after a bigger one reads the
/// bigger one's peak. A second trap is the spawning process's own size: on
/// Linux a child started with `posix_spawn` (vfork) or `fork` takes the
/// parent's peak into its own at `exec`, so a big parent (a benchmark holding
/// a large plan) makes every child look big. The benchmark therefore measures
/// through a small fresh process of its own (`netplan-bench --peak-rss`),
/// which calls `measure` once.
public enum ChildPeakMemory {
    public struct Result: Sendable, Equatable {
        /// The child's exit status (128 + signal if a signal ended it).
        public var status: Int32
        /// Its peak resident set in bytes.
        public var peakBytes: Int

        public init(status: Int32, peakBytes: Int) {
            self.status = status
            self.peakBytes = peakBytes
        }
    }

    /// Runs `executable` with `arguments` (standard output and error go to
    /// /dev/null, standard input reads /dev/null) and returns its own peak
    /// memory, or nil if it could not be started.
    public static func measure(_ executable: String, _ arguments: [String]) -> Result? {
        #if os(Linux)
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
            defer { for pointer in argv { free(pointer) } }
            var pid: pid_t = 0
            let spawned = argv.withUnsafeBufferPointer { buffer -> Int32 in
                guard let base = buffer.baseAddress else { return EINVAL }
                return posix_spawn(&pid, executable, &actions, nil, base, environ)
            }
            guard spawned == 0 else { return nil }
            var status: Int32 = 0
            var usage = rusage()
            while wait4(pid, &status, 0, &usage) < 0 {
                guard errno == EINTR else { return nil }
            }
            let signal = status & 0x7f
            let exitStatus = signal == 0 ? (status >> 8) & 0xff : 128 + signal
            // Linux reports ru_maxrss in kilobytes.
            return Result(status: exitStatus, peakBytes: usage.ru_maxrss * 1024)
        #else
            return nil
        #endif
    }
}
