import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanSyntax
@testable import NetplanCheck

/// The VS Code grammar, checked without VS Code: every regex compiles, and a
/// small line-based TextMate tokenizer (earliest match wins, ties go to the
/// first pattern, as in vscode-textmate) gives the scopes the lexer expects.
@Suite struct TextMateGrammarTests {
    static let grammarURL = TestSupport.packageRoot.appendingPathComponent("editors/vscode/syntaxes/netplan.tmLanguage.json")

    static func loadGrammar() throws -> [String: Any] {
        let data = try Data(contentsOf: grammarURL)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// Every `match`, `begin` and `end` in the grammar, with where it is.
    static func regexes(in value: Any, path: String = "") -> [(String, String)] {
        var found: [(String, String)] = []
        if let object = value as? [String: Any] {
            for (key, child) in object {
                if ["match", "begin", "end"].contains(key), let regex = child as? String {
                    found.append(("\(path)/\(key)", regex))
                } else {
                    found += regexes(in: child, path: "\(path)/\(key)")
                }
            }
        } else if let array = value as? [Any] {
            for (index, child) in array.enumerated() { found += regexes(in: child, path: "\(path)/\(index)") }
        }
        return found
    }

    @Test func everyRegexCompiles() throws {
        let grammar = try Self.loadGrammar()
        #expect(grammar["scopeName"] as? String == "source.netplan")
        let regexes = Self.regexes(in: grammar)
        #expect(regexes.count >= 10)
        for (path, regex) in regexes {
            #expect(throws: Never.self, "\(path): \(regex)") { _ = try NSRegularExpression(pattern: regex) }
        }
    }

    @Test func manifestAndLanguageConfigurationAreConsistent() throws {
        let folder = TestSupport.packageRoot.appendingPathComponent("editors/vscode")
        let manifest = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("package.json")))
                as? [String: Any])
        let contributes = try #require(manifest["contributes"] as? [String: Any])
        let languages = try #require(contributes["languages"] as? [[String: Any]])
        #expect(languages.first?["extensions"] as? [String] == [".netplan"])
        let grammars = try #require(contributes["grammars"] as? [[String: Any]])
        let grammarPath = try #require(grammars.first?["path"] as? String)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(grammarPath).path))
        let main = try #require(manifest["main"] as? String)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(main).path))
        let configuration = try #require(
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: folder.appendingPathComponent("language-configuration.json"))) as? [String: Any])
        #expect((configuration["comments"] as? [String: Any])?["lineComment"] as? String == "#")
        let pairs = try #require(configuration["autoClosingPairs"] as? [[String: Any]])
        #expect(pairs.contains { $0["open"] as? String == "\"" })
    }

    // MARK: - A small TextMate tokenizer

    final class Rule {
        var match: NSRegularExpression?
        var begin: NSRegularExpression?
        var end: NSRegularExpression?
        var name: String?
        var captures: [Int: (name: String?, patterns: [Rule])] = [:]
        var beginCaptures: [Int: (name: String?, patterns: [Rule])] = [:]
        var endCaptures: [Int: (name: String?, patterns: [Rule])] = [:]
        var patterns: [Rule] = []
    }

    /// Builds rules, resolving `#repository` includes (no recursion in this grammar's includes beyond one level).
    static func rules(_ list: [Any], repository: [String: Any]) throws -> [Rule] {
        var result: [Rule] = []
        for item in list {
            guard let object = item as? [String: Any] else { continue }
            if let include = object["include"] as? String, include.hasPrefix("#") {
                let target = try #require(repository[String(include.dropFirst())], "missing \(include)")
                result += try rules([target], repository: repository)
                continue
            }
            if object["match"] == nil, object["begin"] == nil, let nested = object["patterns"] as? [Any] {
                result += try rules(nested, repository: repository)
                continue
            }
            let rule = Rule()
            rule.name = object["name"] as? String
            if let match = object["match"] as? String { rule.match = try NSRegularExpression(pattern: match) }
            if let begin = object["begin"] as? String { rule.begin = try NSRegularExpression(pattern: begin) }
            if let end = object["end"] as? String { rule.end = try NSRegularExpression(pattern: end) }
            rule.captures = try captures(object["captures"], repository: repository)
            rule.beginCaptures = try captures(object["beginCaptures"], repository: repository)
            rule.endCaptures = try captures(object["endCaptures"], repository: repository)
            rule.patterns = try rules(object["patterns"] as? [Any] ?? [], repository: repository)
            result.append(rule)
        }
        return result
    }

    static func captures(_ value: Any?, repository: [String: Any]) throws -> [Int: (name: String?, patterns: [Rule])] {
        var result: [Int: (name: String?, patterns: [Rule])] = [:]
        for (key, child) in value as? [String: Any] ?? [:] {
            guard let index = Int(key), let object = child as? [String: Any] else { continue }
            result[index] = (object["name"] as? String, try rules(object["patterns"] as? [Any] ?? [], repository: repository))
        }
        return result
    }

    /// Scopes for each UTF-16 unit of a line.
    static func scopes(of line: String, rules: [Rule]) -> [[String]] {
        let text = line as NSString
        var scopes = [[String]](repeating: [], count: text.length)
        func add(_ scope: String?, _ range: NSRange) {
            guard let scope, range.location != NSNotFound else { return }
            for index in range.location..<min(range.location + range.length, scopes.count) { scopes[index].append(scope) }
        }
        func applyCaptures(_ captures: [Int: (name: String?, patterns: [Rule])], _ result: NSTextCheckingResult) {
            for (index, capture) in captures where index < result.numberOfRanges {
                let range = result.range(at: index)
                guard range.location != NSNotFound else { continue }
                add(capture.name, range)
                if !capture.patterns.isEmpty { run(capture.patterns, from: range.location, to: range.location + range.length) }
            }
        }
        func run(_ rules: [Rule], from start: Int, to limit: Int) {
            var position = start
            while position < limit {
                var best: (Rule, NSTextCheckingResult)?
                for rule in rules {
                    guard let regex = rule.match ?? rule.begin,
                        let found = regex.firstMatch(
                            in: line, options: [.withTransparentBounds], range: NSRange(location: position, length: limit - position))
                    else { continue }
                    if best == nil || found.range.location < (best?.1.range.location ?? Int.max) { best = (rule, found) }
                }
                guard let (rule, found) = best else { return }
                if rule.match != nil {
                    add(rule.name, found.range)
                    applyCaptures(rule.captures, found)
                    position = max(found.range.location + found.range.length, found.range.location + 1)
                } else if let end = rule.end {
                    let bodyStart = found.range.location + found.range.length
                    applyCaptures(rule.beginCaptures, found)
                    // The first end match after the begin, skipping what inner patterns consume.
                    var cursor = bodyStart
                    var stop = limit
                    while cursor <= limit {
                        let endMatch = end.firstMatch(
                            in: line, options: [.withTransparentBounds], range: NSRange(location: cursor, length: limit - cursor))
                        let inner = rule.patterns.compactMap { innerRule -> NSTextCheckingResult? in
                            innerRule.match?.firstMatch(
                                in: line, options: [.withTransparentBounds], range: NSRange(location: cursor, length: limit - cursor))
                        }.min { $0.range.location < $1.range.location }
                        if let inner, inner.range.length > 0, inner.range.location < (endMatch?.range.location ?? Int.max) {
                            let innerRule = rule.patterns.first { $0.match?.pattern == inner.regularExpression?.pattern }
                            add(innerRule?.name, inner.range)
                            cursor = inner.range.location + inner.range.length
                            continue
                        }
                        if let endMatch {
                            applyCaptures(rule.endCaptures, endMatch)
                            stop = endMatch.range.location + endMatch.range.length
                        }
                        break
                    }
                    add(rule.name, NSRange(location: found.range.location, length: stop - found.range.location))
                    position = max(stop, found.range.location + 1)
                } else {
                    position += 1
                }
            }
        }
        run(rules, from: 0, to: text.length)
        return scopes
    }

    /// The plans to check: the samples, the valid fixtures, and one inline plan using every construct.
    static func samplePlans() throws -> [(String, String)] {
        var plans: [(String, String)] = [
            (
                "inline",
                """
                # Netværket
                network "Mindre ensomhed" kind velfærd  # tema
                leader "Mette Holm"; codriver Jonas
                reference "Lise \\"Dam\\""
                diamond faglighed, indsigt, ressourcer, handlekraft
                core Anne: faglighed, handlekraft
                core "Bo Nielsen": faglighed via Anne allow core-team "kun midlertidigt"
                participant Erik: ressourcer via "Bo Nielsen"
                group Pårørende: indsigt
                set core-team 3-6
                phase Idé from 2026-03-01 to 2026-03-31: invite Borgere, Erik needs indsigt without Anne
                phase "Test 😀": needs ressourcer
                participant Lise: indsigt unit "Ældre og Handicap" status bekræftet note "sognepræst" contact "ld@example.dk"
                leader "Mette Holm" unit Sundhed status kontaktet
                phase Opdagelse from 1/3-2027 to 31.3.2027 note "to centre": invite Borgere for "fortæller om hverdagen", Lise
                meeting "Kick-off" on 2027-03-02 14.00-16.00 in Opdagelse place "Rådhuset" note "kaffe"
                """
            )
        ]
        let fileManager = FileManager.default
        for folder in ["samples", "Tests/NetplanTests/Fixtures"] {
            let url = TestSupport.packageRoot.appendingPathComponent(folder)
            guard let names = try? fileManager.contentsOfDirectory(atPath: url.path) else { continue }
            for name in names.sorted() where name.hasSuffix(".netplan") {
                let data = try Data(contentsOf: url.appendingPathComponent(name))
                guard let text = String(data: data, encoding: .utf8), !text.contains("\u{0}") else { continue }
                plans.append(("\(folder)/\(name)", text))
            }
        }
        return plans
    }

    @Test func keywordsCommentsAndStringsGetTheirScopes() throws {
        let grammar = try Self.loadGrammar()
        let repository = grammar["repository"] as? [String: Any] ?? [:]
        let rules = try Self.rules(grammar["patterns"] as? [Any] ?? [], repository: repository)
        var checkedKeywords = 0
        var checkedComments = 0
        for (name, text) in try Self.samplePlans() {
            let source = SourceFile(path: name, text: text)
            let stream = Lexer(source: source).tokenize()
            var scopesByLine: [Int: [[String]]] = [:]
            /// The scopes at a byte offset: the line is tokenized on its own, as TextMate does.
            func scopes(at offset: Int) -> [String] {
                let line = source.lineIndex(of: offset)
                let content = source.lineContentRange(line)
                if scopesByLine[line] == nil {
                    scopesByLine[line] = Self.scopes(of: source.text(content), rules: rules)
                }
                let column = source.text(SourceRange(content.start, offset)).utf16.count
                let lineScopes = scopesByLine[line] ?? []
                return column < lineScopes.count ? lineScopes[column] : []
            }
            for token in stream.tokens {
                switch token.kind {
                case .keyword(let keyword):
                    let expected =
                        Keyword.statementStarters.contains(keyword)
                        ? "keyword.control.statement.netplan" : "keyword.other.clause.netplan"
                    let found = scopes(at: token.range.start)
                    #expect(found.contains(expected), "\(name): `\(keyword.rawValue)` has \(found)")
                    checkedKeywords += 1
                case .string:
                    let found = scopes(at: token.range.start)
                    #expect(found.contains("string.quoted.double.netplan"), "\(name): a string has \(found)")
                case .literal:
                    let found = scopes(at: token.range.start)
                    #expect(found.contains { $0.hasPrefix("constant.numeric") }, "\(name): a literal has \(found)")
                    // No part of a literal (`1/3-2027`, `14.00-16.00`) is marked as a mistake.
                    let text = source.text(token.range)
                    for (offset, _) in text.utf8.enumerated() where offset > 0 {
                        let inside = scopes(at: token.range.start + offset)
                        #expect(
                            !inside.contains { $0.hasPrefix("invalid") }, "\(name): `\(text)` has \(inside) at \(offset)")
                    }
                default:
                    break
                }
            }
            for comment in stream.comments {
                let found = scopes(at: comment.range.start)
                #expect(found.contains("comment.line.number-sign.netplan"), "\(name): a comment has \(found)")
                checkedComments += 1
            }
        }
        #expect(checkedKeywords > 20)
        #expect(checkedComments > 2)
    }

    @Test func declaredNamesAreEntityNames() throws {
        let grammar = try Self.loadGrammar()
        let rules = try Self.rules(grammar["patterns"] as? [Any] ?? [], repository: grammar["repository"] as? [String: Any] ?? [:])
        let cases: [(String, String, String)] = [
            ("core Anne: faglighed", "Anne", "entity.name.type.participant.netplan"),
            ("participant \"Bo Nielsen\" via Anne", "Bo", "entity.name.type.participant.netplan"),
            ("group Pårørende: indsigt", "Pårørende", "entity.name.type.group.netplan"),
            ("phase Idé: invite Borgere", "Idé", "entity.name.function.phase.netplan"),
            ("leader \"Mette Holm\"", "Mette", "entity.name.tag.role.netplan"),
            ("network Netværk kind velfærd", "Netværk", "entity.name.namespace.network.netplan"),
            ("meeting \"Kick-off\" on 2027-01-06", "Kick", "entity.name.function.meeting.netplan"),
            ("meeting Værksted on 2027-01-06 14.00-16.00 in Idé", "14.00", "constant.numeric.time.netplan"),
            ("meeting Værksted on 2027-01-06 14.00-16.00 in Idé", "16.00", "constant.numeric.time.netplan"),
            ("phase Opstart from 1/3-2027 to 2027-03-31", "/3", "constant.numeric.netplan"),
        ]
        for (line, needle, scope) in cases {
            let scopes = Self.scopes(of: line, rules: rules)
            let location = (line as NSString).range(of: needle).location
            #expect(scopes[location].contains(scope), "\(line): \(scopes[location])")
        }
        // A word that only contains a keyword is not one.
        let scopes = Self.scopes(of: "core Kerne-core: faglighed", rules: rules)
        #expect(!scopes[11].contains("keyword.control.statement.netplan"))
        // Escapes inside a string.
        let escaped = Self.scopes(of: #"leader "a \" b""#, rules: rules)
        #expect(escaped[10].contains("constant.character.escape.netplan"))
    }

    /// The grammar's keyword lists are the lexer's: the statement keywords,
    /// the others, and the list of words a declared name cannot be.
    @Test func keywordListsAreTheLexers() throws {
        let grammar = try Self.loadGrammar()
        let repository = try #require(grammar["repository"] as? [String: Any])
        func words(_ pattern: String, after marker: String) -> Set<String> {
            guard let start = pattern.range(of: marker) else { return [] }
            let rest = pattern[start.upperBound...]
            guard let end = rest.firstIndex(of: ")") else { return [] }
            return Set(rest[..<end].split(separator: "|").map(String.init))
        }
        let statement = (repository["statement-keyword"] as? [String: Any])?["match"] as? String ?? ""
        let clause = (repository["clause-keyword"] as? [String: Any])?["match"] as? String ?? ""
        let starters = Set(Keyword.statementStarters.map(\.rawValue))
        let others = Set(Keyword.allCases.map(\.rawValue)).subtracting(starters)
        #expect(words(statement, after: "_-])(") == starters)
        #expect(words(clause, after: "_-])(") == others)
        let declarations = (repository["declaration"] as? [String: Any])?["patterns"] as? [[String: Any]] ?? []
        #expect(declarations.count >= 8)
        for declaration in declarations {
            let match = declaration["match"] as? String ?? ""
            #expect(words(match, after: "(?!(?:") == Set(Keyword.allCases.map(\.rawValue)), "\(match.prefix(60))")
        }
    }
}
