import Foundation

/// Counts units of work done while checking, so tests can prove how an
/// algorithm grows without timing it: a test sets `WorkProbe.current` for the
/// duration of a check and reads the counts afterwards. When no probe is set
/// (always, outside tests), counting costs one task-local read per batch.
package final class WorkProbe: @unchecked Sendable {
    package enum Kind: Hashable, Sendable {
        /// One candidate looked at for a "did you mean" suggestion.
        case suggestionCandidate
        /// One finding built in full (message, hints, suggestion) by a rule.
        case findingBuilt
        /// One test of whether an `allow` covers a finding.
        case suppressionTest
        /// One test of whether a participant covers a need of a phase.
        case coverageTest
        /// An appearance of a person looked at by a rule across plans.
        case crossPlanComparison
    }

    @TaskLocal package static var current: WorkProbe?

    private let lock = NSLock()
    private var counts: [Kind: Int] = [:]

    package init() {}

    /// How many units of `kind` were counted.
    package func count(_ kind: Kind) -> Int {
        lock.lock()
        defer { lock.unlock() }
        return counts[kind] ?? 0
    }

    /// Adds `units` of `kind` to the current probe, if any.
    package static func add(_ kind: Kind, _ units: Int = 1) {
        guard units > 0, let probe = current else { return }
        probe.lock.lock()
        probe.counts[kind, default: 0] += units
        probe.lock.unlock()
    }
}
