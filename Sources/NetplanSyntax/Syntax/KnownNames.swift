import NetplanBase

/// The names a plan declares and the competences it uses, read from the
/// tokens before parsing (one pass, in any order, as the plan may use a name
/// before the line that declares it). The parser needs them to tell apart
/// slips that look alike:
///
/// - `core Anne faglighed` (a forgotten colon: `faglighed` is a competence)
///   from `core Sanne Kjær` (a name with a space);
/// - `invite Sanne Kjær` (a declared name with a space) from `invite Erik Bo`
///   (two declared names and a forgotten comma).
struct KnownNames {
    /// The workspace's table: a declared name whose value is its bytes (nearly
    /// all) is kept as the id of its NFC form, read without a `String`.
    private let table: NameTable
    private var ids: Set<NameID> = []
    /// The other declared names: runs of words, and values with escapes or
    /// characters to normalise.
    private var names: Set<NameKey> = []
    private var competences: Set<String> = []
    /// The diamond's competences, indexed once for "is this a typo of one".
    private var competenceIndex = SuggestionIndex([])

    /// The most words of an unquoted name with spaces that are remembered.
    private static let longestName = 6

    private static let declaring: Set<Keyword> = [.core, .participant, .group, .leader, .codriver, .reference]

    package init(tokens: TokenBuffer, source: SourceFile, names table: NameTable) {
        self.table = table
        var diamond: [String]?
        var index = 0
        var atStart = true
        while index < tokens.count {
            let token = tokens[index]
            if token.isTerminator {
                atStart = true
                index += 1
                continue
            }
            guard atStart else {
                index += 1
                continue
            }
            atStart = false
            let keyword = Self.statementKeyword(token, source: source)
            if keyword == .diamond, diamond == nil {
                diamond = Self.names(after: index, in: tokens, source: source)
            } else if let keyword, Self.declaring.contains(keyword) {
                rememberDeclaration(after: index, in: tokens, source: source)
            }
            index += 1
        }
        for name in BuiltInGroups.names { names.insert(NameKey(name)) }
        let competenceList = diamond ?? DefaultDiamond.competences
        competences = Set(competenceList.map { $0.lowercased() })
        competenceIndex = SuggestionIndex(competenceList)
    }

    /// The keyword that starts a statement, also when it is written in Danish or misspelt.
    private static func statementKeyword(_ token: Token, source: SourceFile) -> Keyword? {
        switch token.kind {
        case .keyword(let keyword): return keyword
        case .word:
            return KeywordSlip.find(source.fastText(token.range), among: Keyword.statementStarters, strict: false)?.keyword
        default: return nil
        }
    }

    /// The names of a list after a keyword (`diamond a, b`), up to the end of the statement.
    private static func names(after index: Int, in tokens: TokenBuffer, source: SourceFile) -> [String] {
        var found: [String] = []
        var next = index + 1
        while next < tokens.count, !tokens[next].isTerminator {
            switch tokens[next].kind {
            case .word: found.append(source.fastText(tokens[next].range))
            case .string: found.append(source.stringValue(tokens[next].range))
            default: break
            }
            next += 1
        }
        return found
    }

    /// `core Anne`, `core "Bo Nielsen"`, and for `core Sanne Kjær ...` every
    /// run of words from the first (`Sanne Kjær`, `Sanne Kjær faglighed`).
    private mutating func rememberDeclaration(after index: Int, in tokens: TokenBuffer, source: SourceFile) {
        let first = index + 1
        guard first < tokens.count else { return }
        switch tokens[first].kind {
        case .string:
            if let id = source.internedValue(tokens[first].range, quoted: true, in: table) {
                ids.insert(table.canonical(id))
            } else {
                names.insert(NameKey(source.stringValue(tokens[first].range)))
            }
        case .word:
            var text = source.fastText(tokens[first].range)
            names.insert(NameKey(text))
            var next = first + 1
            while next < tokens.count, next - first < Self.longestName, Self.isNamePart(tokens[next], source) {
                text += " " + source.fastText(tokens[next].range)
                names.insert(NameKey(text))
                next += 1
            }
        default:
            break
        }
    }

    /// A token that can continue an unquoted name with spaces: a word, or a
    /// whole number (`Team 2`).
    static func isNamePart(_ token: Token, _ source: SourceFile) -> Bool {
        switch token.kind {
        case .word: return true
        case .literal: return source.bytes[token.range.start..<token.range.end].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        default: return false
        }
    }

    /// Whether the plan declares `name` (or it is a built-in group).
    func isName(_ name: String) -> Bool {
        if names.contains(NameKey(name)) { return true }
        guard !ids.isEmpty, let id = table.id(of: name) else { return false }
        return ids.contains(id)
    }

    /// Whether `word` is a competence of the plan's diamond (or of the default one), in any case.
    func isCompetence(_ word: String) -> Bool { competences.contains(word.lowercased()) }

    /// Whether `word` reads as a competence: it is one, or it is a lower-case
    /// word a typo away from one (`fagligheed`). Names start with a capital
    /// letter, competences do not.
    func looksLikeCompetence(_ word: String) -> Bool {
        if isCompetence(word) { return true }
        guard let first = word.unicodeScalars.first, first.properties.isLowercase else { return false }
        return competenceIndex.closest(to: word) != nil
    }
}
