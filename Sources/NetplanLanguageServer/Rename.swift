import Foundation
import NetplanBase
import NetplanSyntax
import NetplanCheck

/// `textDocument/prepareRename` and `textDocument/rename` for participants
/// and groups (the declaration, and every invite, `without`, `via` and role
/// line naming them) and for phases (the declaration and every meeting's
/// `in`). The new name is written quoted when it must be.
enum Rename {
    /// The range and current name of what can be renamed at `offset`; null
    /// when the cursor is on no name; an error when the name cannot be renamed.
    static func prepare(at offset: Int, in document: OpenDocument, language: Language) throws(ResponseError) -> Any {
        guard let occurrence = document.names.occurrence(at: offset) else { return NSNull() }
        _ = try check(occurrence, in: document, language: language)
        return ["range": document.rangeJSON(occurrence.range), "placeholder": occurrence.name.text] as JSONObject
    }

    /// A `WorkspaceEdit` renaming the participant at `offset` to `newName`.
    package static func rename(
        at offset: Int, to newName: String, in document: OpenDocument, language: Language
    ) throws(ResponseError) -> Any {
        guard let occurrence = document.names.occurrence(at: offset) else {
            throw failure(Text(en: "there is no name here to rename", da: "der er ikke noget navn her, der kan omdøbes"), language)
        }
        let target = try check(occurrence, in: document, language: language)
        let name = try validated(newName, language: language)
        let participant: Int
        switch target {
        case .participant(let index):
            participant = index
        case .phase(let index):
            // Names are compared only as the resolver compares them: by the plan's own lookup.
            if let existing = document.plan.phase(named: name) {
                if existing == index { return ["changes": [document.uri: [Any]()]] as JSONObject }
                throw failure(
                    Text(
                        en: "a phase is already called \(quotedIfNeeded(name)); choose another name",
                        da: "en fase hedder allerede \(quotedIfNeeded(name)); vælg et andet navn"), language)
            }
            return try edits(for: occurrence.referent, to: name, in: document, language: language)
        }
        if let existing = document.plan.participant(named: name) {
            if existing == participant { return ["changes": [document.uri: [Any]()]] as JSONObject }
            let what = document.plan.participants[existing].isBuiltIn
                ? Text(en: "a built-in group", da: "en indbygget gruppe")
                : Text(en: "a participant or group", da: "en deltager eller gruppe")
            throw failure(
                Text(
                    en: "\(what.en) is already called \(quotedIfNeeded(name)); choose another name",
                    da: "\(what.da) hedder allerede \(quotedIfNeeded(name)); vælg et andet navn"), language)
        }
        return try edits(for: occurrence.referent, to: name, in: document, language: language)
    }

    /// Every place the referent is written, renamed, once the result is verified.
    private static func edits(
        for referent: Referent, to name: String, in document: OpenDocument, language: Language
    ) throws(ResponseError) -> Any {
        let newText = quotedIfNeeded(name)
        let places = document.names.occurrences(of: referent).map(\.range)
        try verify(places, renamedTo: name, written: newText, in: document, language: language)
        let edits = places.map { range -> JSONObject in
            ["range": document.rangeJSON(range), "newText": newText]
        }
        return ["changes": [document.uri: edits]] as JSONObject
    }

    /// Applies the edits to a copy of the text and checks, as the formatter
    /// does (`PlanFormatter.verify`), that the result says exactly what the plan
    /// said with those names changed: no quote or escape in the new name can
    /// break the plan. Fails the request otherwise; the document is untouched.
    package static func verify(
        _ places: [SourceRange], renamedTo name: String, written newText: String, in document: OpenDocument,
        language: Language
    ) throws(ResponseError) {
        let bytes = document.source.bytes
        var edited: [UInt8] = []
        edited.reserveCapacity(bytes.count + places.count * newText.utf8.count)
        var position = 0
        for range in places.sorted(by: { $0.start < $1.start }) where range.start >= position && range.end <= bytes.count {
            edited += bytes[position..<range.start]
            edited += newText.utf8
            position = range.end
        }
        edited += bytes[position...]
        var renamed: [SourceRange: String] = [:]
        for range in places { renamed[range] = name }
        do {
            try PlanFormatter.verify(edited, saysWhat: document.tree, renamed: renamed)
        } catch {
            throw ResponseError(code: JSONRPCErrorCode.internalError, message: error.message(language))
        }
    }

    /// What can be renamed.
    private enum Target {
        case participant(Int)
        case phase(Int)
    }

    /// The declared participant, group or phase the occurrence names; refuses anything else.
    private static func check(
        _ occurrence: NameOccurrence, in document: OpenDocument, language: Language
    ) throws(ResponseError) -> Target {
        let written = occurrence.name.text
        let builtIn = Text(
            en: "`\(written)` is a built-in group; declare it with `group` to rename it",
            da: "`\(written)` er en indbygget gruppe; skriv den i planen med `group` for at kunne omdøbe den")
        let undeclared = Text(
            en: "`\(written)` is not declared, so there is nothing to rename",
            da: "`\(written)` står ikke i planen, så der er intet at omdøbe")
        try refuseRegisterName(occurrence, in: document, language)
        switch occurrence.referent {
        case .participant(let index):
            if document.plan.participants[index].isBuiltIn { throw failure(builtIn, language) }
            return .participant(index)
        case .phase(let index):
            return .phase(index)
        case .category:
            throw failure(builtIn, language)
        case .roleHolder, .unresolved(.participant, _), .unresolved(.invitee, _), .unresolved(.referrer, _),
            .unresolved(.category, _), .unresolved(.phase, _):
            throw failure(undeclared, language)
        case .competence, .unresolved(.competence, _):
            throw failure(
                Text(
                    en: "only participants, groups and phases can be renamed here",
                    da: "kun deltagere, grupper og faser kan omdøbes her"), language)
        }
    }

    /// The new name's value: surrounding quotes are taken as quoting, not as part of the name.
    package static func validated(_ newName: String, language: Language) throws(ResponseError) -> String {
        let name = Quoting.typedValue(newName.trimmingCharacters(in: .whitespaces))
        if name.isEmpty {
            throw failure(Text(en: "a name cannot be empty", da: "et navn kan ikke være tomt"), language)
        }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" }) {
            throw failure(
                Text(
                    en: "a name must fit on one line, without tabs or control characters",
                    da: "et navn skal stå på én linje, uden tabulatorer eller kontroltegn"), language)
        }
        return name
    }

    private static func failure(_ message: Text, _ language: Language) -> ResponseError {
        ResponseError(code: JSONRPCErrorCode.requestFailed, message: message(language))
    }
}
