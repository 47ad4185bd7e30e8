import NetplanBase

/// A change to a line: the text in `range` becomes `text` (an empty range inserts).
struct Edit: Hashable, Sendable {
    package var range: SourceRange
    package var text: String

    package init(_ range: SourceRange, _ text: String) {
        self.range = range
        self.text = text
    }
}

/// A slip's diagnostic, waiting for the end of the parse: its help shows the
/// line as it should be, with every slip the parser found on that line fixed
/// (`fase Opstart fra ... til ...` becomes `phase Opstart from ... to ...`).
struct PendingFix {
    package var edits: [Edit]
    /// Builds the diagnostic from the fixed line.
    package var make: (String) -> Diagnostic
}

/// Renders the fixed text of one line for a help: the line's tokens (without
/// its comment), with the edits applied. A long line is cut to the tokens
/// around the edits, with `…` where it is cut.
enum LineFix {
    /// At most this many characters of a line are shown before cutting.
    package static let longest = 90
    /// Tokens kept on each side of the edits when a long line is cut.
    package static let context = 3

    package static func render(_ edits: [Edit], line: Int, tokens: TokenBuffer, source: SourceFile) -> String {
        let content = source.lineContentRange(line)
        // The tokens of the line, by binary search on their start offsets.
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].range.start < content.start { low = mid + 1 } else { high = mid }
        }
        var first = low
        var last = low - 1
        var index = low
        while index < tokens.count, tokens[index].range.start < content.end, tokens[index].kind != .newline,
            tokens[index].kind != .endOfFile
        {
            last = index
            index += 1
        }
        guard last >= first else { return "" }
        let sorted = edits.sorted { $0.range.start < $1.range.start }
        var cutStart = false
        var cutEnd = false
        if SourceFile.characterCount(source.bytes[tokens[first].range.start..<tokens[last].range.end]) > longest,
            let firstEdit = sorted.first, let lastEdit = sorted.last
        {
            let editFirst = (first...last).first { tokens[$0].range.end >= firstEdit.range.start } ?? first
            let editLast = (first...last).last { tokens[$0].range.start <= lastEdit.range.end } ?? last
            let newFirst = max(first, editFirst - context)
            let newLast = min(last, editLast + context)
            cutStart = newFirst > first
            cutEnd = newLast < last
            (first, last) = (newFirst, newLast)
        }
        let start = tokens[first].range.start
        let end = tokens[last].range.end
        var bytes: [UInt8] = []
        var at = start
        for edit in sorted where edit.range.start >= at && edit.range.end <= end && edit.range.start >= start {
            bytes.append(contentsOf: source.bytes[at..<edit.range.start])
            bytes.append(contentsOf: Array(edit.text.utf8))
            at = edit.range.end
        }
        if at < end { bytes.append(contentsOf: source.bytes[at..<end]) }
        let text = String(decoding: bytes, as: UTF8.self)
        return (cutStart ? "… " : "") + text + (cutEnd ? " …" : "")
    }
}
