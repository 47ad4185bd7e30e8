import Foundation
import NetplanBase
import NetplanSyntax
import NetplanCheck

/// Names a plan takes from a register it uses (`use "personer.netplan"`):
/// go-to-definition opens the register at the `person` or `group` line, a
/// hover says which register the facts come from, and a rename is refused,
/// since it would change the plan and leave the register as it was.
extension OpenDocument {
    /// The register entry of the name at `occurrence`, when it is written in another file.
    package func registerEntry(for occurrence: NameOccurrence) -> RegisterEntry? {
        guard case .participant(let index) = occurrence.referent, plan.participants.indices.contains(index) else {
            return nil
        }
        guard let entry = plan.register.entry(named: plan.participants[index].name),
            DocumentWorkspace.key(entry.path) != DocumentWorkspace.key(source.path)
        else { return nil }
        return entry
    }
}

extension LanguageServer {
    /// The definition of the name at `offset`: the register's line for a name
    /// from a register (on the plan's own declaration, or where the plan does
    /// not declare it), else the plan's declaration.
    func definition(at offset: Int, in document: OpenDocument) -> Any {
        guard let occurrence = document.names.occurrence(at: offset),
            let entry = document.registerEntry(for: occurrence),
            occurrence.isDeclaration || document.names.declarations(of: occurrence.referent).isEmpty,
            let location = registerLocation(entry)
        else { return Navigation.definition(at: offset, in: document) }
        return [location]
    }

    /// Where a register writes a name: its text from the editor when open, else from disk.
    func registerLocation(_ entry: RegisterEntry) -> JSONObject? {
        let bytes: [UInt8]
        let uri: String
        if let open = store.openDocument(at: DocumentWorkspace.key(entry.path)) {
            (uri, bytes) = open
        } else if case .success(let file) = DiskFile.load(entry.path) {
            (uri, bytes) = (URL(fileURLWithPath: entry.path).absoluteString, file.bytes)
        } else {
            return nil
        }
        guard entry.nameRange.end <= bytes.count else { return nil }
        return ["uri": uri, "range": PositionConverter(bytes: bytes).range(of: entry.nameRange).json]
    }
}

extension Hover {
    /// The line saying which register a name's facts come from.
    static func registerLine(_ occurrence: NameOccurrence, in document: OpenDocument, _ language: Language) -> [String] {
        guard let entry = document.registerEntry(for: occurrence) else { return [] }
        let file = "`" + URL(fileURLWithPath: entry.path).lastPathComponent.replacingOccurrences(of: "`", with: "'") + "`"
        return [
            "",
            Text(
                en: "From the register \(file); what the plan writes about them replaces the register's.",
                da: "Fra registeret \(file); det, planen skriver om vedkommende, gælder i stedet for registerets.")(language),
        ]
    }
}

extension Rename {
    /// Refuses to rename a name that comes from a register.
    static func refuseRegisterName(_ occurrence: NameOccurrence, in document: OpenDocument, _ language: Language)
        throws(ResponseError)
    {
        guard let entry = document.registerEntry(for: occurrence) else { return }
        let file = URL(fileURLWithPath: entry.path).lastPathComponent
        let written = quotedIfNeeded(entry.name)
        let message = Text(
            en: "\(written) comes from the register `\(file)`; rename them there, so every plan that uses it follows",
            da: "\(written) kommer fra registeret `\(file)`; omdøb vedkommende dér, så alle planer, der bruger det, følger med")
        throw ResponseError(code: JSONRPCErrorCode.requestFailed, message: message(language))
    }
}
