/// "Did you mean ...?" by edit distance, in the spirit of Elm's suggestions.
public enum Suggest {
    /// The candidate closest to `name`, if it is close enough to be a likely typo.
    /// A case-only difference always wins; among equally close candidates the
    /// first one wins. For many queries against the same candidates, build a
    /// `SuggestionIndex` once instead.
    public static func closest(to name: String, among candidates: [String]) -> String? {
        SuggestionIndex(candidates).closest(to: name)
    }

    /// How many edits a name of `length` scalars may be away from a suggestion:
    /// one for short names, up to three for long ones.
    static func editLimit(length: Int) -> Int {
        max(1, min(3, (length + 1) / 3))
    }

    /// The longest edit limit; `SuggestionIndex` relies on it being small.
    static let maximumEditLimit = 3

    /// Optimal string alignment distance (Levenshtein plus swaps of neighbours),
    /// giving up early once it exceeds `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
