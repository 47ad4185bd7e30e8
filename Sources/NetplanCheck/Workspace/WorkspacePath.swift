/// Paths as the workspace joins them: `use` is relative to the folder of
/// the file that writes it; `.` and `..` are folded so one file has one key.
package enum WorkspacePath {
    /// The path of `relative` seen from the file at `from`.
    package static func resolve(_ relative: String, from: String) -> String {
        if relative.hasPrefix("/") { return normalise(relative) }
        guard let slash = from.lastIndex(of: "/") else { return normalise(relative) }
        return normalise(String(from[...slash]) + relative)
    }

    /// `a/./b/../c` as `a/c`; a leading `..` stays.
    package static func normalise(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
                continue
            }
            if part == "..", absolute { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }
}
