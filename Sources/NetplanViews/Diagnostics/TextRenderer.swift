import NetplanBase
import NetplanSyntax

/// Renders diagnostics as text in the style of rustc and Elm:
///
///     error[NP101]: no participant or group is called `Borgre`
///       --> plan.netplan:2:19
///        |
///      2 | phase Idé: invite Borgre
///        |                   ^^^^^^ unknown name
///        |
///        = help: did you mean `Borgere`?
public struct TextRenderer {
    public var language: Language
    public var color: Bool
    /// Lines wider than this many cells are shortened around the caret.
    public var maxLineWidth: Int

    public init(language: Language = .english, color: Bool = false, maxLineWidth: Int = 100) {
        self.language = language
        self.color = color
        self.maxLineWidth = max(20, maxLineWidth)
    }

    private enum Style: String {
        case error = "\u{1B}[1;31m"
        case warning = "\u{1B}[1;33m"
        case note = "\u{1B}[1;36m"
        case bold = "\u{1B}[1m"
        case gutter = "\u{1B}[1;34m"
        case help = "\u{1B}[1;32m"
    }

    private func paint(_ text: String, _ style: Style) -> String {
        color ? style.rawValue + text + "\u{1B}[0m" : text
    }

    /// Plan text (names in messages, labels, notes, help) and paths as shown:
    /// control characters escaped, before any colour is added.
    private func shown(_ text: String) -> String {
        ControlCharacters.visible(text, keepingLineFeeds: false)
    }

    private func style(for severity: Severity) -> Style {
        switch severity {
        case .error: return .error
        case .warning: return .warning
        case .note: return .note
        }
    }

    /// Renders all diagnostics of a file, each followed by a blank line.
    /// `others` holds the files that annotations in other files point into
    /// (findings across plans), by path.
    public func render(_ file: FileDiagnostics, others: [String: SourceFile] = [:]) -> String {
        file.diagnostics.map { render($0, in: file.source, others: others) + "\n" }.joined()
    }

    /// Renders one diagnostic. Annotations in other files follow the
    /// snippet, each under its own `--> path:line:column`.
    public func render(_ diagnostic: Diagnostic, in source: SourceFile, others: [String: SourceFile] = [:]) -> String {
        let severityStyle = style(for: diagnostic.severity)
        let location = source.location(of: diagnostic.range.start)
        var annotations = [(annotation: diagnostic.primary, isPrimary: true)]
        annotations += diagnostic.secondary.filter { $0.file == nil }.map { ($0, false) }
        let elsewhere = diagnostic.secondary.compactMap { annotation -> (Annotation, SourceFile?, String)? in
            guard let path = annotation.file else { return nil }
            return (annotation, others[path], path)
        }
        let lines = annotations.map { source.lineIndex(of: min($0.annotation.range.start, source.bytes.count)) }
        let otherLines = elsewhere.compactMap { annotation, other, _ in
            other.map { $0.lineIndex(of: min(annotation.range.start, $0.bytes.count)) }
        }
        let gutterWidth = String(((lines + otherLines).max() ?? 0) + 1).count
        let pad = String(repeating: " ", count: gutterWidth)
        let bar = paint("|", .gutter)

        var out = paint("\(diagnostic.severity.word(language))[\(diagnostic.code)]", severityStyle)
        out += paint(": " + shown(diagnostic.message(language)), .bold) + "\n"
        out += "\(pad)\(paint("-->", .gutter)) \(shown(source.path)):\(location.line):\(location.column)\n"
        out += "\(pad) \(bar)\n"

        // Group annotations by line, in line order.
        let order = annotations.indices.sorted { (lines[$0], $0) < (lines[$1], $1) }
        var previousLine: Int?
        var index = 0
        while index < order.count {
            let line = lines[order[index]]
            var group: [(annotation: Annotation, isPrimary: Bool)] = []
            while index < order.count, lines[order[index]] == line {
                group.append(annotations[order[index]])
                index += 1
            }
            if let previousLine, line > previousLine + 1 { out += "\(paint(String(repeating: ".", count: gutterWidth), .gutter))\n" }
            out += renderLine(line, group, in: source, gutterWidth: gutterWidth, severityStyle: severityStyle)
            previousLine = line
        }
        for (annotation, other, path) in elsewhere {
            guard let other else {
                let label = annotation.label.map { " " + shown($0(language)) } ?? ""
                out += "\(pad)\(paint("-->", .gutter)) \(shown(path))\(label)\n"
                continue
            }
            let place = other.location(of: annotation.range.start)
            out += "\(pad)\(paint("-->", .gutter)) \(shown(path)):\(place.line):\(place.column)\n"
            out += "\(pad) \(bar)\n"
            let line = other.lineIndex(of: min(annotation.range.start, other.bytes.count))
            out += renderLine(line, [(annotation, false)], in: other, gutterWidth: gutterWidth, severityStyle: severityStyle)
        }

        var trailers: [String] = []
        for note in diagnostic.notes {
            trailers.append("\(pad) \(paint("=", .gutter)) \(paint(Vocabulary.noteLead(language), .bold)): \(shown(note(language)))")
        }
        if let help = diagnostic.help {
            trailers.append("\(pad) \(paint("=", .gutter)) \(paint(Vocabulary.helpLead(language), .help)): \(shown(help(language)))")
        }
        if !trailers.isEmpty {
            out += "\(pad) \(bar)\n" + trailers.joined(separator: "\n") + "\n"
        }
        return out
    }

