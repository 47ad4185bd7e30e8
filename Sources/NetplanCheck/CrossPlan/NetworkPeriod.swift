import NetplanBase
import NetplanSyntax

/// When a network runs: from the earliest start to the latest end of its
/// dated phases. A network none of whose phases has both dates has no
/// period: netplan cannot tell when it runs, so it overlaps nothing.
public struct NetworkPeriod: Hashable, Sendable {
    public var start: CalendarDate
    public var end: CalendarDate

    /// The period of a plan, or nil when no phase has a start and an end.
    public init?(_ plan: ResolvedPlan) {
        var start: CalendarDate?
        var end: CalendarDate?
        for phase in plan.phases {
            guard let from = phase.start, let to = phase.end else { continue }
            start = min(start ?? from, from)
            end = max(end ?? to, to)
        }
        guard let start, let end, start <= end else { return nil }
        self.start = start
        self.end = end
    }

    /// Whether the two periods share at least one day.
    public func overlaps(_ other: NetworkPeriod) -> Bool {
        start <= other.end && other.start <= end
    }
}
