import NetplanBase

/// The output of the lexer: tokens, comments and lexical diagnostics.
public struct TokenStream: Sendable {
    public var tokens: TokenBuffer
    public var comments: [Comment]
    public var diagnostics: [Diagnostic]
}

/// Turns the bytes of a plan into tokens. It never fails: bad bytes become
/// `invalid` tokens with a diagnostic, at most one lexical diagnostic a line.
/// A file larger than its offsets can hold (`PlanSize.maximumBytes`) is not
/// lexed: it gets one error instead.
public struct Lexer {
    package let source: SourceFile
    /// The largest file lexed; tests lower it to prove the guard without 4 GiB of memory.
    let maximumBytes: Int

    public init(source: SourceFile) {
        self.init(source: source, maximumBytes: PlanSize.maximumBytes)
    }

    package init(source: SourceFile, maximumBytes: Int) {
        self.source = source
        self.maximumBytes = min(maximumBytes, PlanSize.maximumBytes)
    }

    /// Reads the whole file.
    public func tokenize() -> TokenStream {
        guard source.bytes.count <= maximumBytes else {
            var tokens = TokenBuffer()
            tokens.append(.endOfFile, 0, 0)
            return TokenStream(
                tokens: tokens, comments: [], diagnostics: [SyntaxMessages.fileTooLarge(limit: maximumBytes)])
        }
        return source.bytes.withUnsafeBufferPointer { run($0) }
    }

