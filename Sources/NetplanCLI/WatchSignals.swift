import Foundation

/// Ctrl-C (SIGINT) and SIGTERM end `report --watch` cleanly: the handler only
/// sets a flag, which the loop reads between its short sleeps; the loop then
/// writes the last page without its reload and returns exit code 0.
enum WatchSignals {
    /// Installs the handlers; from then on `stopRequested` turns true at the first signal.
    static func install() {
        watchStopFlag = 0
        signal(SIGINT) { _ in watchStopFlag = 1 }
        signal(SIGTERM) { _ in watchStopFlag = 1 }
        // A parent may start netplan with these signals blocked (the mask is
        // inherited); blocked, they would never reach the handlers.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }

    /// Whether SIGINT or SIGTERM arrived since `install()`.
    static var stopRequested: Bool { watchStopFlag != 0 }
}

/// Set only by the signal handlers above (a plain, statically initialised
/// integer, which is all a handler may touch), read by the watch loop.
nonisolated(unsafe) private var watchStopFlag: sig_atomic_t = 0
