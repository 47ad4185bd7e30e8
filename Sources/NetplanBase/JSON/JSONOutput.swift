/// Something JSON is written to, one event at a time: `JSONWriter` writes
/// the text as bytes, `JSONTreeBuilder` builds a `JSONValue` for the callers
/// that inspect one (the tests). A writer such as `PlanJSON` describes its
/// output once, generically, and gets both.
///
/// Inside an object, each value is preceded by `key`; inside an array, each
/// value is just written. Keys and values come in the order written.
public protocol JSONOutput {
    mutating func beginObject()
    mutating func endObject()
    mutating func beginArray()
    mutating func endArray()
    /// The key of the next value (a fixed ASCII key).
    mutating func key(_ key: StaticString)
    /// The key of the next value (a key computed at run time).
    mutating func key(_ key: String)
    mutating func string(_ value: String)
    mutating func int(_ value: Int)
    mutating func bool(_ value: Bool)
    mutating func null()
    /// A whole value built elsewhere.
    mutating func value(_ value: JSONValue)
}

extension JSONOutput {
    /// A string, or null when absent.
    public mutating func optional(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// An integer, or null when absent.
    public mutating func optional(_ value: Int?) {
        if let value { int(value) } else { null() }
    }

    /// An array of strings.
    public mutating func strings<Values: Sequence>(_ values: Values) where Values.Element == String {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    /// `"key": "value"` in an object.
    public mutating func field(_ name: StaticString, _ value: String) { key(name); string(value) }
    /// `"key": "value"` or `"key": null` in an object.
    public mutating func field(_ name: StaticString, _ value: String?) { key(name); optional(value) }
    /// `"key": 3` in an object.
    public mutating func field(_ name: StaticString, _ value: Int) { key(name); int(value) }
    /// `"key": 3` or `"key": null` in an object.
    public mutating func field(_ name: StaticString, _ value: Int?) { key(name); optional(value) }
    /// `"key": true` in an object.
    public mutating func field(_ name: StaticString, _ value: Bool) { key(name); bool(value) }

    /// Writes a `JSONValue` event by event (the default `value`).
    public mutating func replay(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .int(let number): int(number)
        case .string(let text): string(text)
        case .array(let values):
            beginArray()
            for element in values { replay(element) }
            endArray()
        case .object(let pairs):
            beginObject()
            for (name, element) in pairs {
                key(name)
                replay(element)
            }
            endObject()
        }
    }
}
