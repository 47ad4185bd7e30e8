import NetplanSyntax
import NetplanBase
import NetplanLanguageServer


/// The plan's content as a plain JSON structure: what a user would write if
/// plans were JSON files validated by a schema. Decoded by the JSONDecoder peer.
struct PlainPlan: Codable {
    var network: String?
    var kind: String?
    var leader: String?
    var codriver: String?
    var reference: String?
    var diamond: [String]?
    var participants: [PlainParticipant]
    var phases: [PlainPhase]
}

struct PlainParticipant: Codable {
    var name: String
    var kind: String
    var competences: [String]
    var via: String?
}

struct PlainPhase: Codable {
    var name: String
    var invite: [String]
    var needs: [String]
    var without: [String]
}

extension PlainPlan {
    /// The same content as a syntax tree, as JSON text, one participant or phase a line.
    static func json(from tree: SyntaxTree) -> String {
        var header: [(String, JSONValue)] = []
        var participants: [JSONValue] = []
        var phases: [JSONValue] = []
        for statement in tree.statements {
            switch statement.kind {
            case .network(let decl):
                header.append(("network", .string(decl.name.text)))
                if let kind = decl.kind { header.append(("kind", .string(kind.text))) }
            case .role(let decl):
                header.append((decl.role.rawValue, .string(decl.name.text)))
            case .diamond(let decl):
                header.append(("diamond", .array(decl.competences.names.map { .string($0.text) })))
            case .participant(let decl):
                var pairs: [(String, JSONValue)] = [
                    ("name", .string(decl.name.text)),
                    ("kind", .string(decl.kind.rawValue)),
                    ("competences", .array(decl.competences.names.map { .string($0.text) })),
                ]
                if let via = decl.via { pairs.append(("via", .string(via.text))) }
                participants.append(.object(pairs))
            case .phase(let decl):
                phases.append(
                    .object([
                        ("name", .string(decl.name.text)),
                        ("invite", .array(decl.items(.invite).map { .string($0.text) })),
                        ("needs", .array(decl.items(.needs).map { .string($0.text) })),
                        ("without", .array(decl.items(.without).map { .string($0.text) })),
                    ]))
            case .setting, .error, .meeting, .use:
                break
            }
        }
        var out = "{"
        for (key, value) in header {
            out += JSONValue.string(key).serialized(indent: nil) + ":" + value.serialized(indent: nil) + ",\n"
        }
        out += "\"participants\":[\n"
        out += participants.map { $0.serialized(indent: nil) }.joined(separator: ",\n")
        out += "],\n\"phases\":[\n"
        out += phases.map { $0.serialized(indent: nil) }.joined(separator: ",\n")
        out += "]}\n"
        return out
    }
}
