import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanSyntax
@testable import NetplanCheck

/// The files the formatter tests read: golden pairs under `Fixtures/fmt/`,
/// every other fixture and every sample.
enum FormatterCorpus {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Output
        .deletingLastPathComponent()  // NetplanTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()
    static let fixtures = packageRoot.appendingPathComponent("Tests/NetplanTests/Fixtures")
    static let goldens = fixtures.appendingPathComponent("fmt")

    /// The names of the golden pairs (`NAME.input.netplan` + `NAME.expected.netplan`).
    static let goldenNames: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: goldens.path)) ?? []
        return files.filter { $0.hasSuffix(".input.netplan") }
            .map { String($0.dropLast(".input.netplan".count)) }
            .sorted()
    }()

    /// Every `*.netplan` under `Fixtures/` (golden inputs and outputs included) and `samples/`,
    /// relative to the package root.
    static let allPlans: [String] = {
        var found: [String] = []
        for folder in ["Tests/NetplanTests/Fixtures", "samples"] {
            let base = packageRoot.appendingPathComponent(folder)
            guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { continue }
            while let relative = enumerator.nextObject() as? String {
                if relative.hasSuffix(".netplan") { found.append(folder + "/" + relative) }
            }
        }
        return found.sorted()
    }()

    static func bytes(_ relativePath: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: packageRoot.appendingPathComponent(relativePath)))
    }

    static func source(_ relativePath: String) throws -> SourceFile {
        SourceFile(path: relativePath, bytes: try bytes(relativePath))
    }
}

/// A comparable picture of a resolved plan: everything the plan means, with
/// names as exact UTF-8 bytes and no source positions, so a plan and its
/// formatted text can be compared.
struct PlanSummary: Equatable, CustomStringConvertible {
    var lines: [[UInt8]]

    init(_ plan: ResolvedPlan) {
        var lines: [String] = []
        func add(_ parts: String...) { lines.append(parts.joined(separator: " | ")) }
        func names(_ list: [String]) -> String { "[" + list.joined(separator: ", ") + "]" }
        func who(_ index: Int) -> String { plan.participants[index].name }
        let competence = { (index: Int) in plan.diamond[index].name }

        add("network", plan.network?.name.text ?? "-", plan.network?.kind?.text ?? "-")
        for role in plan.roles { add("role", role.role.rawValue, role.name.text, role.participant.map(who) ?? "-") }
        add("diamond", plan.diamondIsDefault ? "default" : "declared", names(plan.diamond.map(\.name)))
        for participant in plan.participants {
            add(
                "participant", participant.name, participant.kind.rawValue, participant.isBuiltIn ? "built-in" : "declared",
                names(participant.competences.map(competence)), participant.listsCompetences ? "lists" : "lists none",
                "via " + (participant.via?.text ?? "-"), "referrer " + (participant.referrer.map(who) ?? "-"),
                names(participant.phases.map { plan.phases[$0].name }))
        }
        for phase in plan.phases {
            add(
                "phase", phase.name, phase.start?.description ?? "-", phase.end?.description ?? "-",
                "invite " + names(phase.invited.map { who($0.participant) }),
                "without " + names(phase.without.map { who($0.participant) }),
                "needs " + names(phase.needs.map { competence($0.competence) + " by " + names($0.coveredBy.map(who)) }),
                "present " + names(phase.present.map { who($0.participant) + " " + $0.presence.rawValue }))
        }
        for (_, setting) in plan.settings { add("set", setting.name.text, setting.value.text) }
        for reference in plan.unresolved {
            add("unresolved", reference.kind.rawValue, reference.name.text, plan.suggestion(for: reference) ?? "-")
        }
        for duplicate in plan.duplicates { add("duplicate", duplicate.kind.rawValue, duplicate.name) }
        for allowance in plan.allowances {
            let suppression = allowance.suppression
            add("allow", suppression.rule.text, suppression.reason?.text ?? "-")
        }
        self.lines = lines.map { Array($0.utf8) }
    }

    var description: String { lines.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n") }
}

@Suite struct PlanFormatterTests {
    static let goldenNames = FormatterCorpus.goldenNames
    static let allPlans = FormatterCorpus.allPlans

    static func format(_ text: String, path: String = "plan.netplan") throws -> String {
        try PlanFormatter.format(SourceFile(path: path, text: text))
    }

    static func format(bytes: [UInt8]) throws -> String {
        try PlanFormatter.format(SourceFile(path: "plan.netplan", bytes: bytes))
    }

