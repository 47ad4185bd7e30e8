/// Small helpers for reading UTF-8 byte by byte without trapping.
package enum UTF8Decoding {
    /// Decodes the scalar at `index`; nil when the bytes there are not valid UTF-8.
    /// The scalar whose last byte is just before `end`, if the bytes there are valid UTF-8.
    package static func scalar(in bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Unicode.Scalar? {
        var start = end - 1
        while start >= 0, end - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard start >= 0, let (scalar, length) = scalar(in: bytes, at: start), start + length == end else { return nil }
        return scalar
    }

    package static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        let count = bytes.count
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard index + length <= count else { return nil }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        // Reject overlong forms and out-of-range values.
        switch length {
        case 3 where value < 0x800: return nil
        case 4 where value < 0x10000 || value > 0x10FFFF: return nil
        default: break
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }  // surrogates
        return (scalar, length)
    }

    /// Whether a scalar may start a bare word.
    package static func isWordStart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return scalar.properties.isAlphabetic
    }

    /// Whether a scalar may continue a bare word.
    package static func isWordContinue(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39)
                || v == 0x5F || v == 0x2D
        }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber: return true
        default: return false
        }
    }

    /// Whether a non-ASCII scalar is white space (such as a no-break space pasted from a word processor).
    package static func isExtraWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.isASCII && scalar.properties.isWhitespace && scalar != "\u{2028}" && scalar != "\u{2029}"
    }
}
