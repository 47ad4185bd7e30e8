/// The candidates for "did you mean", indexed once so that each query looks
/// only at names that can match: a name whose length differs by more than
/// the edit limit (at most 3) is never within reach, and a case-only match
/// is one dictionary lookup. Thousands of unknown names against thousands of
/// declared ones therefore do not compare every pair.
///
/// The answers are exactly `Suggest.closest`'s: a case-only difference wins
/// (the first such candidate), else the closest candidate within the limit,
/// the first of equally close ones.
public struct SuggestionIndex: Sendable {
    private let names: [String]
    /// Each candidate lowercased, as Unicode scalars.
    private let lowered: [[Unicode.Scalar]]
    /// Candidate indices by the scalar count of their lowercased form, in order.
    private let byLength: [Int: [Int]]
    /// Candidate indices by their lowercased form, in order.
    private let byLowered: [String: [Int]]

    public init(_ candidates: [String]) {
        names = candidates
        var lowered: [[Unicode.Scalar]] = []
        lowered.reserveCapacity(candidates.count)
        var byLength: [Int: [Int]] = [:]
        var byLowered: [String: [Int]] = [:]
        for (index, candidate) in candidates.enumerated() {
            let lower = candidate.lowercased()
            let scalars = Array(lower.unicodeScalars)
            lowered.append(scalars)
            byLength[scalars.count, default: []].append(index)
            byLowered[lower, default: []].append(index)
        }
        self.lowered = lowered
        self.byLength = byLength
        self.byLowered = byLowered
    }

    /// The candidate closest to `name`, if it is close enough to be a likely typo.
    public func closest(to name: String) -> String? {
        guard !names.isEmpty, name.utf8.count <= 200 else { return nil }
        let lower = name.lowercased()
        if let match = byLowered[lower]?.first(where: { names[$0] != name }) { return names[match] }
        let target = Array(lower.unicodeScalars)
        let limit = Suggest.editLimit(length: target.count)
        var best: (index: Int, distance: Int)?
        var examined = 0
        for length in max(0, target.count - limit)...(target.count + limit) {
            for index in byLength[length] ?? [] where names[index] != name {
                examined += 1
                let distance = Suggest.editDistance(target, lowered[index], limit: limit)
                guard distance <= limit else { continue }
                if let current = best, (current.distance, current.index) <= (distance, index) { continue }
                best = (index, distance)
            }
        }
        WorkProbe.add(.suggestionCandidate, examined)
        return best.map { names[$0.index] }
    }
}
