import Foundation

/// How a fuzzer reports a broken invariant: it prints the reason and aborts,
/// which libFuzzer records as a crash with the input that caused it. This
/// module is linked only into the fuzzers, never into netplan itself.
public enum FuzzCheck {
    public static func require(_ condition: Bool, _ message: String) {
        guard !condition else { return }
        FileHandle.standardError.write(Data("invariant broken: \(message)\n".utf8))
        abort()
    }
}
