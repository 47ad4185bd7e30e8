import NetplanBase

/// The register lines, `use` and the slips made in them.
extension Parser {
    // use = "use" STRING
    //
    // `use personer.netplan` (no quotes) is one error that says to write the
    // file name in quotes (with `.netplan`); the line is read with that file name, so the
    // register is still loaded and nothing cascades from it.
    mutating func parseUse() throws -> Statement {
        let keyword = advance()
        if current.kind != .string, !current.isTerminator {
            let first = current
            var last = first
            while !current.isTerminator { last = advance() }
            let range = SourceRange(first.range.start, last.range.end)
            // Read as the help writes it: quoted, and with `.netplan` when that is missing.
            var written = source.text(range).replacingOccurrences(of: "\"", with: "")
            if !written.hasSuffix(".netplan") { written += ".netplan" }
            let line = source.lineIndex(of: range.start)
            // The lexer's complaint about a character of the file name (`.`, `/`) is this one slip.
            diagnostics.removeAll { $0.severity == .error && source.lineIndex(of: $0.range.start) == line }
            let shown = source.text(range)
            if fixes[line] != nil {
                // The line's keyword is a slip too (`brug`, `ase`): one error, whose fixed line also quotes the path.
                reportSlip(at: range, [Edit(range, "\"\(written)\"")]) { _ in
                    SyntaxMessages.unquotedUsePath(written, source: shown, range: range)
                }
            } else {
                linesWithErrors.insert(line)
                diagnostics.append(SyntaxMessages.unquotedUsePath(written, source: shown, range: range))
            }
            let path = Name(text: written, range: range, isQuoted: false, in: names)
            return Statement(
                kind: .use(UseDecl(path: path)), keyword: keyword.range, range: SourceRange(keyword.range.start, range.end))
        }
        guard current.kind == .string else {
            throw fail(expected: SyntaxMessages.expectedUsePath, help: SyntaxMessages.useHelp)
        }
        let path = try parseName(after: .use)
        return Statement(
            kind: .use(UseDecl(path: path)), keyword: keyword.range, range: SourceRange(keyword.range.start, path.range.end))
    }

    /// `person kerne "Anne Krogh": faglighed` or `person core "Anne"`: a
    /// register's person has no kind (each plan decides who is core). One
    /// error that says so; the word is passed over and the line read as
    /// `person "Anne Krogh": faglighed`.
    mutating func skipKindAfterPerson() {
        let kinds: Set<Keyword> = [.core, .participant, .group]
        let said: Keyword?
        switch current.kind {
        case .keyword(let keyword) where kinds.contains(keyword): said = keyword
        case .word:
            let next = peek(1).kind
            guard next == .word || next == .string else { return }
            said = KeywordSlip.danish[source.fastText(current.range).lowercased()].flatMap { kinds.contains($0) ? $0 : nil }
        default: said = nil
        }
        guard let said else { return }
        let word = current
        let removed = SourceRange(word.range.start, peek(1).range.start)
        let written = source.text(word.range)
        let name = peek(1)
        let shownName = source.text(name.range)
        reportSlip(at: word.range, [Edit(removed, "")]) { fixed in
            SyntaxMessages.kindOnPerson(written, kind: said, name: shownName, range: word.range, fixed: fixed)
        }
        _ = advance()
    }
}
