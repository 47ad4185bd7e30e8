/// JSON text written straight into a `ByteWriter`, laid out exactly as
/// `JSONValue.serialized` lays it out: with `indent` spaces per level and
/// `"key": value`, or on one line with `"key":value`; `[]` and `{}` when
/// empty.
public struct JSONWriter: JSONOutput {
    /// The bytes written so far (and the sink, if the writer flushes).
    public var out: ByteWriter
    private let indent: Int?
    private var level = 0
    /// Whether the container being written has no element yet.
    private var isFirst = true

    /// `indent` nil writes one line.
    public init(indent: Int? = 2, into out: ByteWriter = ByteWriter()) {
        self.indent = indent
        self.out = out
    }

    public mutating func beginObject() { open(0x7B) }
    public mutating func endObject() { close(0x7D) }
    public mutating func beginArray() { open(0x5B) }
    public mutating func endArray() { close(0x5D) }

    public mutating func key(_ key: StaticString) {
        startElement()
        key.withUTF8Buffer { out.appendJSONString(utf8: $0) }
        separator()
    }

    public mutating func key(_ key: String) {
        startElement()
        out.appendJSONString(key)
        separator()
    }

    public mutating func string(_ value: String) {
        if level > 0, !expectsValue { startElement() }
        expectsValue = false
        out.appendJSONString(value)
    }

    public mutating func int(_ value: Int) {
        if level > 0, !expectsValue { startElement() }
        expectsValue = false
        out.append(decimal: value)
    }

    public mutating func bool(_ value: Bool) {
        if level > 0, !expectsValue { startElement() }
        expectsValue = false
        out.append(value ? "true" : "false")
    }

    public mutating func null() {
        if level > 0, !expectsValue { startElement() }
        expectsValue = false
        out.append("null")
    }

    public mutating func value(_ value: JSONValue) { replay(value) }

    /// Whether a key was just written, so the next value follows it on the same line.
    private var expectsValue = false

    private mutating func open(_ bracket: UInt8) {
        if level > 0, !expectsValue { startElement() }
        expectsValue = false
        out.append(bracket)
        level += 1
        isFirst = true
    }

    private mutating func close(_ bracket: UInt8) {
        level -= 1
        if !isFirst { newline() }
        out.append(bracket)
        // The enclosing container now holds at least this element.
        isFirst = false
        expectsValue = false
        if level <= 1 { out.flushIfFull() }
    }

    /// A comma after the previous element, then the element's line.
    private mutating func startElement() {
        if !isFirst { out.append(0x2C) }
        isFirst = false
        newline()
    }

    private mutating func separator() {
        if indent == nil { out.append(0x3A) } else { out.append(": ") }
        expectsValue = true
    }

    private mutating func newline() {
        guard let indent else { return }
        out.append(0x0A)
        out.appendSpaces(indent * level)
    }
}
