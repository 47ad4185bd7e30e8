import NetplanBase
import NetplanSyntax

/// Reads the records of a CSV file as a planning schema (see `PlanImport`),
/// collecting every problem with its row and column.
struct SchemaReader {
    let records: [[String]]
    var problems: [PlanImport.Problem] = []

    init(records: [[String]]) { self.records = records }

    mutating func problem(_ row: Int, _ column: Int, _ en: String, _ da: String) {
        problems.append(PlanImport.Problem(row: row, column: column, message: Text(en: en, da: da)))
    }

    static func isEmpty(_ record: [String]) -> Bool { record.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }

    /// The schema, or nil when a problem stops the reading (see `problems`).
    mutating func read() -> ImportedSchema? {
        var index = records.firstIndex { !Self.isEmpty($0) }
        guard var headingIndex = index else {
            problem(1, 1, "the file is empty: a schema needs a heading row and a row per person",
                "filen er tom: et skema skal have en overskriftsrække og en række pr. person")
            return nil
        }
        // The one-field INCOMPLETE row of `matrix --force`.
        let first = ImportWords.folded(records[headingIndex].first ?? "")
        if records[headingIndex].count == 1, first.hasPrefix("incomplete") || first.hasPrefix("ufuldstændig") {
            index = records[(headingIndex + 1)...].firstIndex { !Self.isEmpty($0) }
            guard let next = index else {
                problem(headingIndex + 1, 1, "the file has no heading row after its first line",
                    "filen har ingen overskriftsrække efter første linje")
                return nil
            }
            headingIndex = next
        }
        let heading = records[headingIndex].map { $0.trimmingCharacters(in: .whitespaces) }
        let headingRow = headingIndex + 1
        let folded = heading.map(ImportWords.folded)
        func column(_ words: [String]) -> Int? { folded.firstIndex { words.contains($0) } }
        guard let nameColumn = column(ImportWords.nameHeadings) else {
            problem(headingRow, 1, "no column is headed Name or Navn; the heading row names the columns, such as Navn, Type, Kompetencer, then one column per phase",
                "ingen kolonne har overskriften Navn eller Name; overskriftsrækken navngiver kolonnerne, fx Navn, Type, Kompetencer og derefter én kolonne pr. fase")
            return nil
        }
        let kindColumn = column(ImportWords.kindHeadings)
        let unitColumn = column(ImportWords.unitHeadings)
        let competenceColumn = column(ImportWords.competenceHeadings)
        let known = Set([nameColumn, kindColumn, unitColumn, competenceColumn].compactMap { $0 })

        // Rows: people, and the footer of our own schema.
        var personRows: [(row: Int, cells: [String])] = []
        var starts: [String]? = nil
        var ends: [String]? = nil
        var startRow = 0
        var endRow = 0
        for (offset, record) in records.enumerated().dropFirst(headingIndex + 1) where !Self.isEmpty(record) {
            let row = offset + 1
            guard record.count == heading.count else {
                let column = min(record.count, heading.count) + 1
                problem(row, column,
                    "this row has \(record.count) fields, the heading row \(heading.count); every row needs one field per column (an empty one where there is nothing)",
                    "rækken har \(record.count) felter, overskriftsrækken \(heading.count); hver række skal have ét felt pr. kolonne (et tomt, hvor der ikke står noget)")
                continue
            }
            let kindEmpty = kindColumn.map { record[$0].trimmingCharacters(in: .whitespaces).isEmpty } ?? true
            if kindEmpty, let footer = ImportWords.footer(record[nameColumn]) {
                switch footer {
                case .start: (starts, startRow) = (record, row)
                case .end: (ends, endRow) = (record, row)
                case .other: break
                }
                continue
            }
            personRows.append((row, record))
        }
        guard problems.isEmpty else { return nil }

        // Columns: phases, notes, or nothing.
        var schema = ImportedSchema()
        var noteColumns: [Int] = []
        var phaseColumns: [Int] = []
        for column in heading.indices where !known.contains(column) {
            let cells = personRows.map { $0.cells[column] }
            let hasDates = [starts, ends].contains { ($0?[column]).map { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? false }
            let allMarks = cells.allSatisfy { ImportWords.mark($0) != nil }
            let anything = hasDates || cells.contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            if heading[column].isEmpty {
                if anything {
                    problem(headingRow, column + 1, "this column has no heading; write the phase's name (or what the column holds) in the heading row",
                        "kolonnen har ingen overskrift; skriv fasens navn (eller hvad kolonnen indeholder) i overskriftsrækken")
                }
            } else if allMarks {
                phaseColumns.append(column)
            } else if hasDates, let bad = personRows.first(where: { ImportWords.mark($0.cells[column]) == nil }) {
                problem(bad.row, column + 1,
                    "`\(bad.cells[column])` is not a mark; write x (or kerne, inviteret, \"inviteret (for: ...)\", holdt ude) where someone takes part, and leave the cell empty where not",
                    "`\(bad.cells[column])` er ikke et mærke; skriv x (eller kerne, inviteret, \"inviteret (for: ...)\", holdt ude), hvor nogen er med, og lad cellen være tom, hvor ikke")
            } else {
                noteColumns.append(column)
            }
        }
        // netplan's own schema of a plan without phases has its Start row, and no phase column.
        if phaseColumns.isEmpty, problems.isEmpty, starts == nil {
            problem(headingRow, heading.count + 1,
                "no column is a phase; after Navn, Type and Kompetencer, give each phase a column headed with its name, with x where someone takes part",
                "ingen kolonne er en fase; giv efter Navn, Type og Kompetencer hver fase en kolonne med fasens navn som overskrift og x, hvor nogen er med")
        }
        var phaseKeys: [NameKey: Int] = [:]
        for column in phaseColumns {
            if let earlier = phaseKeys[NameKey(heading[column])] {
                problem(headingRow, column + 1, "the phase `\(heading[column])` has a column already (column \(earlier + 1)); give each phase one column",
                    "fasen `\(heading[column])` har allerede en kolonne (kolonne \(earlier + 1)); giv hver fase én kolonne")
            }
            phaseKeys[NameKey(heading[column])] = column
        }

        var nameKeys: [NameKey: Int] = [:]
        for (row, cells) in personRows {
            let name = cells[nameColumn].trimmingCharacters(in: .whitespaces).isEmpty ? "" : cells[nameColumn]
            if name.isEmpty {
                problem(row, nameColumn + 1, "this row has no name; write the person's or group's name, or delete the row",
                    "rækken har intet navn; skriv personens eller gruppens navn, eller slet rækken")
                continue
            }
            if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                problem(row, nameColumn + 1, "the name holds a line break or another control character; write it on one line",
                    "navnet indeholder et linjeskift eller et andet kontroltegn; skriv det på én linje")
                continue
            }
            if let earlier = nameKeys[NameKey(name)] {
                problem(row, nameColumn + 1, "`\(name)` has a row already (row \(earlier)); give each person or group one row",
                    "`\(name)` har allerede en række (række \(earlier)); giv hver person eller gruppe én række")
                continue
            }
            nameKeys[NameKey(name)] = row
            var kind = ParticipantKind.participant
            if let kindColumn {
                let word = cells[kindColumn]
                if let found = ImportWords.kind(word) {
                    kind = found
                } else {
                    let shown = word.trimmingCharacters(in: .whitespaces)
                    let guess = Suggest.closest(to: ImportWords.folded(word), among: ImportWords.kinds.map(\.0))
                    let hint = guess.map { (" (did you mean `\($0)`?)", " (mente du `\($0)`?)") } ?? ("", "")
                    problem(row, kindColumn + 1,
                        (shown.isEmpty ? "the kind is missing" : "`\(shown)` is not a kind\(hint.0)") + "; write kerne (core), løbende (as needed) or gruppe (group)",
                        (shown.isEmpty ? "typen mangler" : "`\(shown)` er ikke en type\(hint.1)") + "; skriv kerne, løbende eller gruppe")
                    continue
                }
            }
            func plain(_ text: String) -> String {
                String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
                    .trimmingCharacters(in: .whitespaces)
            }
            let competences = competenceColumn.map {
                cells[$0].split(whereSeparator: { $0 == "," || $0 == ";" }).map { plain(String($0)) }.filter { !$0.isEmpty }
            } ?? []
            let unit = unitColumn.map { plain(cells[$0]) }.flatMap { $0.isEmpty ? nil : $0 }
            let notes = noteColumns.compactMap { column -> String? in
                let value = plain(cells[column])
                return value.isEmpty ? nil : "\(heading[column]): \(value)"
            }
            schema.people.append(
                ImportedSchema.Person(name: name, kind: kind, competences: competences, unit: unit,
                    note: notes.isEmpty ? nil : plain(notes.joined(separator: "; "))))
            _ = row
        }
        for column in phaseColumns {
            var phase = ImportedSchema.Phase(name: heading[column], marks: [])
            phase.start = date(starts, startRow, column)
            phase.end = date(ends, endRow, column)
            if (phase.start == nil) != (phase.end == nil), problems.isEmpty {
                let (row, en, da) = phase.start == nil ? (startRow, "start", "start") : (endRow, "end", "slut")
                problem(max(row, headingRow), column + 1, "the phase `\(phase.name)` needs both a start and an end date; the \(en) is missing",
                    "fasen `\(phase.name)` skal have både en start- og en slutdato; \(da)datoen mangler")
            }
            phase.marks = personRows.filter { nameKeys[NameKey($0.cells[nameColumn])] == $0.row }
                .map { ImportWords.mark($0.cells[column]) ?? .none }
            schema.phases.append(phase)
        }
        return problems.isEmpty ? schema : nil
    }

    mutating func date(_ record: [String]?, _ row: Int, _ column: Int) -> CalendarDate? {
        guard let text = record?[column].trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard let date = CalendarDate(text) else {
            problem(row, column + 1, "`\(text)` is not a date; write it YYYY-MM-DD, such as 2027-01-04",
                "`\(text)` er ikke en dato; skriv den ÅÅÅÅ-MM-DD, fx 2027-01-04")
            return nil
        }
        return date
    }
}
