/// Builds a `JSONValue` from `JSONOutput` events, for callers that inspect
/// the value rather than print it (tests, and `PlanJSON.value`).
public struct JSONTreeBuilder: JSONOutput {
    private enum Container {
        case object([(String, JSONValue)], pendingKey: String?)
        case array([JSONValue])
    }

    private var stack: [Container] = []
    /// The finished top-level value (null until one is written).
    public private(set) var result: JSONValue = .null

    public init() {}

    public mutating func beginObject() { stack.append(.object([], pendingKey: nil)) }
    public mutating func beginArray() { stack.append(.array([])) }

    public mutating func endObject() { finish() }
    public mutating func endArray() { finish() }

    public mutating func key(_ key: StaticString) { self.key(key.description) }

    public mutating func key(_ key: String) {
        guard case .object(let pairs, _) = stack.last else { return }
        stack[stack.count - 1] = .object(pairs, pendingKey: key)
    }

    public mutating func string(_ value: String) { add(.string(value)) }
    public mutating func int(_ value: Int) { add(.int(value)) }
    public mutating func bool(_ value: Bool) { add(.bool(value)) }
    public mutating func null() { add(.null) }
    public mutating func value(_ value: JSONValue) { add(value) }

    private mutating func finish() {
        guard let container = stack.popLast() else { return }
        switch container {
        case .object(let pairs, _): add(.object(pairs))
        case .array(let values): add(.array(values))
        }
    }

    private mutating func add(_ value: JSONValue) {
        guard let top = stack.popLast() else {
            result = value
            return
        }
        switch top {
        case .object(var pairs, let key):
            // A value without a key is a writer's mistake; it is kept under "" rather than lost.
            pairs.append((key ?? "", value))
            stack.append(.object(pairs, pendingKey: nil))
        case .array(var values):
            values.append(value)
            stack.append(.array(values))
        }
    }
}
