import NetplanBase

/// One line of plan text, written part by part into a `ByteWriter`: parts
/// are separated by single spaces, names are bare when they can be and
/// quoted otherwise (`Quoting`'s rules, written as bytes).
struct PlanTextWriter {
    var out: ByteWriter
    private var isFirstPart = true
    /// Whether each name of the tree's table may go bare, decided once per
    /// name: a lower-case name is looked up among the keywords' slips
    /// (`Quoting.isBare`), and a plan writes the same competences on every line.
    private var bareByID: [NameID: Bool] = [:]
    private var bareTable: NameTable?

    init(into out: ByteWriter) { self.out = out }

    /// Starts a new line's parts (the caller writes the line break).
    mutating func startLine() { isFirstPart = true }

    private mutating func space() {
        if !isFirstPart { out.append(0x20) }
        isFirstPart = false
    }

    /// A keyword or other fixed word.
    mutating func word(_ text: StaticString) {
        space()
        out.append(text)
    }

    /// Text as it is (a date, a time, a keyword's raw value).
    mutating func raw(_ text: String) {
        space()
        out.append(utf8: text)
    }

    /// A name of the tree: bare if it can be, quoted otherwise, written from
    /// its bytes in the name table.
    mutating func name(_ name: Name) {
        space()
        writeName(name)
    }

    /// A name of the tree in quotes, with `"` and `\` escaped.
    mutating func quoted(_ name: Name) {
        space()
        name.table.withBytes(name.id) { writeQuoted($0) }
    }

    /// A keyword and the name after it (`via Anne`), or nothing when there is no name.
    mutating func word(_ keyword: StaticString, name: Name?) {
        guard let name else { return }
        word(keyword)
        self.name(name)
    }

    /// A keyword and a quoted name after it (`place "Rådhuset"`), or nothing.
    mutating func word(_ keyword: StaticString, quoted name: Name?) {
        guard let name else { return }
        word(keyword)
        quoted(name)
    }

    /// A keyword and raw text after it (`from 2027-01-04`), or nothing.
    mutating func word(_ keyword: StaticString, raw text: String?) {
        guard let text else { return }
        word(keyword)
        raw(text)
    }

    /// `:` right after the last part (`participant Erik:`).
    mutating func colon() { out.append(0x3A) }

    /// A list of names separated by `, `, each with its purpose (`for "..."`)
    /// if it has one (the first written for it).
    mutating func list<Names: Collection<Name>>(_ names: Names, purposes: [InvitePurpose] = []) {
        space()
        var byItem: [Int: InvitePurpose] = [:]
        for purpose in purposes where byItem[purpose.item] == nil { byItem[purpose.item] = purpose }
        for (index, item) in names.enumerated() {
            if index > 0 { out.append(", ") }
            writeName(item)
            if !byItem.isEmpty, let purpose = byItem[index] {
                out.append(" for ")
                purpose.text.table.withBytes(purpose.text.id) { writeQuoted($0) }
            }
        }
    }

    private mutating func writeName(_ name: Name) {
        if bareTable == nil { bareTable = name.table }
        let cached = bareTable === name.table ? bareByID[name.id] : nil
        var decided: Bool?
        name.table.withBytes(name.id) { bytes in
            let bare = cached ?? Quoting.isBare(bytes)
            if cached == nil { decided = bare }
            if bare { out.append(contentsOf: bytes) } else { writeQuoted(bytes) }
        }
        if let decided, bareTable === name.table { bareByID[name.id] = decided }
    }

    /// `"…"` with `"` and `\` escaped: both are ASCII, so escaping bytes is
    /// escaping scalars (as `Quoting.quoted` does).
    private mutating func writeQuoted(_ bytes: UnsafeBufferPointer<UInt8>) {
        out.append(0x22)
        var runStart = 0
        for index in bytes.indices where bytes[index] == 0x22 || bytes[index] == 0x5C {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            out.append(0x5C)
            runStart = index
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        out.append(0x22)
    }
}
