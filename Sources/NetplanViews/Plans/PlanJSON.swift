import NetplanBase
import NetplanSyntax
import NetplanCheck

/// The resolved plan as one JSON object (`netplan json`), described by
/// `docs/netplan.schema.json`. Keys come in a fixed order and every list in
/// plan order, so the output is byte-identical run after run.
///
/// The object is described once, section by section, against `JSONOutput`:
/// `bytes` writes it straight into a byte buffer (no tree of values), and
/// `value` builds a `JSONValue` for callers that inspect it.
public enum PlanJSON {
    /// Bumped whenever the meaning of a field changes, or one is removed, so
    /// that a consumer could misread the output. New fields are added without
    /// a bump (issue 13 added the people's facts, purposes, phase notes, role
    /// holders and meetings at version 1); the schema in the repository always
    /// lists every field.
    public static let schemaVersion = 1

    /// The JSON value of a checked plan.
    public static func value(_ result: CheckResult, language: Language = .english) -> JSONValue {
        var builder = JSONTreeBuilder()
        write(result, language: language, to: &builder)
        return builder.result
    }

    /// The JSON text of a checked plan, as UTF-8 bytes (indented by two
    /// spaces, no line break at the end): the same text as
    /// `value(result).serialized()`.
    public static func bytes(_ result: CheckResult, language: Language = .english) -> [UInt8] {
        var writer = JSONWriter(indent: 2, into: ByteWriter(capacity: result.source.bytes.count * 3 + 4096))
        write(result, language: language, to: &writer)
        return writer.out.bytes
    }

    /// Writes the plan's object to any `JSONOutput`.
    public static func write<Output: JSONOutput>(_ result: CheckResult, language: Language, to out: inout Output) {
        let sections = PlanJSONSections(result: result)
        let plan = result.plan
        let file = FileDiagnostics(source: result.source, diagnostics: result.diagnostics)
        out.beginObject()
        out.field("schemaVersion", schemaVersion)
        out.field("file", result.source.path)
        out.key("network")
        sections.network(to: &out)
        out.key("roles")
        sections.roles(to: &out)
        out.key("diamond")
        sections.diamond(to: &out)
        out.key("settings")
        sections.settings(result.configuration, to: &out)
        out.key("participants")
        sections.members(plan.participants.lazy.filter { !$0.isGroup }, to: &out)
        out.key("groups")
        sections.members(plan.participants.lazy.filter(\.isGroup), to: &out)
        out.key("phases")
        sections.phases(to: &out)
        out.key("referrals")
        sections.referrals(to: &out)
        out.key("roleHolders")
        sections.roleHolders(to: &out)
        out.key("meetings")
        out.beginArray()
        for meeting in plan.meetings { sections.meeting(meeting, to: &out) }
        out.endArray()
        out.key("summary")
        out.beginObject()
        out.field("errors", file.count(.error))
        out.field("warnings", file.count(.warning))
        out.field("notes", file.count(.note))
        out.endObject()
        out.key("findings")
        out.beginArray()
        for finding in JSONRenderer(language: language).values(file) { out.value(finding) }
        out.endArray()
        out.endObject()
    }

    /// `unit`, `status`, `note`, `contact` of a person, group or role holder.
    /// `status` is the English word (`suggested`, `contacted`, `confirmed`,
    /// `declined`) whichever language the plan wrote it in, or null when there
    /// is none or it is not a status word; `statusWritten` is the word as
    /// written (null when there is no status). `email` is the address found
    /// in `contact`, if any.
    static func facts<Output: JSONOutput>(_ facts: PersonFacts, to out: inout Output) {
        out.field("unit", facts.unit)
        out.field("status", facts.status?.rawValue)
        out.field("statusWritten", facts.statusWord?.text)
        out.field("note", facts.note)
        out.field("contact", facts.contact)
        out.field("email", facts.email)
    }

    /// `14:00`: a meeting time for machines (ISO 8601 hours and minutes;
    /// `24:00` is the end of the day), where the plan writes `14.00`.
    static func isoTime(_ minutes: Int?) -> String? {
        guard let minutes else { return nil }
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return pad(minutes / 60) + ":" + pad(minutes % 60)
    }
}
