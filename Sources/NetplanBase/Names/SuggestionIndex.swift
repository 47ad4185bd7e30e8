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
    /// Candidate indices by how they look (`InvisibleCharacters.visibleForm`), in order.
    private let byLooks: [String: [Int]]
    /// Each candidate's visible form.
    private let looks: [String]

    public init(_ candidates: [String]) {
        names = candidates
        var lowered: [[Unicode.Scalar]] = []
        lowered.reserveCapacity(candidates.count)
        var byLength: [Int: [Int]] = [:]
        var byLowered: [String: [Int]] = [:]
        var byLooks: [String: [Int]] = [:]
        var looks: [String] = []
        looks.reserveCapacity(candidates.count)
        for (index, candidate) in candidates.enumerated() {
            let visible = InvisibleCharacters.visibleForm(candidate)
            looks.append(visible)
            byLooks[visible, default: []].append(index)
            let lower = candidate.lowercased()
            let scalars = Array(lower.unicodeScalars)
            lowered.append(scalars)
            byLength[scalars.count, default: []].append(index)
            byLowered[lower, default: []].append(index)
        }
        self.lowered = lowered
        self.byLength = byLength
        self.byLowered = byLowered
        self.byLooks = byLooks
        self.looks = looks
    }

    /// What a name most likely meant.
    public enum Match: Hashable, Sendable {
        /// A candidate spelt a little differently: "did you mean ...?".
        case similar(String)
        /// A candidate that looks exactly the same on screen but differs by
        /// an invisible character or a space: never "did you mean" it.
        case lookalike(String)
    }

    /// The candidate a name most likely meant: one that looks the same wins
    /// (it is certainly meant), else the closest, as `closest(to:)`.
    public func match(for name: String) -> Match? {
        guard !names.isEmpty, name.utf8.count <= 200 else { return nil }
        if let twin = byLooks[InvisibleCharacters.visibleForm(name)]?.first(where: { names[$0] != name }) {
            return .lookalike(names[twin])
        }
        return closest(to: name).map(Match.similar)
    }

    /// The candidate closest to `name`, if it is close enough to be a likely typo.
    public func closest(to name: String) -> String? {
        guard !names.isEmpty, name.utf8.count <= 200 else { return nil }
        let lower = name.lowercased()
        let looks = InvisibleCharacters.visibleForm(name)
        // Never propose a name that looks exactly like this one (see `match(for:)`).
        let looksDifferent = { (index: Int) in names[index] != name && self.looks[index] != looks }
        if let match = byLowered[lower]?.first(where: looksDifferent) { return names[match] }
        let target = Array(lower.unicodeScalars)
        let limit = Suggest.editLimit(length: target.count)
        var best: (index: Int, distance: Int)?
        var examined = 0
        for length in max(0, target.count - limit)...(target.count + limit) {
            for index in byLength[length] ?? [] where looksDifferent(index) {
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
