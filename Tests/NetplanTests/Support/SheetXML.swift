import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses SpreadsheetML with Foundation's XMLParser for the tests: every
/// element with its attributes, and the text of each cell by reference.
final class SheetXML: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
    }

    private(set) var elements: [Element] = []
    /// Cell reference to its text.
    private(set) var cells: [String: String] = [:]
    /// Cell reference to its style index (0 when it has none).
    private(set) var styles: [String: Int] = [:]
    private var cell: String?
    private var inText = false
    private(set) var error: Error?

    /// Parses `bytes`; nil, with the reason recorded in `issue`, when they are not well-formed XML.
    static func parse(_ bytes: [UInt8]) -> SheetXML? {
        let sheet = SheetXML()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = sheet
        guard parser.parse() else {
            sheet.error = parser.parserError
            return nil
        }
        return sheet
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.append(Element(name: name, attributes: attributes))
        if name == "c", let reference = attributes["r"] {
            cell = reference
            styles[reference] = Int(attributes["s"] ?? "0") ?? -1
        }
        if name == "t" { inText = true }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText, let cell { cells[cell, default: ""] += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "t" { inText = false }
        if name == "c" { cell = nil }
    }

    func all(_ name: String) -> [[String: String]] { elements.filter { $0.name == name }.map(\.attributes) }
}
