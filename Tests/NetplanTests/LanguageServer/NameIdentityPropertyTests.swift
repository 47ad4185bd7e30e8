import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanSyntax
@testable import NetplanCheck
@testable import NetplanLanguageServer
@testable import NetplanTesting

/// The language server and the resolver agree on what a name is: over random
/// plans whose accented names are written sometimes precomposed (NFC) and
/// sometimes decomposed (NFD), every use the resolver resolved leads to its
/// declaration, references find every place of the same thing, and renaming
/// a participant to a fresh name leaves no finding behind that was not there.
///
/// The expected places come from the resolved plan's own data (declarations,
/// invites, `without`, `via`, `needs`, the diamond), not from the name record
/// the server reads.
@Suite struct NameIdentityPropertyTests {
    static let uri = "file:///tmp/navne.netplan"
    static let seeds: Range<UInt64> = 0..<150

    /// A byte range of the document from an LSP range in JSON.
    static func span(_ json: Any?, in document: OpenDocument) -> SourceRange? {
        guard let range = json as? [String: Any], let start = range["start"] as? [String: Any],
            let end = range["end"] as? [String: Any], let startLine = start["line"] as? Int,
            let startCharacter = start["character"] as? Int, let endLine = end["line"] as? Int,
            let endCharacter = end["character"] as? Int
        else { return nil }
        return SourceRange(
            document.offset(LSPPosition(line: startLine, character: startCharacter)),
            document.offset(LSPPosition(line: endLine, character: endCharacter)))
    }

    static func locations(_ json: Any, in document: OpenDocument) -> Set<SourceRange> {
        Set(((json as? [Any]) ?? []).compactMap { span(($0 as? [String: Any])?["range"], in: document) })
    }

    /// Every place the resolver says names participant `index` or competence `index`.
    struct Expected {
        var participants: [Int: Set<SourceRange>] = [:]
        var competences: [Int: Set<SourceRange>] = [:]

        init(_ plan: ResolvedPlan) {
            for (index, participant) in plan.participants.enumerated() {
                if let range = participant.nameRange { participants[index, default: []].insert(range) }
                if let referrer = participant.referrer, let via = participant.via {
                    participants[referrer, default: []].insert(via.range)
                }
            }
            for phase in plan.phases {
                for reference in phase.invited + phase.without {
                    participants[reference.participant, default: []].insert(reference.range)
                }
                for need in phase.needs { competences[need.competence, default: []].insert(need.range) }
            }
            for (index, competence) in plan.diamond.enumerated() {
                if let range = competence.range { competences[index, default: []].insert(range) }
            }
        }
    }

    @Test func definitionAndReferencesFollowTheResolver() {
        var mixedPlans = 0
        for seed in Self.seeds {
            let text = RandomPlanGenerator(seed: seed, mixesNormalForms: true).plan()
            let document = OpenDocument(uri: Self.uri, version: 1, bytes: Array(text.utf8))
            let plan = document.plan
            let expected = Expected(plan)
            if text.unicodeScalars.contains("\u{301}") { mixedPlans += 1 }
            for (index, places) in expected.participants {
                let declaration = plan.participants[index].nameRange
                for place in places {
                    let definition = Self.locations(Navigation.definition(at: place.start, in: document), in: document)
                    if let declaration {
                        #expect(definition == [declaration], "seed \(seed): definition at \(place) of \(plan.participants[index].name)")
                    }
                    let references = Self.locations(
                        Navigation.references(at: place.start, in: document, includeDeclaration: true), in: document)
                    #expect(places.isSubset(of: references), "seed \(seed): references at \(place) of \(plan.participants[index].name)")
                }
            }
            for (index, places) in expected.competences {
                for place in places {
                    let definition = Self.locations(Navigation.definition(at: place.start, in: document), in: document)
                    if let declaration = plan.diamond[index].range {
                        #expect(definition == [declaration], "seed \(seed): definition at \(place) of \(plan.diamond[index].name)")
                    }
                    let references = Self.locations(
                        Navigation.references(at: place.start, in: document, includeDeclaration: true), in: document)
                    #expect(places.isSubset(of: references), "seed \(seed): references at \(place) of \(plan.diamond[index].name)")
                }
            }
        }
        #expect(mixedPlans > Self.seeds.count / 4, "the generator writes decomposed names")
    }

    /// The codes of a check's findings, counted.
    static func findings(_ text: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        for diagnostic in Checker.check(SourceFile(path: "navne.netplan", bytes: Array(text.utf8))).diagnostics {
            counts[diagnostic.code, default: 0] += 1
        }
        return counts
    }

