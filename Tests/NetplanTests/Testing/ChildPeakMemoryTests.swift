import Foundation
import Testing
import NetplanTesting

/// `ChildPeakMemory` gives each child its own peak, which the benchmark's old
/// `getrusage(RUSAGE_CHILDREN)` could not: that reports the largest child so
/// far, so a small command measured after a big one read the big one's peak.
@Suite struct ChildPeakMemoryTests {
    /// awk doubling a string 23 times: a child that needs about 100 MB.
    static let bigChild = ["BEGIN{s=\"xxxxxxxxxx\"; for(i=0;i<23;i++) s=s s; print length(s)}"]

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/awk"), "needs /usr/bin/awk"))
    func eachChildGetsItsOwnPeakEvenAfterABiggerOne() throws {
        let big = try #require(ChildPeakMemory.measure("/usr/bin/awk", Self.bigChild))
        let small = try #require(ChildPeakMemory.measure("/bin/sh", ["-c", "exit 0"]))
        #expect(big.status == 0)
        #expect(big.peakBytes >= 80_000_000, "awk held a string of 84 MB")
        #expect(small.status == 0)
        // A child spawned by this (test) process starts with this process's peak (see ChildPeakMemory), so
        // the small child reads at most that; it must not read awk's, as the old RUSAGE_CHILDREN measure did.
        let ours = try #require(Self.ownPeakBytes())
        #expect(small.peakBytes <= max(ours, 0) + 16_000_000, "idle shell: \(small.peakBytes), this process: \(ours)")
        if ours < big.peakBytes / 2 {
            #expect(small.peakBytes < big.peakBytes / 2, "a shell that does nothing, measured after awk: \(small.peakBytes) bytes")
        }
        #expect(small.peakBytes > 0)
    }

    /// VmHWM of this process, in bytes.
    static func ownPeakBytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return line.split(separator: " ").compactMap { Int($0) }.first.map { $0 * 1024 }
        }
        return nil
    }

    @Test func theExitStatusIsTheChilds() throws {
        let exited = try #require(ChildPeakMemory.measure("/bin/sh", ["-c", "exit 3"]))
        #expect(exited.status == 3)
        let killed = try #require(ChildPeakMemory.measure("/bin/sh", ["-c", "kill -KILL $$"]))
        #expect(killed.status == 128 + 9)
    }

    @Test func aMissingProgramIsNilNotACrash() {
        #expect(ChildPeakMemory.measure("/nonexistent/netplan", ["check"]) == nil)
    }
}