    /// The comments of a text as the formatter keeps them: trailing white space removed.
    static func comments(_ source: SourceFile) -> [[UInt8]] {
        Parser.parse(source).comments.map { Array(PlanFormatter.trimmedTrailingWhiteSpace(source.text($0.range)).utf8) }
    }

    // MARK: - Golden pairs

    @Test func thereAreGoldenPairs() {
        #expect(Self.goldenNames.count >= 10)
        for name in Self.goldenNames {
            let expected = FormatterCorpus.goldens.appendingPathComponent("\(name).expected.netplan")
            #expect(FileManager.default.fileExists(atPath: expected.path), "\(name).expected.netplan is missing")
        }
    }

    /// `NETPLAN_UPDATE_GOLDENS=1` rewrites the expected files; review the diff.
    @Test(arguments: goldenNames)
    func goldenInputFormatsToExpected(name: String) throws {
        let input = try FormatterCorpus.source("Tests/NetplanTests/Fixtures/fmt/\(name).input.netplan")
        let expectedPath = "Tests/NetplanTests/Fixtures/fmt/\(name).expected.netplan"
        let actual = try PlanFormatter.format(input)
        if ProcessInfo.processInfo.environment["NETPLAN_UPDATE_GOLDENS"] == "1" {
            try Data(actual.utf8).write(to: FormatterCorpus.packageRoot.appendingPathComponent(expectedPath))
        }
        let expected = try FormatterCorpus.bytes(expectedPath)
        #expect(actual == String(decoding: expected, as: UTF8.self), "fmt(\(name).input.netplan) differs from \(name).expected.netplan")
        #expect(Array(actual.utf8) == expected, "byte for byte")
        // The golden output is canonical itself.
        #expect(try PlanFormatter.isCanonical(SourceFile(path: expectedPath, bytes: expected)))
    }

    // MARK: - Properties over every plan that parses

    @Test func theCorpusIsFound() {
        #expect(Self.allPlans.contains { $0.hasSuffix("fmt/comments.input.netplan") })
    }

    @Test(arguments: allPlans)
    func formattingKeepsMeaningCommentsAndIsIdempotent(path: String) throws {
        let source = try FormatterCorpus.source(path)
        let tree = Parser.parse(source)
        if tree.hasSyntaxErrors {
            #expect(throws: FormatError.self) { try PlanFormatter.format(tree) }
            return
        }
        let once = try PlanFormatter.format(tree)
        let formatted = SourceFile(path: path, text: once)
        let reparsed = Parser.parse(formatted)
        #expect(!reparsed.hasSyntaxErrors, "the formatted text of \(path) does not parse")

        // Idempotent.
        #expect(try PlanFormatter.format(reparsed) == once)

        // Every comment survives, in order, with its text.
        #expect(reparsed.comments.count == tree.comments.count)
        #expect(Self.comments(formatted) == Self.comments(source))

        // The same plan, and the same findings, but for those fmt fixes
        // (typographic quotes, zero-width characters): they are gone.
        #expect(PlanSummary(Resolver.resolve(reparsed)) == PlanSummary(Resolver.resolve(tree)))
        let fixedByFormatting: Set<String> = [SyntaxMessages.typographicQuotesCode, SyntaxMessages.zeroWidthCharacterCode]
        let before = Checker.check(source).diagnostics.filter { !fixedByFormatting.contains($0.code) }
            .map { "\($0.code) \($0.severity.rawValue) \($0.message.en)" }
        let afterAll = Checker.check(formatted).diagnostics
        let after = afterAll.map { "\($0.code) \($0.severity.rawValue) \($0.message.en)" }
        #expect(after == before)
        #expect(!afterAll.contains { fixedByFormatting.contains($0.code) })

        // One statement a line, no trailing white space, at most one blank line, one final LF.
        #expect(!once.contains("\r"))
        #expect(!once.contains("\n\n\n"))
        #expect(!once.hasPrefix("\n"))
        #expect(once.isEmpty || (once.hasSuffix("\n") && !once.hasSuffix("\n\n")))
        for line in once.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(line.last != " " && line.last != "\t", "trailing white space in \(path): \(line)")
            #expect(line.first != " " && line.first != "\t", "indentation in \(path): \(line)")
        }
        #expect(reparsed.statements.count == tree.statements.count)
        var lines = Set<Int>()
        for statement in reparsed.statements {
            #expect(lines.insert(formatted.lineIndex(of: statement.range.start)).inserted)
        }
    }