    /// The text with the edits of a `WorkspaceEdit` applied.
    static func applying(_ edit: Any, to document: OpenDocument) -> String? {
        guard let changes = (edit as? [String: Any])?["changes"] as? [String: Any],
            let edits = changes[uri] as? [Any]
        else { return nil }
        var replacements: [(SourceRange, String)] = []
        for edit in edits {
            guard let edit = edit as? [String: Any], let range = span(edit["range"], in: document),
                let newText = edit["newText"] as? String
            else { return nil }
            replacements.append((range, newText))
        }
        var bytes = document.source.bytes
        for (range, newText) in replacements.sorted(by: { $0.0.start > $1.0.start }) {
            bytes.replaceSubrange(range.start..<range.end, with: Array(newText.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func renameLeavesNoNewFinding() {
        var renamed = 0
        for seed in Self.seeds {
            let text = RandomPlanGenerator(seed: seed, mixesNormalForms: true).plan()
            let document = OpenDocument(uri: Self.uri, version: 1, bytes: Array(text.utf8))
            let plan = document.plan
            let before = Self.findings(text)
            let expected = Expected(plan)
            for (index, participant) in plan.participants.enumerated() {
                // A declared group called like a built-in group brings a perspective by its name: not renamed here.
                guard !participant.isBuiltIn, !BuiltInGroups.contains(participant.name.precomposedStringWithCanonicalMapping),
                    let places = expected.participants[index]
                else { continue }
                // Rename from each place it is written, the declaration and every use.
                for place in places {
                    let edit: Any
                    do {
                        edit = try Rename.rename(
                            at: place.start, to: "Nyt Navn \(index)", in: document, language: .english)
                    } catch {
                        Issue.record("seed \(seed): rename of \(participant.name) at \(place) refused: \(error.message)")
                        continue
                    }
                    guard let after = Self.applying(edit, to: document) else {
                        Issue.record("seed \(seed): rename of \(participant.name) gave no edits")
                        continue
                    }
                    renamed += 1
                    let findings = Self.findings(after)
                    for (code, count) in findings where count > before[code, default: 0] {
                        Issue.record(
                            "seed \(seed): renaming \(participant.name) at \(place) adds \(code) (\(before[code, default: 0]) → \(count))")
                    }
                }
            }
        }
        #expect(renamed > 100)
    }

    /// A random plan with a meeting in each phase, its phase written after
    /// `in` in the other normal form (NFD for an NFC name and back).
    static func planWithMeetings(seed: UInt64) -> String {
        let text = RandomPlanGenerator(seed: seed, mixesNormalForms: true).plan()
        let plan = OpenDocument(uri: uri, version: 1, bytes: Array(text.utf8)).plan
        var lines = text.hasSuffix("\n") ? text : text + "\n"
        for (index, phase) in plan.phases.enumerated() {
            let nfc = phase.name.precomposedStringWithCanonicalMapping
            let written = phase.name == nfc ? phase.name.decomposedStringWithCanonicalMapping : nfc
            lines += "meeting M\(index) on 2027-01-0\(index % 9 + 1) in \(Quoting.quoted(written))\n"
        }
        return lines
    }

    /// Every meeting's `in` leads to the phase's declaration, references from
    /// the declaration find every `in`, and renaming the phase from an `in`
    /// leaves no finding behind that was not there.
    @Test func meetingsPhasesFollowTheResolver() {
        var checked = 0
        for seed in Self.seeds.prefix(60) {
            let text = Self.planWithMeetings(seed: seed)
            let document = OpenDocument(uri: Self.uri, version: 1, bytes: Array(text.utf8))
            let plan = document.plan
            let before = Self.findings(text)
            for meeting in plan.meetings {
                guard let phase = meeting.phase, let written = meeting.phaseName else { continue }
                // The first phase of the name: the one a duplicate name resolves to.
                let declaration = plan.phases[phase].nameRange
                let definition = Self.locations(Navigation.definition(at: written.range.start, in: document), in: document)
                #expect(definition == [declaration], "seed \(seed): definition of \(meeting.name)'s phase")
                let references = Self.locations(
                    Navigation.references(at: declaration.start, in: document, includeDeclaration: true), in: document)
                #expect(references.contains(written.range), "seed \(seed): references of phase \(plan.phases[phase].name)")
                do {
                    let edit = try Rename.rename(at: written.range.start, to: "Ny fase \(phase)", in: document, language: .english)
                    guard let after = Self.applying(edit, to: document) else {
                        Issue.record("seed \(seed): the rename gave no edits")
                        continue
                    }
                    for (code, count) in Self.findings(after) where count > before[code, default: 0] {
                        Issue.record("seed \(seed): renaming phase \(plan.phases[phase].name) adds \(code)")
                    }
                    checked += 1
                } catch {
                    Issue.record("seed \(seed): rename of phase \(plan.phases[phase].name) refused: \(error.message)")
                }
            }
        }
        #expect(checked > 60)
    }
}
