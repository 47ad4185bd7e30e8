import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanSyntax
@testable import NetplanCheck
@testable import NetplanLanguageServer

/// The server on what leaders track: completion of status words, units,
/// attributes, `for` and meeting lines; hover with unit, status, note,
/// contact and purpose; navigation and rename through a meeting's `in`.
@Suite struct LanguageServerTrackingTests {
    /// The property tests' document, so their helpers apply this suite's edits.
    static let uri = NameIdentityPropertyTests.uri

    static let plan = """
        network "Mindre ensomhed"
        leader "Mette Holm" unit "Ældre og Handicap" status bekræftet contact "mh@example.dk"
        codriver "Jonas Berg"
        core Anne: faglighed, handlekraft unit "Ældre og Handicap" status bekræftet note "visitator" contact "ak@example.dk"
        core "Bo Nielsen": indsigt unit Jobcentret status kontaktet
        participant Erik: ressourcer via Anne status afslået note "sognepræst"
        group Borgere: indsigt
        phase Opstart from 2027-01-04 to 2027-01-29 note "to aktivitetscentre"
        phase "Idé og design": invite Borgere for "fortæller om hverdagen", "Mette Holm" for "beslutter", Erik
        meeting "Kick-off" on 2027-01-06 14.00-16.00 in Opstart place "Rådhuset"
        meeting Værksted on 2027-03-10 in "Idé og design"

        """

    static func document(_ text: String) -> OpenDocument {
        OpenDocument(uri: uri, version: 1, bytes: Array(text.utf8))
    }

    /// The byte offset just after `needle` (its `occurrence`-th match, from 1).
    static func offset(after needle: String, in text: String, occurrence: Int = 1) -> Int {
        offset(of: needle, in: text, occurrence: occurrence) + needle.utf8.count
    }

    static func offset(of needle: String, in text: String, occurrence: Int = 1) -> Int {
        var start = text.startIndex
        var found = text.startIndex
        for _ in 0..<occurrence {
            guard let range = text.range(of: needle, range: start..<text.endIndex) else {
                Issue.record("no \(occurrence). `\(needle)`")
                return 0
            }
            found = range.lowerBound
            start = range.upperBound
        }
        return text.utf8.distance(from: text.startIndex, to: found)
    }

    /// The completion items after `needle` in the plan with `line` appended.
    static func completion(_ line: String, after needle: String? = nil, language: Language = .english) -> [[String: Any]] {
        let text = plan + line + "\n"
        let cursor = line.isEmpty ? plan.utf8.count : offset(after: needle ?? line, in: text)
        let answer = Completion.items(at: cursor, in: document(text), language: language)
        return (answer as? [[String: Any]]) ?? ((answer as? [String: Any])?["items"] as? [[String: Any]]) ?? []
    }

    static func labels(_ items: [[String: Any]]) -> [String] {
        items.sorted { ($0["sortText"] as? String ?? "") < ($1["sortText"] as? String ?? "") }
            .compactMap { $0["label"] as? String }
    }

    static func hover(at needle: String, occurrence: Int = 1, in text: String = plan, language: Language = .english) -> String? {
        let answer = Hover.hover(at: offset(of: needle, in: text, occurrence: occurrence) + 1, in: document(text), language: language)
        return ((answer as? [String: Any])?["contents"] as? [String: Any])?["value"] as? String
    }

    // MARK: - Completion

    @Test func statusWordsDanishFirstThenEnglish() {
        let items = Self.completion("participant Ny: indsigt status ")
        #expect(Self.labels(items) == ["foreslået", "kontaktet", "bekræftet", "afslået", "suggested", "contacted", "confirmed", "declined"])
        let confirmed = items.first { $0["label"] as? String == "confirmed" }
        #expect(confirmed?["detail"] as? String == "status · confirmed")
        let danish = Self.completion("participant Ny: indsigt status ", language: .danish)
        #expect(danish.first { $0["label"] as? String == "confirmed" }?["detail"] as? String == "status · bekræftet")
        // Also on a role line, and with part of the word typed.
        #expect(Self.labels(Self.completion("reference Lise status ")).first == "foreslået")
        #expect(Self.labels(Self.completion("core Ny status bek")).contains("bekræftet"))
    }

    @Test func unitsAlreadyUsedQuotedOnceEach() {
        let items = Self.completion("core Ny: indsigt unit ")
        #expect(Self.labels(items) == ["Ældre og Handicap", "Jobcentret"])
        let edits = items.compactMap { ($0["textEdit"] as? [String: Any])?["newText"] as? String }
        #expect(edits.sorted() == ["\"Jobcentret\"", "\"Ældre og Handicap\""])
        // The same unit in a decomposed spelling is the same unit.
        let decomposed = "participant Ny unit \"Café Ø\"\nparticipant Nz unit \"Cafe\u{301} Ø\"\n"
        let text = Self.plan + decomposed + "group G unit \n"
        let answer = Completion.items(at: Self.offset(after: "group G unit ", in: text), in: Self.document(text), language: .english)
        #expect(Self.labels((answer as? [[String: Any]]) ?? []) == ["Ældre og Handicap", "Jobcentret", "Café Ø"])
    }