    /// Re-spacing a canonical text (random white space between tokens,
    /// indentation, CRLF, extra blank lines, lines joined with `;`) formats back to it.
    @Test(arguments: goldenNames)
    func noisyLayoutsFormatBackToTheCanonicalText(name: String) throws {
        let canonical = try FormatterCorpus.bytes("Tests/NetplanTests/Fixtures/fmt/\(name).expected.netplan")
        let text = String(decoding: canonical, as: UTF8.self)
        for seed in 1...20 {
            var random = LayoutNoise(seed: UInt64(seed))
            let noisy = random.respace(text)
            #expect(try Self.format(noisy) == text, "seed \(seed): \(noisy.debugDescription)")
        }
    }

    // MARK: - Layout details

    @Test func spacingIsSingleAndClausesKeepTheirOrder() throws {
        let input = """
            network   "Tema"   kind velfærdsnetværk
            leader     "Mette Holm"
            diamond a ,b,c ,  d
            core Anne:a,b   via Bo
            participant Erik:
            phase Test from 2027-01-04 to 2027-01-29:invite Erik,Borgere needs c without Anne
            set core-team   4-6
            phase P: invite Erik allow core-left-out   "reason"

            """
        #expect(
            try Self.format(input) == """
                network Tema kind velfærdsnetværk
                leader "Mette Holm"
                diamond a, b, c, d
                core Anne: a, b via Bo
                participant Erik
                phase Test from 2027-01-04 to 2027-01-29: invite Erik, Borgere needs c without Anne
                set core-team 4-6
                phase P: invite Erik allow core-left-out "reason"

                """)
    }

    @Test func statementsJoinedWithSemicolonsAreSplitAndATrailingCommentGoesWithTheLast() throws {
        #expect(
            try Self.format("core Anne: faglighed; core Bo: indsigt;  # both\n;;\n")
                == "core Anne: faglighed\ncore Bo: indsigt  # both\n")
    }

    @Test func commentsStayAtTheirStatements() throws {
        let input = "# first\n\n\n  # own line\ncore Anne: faglighed    # trailing   \n; # alone\nphase P # p\n# last"
        #expect(
            try Self.format(input)
                == "# first\n\n# own line\ncore Anne: faglighed  # trailing\n# alone\nphase P  # p\n# last\n")
    }

    @Test func blankLinesAreAtMostOneAndNeverAtTheEdges() throws {
        #expect(try Self.format("\n\n\ncore A: x\n\n\n\ncore B: y\n\n\n") == "core A: x\n\ncore B: y\n")
        #expect(try Self.format("core A: x\n \t \ncore B: y") == "core A: x\n\ncore B: y\n")
        #expect(try Self.format("") == "")
        #expect(try Self.format("\n\n;\n") == "")
        #expect(try Self.format("# only\n\n") == "# only\n")
    }

    @Test func lineEndsAndByteOrderMarkAreNormalised() throws {
        #expect(try Self.format(bytes: Array("core A: x\r\n\r\n\r\ncore B: y  # c \r\n".utf8)) == "core A: x\n\ncore B: y  # c\n")
        #expect(try Self.format(bytes: [0xEF, 0xBB, 0xBF] + Array("core A: x\n".utf8)) == "core A: x\n")
        #expect(try PlanFormatter.isCanonical(SourceFile(path: "p", text: "core A: x\n")))
        #expect(try !PlanFormatter.isCanonical(SourceFile(path: "p", bytes: [0xEF, 0xBB, 0xBF] + Array("core A: x\n".utf8))))
        #expect(try !PlanFormatter.isCanonical(SourceFile(path: "p", text: "core A: x")))
    }

    @Test func namesAreBareWhenTheyCanBeAndQuotedOtherwise() throws {
        let input = #"""
            core "Anne": "faglighed"
            core "phase": indsigt via "Bo Nielsen"
            participant "2b": x
            participant "Søren": x
            phase "invite": invite "core", "Pårørende"

            """#
        #expect(
            try Self.format(input) == #"""
                core Anne: faglighed
                core "phase": indsigt via "Bo Nielsen"
                participant "2b": x
                participant Søren: x
                phase "invite": invite "core", Pårørende

                """#)
    }

    @Test func escapesAreWrittenBack() throws {
        let input = #"core "Citat \"Ole\" \\ x": faglighed allow lonely-core "sagt \"nej\" \\ ja""# + "\n"
        let output = try Self.format(input)
        #expect(output == input)
        let tree = Parser.parse(SourceFile(path: "p", text: output))
        guard case .participant(let decl) = tree.statements.first?.kind else {
            Issue.record("not a participant")
            return
        }
        #expect(decl.name.text == #"Citat "Ole" \ x"#)
        #expect(tree.statements.first?.suppression?.reason?.text == #"sagt "nej" \ ja"#)
    }

    @Test func settingValuesAreBareWhenTheyCanBe() throws {
        let input = "set core-team \"4-6\"\nset lonely-core \"off\"\nset x \"two words\"\nset y \"set\"\nset z 1.5\n"
        #expect(try Self.format(input) == "set core-team 4-6\nset lonely-core off\nset x \"two words\"\nset y \"set\"\nset z 1.5\n")
    }

    @Test func findingsOfTheCheckerDoNotStopTheFormatter() throws {
        #expect(try Self.format("core  Anne: fagligt\nphase P:  invite Nobody\n") == "core Anne: fagligt\nphase P: invite Nobody\n")
    }

    // MARK: - Refusal

    @Test func aFileWithASyntaxErrorIsRefusedWithItsFirstErrorsPlace() {
        #expect {
            try PlanFormatter.format(SourceFile(path: "plan.netplan", text: "core Anne: x\ncore Bo y\ncore (\n"))
        } throws: { error in
            guard let error = error as? FormatError else { return false }
            return error.path == "plan.netplan" && error.location == NetplanBase.SourceLocation(line: 2, column: 6)
                && error.message.en.hasPrefix("plan.netplan: not formatted: syntax error at 2:6: ")
                && error.message.da.hasPrefix("plan.netplan: ikke formateret: syntaksfejl ved 2:6: ")
        }
    }

    @Test(arguments: [
        "core \"Anne\n",  // unterminated string
        "core Anne: x \\\n",  // stray character
        "phase P from 2027-02-30 to 2027-03-01\n",  // invalid date
        "core \"a\\n\": x\n",  // unknown escape
        "phase: invite x\n",  // missing name
    ])
    func lexicalAndSyntaxErrorsAreRefused(text: String) {
        #expect(throws: FormatError.self) { try Self.format(text) }
    }

    @Test func invalidUTF8IsRefused() {
        #expect(throws: FormatError.self) { try Self.format(bytes: Array("core A: x # ".utf8) + [0xFF, 0x0A]) }
    }
}

/// A seeded source of layout noise: same seed, same noise.
struct LayoutNoise {
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    private mutating func next(_ bound: Int) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Int(state % UInt64(bound))
    }

    private mutating func space() -> String {
        ["", " ", "  ", "\t", " \t "][next(5)]
    }

    /// Re-spaces a canonical text without changing what it says.
    mutating func respace(_ text: String) -> String {
        let source = SourceFile(path: "noise", text: text)
        let stream = Lexer(source: source).tokenize()
        var lines: [(text: String, hasComment: Bool, isBlank: Bool)] = []
        for index in 0..<source.lineCount {
            let range = source.lineContentRange(index)
            if index == source.lineCount - 1, range.length == 0 { break }
            let tokens = stream.tokens.filter {
                range.start <= $0.range.start && $0.range.end <= range.end && $0.kind != .endOfFile
            }
            let comment = stream.comments.first { range.start <= $0.range.start && $0.range.start < range.end }
            var line = space()
            for (position, token) in tokens.enumerated() {
                if position > 0 {
                    let mustSeparate = token.kind != .colon && token.kind != .comma
                        && tokens[position - 1].kind != .comma
                    line += mustSeparate ? " " + space() : space()
                }
                line += source.text(token.range)
            }
            if let comment {
                line += (tokens.isEmpty ? "" : " ") + space() + source.text(comment.range) + space()
            } else {
                line += space()
            }
            lines.append((line, comment != nil, tokens.isEmpty && comment == nil))
        }
        var out = ""
        var index = 0
        while index < lines.count {
            var line = lines[index].text
            // Join with the next line on `;` when neither has a comment and both hold code.
            while next(3) == 0, index + 1 < lines.count, !lines[index].hasComment, !lines[index].isBlank,
                !lines[index + 1].hasComment, !lines[index + 1].isBlank
            {
                index += 1
                line += ";" + space() + lines[index].text
            }
            if lines[index].isBlank, next(2) == 0 { line += "\n" + space() }  // one more blank line
            if !lines[index].hasComment, !lines[index].isBlank, next(4) == 0 { line += ";" }  // an empty statement
            out += line + (next(2) == 0 ? "\r\n" : "\n")
            index += 1
        }
        if next(3) == 0 { out = "\n \n" + out }
        if next(3) == 0 { out += "\n\n" }
        return out
    }
}