    private func run(_ bytes: UnsafeBufferPointer<UInt8>) -> TokenStream {
        var tokens = TokenBuffer()
        tokens.reserveCapacity(bytes.count / 4 + 2)
        var comments: [Comment] = []
        var diagnostics: [Diagnostic] = []
        var line = 0
        var lineHasCode = false
        var lastDiagnosticLine = -1
        let count = bytes.count
        var i = source.contentStart

        var lastWarningLine: [String: Int] = [:]

        // At most one error a line; a warning (one of each code a line) never
        // takes an error's place, so it cannot hide one.
        func report(_ diagnostic: Diagnostic) {
            if diagnostic.severity != .error {
                guard lastWarningLine[diagnostic.code] != line else { return }
                lastWarningLine[diagnostic.code] = line
                diagnostics.append(diagnostic)
                return
            }
            guard lastDiagnosticLine != line else { return }
            lastDiagnosticLine = line
            diagnostics.append(diagnostic)
        }

        func emit(_ kind: TokenKind, _ start: Int, _ end: Int) {
            tokens.append(kind, start, end)
            lineHasCode = true
        }

        while i < count {
            let byte = bytes[i]
            switch byte {
            case 0x20, 0x09, 0x0B, 0x0C:
                i += 1
            case 0x0D:
                if i + 1 < count, bytes[i + 1] == 0x0A {
                    tokens.append(.newline, i, i + 2)
                    i += 2
                    line += 1
                    lineHasCode = false
                } else {
                    i += 1  // a lone carriage return is white space
                }
            case 0x0A:
                tokens.append(.newline, i, i + 1)
                i += 1
                line += 1
                lineHasCode = false
            case 0x23:  // '#'
                let start = i
                while i < count, bytes[i] != 0x0A { i += 1 }
                var end = i
                if end > start, bytes[end - 1] == 0x0D { end -= 1 }
                comments.append(Comment(range: SourceRange(start, end), isTrailing: lineHasCode))
                scanInvalidUTF8(bytes, start, end, report: report)
                i = end  // a CR LF after the comment is one newline token, as everywhere else
            case 0x3A: emit(.colon, i, i + 1); i += 1
            case 0x2C: emit(.comma, i, i + 1); i += 1
            case 0x3B: emit(.semicolon, i, i + 1); i += 1
            case 0x22:
                let start = i
                i = scanString(bytes, from: i, report: report)
                emit(.string, start, i)
            case 0x30...0x39:
                let start = i
                if let last = tokens.last, isDateKeyword(last) {
                    // A date as it is written, such as `1/3-2027` or `1. marts 2027`: one token.
                    i = scanWrittenDate(bytes, from: i)
                } else {
                    i += 1
                    while i < count, isLiteralByte(bytes[i]) { i += 1 }
                }
                emit(.literal, start, i)
            default:
                let start = i
                if let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: i) {
                    if UTF8Decoding.isWordStart(scalar) {
                        i += length
                        let (end, hidden) = scanWordRest(bytes, from: i)
                        i = end
                        if let hidden {
                            // A zero-width character inside the word: left out of its value.
                            report(SyntaxMessages.zeroWidthCharacter(hidden.scalar, range: hidden.range))
                            let value = source.fastText(SourceRange(start, i))
                            if let keyword = Keyword.lookup(value) {
                                emit(.keyword(keyword), start, i)
                            } else {
                                emit(.word, start, i)
                            }
                        } else if let keyword = Keyword.lookup(bytes: bytes, start, i) {
                            emit(.keyword(keyword), start, i)
                        } else {
                            emit(.word, start, i)
                        }
                    } else if UTF8Decoding.isExtraWhitespace(scalar) {
                        i += length
                    } else if InvisibleCharacters.isZeroWidth(scalar) {
                        // Nobody sees it: white space, named in a warning.
                        report(SyntaxMessages.zeroWidthCharacter(scalar, range: SourceRange(i, i + length)))
                        i += length
                    } else if let family = TypographicQuotes.family(opening: scalar),
                        tokens.last.map({ $0.range.end != start || !isNameLike($0.kind) }) ?? true,
                        let end = TypographicQuotes.scan(bytes, from: i + length, family: family)
                    {
                        // A name in quotes from a word processor: a name, with a warning.
                        i = end
                        checkTypographicContent(bytes, start, end, report: report)
                        emit(.string, start, end)
                        report(SyntaxMessages.typographicQuotes(
                            written: source.text(SourceRange(start, end)), value: source.stringValue(SourceRange(start, end)),
                            range: SourceRange(start, end)))
                    } else {
                        i += length
                        // Glue a run of stray characters into one token.
                        while i < count, let (next, nextLength) = UTF8Decoding.scalar(in: bytes, at: i),
                            isStray(next)
                        {
                            i += nextLength
                        }
                        emit(.invalid, start, i)
                        report(SyntaxMessages.strayCharacter(scalar, range: SourceRange(start, i)))
                    }
                } else {
                    i += 1
                    while i < count, bytes[i] >= 0x80, UTF8Decoding.scalar(in: bytes, at: i) == nil { i += 1 }
                    emit(.invalid, start, i)
                    report(SyntaxMessages.invalidUTF8(range: SourceRange(start, i)))
                }
            }
        }
        tokens.append(.endOfFile, count, count)
        return TokenStream(tokens: tokens, comments: comments, diagnostics: diagnostics)
    }

    /// `from`, `to` or a meeting's `on`, or the Danish word written for one (`fra`, `til`, `på`),
    /// which the parser then reads as the keyword: a date follows.
    private func isDateKeyword(_ token: Token) -> Bool {
        switch token.kind {
        case .keyword(.from), .keyword(.to), .keyword(.on): return true
        case .word:
            let slip = KeywordSlip.danish[source.fastText(token.range)]
            return slip == .from || slip == .to || slip == .on
        default: return false
        }
    }

    private func isStray(_ scalar: Unicode.Scalar) -> Bool {
        if InvisibleCharacters.isZeroWidth(scalar) || TypographicQuotes.family(opening: scalar) != nil { return false }
        if scalar.isASCII {
            switch scalar.value {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0x22, 0x23, 0x2C, 0x3A, 0x3B: return false
            case 0x30...0x39: return false
            default: return !UTF8Decoding.isWordStart(scalar)
            }
        }
        return !UTF8Decoding.isWordStart(scalar) && !UTF8Decoding.isExtraWhitespace(scalar)
    }

    /// Whether a token can end a name or a word: a typographic mark right
    /// after it is an apostrophe or a stray mark, not an opening quote.
    private func isNameLike(_ kind: TokenKind) -> Bool {
        switch kind {
        case .word, .string, .literal, .keyword: return true
        default: return false
        }
    }

    func isLiteralByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x5F, 0x2E: return true
        default: return false
        }
    }

    /// Scans the rest of a word; returns its end and the first zero-width
    /// character in it, if any (a word may hold them; its value leaves them out).
    private func scanWordRest(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int
    ) -> (end: Int, hidden: (scalar: Unicode.Scalar, range: SourceRange)?) {
        var i = start
        let count = bytes.count
        var hidden: (scalar: Unicode.Scalar, range: SourceRange)?
        while i < count {
            let byte = bytes[i]
            if byte < 0x80 {
                switch byte {
                case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x5F: i += 1; continue
                default: return (i, hidden)
                }
            }
            guard let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: i) else { return (i, hidden) }
            if InvisibleCharacters.isZeroWidth(scalar) {
                if hidden == nil { hidden = (scalar, SourceRange(i, i + length)) }
            } else if !UTF8Decoding.isWordContinue(scalar) {
                return (i, hidden)
            }
            i += length
        }
        return (i, hidden)
    }

    /// Scans a string from its opening quote; returns the offset after it.
    /// An unterminated string ends at the line end, with a diagnostic.
    private func scanString(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, report: (Diagnostic) -> Void
    ) -> Int {
        var i = start + 1
        let count = bytes.count
        while i < count {
            let byte = bytes[i]
            switch byte {
            case 0x22:
                return i + 1
            case 0x0A:
                var end = i
                if end > start, bytes[end - 1] == 0x0D { end -= 1 }
                report(SyntaxMessages.unterminatedString(range: SourceRange(start, end)))
                return end
            case 0x5C:  // backslash
                if i + 1 < count, bytes[i + 1] == 0x22 || bytes[i + 1] == 0x5C {
                    i += 2
                } else {
                    let end = i + 1 < count && bytes[i + 1] != 0x0A ? i + 2 : i + 1
                    report(SyntaxMessages.unknownEscape(range: SourceRange(i, min(end, count))))
                    i += 1
                }
            default:
                i = checkContent(bytes, at: i, report: report)
            }
        }
        report(SyntaxMessages.unterminatedString(range: SourceRange(start, count)))
        return count
    }

    /// Checks the name between typographic quotes (see `checkContent`).
    private func checkTypographicContent(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, report: (Diagnostic) -> Void
    ) {
        guard let content = TypographicQuotes.content(of: bytes, start, end) else { return }
        var i = content.lowerBound
        while i < content.upperBound { i = checkContent(bytes, at: i, report: report) }
    }

    /// Checks one character inside quotes and returns the offset after it:
    /// invalid UTF-8, NUL and control characters (a tab is white space, and
    /// CR LF ends the line) and text-direction controls are errors, named;
    /// a zero-width character is named in a warning (the value leaves it out).
    private func checkContent(
        _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, report: (Diagnostic) -> Void
    ) -> Int {
        let count = bytes.count
        let byte = bytes[i]
        if byte >= 0x80 {
            guard let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: i) else {
                report(SyntaxMessages.invalidUTF8(range: SourceRange(i, i + 1)))
                return i + 1
            }
            if ControlCharacters.isControl(scalar) || InvisibleCharacters.isDirectionControl(scalar) {
                // A C1 control or a direction control: a terminal or an editor acts on it, and nobody types one.
                report(SyntaxMessages.strayCharacter(scalar, range: SourceRange(i, i + length)))
            } else if InvisibleCharacters.isZeroWidth(scalar),
                !(scalar == "\u{200D}"
                    && InvisibleCharacters.joinsEmoji(
                        after: UTF8Decoding.scalar(in: bytes, endingAt: i),
                        before: i + length < count ? UTF8Decoding.scalar(in: bytes, at: i + length)?.0 : nil))
            {
                report(SyntaxMessages.zeroWidthCharacter(scalar, range: SourceRange(i, i + length)))
            }
            return i + length
        }
        if byte == 0 {
            report(SyntaxMessages.nulInString(range: SourceRange(i, i + 1)))
        } else if ControlCharacters.isControl(Unicode.Scalar(byte)), byte != 0x09,
            !(byte == 0x0D && i + 1 < count && bytes[i + 1] == 0x0A)
        {
            // ESC, BEL, DEL and the other controls: never part of a name.
            report(SyntaxMessages.strayCharacter(Unicode.Scalar(byte), range: SourceRange(i, i + 1)))
        }
        return i + 1
    }

    private func scanInvalidUTF8(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, report: (Diagnostic) -> Void
    ) {
        var i = start
        while i < end {
            if bytes[i] < 0x80 { i += 1; continue }
            if let (_, length) = UTF8Decoding.scalar(in: bytes, at: i) {
                i += length
            } else {
                report(SyntaxMessages.invalidUTF8(range: SourceRange(i, i + 1)))
                return
            }
        }
    }
}
