import NetplanBase

extension Lexer {
    /// Scans a date after `from` or `to`, written as people write dates:
    /// `2027-03-01`, but also `1/3-2027`, `01.03.2027`, `1. marts 2027` or
    /// `1 mar. 2027`. The whole date is one literal token, so a `/` in it is
    /// not a stray character and the parser can say which date was meant
    /// (see `WrittenDate`).
    ///
    /// The first part runs over digits, letters, `.`, `-`, `_` and `/`. A
    /// following part joins only around a month's name (`1. marts 2027`), or
    /// when it is a four-digit year after a day and a month (`1/3 2027`): so
    /// `from 2027-03-01 2027-03-31`, with `to` forgotten, stays two tokens.
    func scanWrittenDate(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = partEnd(bytes, from: start)
        var sawMonth = WrittenDate.containsMonthName(bytes, start, end)
        if !sawMonth, let next = nextPart(bytes, after: end), WrittenDate.containsMonthName(bytes, next.lowerBound, next.upperBound),
            !isDigit(bytes[next.lowerBound])
        {
            end = next.upperBound
            sawMonth = true
        }
        if let next = nextPart(bytes, after: end), isDigit(bytes[next.lowerBound]),
            sawMonth || (isYear(bytes, next) && !hasFourDigits(bytes, start..<end) && hasSeparator(bytes, start..<end))
        {
            end = next.upperBound
        }
        return end
    }

    private func partEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        while i < bytes.count, isLiteralByte(bytes[i]) || bytes[i] == 0x2F { i += 1 }
        return i
    }

    /// The next part after spaces or tabs on the same line, if one starts there.
    private func nextPart(_ bytes: UnsafeBufferPointer<UInt8>, after end: Int) -> Range<Int>? {
        var i = end
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        guard i > end, i < bytes.count, isLiteralByte(bytes[i]), bytes[i] != 0x2D, bytes[i] != 0x2E else { return nil }
        return i..<partEnd(bytes, from: i)
    }

    private func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    private func isYear(_ bytes: UnsafeBufferPointer<UInt8>, _ part: Range<Int>) -> Bool {
        part.count == 4 && part.allSatisfy { isDigit(bytes[$0]) }
    }

    private func hasSeparator(_ bytes: UnsafeBufferPointer<UInt8>, _ part: Range<Int>) -> Bool {
        part.contains { bytes[$0] == 0x2F || bytes[$0] == 0x2E || bytes[$0] == 0x2D }
    }

    private func hasFourDigits(_ bytes: UnsafeBufferPointer<UInt8>, _ part: Range<Int>) -> Bool {
        var run = 0
        for index in part {
            run = isDigit(bytes[index]) ? run + 1 : 0
            if run >= 4 { return true }
        }
        return false
    }
}
