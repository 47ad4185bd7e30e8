import Foundation

/// Typed access to the params of a message; a missing or mistyped field is `InvalidParams`.
struct Params {
    package let object: JSONObject
    /// Where this object is, for messages (`params.textDocument`).
    package let path: String

    package init(_ object: JSONObject, path: String) {
        self.object = object
        self.path = path
    }

    private func missing(_ key: String, _ what: String) -> ResponseError {
        .invalidParams("`\(path).\(key)` is missing or not \(what)")
    }

    package func string(_ key: String) throws(ResponseError) -> String {
        guard let value = object[key] as? String else { throw missing(key, "a string") }
        return value
    }

    func optionalString(_ key: String) -> String? { object[key] as? String }

    func optionalInt(_ key: String) -> Int? { JSONValues.integer(object[key]) }

    func optionalBool(_ key: String) -> Bool? { JSONValues.boolean(object[key]) }

    package func int(_ key: String) throws(ResponseError) -> Int {
        guard let value = JSONValues.integer(object[key]) else { throw missing(key, "an integer") }
        return value
    }

    package func object(_ key: String) throws(ResponseError) -> Params {
        guard let value = object[key] as? JSONObject else { throw missing(key, "an object") }
        return Params(value, path: "\(path).\(key)")
    }

    func optionalObject(_ key: String) -> Params? {
        (object[key] as? JSONObject).map { Params($0, path: "\(path).\(key)") }
    }

    package func array(_ key: String) throws(ResponseError) -> [Any] {
        guard let value = object[key] as? [Any] else { throw missing(key, "an array") }
        return value
    }

    /// `textDocument.uri`.
    func textDocumentURI() throws(ResponseError) -> String {
        try object("textDocument").string("uri")
    }

    /// A `Position` (`{line, character}`); negative numbers are clamped later.
    package func position(_ key: String) throws(ResponseError) -> LSPPosition {
        let position = try object(key)
        return LSPPosition(line: try position.int("line"), character: try position.int("character"))
    }
}