    @Test func attributeKeywordsAfterADeclarationOrRoleLine() {
        #expect(Self.labels(Self.completion("core Ny ")) == ["via", "unit", "status", "note", "contact"])
        #expect(Self.labels(Self.completion("core Ny: indsigt ")) == ["via", "unit", "status", "note", "contact"])
        #expect(Self.labels(Self.completion("participant Ny: indsigt via Anne ")) == ["unit", "status", "note", "contact"])
        // Attributes already on the line are left out.
        #expect(Self.labels(Self.completion("core Ny: indsigt unit \"Jobcentret\" status kontaktet ")) == ["via", "note", "contact"])
        #expect(Self.labels(Self.completion("leader \"Mette Holm\" ")) == ["unit", "status", "note", "contact"])
        #expect(Self.labels(Self.completion("codriver Jonas note \"x\" ")) == ["unit", "status", "contact"])
    }

    @Test func forAfterAnInvitedName() {
        let afterName = Self.labels(Self.completion("phase Ny: invite Borgere "))
        #expect(afterName.first == "for")
        #expect(afterName.contains("needs"))
        // Not after a comma, where a name comes.
        #expect(!Self.labels(Self.completion("phase Ny: invite Borgere, ")).contains("for"))
        // After the purpose: the clauses again.
        #expect(Self.labels(Self.completion("phase Ny: invite Borgere for \"x\" ")).starts(with: ["invite", "needs", "without"]))
        #expect(!Self.labels(Self.completion("phase Ny: needs indsigt ")).contains("for"))
    }

    @Test func meetingLines() {
        #expect(Self.labels(Self.completion("")).contains("meeting"))
        #expect(Self.labels(Self.completion("meeting Ny ")) == ["on"])
        #expect(Self.labels(Self.completion("meeting Ny on 2027-01-07 ")) == ["in", "place", "note"])
        #expect(Self.labels(Self.completion("meeting Ny on 2027-01-07 10.00-12.00 ")) == ["in", "place", "note"])
        let phases = Self.completion("meeting Ny on 2027-01-07 in ")
        #expect(Self.labels(phases) == ["Opstart", "Idé og design"])
        let edits = phases.compactMap { ($0["textEdit"] as? [String: Any])?["newText"] as? String }
        #expect(edits.contains("\"Idé og design\""))
        #expect(Self.labels(Self.completion("meeting Ny on 2027-01-07 in Opstart ")) == ["place", "note"])
        #expect(Self.labels(Self.completion("meeting Ny on 2027-01-07 place \"Rådhuset\" ")) == ["in", "note"])
        #expect(Self.labels(Self.completion("meeting Ny on 2027-01-07 in Opstart place \"x\" note \"y\" ")).isEmpty)
    }

    // MARK: - Hover

    @Test func hoverOnAPersonShowsWhoTheyAre() throws {
        // The declaration, `via` and the core participant's facts.
        for (needle, occurrence) in [("Anne", 1), ("Anne", 2)] {
            let value = try #require(Self.hover(at: needle, occurrence: occurrence))
            #expect(value.contains("- unit: Ældre og Handicap"), "\(needle) \(occurrence): \(value)")
            #expect(value.contains("- status: **confirmed**"))
            #expect(value.contains("- note: “visitator”"))
            #expect(value.contains("- contact: ak@example.dk"))
        }
        let danish = try #require(Self.hover(at: "Anne", language: .danish))
        #expect(danish.contains("- enhed: Ældre og Handicap"))
        #expect(danish.contains("- status: **bekræftet**"))
        #expect(danish.contains("- bemærkning: “visitator”"))
        // An invite: the person's status, and why they are invited.
        let erik = try #require(Self.hover(at: "Erik", occurrence: 2))
        #expect(erik.contains("- status: **declined**"))
        #expect(!erik.contains("why in"))
        let borgere = try #require(Self.hover(at: "Borgere", occurrence: 2))
        #expect(borgere.contains("- why in `\"Idé og design\"`: “fortæller om hverdagen”"))
        let borgereDanish = try #require(Self.hover(at: "Borgere", occurrence: 2, language: .danish))
        #expect(borgereDanish.contains("- hvorfor med i `\"Idé og design\"`: “fortæller om hverdagen”"))
        // The declaration has no purpose of its own.
        #expect(!(Self.hover(at: "Borgere")?.contains("why in") ?? true))
    }

