import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanSyntax

/// `grammar.md` must stay true to the parser: every ```netplan example in it
/// parses without a single diagnostic, its EBNF lists one production per
/// parser function, and it names every keyword, built-in group and default
/// competence the code knows.
@Suite struct GrammarDocumentTests {
    /// One fenced code block of the document.
    struct Block: CustomStringConvertible {
        /// The info string after the opening fence (`netplan`, `ebnf`, ...).
        var info: String
        /// The block's text, without the fences, each line ending in a line break.
        var text: String
        /// The 1-based line of the opening fence in `grammar.md`.
        var line: Int

        var description: String { "grammar.md:\(line) (```\(info))" }
    }

    /// `grammar.md` at the package root, found from this file's path (Tests/NetplanTests/).
    static let documentURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // NetplanTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the package root
        .appendingPathComponent("grammar.md")

    static func document() throws -> String {
        try String(contentsOf: documentURL, encoding: .utf8)
    }

    /// The fenced code blocks of a Markdown text, in order.
    static func blocks(in markdown: String) -> [Block] {
        var blocks: [Block] = []
        var open: Block?
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, raw) in lines.enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if var block = open {
                if trimmed == "```" {
                    blocks.append(block)
                    open = nil
                } else {
                    block.text += line + "\n"
                    open = block
                }
            } else if trimmed.hasPrefix("```") {
                let info = trimmed.dropFirst(3).trimmingCharacters(in: .whitespaces)
                open = Block(info: info, text: "", line: index + 1)
            }
        }
        return blocks
    }

    static func blocks(_ info: String) throws -> [Block] {
        blocks(in: try document()).filter { $0.info == info }
    }

    /// The production names defined (`name = ...`) in a block of EBNF.
    static func productions(in ebnf: String) -> [String] {
        ebnf.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { return nil }
            let name = parts[0].trimmingCharacters(in: .whitespaces)
            let isName = !name.isEmpty && name.allSatisfy { $0.isLetter || $0 == "-" || $0 == "_" }
            return isName ? name : nil
        }
    }

    // MARK: Examples

    @Test func thereAreEnoughExamples() throws {
        let examples = try Self.blocks("netplan")
        #expect(examples.count >= 12, "grammar.md has only \(examples.count) ```netplan examples")
    }

    @Test func everyExampleParsesWithoutDiagnostics() throws {
        let examples = try Self.blocks("netplan")
        try #require(!examples.isEmpty, "grammar.md has no ```netplan examples")
        for example in examples {
            #expect(
                !example.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
                "\(example) is empty")
            let source = SourceFile(path: "grammar.md", text: example.text)
            let tree = Parser.parse(source)
            let messages = tree.diagnostics.map {
                "\(TestSupport.position($0, in: source)) [\($0.code)] \($0.message.en)"
            }
            #expect(
                tree.diagnostics.isEmpty,
                "the example at \(example) does not parse:\n\(example.text)\n\(messages.joined(separator: "\n"))")
            let broken = tree.statements.filter { $0.isError }
            #expect(broken.isEmpty, "\(example) has a statement that did not parse")
        }
    }

    /// An example fenced as ```netplan error NP013 shows a mistake: it gives
    /// errors of exactly the codes named, and no other finding of the parser.
    @Test func everyMistakeExampleGivesItsCode() throws {
        let examples = try Self.blocks(in: Self.document()).filter { $0.info.hasPrefix("netplan error ") }
        #expect(examples.count >= 3, "grammar.md has only \(examples.count) ```netplan error NPnnn examples")
        for example in examples {
            let codes = Set(example.info.dropFirst("netplan error ".count).split(separator: " ").map(String.init))
            let source = SourceFile(path: "grammar.md", text: example.text)
            let tree = Parser.parse(source)
            let found = Set(tree.diagnostics.map(\.code))
            #expect(!codes.isEmpty && found == codes, "\(example) gives \(found.sorted()), not \(codes.sorted())")
            #expect(tree.diagnostics.allSatisfy { $0.severity == .error }, "\(example)")
        }
    }

    // MARK: The EBNF

    @Test func theEBNFHasOneProductionPerParserFunction() throws {
        let ebnf = try Self.blocks("ebnf")
        try #require(!ebnf.isEmpty, "grammar.md has no ```ebnf block")
        let defined = Set(ebnf.flatMap { Self.productions(in: $0.text) })
        let required = [
            "plan", "statement", "network", "role", "diamond", "declaration", "phase", "dates", "clause",
            "setting", "suppression", "namelist", "name", "attribute", "phase-note", "invite", "invitee",
            "meeting", "time",
        ]
        for production in required {
            #expect(defined.contains(production), "no `\(production) = ...` line in a ```ebnf block of grammar.md")
        }
    }

    /// The `keyword = ...` production lists exactly the parser's keywords.
    @Test func theKeywordProductionListsExactlyTheKeywords() throws {
        let ebnf = try Self.blocks("ebnf").map(\.text).joined(separator: "\n")
        let lines = ebnf.split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex { $0.hasPrefix("keyword") && $0.contains("=") }, "no `keyword = ...` production")
        // The production and its continuation lines (those that start with white space).
        var text = lines[start]
        for line in lines[(start + 1)...] {
            guard line.first == " " else { break }
            text += line
        }
        let listed = Set(text.split(separator: "\"").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) })
        let keywords = Set(Keyword.allCases.map(\.rawValue))
        #expect(listed == keywords, "missing: \(keywords.subtracting(listed).sorted()), not keywords: \(listed.subtracting(keywords).sorted())")
    }

    // MARK: Names the document must mention

    @Test func everyKeywordIsDocumented() throws {
        let document = try Self.document()
        for keyword in Keyword.allCases {
            #expect(document.contains("`\(keyword.rawValue)`"), "grammar.md never mentions `\(keyword.rawValue)`")
        }
    }

    @Test func everyBuiltInGroupAndDefaultCompetenceIsDocumented() throws {
        let document = try Self.document()
        for name in BuiltInGroups.names + DefaultDiamond.competences {
            #expect(document.contains("`\(name)`"), "grammar.md never mentions `\(name)`")
        }
    }

    // MARK: The extractor itself

    @Test func blocksAreFoundWithTheirInfoStrings() {
        let markdown = "text\n```netplan\ncore Anne: faglighed\n```\n\n```ebnf\nname = word | string\n```\n```\nplain\n```\n"
        let found = Self.blocks(in: markdown)
        #expect(found.map(\.info) == ["netplan", "ebnf", ""])
        #expect(found.first?.text == "core Anne: faglighed\n")
        #expect(found.first?.line == 2)
        #expect(Self.productions(in: found[1].text) == ["name"])
    }
}
