import NetplanBase

/// How a record with several optional names keeps each in 12 bytes: its id
/// in a table the record holds once, and its range, with two bits (written,
/// quoted) in the record's flags. `ParticipantDecl` and the resolved
/// participant keep their `via` and `kind` this way.
package struct PackedName: Sendable {
    package var id: NameID
    package var range: SourceRange
    package var isPresent: Bool
    package var isQuoted: Bool

    /// `name` with its text in `table` (interned there when it belongs to another table).
    package init(_ name: Name?, in table: NameTable) {
        guard let name else {
            (id, range, isPresent, isQuoted) = (NameID(raw: 0), SourceRange(0, 0), false, false)
            return
        }
        id = name.table === table ? name.id : table.internWritten(name.text)
        range = name.range
        isPresent = true
        isQuoted = name.isQuoted
    }

    /// The name again, if one was written.
    package static func name(_ id: NameID, _ range: SourceRange, present: Bool, quoted: Bool, in table: NameTable) -> Name? {
        present ? Name(id: id, range: range, isQuoted: quoted, in: table) : nil
    }
}