    @Test func hoverOnARoleHolderInvitedWithoutADeclaration() throws {
        for occurrence in [1, 2] {  // the role line, the invite
            let value = try #require(Self.hover(at: "Mette Holm", occurrence: occurrence))
            #expect(value.contains("leader"))
            #expect(value.contains("- unit: Ældre og Handicap"))
            #expect(value.contains("- status: **confirmed**"))
            #expect(value.contains("- contact: mh@example.dk"))
            #expect(value.contains("`\"Idé og design\"`"))
            #expect(value.contains("Invited without a declaration"))
        }
        let invite = try #require(Self.hover(at: "Mette Holm", occurrence: 2))
        #expect(invite.contains("“beslutter”"))
        // A role holder nobody invites: the role line's facts.
        let text = "reference \"Lise Dam\" unit Sundhed status foreslået\ncore Anne: faglighed\n"
        let lise = try #require(Self.hover(at: "Lise", in: text, language: .danish))
        #expect(lise.contains("- enhed: Sundhed"))
        #expect(lise.contains("- status: **foreslået**"))
        #expect(lise.contains("Står ikke i planen som deltager."))
    }

    @Test func hoverEscapesFreeText() throws {
        let text = "core Anne: faglighed note \"*fed* [link](x) `kode`\" contact \"<b>\"\n"
        let value = try #require(Self.hover(at: "Anne", in: text))
        #expect(value.contains("“\\*fed\\* \\[link\\](x) \\`kode\\`”"))
        #expect(value.contains("- contact: \\<b\\>"))
    }

    @Test func hoverOnAMeetingsPhaseIsThePhase() throws {
        let value = try #require(Self.hover(at: "Opstart", occurrence: 2))  // `in Opstart`
        #expect(value.contains("**phase** `Opstart` (1/2)"))
        #expect(value.contains("“to aktivitetscentre”"))
        #expect(value.contains("- meetings: `Kick-off` (2027-01-06 14.00-16.00)"))
        let idea = try #require(Self.hover(at: "Idé og design", occurrence: 2, language: .danish))
        #expect(idea.contains("- møder: `Værksted` (2027-03-10)"))
    }

    // MARK: - Navigation and rename

    @Test func definitionReferencesAndRenameThroughAMeetingsIn() throws {
        let document = Self.document(Self.plan)
        let use = Self.offset(of: "Opstart", in: Self.plan, occurrence: 2)
        let declaration = SourceRange(
            Self.offset(of: "Opstart", in: Self.plan), Self.offset(after: "Opstart", in: Self.plan))
        let definition = Navigation.definition(at: use + 1, in: document) as? [[String: Any]]
        #expect(definition?.first?["range"] as? [String: Any] != nil)
        let definitionRange = NameIdentityPropertyTests.span(definition?.first?["range"], in: document)
        #expect(definitionRange == declaration)
        let references = NameIdentityPropertyTests.locations(
            Navigation.references(at: declaration.start, in: document, includeDeclaration: true), in: document)
        #expect(references == [declaration, SourceRange(use, use + 7)])

        // Rename from the meeting's `in`: the declaration and the use, quoted as needed.
        let edit = try Rename.rename(at: use, to: "Første møde", in: document, language: .english)
        let renamed = try #require(NameIdentityPropertyTests.applying(edit, to: document))
        #expect(renamed.contains("phase \"Første møde\" from 2027-01-04"))
        #expect(renamed.contains("in \"Første møde\" place"))
        #expect(NameIdentityPropertyTests.findings(renamed) == NameIdentityPropertyTests.findings(Self.plan))
        // To another phase's name, in any spelling of it: refused.
        #expect(throws: ResponseError.self) {
            _ = try Rename.rename(at: use, to: "Ide\u{301} og design", in: document, language: .english)
        }
        // An unknown phase after `in` has nothing to rename.
        let unknown = Self.plan + "meeting X on 2027-01-07 in Opstar\n"
        #expect(throws: ResponseError.self) {
            _ = try Rename.rename(
                at: Self.offset(of: "Opstar\n", in: unknown), to: "Y", in: Self.document(unknown), language: .english)
        }
    }

    @Test func documentSymbolsListMeetings() throws {
        let symbols = DocumentSymbols.symbols(in: Self.document(Self.plan), language: .english)
        let meetings = symbols.filter { ($0["detail"] as? String)?.hasPrefix("meeting") == true }
        #expect(meetings.compactMap { $0["name"] as? String } == ["Kick-off", "Værksted"])
        #expect(meetings.first?["detail"] as? String == "meeting · 2027-01-06 14.00-16.00")
        let danish = DocumentSymbols.symbols(in: Self.document(Self.plan), language: .danish)
        #expect(danish.contains { $0["detail"] as? String == "møde · 2027-03-10" })
    }
}
