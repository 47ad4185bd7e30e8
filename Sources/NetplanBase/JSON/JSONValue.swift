/// A JSON value with object keys kept in the order they were added, so
/// output is stable byte for byte.
public indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.array(let x), .array(let y)): return x == y
        case (.object(let x), .object(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let value): hasher.combine(value)
        case .int(let value): hasher.combine(value)
        case .string(let value): hasher.combine(value)
        case .array(let values): hasher.combine(values)
        case .object(let pairs):
            for (key, value) in pairs {
                hasher.combine(key)
                hasher.combine(value)
            }
        }
    }

    /// A string, or null when absent.
    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// Serialises the value; `indent` nil gives one line (written by `JSONWriter`).
    public func serialized(indent: Int? = 2) -> String {
        var writer = JSONWriter(indent: indent, into: ByteWriter(capacity: 256))
        writer.value(self)
        return writer.out.text
    }

    /// Writes a JSON string literal with the escapes RFC 8259 requires, and
    /// `\u` escapes for DEL and the C1 controls too, so no control character
    /// reaches a terminal raw (see `ByteWriter.appendJSONString`).
    static func writeString(_ value: String, into out: inout String) {
        var writer = ByteWriter(capacity: value.utf8.count + 2)
        writer.appendJSONString(value)
        out += writer.text
    }
}