    private func renderLine(
        _ line: Int, _ group: [(annotation: Annotation, isPrimary: Bool)], in source: SourceFile,
        gutterWidth: Int, severityStyle: Style
    ) -> String {
        let fullLine = source.lineContentRange(line)
        // A very long line is first cut to a few thousand bytes around the
        // first annotation, so rendering stays cheap however long the line is.
        let content = Self.byteWindow(of: fullLine, around: group.first?.annotation.range.start ?? fullLine.start, in: source)
        let cutLeft = content.start > fullLine.start
        let cutRight = content.end < fullLine.end
        let display = DisplayLine(bytes: source.bytes[content.start..<content.end])
        func cell(_ offset: Int) -> Int {
            display.cellAt[min(max(offset - content.start, 0), display.cellAt.count - 1)]
        }
        // Cells of each underline: at least one cell, never past the line (a
        // range at the end of the line or file gets a caret just after it).
        var marks: [(start: Int, end: Int, isPrimary: Bool, label: String?)] = group.map { item in
            let start = cell(item.annotation.range.start)
            let end = max(start + 1, cell(min(item.annotation.range.end, content.end)))
            return (start, end, item.isPrimary, item.annotation.label.map { shown($0(language)) })
        }
        // Shorten long lines to a window around the first mark.
        var windowStart = 0
        var windowEnd = display.width
        if display.width > maxLineWidth, let focus = marks.first {
            let half = maxLineWidth / 2
            windowStart = max(0, min(focus.start - half / 2, display.width - maxLineWidth))
            windowStart = max(0, min(windowStart, focus.start))
            windowEnd = min(display.width, windowStart + maxLineWidth)
        }
        var text = display.text(cells: windowStart, windowEnd)
        var shift = -windowStart
        let cutsLeft = windowStart > 0 || cutLeft
        if cutsLeft {
            text = "…" + text
            shift += 1
        }
        if windowEnd < display.width || cutRight { text += "…" }
        marks = marks.map { mark in
            let start = max(0, mark.start + shift)
            let end = max(start + 1, min(mark.end + shift, windowEnd - windowStart + (cutsLeft ? 1 : 0) + 1))
            return (start, end, mark.isPrimary, mark.label)
        }

        let number = String(line + 1)
        let gutter = String(repeating: " ", count: gutterWidth - number.count) + number
        var out = "\(paint(gutter, .gutter)) \(paint("|", .gutter)) \(text)\n"
        let blank = String(repeating: " ", count: gutterWidth)
        // One underline row per mark, primary first.
        for mark in marks.sorted(by: { ($0.isPrimary ? 0 : 1, $0.start) < ($1.isPrimary ? 0 : 1, $1.start) }) {
            let underline = String(repeating: mark.isPrimary ? "^" : "-", count: mark.end - mark.start)
            var row = String(repeating: " ", count: mark.start) + paint(underline, mark.isPrimary ? severityStyle : .gutter)
            if let label = mark.label { row += " " + paint(label, mark.isPrimary ? severityStyle : .gutter) }
            out += "\(blank) \(paint("|", .gutter)) \(row)\n"
        }
        return out
    }

    /// Bytes of a line around `focus`: the whole line when it is short, else
    /// about 2,000 bytes either side, cut at character boundaries.
    static func byteWindow(of line: SourceRange, around focus: Int, in source: SourceFile) -> SourceRange {
        let radius = 2_000
        guard line.length > 2 * radius else { return line }
        let bytes = source.bytes
        var start = max(line.start, min(focus, line.end) - radius)
        var end = min(line.end, max(focus, line.start) + radius)
        while start > line.start, start < bytes.count, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        while end < line.end, end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return SourceRange(start, end)
    }

    /// The closing line: "2 errors, 3 warnings in 4 files".
    public func summary(errors: Int, warnings: Int, notes: Int, files: Int) -> String {
        var parts = [Vocabulary.count(errors, .error), Vocabulary.count(warnings, .warning)]
        if notes > 0 { parts.append(Vocabulary.count(notes, .note)) }
        let fileCount = Text(en: "\(files) \(files == 1 ? "file" : "files")", da: "\(files) \(files == 1 ? "fil" : "filer")")
        let counts = parts.map { $0(language) }.joined(separator: ", ")
        return counts + Text(en: " in ", da: " i ")(language) + fileCount(language)
    }
}
