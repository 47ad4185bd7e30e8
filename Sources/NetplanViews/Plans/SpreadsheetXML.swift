import NetplanBase

/// The pieces of SpreadsheetML (the XML inside an `.xlsx`) every sheet is
/// written with: escaped text, cells, column letters, sheet names.
///
/// Text goes in as inline strings (`t="inlineStr"`), which Excel and
/// LibreOffice always read as text: a name such as `=cmd|' /C calc'!A0` is
/// shown, never run as a formula.
package enum SpreadsheetXML {
    /// Excel's limit on the text of one cell, in UTF-16 code units.
    package static let cellLimit = 32767
    /// What ends a cell's text that was cut to fit `cellLimit`.
    package static let cutMarker = " […]"
    /// Excel's limit on a sheet name, in UTF-16 code units.
    package static let sheetNameLimit = 31

    /// Whether XML 1.0 allows a scalar in a document: tab, line feed and
    /// carriage return, then U+0020 and up, except U+FFFE and U+FFFF.
    /// (Lone surrogates cannot occur in a Swift string.)
    package static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x00..<0x20, 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }

    /// Text for element content or an attribute in double quotes, scalar by
    /// scalar: `& < > "` as entities, a carriage return as `&#13;` (an XML
    /// reader would turn a raw one into a line feed), and each scalar XML 1.0
    /// forbids as its visible escape `\u{1B}`, so the file stays well-formed
    /// and the reader still sees that something was there.
    package static func escape(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\r": out += "&#13;"
            default:
                if isAllowed(scalar) {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += ControlCharacters.escaped(scalar)
                }
            }
        }
        return out
    }

    /// `text` with each scalar XML 1.0 forbids shown as its visible escape
    /// (`\u{1B}`); other text is kept as it is.
    package static func cleaned(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !isAllowed($0) }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isAllowed(scalar) { out.unicodeScalars.append(scalar) } else { out += ControlCharacters.escaped(scalar) }
        }
        return out
    }

    /// `text` cut to Excel's cell limit on a character boundary, ending in
    /// `cutMarker` when it was cut.
    package static func fitted(_ text: String, limit: Int = cellLimit) -> String {
        guard text.utf16.count > limit else { return text }
        let room = limit - cutMarker.utf16.count
        var out = ""
        var used = 0
        for character in text {
            let size = character.utf16.count
            if used + size > room { break }
            out.append(character)
            used += size
        }
        return out + cutMarker
    }

    /// A name Excel accepts for a sheet: no `[ ] : * ? / \`, not empty, not
    /// starting or ending with an apostrophe, at most 31 UTF-16 code units.
    package static func sheetName(_ name: String) -> String {
        let forbidden: Set<Unicode.Scalar> = ["[", "]", ":", "*", "?", "/", "\\"]
        var cleaned = ""
        for scalar in name.unicodeScalars where isAllowed(scalar) && !ControlCharacters.isControl(scalar) {
            cleaned.unicodeScalars.append(forbidden.contains(scalar) ? "-" : scalar)
        }
        while cleaned.hasPrefix("'") { cleaned.removeFirst() }
        var out = ""
        var used = 0
        for character in cleaned {
            if used + character.utf16.count > sheetNameLimit { break }
            out.append(character)
            used += character.utf16.count
        }
        while out.hasSuffix("'") { out.removeLast() }
        return out.isEmpty ? "Sheet" : out
    }

    /// The letters of a column: 0 is A, 25 is Z, 26 is AA.
    package static func column(_ index: Int) -> String {
        var index = index
        var letters = ""
        repeat {
            letters = String(UnicodeScalar(UInt8(65 + index % 26))) + letters
            index = index / 26 - 1
        } while index >= 0
        return letters
    }

    /// The reference of a cell: row and column from 0, "B3" for (2, 1).
    package static func reference(row: Int, column: Int) -> String {
        Self.column(column) + String(row + 1)
    }

    /// The style indices of `xl/styles.xml`.
    package enum Style: Int, Sendable {
        /// No style: plain text.
        case plain = 0
        /// Bold, wrapped, top aligned: header rows and the labels of the rows below the grid.
        case header = 1
        /// Wrapped and top aligned: cells that may hold several lines.
        case wrapped = 2
        /// Bold and red: the mark of an incomplete schema.
        case warning = 3
        /// Bold on one line, not counted when columns are fitted: the title.
        case title = 4

        /// Whether the cell's text sets its column's width.
        var fitsColumn: Bool { self != .warning && self != .title }
    }

    /// One cell: its text and style. Empty text writes no cell. A cell
    /// that does not `fit` (a long note below the grid) is left out when
    /// column widths are fitted, and runs on into the empty cells beside it.
    package struct Cell: Sendable, Hashable {
        package var text: String
        package var style: Style
        package var fits: Bool

        package init(_ text: String, _ style: Style = .plain, fits: Bool = true) {
            self.text = text
            self.style = style
            self.fits = fits && style.fitsColumn
        }
    }

    /// A worksheet: rows of cells, rows and columns frozen at the top left,
    /// and column widths fitted to the content (in characters, between
    /// `minWidth` and `maxWidth` for the frozen columns, `bodyWidth` for the
    /// others; longer text wraps where the style says so).
    package static func worksheet(
        _ rows: [[Cell]], frozenRows: Int, frozenColumns: Int, minWidth: Int = 8, maxWidth: Int = 40,
        bodyWidth: Int = 40
    ) -> String {
        let columns = rows.map(\.count).max() ?? 0
        var widths = Array(repeating: minWidth, count: columns)
        for row in rows {
            for (index, cell) in row.enumerated() where cell.fits {
                let longest = cell.text.split(separator: "\n").map { DisplayWidth.cells($0.unicodeScalars) }.max() ?? 0
                widths[index] = min(index < frozenColumns ? maxWidth : bodyWidth, max(widths[index], longest + 2))
            }
        }
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        xml += "<sheetViews><sheetView workbookViewId=\"0\""
        if frozenRows > 0 || frozenColumns > 0 {
            let corner = reference(row: frozenRows, column: frozenColumns)
            let pane =
                frozenRows > 0 && frozenColumns > 0 ? "bottomRight" : frozenRows > 0 ? "bottomLeft" : "topRight"
            xml += "><pane"
            if frozenColumns > 0 { xml += " xSplit=\"\(frozenColumns)\"" }
            if frozenRows > 0 { xml += " ySplit=\"\(frozenRows)\"" }
            xml += " topLeftCell=\"\(corner)\" activePane=\"\(pane)\" state=\"frozen\"/>"
            xml += "<selection pane=\"\(pane)\" activeCell=\"\(corner)\" sqref=\"\(corner)\"/></sheetView>"
        } else {
            xml += "/>"
        }
        xml += "</sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        if columns > 0 {
            xml += "<cols>"
            for (index, width) in widths.enumerated() {
                xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for (rowIndex, row) in rows.enumerated() {
            xml += "<row r=\"\(rowIndex + 1)\">"
            for (columnIndex, cell) in row.enumerated() where !cell.text.isEmpty {
                let text = escape(fitted(cleaned(cell.text)))
                xml += "<c r=\"\(reference(row: rowIndex, column: columnIndex))\""
                if cell.style != .plain { xml += " s=\"\(cell.style.rawValue)\"" }
                xml += " t=\"inlineStr\"><is><t xml:space=\"preserve\">\(text)</t></is></c>"
            }
            xml += "</row>"
        }
        xml += "</sheetData></worksheet>"
        return xml
    }
}
