/// A date as people write it, read as a Dane means it: `1/3-2027`,
/// `01-03-2027`, `1.3.2027`, `2027-3-1`, `1. marts 2027`, `1 mar. 2027`,
/// `1 March 2027`. A plan writes dates year-month-day (`2027-03-01`); these
/// forms are errors, and the reading is what the error proposes and what the
/// phase gets meanwhile, so nothing else in the plan breaks.
///
/// The reading: with the year first, year-month-day; with the year last, day
/// then month, as Danes write (`1/3-2027` is 1 March); only when that is no
/// date, month then day (`12/31/2027`). A two-digit year is in this century
/// (`1/3-27` is 2027). Month names are Danish or English, written out or
/// shortened, with or without a full stop, in any case.
package enum WrittenDate {
    package enum Reading: Hashable, Sendable {
        /// The date the text means.
        case meant(CalendarDate)
        /// A day and a month without a year (`1/3`, `1. marts`).
        case noYear(month: Int, day: Int)
        /// Day and month in no order make a date (`31/13-2027`).
        case impossible
        /// Not a way of writing a date netplan knows.
        case unreadable
    }

    /// The months' names, Danish and English, written out and shortened.
    package static let months: [String: Int] = {
        let names: [[String]] = [
            ["januar", "january", "jan"], ["februar", "february", "feb"], ["marts", "march", "mar"],
            ["april", "apr"], ["maj", "may"], ["juni", "june", "jun"], ["juli", "july", "jul"],
            ["august", "aug"], ["september", "sep", "sept"], ["oktober", "october", "okt", "oct"],
            ["november", "nov"], ["december", "dec"],
        ]
        var table: [String: Int] = [:]
        for (index, spellings) in names.enumerated() {
            for spelling in spellings { table[spelling] = index + 1 }
        }
        return table
    }()

    /// The number of the month a word names (`marts`, `Mar`, `March`), if any.
    package static func month(named word: String) -> Int? {
        months[word.lowercased()]
    }

    /// Whether the bytes hold a run of ASCII letters that names a month.
    package static func containsMonthName(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end {
            guard isLetter(bytes[i]) else { i += 1; continue }
            let wordStart = i
            while i < end, isLetter(bytes[i]) { i += 1 }
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<i]), as: UTF8.self)
            if month(named: word) != nil { return true }
        }
        return false
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    private enum Part {
        case number(String)
        case word(String)
    }

    /// Reads a written date.
    package static func read(_ text: String) -> Reading {
        var parts: [Part] = []
        var current = ""
        var currentIsNumber = false
        func flush() {
            guard !current.isEmpty else { return }
            parts.append(currentIsNumber ? .number(current) : .word(current))
            current = ""
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if (0x30...0x39).contains(value) {
                if !currentIsNumber { flush() }
                currentIsNumber = true
                current.unicodeScalars.append(scalar)
            } else if (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) {
                if currentIsNumber { flush() }
                currentIsNumber = false
                current.unicodeScalars.append(scalar)
            } else if scalar == "." || scalar == "/" || scalar == "-" || scalar == " " || scalar == "\t"
                || scalar == "," || scalar == "_"
            {
                flush()
            } else {
                return .unreadable
            }
        }
        flush()
        guard parts.count <= 3 else { return .unreadable }
        var numbers: [String] = []
        var monthIndex: Int?
        var month: Int?
        for (index, part) in parts.enumerated() {
            switch part {
            case .number(let digits): numbers.append(digits)
            case .word(let word):
                guard month == nil, let number = self.month(named: word) else { return .unreadable }
                month = number
                monthIndex = index
            }
        }
        guard numbers.allSatisfy({ $0.count <= 4 }) else { return .unreadable }
        if let month {
            // `1. marts 2027`, `1 March 2027`, or `March 1 2027`.
            guard let dayText = numbers.first, dayText.count <= 2, let day = Int(dayText) else { return .unreadable }
            guard numbers.count == 2 else {
                return numbers.count == 1 && isDay(day, month: month) ? .noYear(month: month, day: day) : .unreadable
            }
            guard monthIndex != 2, let year = year(numbers[1]) else { return .unreadable }
            return date(year, month, day).map(Reading.meant) ?? .unreadable
        }
        switch numbers.count {
        case 3:
            if numbers[0].count == 4 {
                // Year first: year-month-day, however many digits.
                guard let year = Int(numbers[0]), let month = Int(numbers[1]), let day = Int(numbers[2]),
                    numbers[1].count <= 2, numbers[2].count <= 2
                else { return .unreadable }
                return date(year, month, day).map(Reading.meant) ?? .unreadable
            }
            guard numbers[0].count <= 2, numbers[1].count <= 2, let year = year(numbers[2]),
                let first = Int(numbers[0]), let second = Int(numbers[1])
            else { return .unreadable }
            if let date = date(year, second, first) { return .meant(date) }  // day/month, as Danes write
            if let date = date(year, first, second) { return .meant(date) }  // month/day
            return .impossible
        case 2:
            guard numbers[0].count <= 2, numbers[1].count <= 2, let day = Int(numbers[0]), let month = Int(numbers[1]),
                isDay(day, month: month)
            else { return .unreadable }
            return .noYear(month: month, day: day)
        default:
            return .unreadable
        }
    }

    /// A year of four digits, or of two (in this century).
    private static func year(_ digits: String) -> Int? {
        guard let value = Int(digits) else { return nil }
        switch digits.count {
        case 4: return value
        case 2: return 2000 + value
        default: return nil
        }
    }

    private static func isDay(_ day: Int, month: Int) -> Bool {
        (1...12).contains(month) && day >= 1 && day <= CalendarDate.daysIn(month: month, year: 2000)
    }

    private static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate? {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }
}
