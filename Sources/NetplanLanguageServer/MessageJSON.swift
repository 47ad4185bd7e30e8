import Foundation
import NetplanBase
import NetplanSyntax

/// Writes the server's messages as JSON text.
///
/// The server builds its messages from Swift values (`String`, `Int`, `Bool`,
/// `NSNull`, arrays and `[String: Any]`). `JSONSerialization` turns each
/// dictionary into an `NSDictionary` before it writes it, which on Linux costs
/// tens of microseconds a dictionary: an outline of a few thousand entries
/// took seconds. This walks the values directly and writes them with
/// `JSONValue`'s writer (keys sorted, so the output is stable).
enum MessageJSON {
    /// The JSON text of a message, or nil when it holds a value JSON cannot express.
    package static func data(_ message: JSONObject) -> Data? {
        guard let value = value(message) else { return nil }
        return Data(value.serialized(indent: nil).utf8)
    }

    /// A value as `JSONValue`, or nil for a value JSON cannot express.
    package static func value(_ any: Any) -> JSONValue? {
        switch any {
        case let string as String:
            return .string(string)
        case let object as [String: Any]:
            var pairs: [(String, JSONValue)] = []
            pairs.reserveCapacity(object.count)
            for (key, child) in object.sorted(by: { $0.key < $1.key }) {
                guard let converted = value(child) else { return nil }
                pairs.append((key, converted))
            }
            return .object(pairs)
        case let array as [Any]:
            var values: [JSONValue] = []
            values.reserveCapacity(array.count)
            for child in array {
                guard let converted = value(child) else { return nil }
                values.append(converted)
            }
            return .array(values)
        case is NSNull:
            return .null
        case let bool as Bool where type(of: any) == Bool.self:
            return .bool(bool)
        case let int as Int where type(of: any) == Int.self:
            return .int(int)
        case let number as NSNumber:
            // A Foundation number (`1 is Bool` holds on Linux, so its kind decides).
            if String(cString: number.objCType) == "c" { return .bool(number.boolValue) }
            let double = number.doubleValue
            guard double == double.rounded(), abs(double) < JSONInteger.limit else { return nil }
            return .int(number.intValue)
        default:
            return nil
        }
    }
}
