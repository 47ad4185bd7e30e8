import NetplanBase
import NetplanSyntax

/// `netplan import`: a planning schema kept in a spreadsheet (CSV) becomes
/// a plan. See `ImportCommand` for the rules a user reads; in short:
///
/// - the heading row names the columns: a name column (Name/Navn), a kind
///   column (Type/Kind/Art: kerne, løbende, gruppe), units (Enhed/Unit) and
///   competences (Kompetencer/Competences, separated by `,` or `;`);
/// - every other column that is empty or holds only marks (x, ✓, ja, the schema's own symbols,
///   kerne, inviteret, "inviteret (for: ...)", holdt ude, ...) is a phase;
///   any other column is kept as a `note` on each person ("Telefon: 1234");
/// - the rows Start/End (Slut) give the phases' dates; Covered/Missing
///   (Dækket/Mangler) are skipped, as is the one-field INCOMPLETE row;
/// - a `'` our safe CSV put in front of a cell is removed again.
///
/// Nothing is built from a file with problems: every problem is reported,
/// with the row and column as a spreadsheet numbers them.
public enum PlanImport {
    /// One problem in the file.
    public struct Problem: Error, Sendable, Hashable {
        public var row: Int
        public var column: Int
        public var message: Text
    }

    /// A plan's text, or the problems that stop it.
    public enum Outcome: Sendable, Hashable {
        case success(String)
        case failure([Problem])
    }

    /// The plan's text (before formatting), or the problems.
    public static func plan(_ bytes: [UInt8], header: [String]) -> Outcome {
        let table: CSVReader.Table
        do {
            table = try CSVReader.read(bytes)
        } catch {
            return .failure([Problem(row: error.row, column: error.column, message: error.message)])
        }
        var reader = SchemaReader(records: table.records.map { $0.map(CSVCell.unguarded) })
        guard let schema = reader.read(), reader.problems.isEmpty else { return .failure(reader.problems) }
        return .success(ImportPlanText.text(schema, header: header))
    }

    /// `plan`, then the formatter's canonical layout.
    public static func formattedPlan(_ bytes: [UInt8], header: [String]) -> Outcome {
        switch plan(bytes, header: header) {
        case .failure(let problems): return .failure(problems)
        case .success(let text):
            do {
                return .success(try PlanFormatter.format(SourceFile(path: "import.netplan", text: text)))
            } catch {
                return .failure([
                    Problem(
                        row: 1, column: 1,
                        message: Text(
                            en: "netplan could not lay out the plan it built (a bug in netplan): \(error)",
                            da: "netplan kunne ikke stille den plan op, den byggede (en fejl i netplan): \(error)"))
                ])
            }
        }
    }
}

/// The schema as read: people and phases.
struct ImportedSchema {
    struct Person {
        var name: String
        var kind: ParticipantKind
        var competences: [String]
        var unit: String?
        var note: String?
    }
    struct Phase {
        var name: String
        var start: CalendarDate?
        var end: CalendarDate?
        /// Per person (index into `people`), the mark.
        var marks: [ImportWords.Mark]
    }
    var people: [Person] = []
    var phases: [Phase] = []
}
