import NetplanSyntax

/// The one way the server reads the fields of a message with `JSONDecoder`.
///
/// Every field is read through `required` or `optional`, so every message
/// type follows the same rules:
/// - A required field that is missing, `null` or of another JSON kind is a
///   `FieldError` naming it by its whole path (`params.position.line` is
///   missing or not an integer), which the client gets as `InvalidParams`.
/// - An optional field that is missing, `null` or of another kind is absent;
///   an optional object that is there is read by the same rules inside.
/// - An integer is a JSON number without a fraction (`JSONInteger`): never
///   `true`, never `1.5`. Fields the server does not read are ignored.
/// - Only `DecodingError`s are turned into `FieldError`s. `JSONDecoder` reads a
///   string's text only when it is asked for, and a lone surrogate escape or
///   bytes that are not UTF-8 throw its parser's own error then: that error is
///   passed on untouched, for `JSONText` to repair the text and read again.
///
/// `JSONDecoder` alone would not do: `1.5` where an `Int` is expected is a
/// "not valid JSON" error from it (it would read as a parse error), and its
/// errors do not say what kind of value was expected.
protocol MessageField: Decodable {
    /// The kind of JSON value, for messages: "a string", "an object".
    static var kindName: String { get }
}

/// A JSON object of a message: its type reads its fields with `required` and `optional`.
protocol MessageObject: MessageField {}

extension MessageObject {
    package static var kindName: String { "an object" }
}

extension String: MessageField {
    package static var kindName: String { "a string" }
}

extension Bool: MessageField {
    package static var kindName: String { "a boolean" }
}

/// A field that is missing or holds the wrong kind of value.
struct FieldError: Error, Equatable {
    /// Where the field is: `params.contentChanges[0].range.start.line`.
    package var path: String
    /// What it must be: "an integer".
    package var kindName: String

    package var message: String { "`\(path)` is missing or not \(kindName)" }

    var responseError: ResponseError { .invalidParams(message) }

    /// A coding path as the client wrote it: keys joined by dots, array positions in brackets.
    package static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue, key.stringValue == "Index \(index)" {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }

    /// The path a decoding error is about; `fallback` when it does not say.
    package static func path(of error: DecodingError, fallback: String) -> String {
        switch error {
        case .keyNotFound(let key, let context): return path(context.codingPath + [key])
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return context.codingPath.isEmpty ? fallback : path(context.codingPath)
        @unknown default: return fallback
        }
    }
}

/// An integer as the protocol means it: a JSON number without a fraction,
/// within the range a JSON number holds exactly. `true`, `"1"`, `1.5` and
/// `1e300` are not integers; `1.0` and `1e2` are.
struct JSONInteger: MessageField {
    package static var kindName: String { "an integer" }

    /// The largest magnitude accepted (just under 2^53, where doubles stop being exact).
    package static let limit = 9.0e15

    package var value: Int

    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        // `JSONDecoder` refuses a boolean as a number; a fraction makes its `Int` fail, so the
        // number is read again as a `Double` and taken only when it is whole.
        if let integer = try? container.decode(Int.self) {
            guard Double(integer.magnitude) < Self.limit else { throw Self.mismatch(decoder) }
            value = integer
        } else if let number = try? container.decode(Double.self), number == number.rounded(), abs(number) < Self.limit {
            value = Int(number)
        } else {
            throw Self.mismatch(decoder)
        }
    }

    private static func mismatch(_ decoder: any Decoder) -> DecodingError {
        .typeMismatch(Int.self, DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "not an integer"))
    }
}

/// A JSON array whose elements are read by the same rules.
struct FieldList<Element: MessageField>: MessageField {
    package static var kindName: String { "an array" }

    var elements: [Element]

    package init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        var elements: [Element] = []
        if let count = container.count { elements.reserveCapacity(count) }
        while !container.isAtEnd {
            let path = FieldError.path(decoder.codingPath + [IndexKey(container.currentIndex)])
            do {
                elements.append(try container.decode(Element.self))
            } catch let error as DecodingError {
                throw FieldError(path: FieldError.path(of: error, fallback: path), kindName: Element.kindName)
            }
        }
        self.elements = elements
    }

    /// The key of an array position, spelled as `JSONDecoder` spells it.
    private struct IndexKey: CodingKey {
        var intValue: Int?
        package var stringValue: String
        package init(_ index: Int) {
            intValue = index
            stringValue = "Index \(index)"
        }
        package init?(intValue: Int) { self.init(intValue) }
        package init?(stringValue: String) { nil }
    }
}

extension Decoder {
    /// The fields of the object that must be here; anything else is a `FieldError`.
    package func object<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        do {
            return try container(keyedBy: type)
        } catch is DecodingError {
            throw FieldError(path: FieldError.path(codingPath), kindName: "an object")
        }
    }
}

extension KeyedDecodingContainer {
    /// A field that must be there with a value of its kind.
    func required<Value: MessageField>(_ key: Key, as type: Value.Type = Value.self) throws -> Value {
        do {
            return try decode(Value.self, forKey: key)
        } catch let error as DecodingError {
            let path = FieldError.path(codingPath + [key])
            throw FieldError(path: FieldError.path(of: error, fallback: path), kindName: Value.kindName)
        }
    }

    /// A required integer.
    func integer(_ key: Key) throws -> Int {
        try required(key, as: JSONInteger.self).value
    }

    /// A field that may be left out; `null` or a value of another kind counts as left out.
    /// An object that is there must be right inside.
    func optional<Value: MessageField>(_ key: Key, as type: Value.Type = Value.self) throws -> Value? {
        guard contains(key) else { return nil }
        do {
            return try decode(Value.self, forKey: key)
        } catch is DecodingError {
            return nil
        } catch let error as FieldError where error.path == FieldError.path(codingPath + [key]) {
            return nil
        }
    }

    /// An optional integer.
    func optionalInteger(_ key: Key) throws -> Int? {
        try optional(key, as: JSONInteger.self)?.value
    }
}
