import Foundation
import NetplanBase
import NetplanSyntax

/// A JSON object as the server builds its responses (written by `MessageJSON`).
typealias JSONObject = [String: Any]

/// The error codes of JSON-RPC 2.0 and the Language Server Protocol.
public enum JSONRPCErrorCode {
    public static let parseError = -32700
    public static let invalidRequest = -32600
    public static let methodNotFound = -32601
    public static let invalidParams = -32602
    public static let internalError = -32603
    public static let serverNotInitialized = -32002
    public static let requestFailed = -32803
}

/// An error returned to the client in a response.
public struct ResponseError: Error, Hashable, Sendable {
    public var code: Int
    public var message: String

    public init(code: Int, message: String) {
        self.code = code
        self.message = message
    }

    static func invalidParams(_ message: String) -> ResponseError {
        ResponseError(code: JSONRPCErrorCode.invalidParams, message: message)
    }

    static func invalidRequest(_ message: String) -> ResponseError {
        ResponseError(code: JSONRPCErrorCode.invalidRequest, message: message)
    }

    var json: JSONObject { ["code": code, "message": message] }
}

/// The id of a request: an integer or a string (as `JSONInteger` reads integers).
public enum RequestID: Hashable, Sendable, Decodable {
    case number(Int)
    case string(String)

    public init(from decoder: any Decoder) throws {
        do {
            self = .string(try decoder.singleValueContainer().decode(String.self))
        } catch is DecodingError {
            self = .number(try JSONInteger(from: decoder).value)
        }
    }

    package var json: Any {
        switch self {
        case .number(let number): return number
        case .string(let string): return string
        }
    }
}
