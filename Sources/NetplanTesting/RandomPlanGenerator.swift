import NetplanSyntax
import NetplanCheck

/// Generates varied plans without syntax errors, for property tests: every
/// statement kind, bare and quoted names (spaces, æøå, the escapes `\"` and
/// `\\`, keywords and digits in quotes), `via`, phases with and without dates,
/// the three clauses in any order, settings, suppressions, comments on their
/// own line and after code, blank lines, statements joined with `;`, random
/// white space between tokens, and sometimes CR LF line ends.
///
/// The plans are syntactically valid, not necessarily sensible: unknown names,
/// duplicates, broken referrals, dates in the wrong order and unused
/// suppressions are checker findings, and they occur on purpose.
public struct RandomPlanGenerator: Sendable {
    public var seed: UInt64
    /// The largest number of statements of each kind (participants, phases).
    public var maxDeclarations: Int
    public var maxPhases: Int
    /// Whether names with accents are written sometimes precomposed (NFC) and
    /// sometimes decomposed (NFD, `e` + U+0301), as different editors save
    /// them: one name, two spellings. Off by default, so that the plans of
    /// existing seeds stay as they are.
    public var mixesNormalForms: Bool

    public init(seed: UInt64, maxDeclarations: Int = 12, maxPhases: Int = 6, mixesNormalForms: Bool = false) {
        self.seed = seed
        self.maxDeclarations = maxDeclarations
        self.maxPhases = maxPhases
        self.mixesNormalForms = mixesNormalForms
    }

    /// Names that can be written bare (and, equally, quoted).
    static let bareNames = [
        "Anne", "Bo", "Erik", "Karen", "Lars", "Søren", "Åse", "Ærtebjerg", "Øjvind", "Anne-Marie", "Team_2",
        "Hjemmepleje-Nord", "Idé", "Network", "Phase", "fase", "kerne", "Zoë", "Ωmega", "Ñandú",
    ]
    /// Names that must be quoted: spaces, punctuation, digits first, keywords, escapes.
    static let quotedNames = [
        "Bo Nielsen", "Jonas Berg", "Mette Holm", "3F", "Dagcenter Solsikken", "Børne- og Ungeforvaltningen",
        "Foreningen \"Aktive Ældre\"", "Team \\ Nord", "Team #2", "a;b", "x: y, z", "phase", "to", "via", "allow",
        "set", "from", "invite", "  spaces  ", "Café\u{301}", "\u{00A0}nbsp", "'apostrof'", "emoji 🙂",
    ]
    /// Names with letters that have a decomposed spelling, for `mixesNormalForms`.
    static let accentedNames = ["René", "Åse Ørum", "Zoë", "Noël", "Bjørn Sørensen", "Jesús", "Ångström", "Idé"]
    package static let builtIn = BuiltInGroups.names
    static let unknownNames = ["Borgre", "Ukendt", "Erikk", "Nobody At All", "ANNE"]
    static let otherCompetences = ["viden", "mod", "midler", "Faglighed", "ekstra kompetence"]
    package static let kinds = ["velfærdsnetværk", "læringsnetværk", "innovationsnetværk", "ukendt type", "3. generation"]
    static let ruleNames = [
        "core-left-out", "NP202", "never-involved", "always-invited", "competence-missing", "need-uncovered",
        "missing-role", "no-competence", "empty-phase", "no-citizen-perspective", "overlapping-phases",
        "without-not-core", "NP210", "unknown-name", "no-such-rule",
    ]
    package static let severities = ["off", "note", "warning", "error", "loud"]
    static let commentTexts = [
        "kommentar", "kernedeltager: med i alle faser", "# dobbelt", "\"citat\" ; ikke en linje", "æøå ÆØÅ",
        "", "   indrykket", "phase Ikke: invite Nogen", "tab\there", "trailing space   ",
    ]

    /// One plan's text.
    public func plan() -> String {
        var builder = Builder(random: SeededRandom(seed: seed &* 0x2545_F491_4F6C_DD1D &+ 17))
        builder.mixesNormalForms = mixesNormalForms
        builder.build(maxDeclarations: maxDeclarations, maxPhases: maxPhases)
        return builder.text()
    }

    /// A plan for each of the seeds.
    public static func plans(seeds: Range<UInt64>) -> [String] {
        seeds.map { RandomPlanGenerator(seed: $0).plan() }
    }

    /// Quotes a name, escaping `"` and `\`.
    public static func quoted(_ name: String) -> String { Quoting.quoted(name) }

    /// Builds the statements, then lays them out into lines.
    package struct Builder {
        var random: SeededRandom
        /// Statements of the plan (without terminators), each with an optional trailing comment.
        package var statements: [(code: String, comment: String?)] = []
        package var declared: [String] = []
        package var competences: [String] = DefaultDiamond.competences
        var crlf = false
        var mixesNormalForms = false

        package init(random: SeededRandom) {
            self.random = random
        }

        package mutating func pick(_ items: [String]) -> String {
            random.pick(items) ?? ""
        }

        /// White space between tokens: usually one space, sometimes more, tabs, or none where allowed.
        package mutating func space(optional: Bool = false) -> String {
            let roll = random.below(20)
            switch roll {
            case 0: return optional ? "" : " "
            case 1: return "  "
            case 2: return "\t"
            case 3: return " \t  "
            case 4: return optional ? "" : "   "
            default: return " "
            }
        }

        /// A name as written: bare when it may be and the dice say so, else quoted.
        package mutating func written(_ name: String) -> String {
            var name = name
            if mixesNormalForms {
                name = random.chance(0.5)
                    ? name.decomposedStringWithCanonicalMapping : name.precomposedStringWithCanonicalMapping
            }
            if Self.canBeBare(name), random.chance(0.75) { return name }
            return RandomPlanGenerator.quoted(name)
        }

        /// Whether `name` is a word: a letter first, then letters, digits, marks, `_`, `-`; not a keyword.
        static func canBeBare(_ name: String) -> Bool {
            guard let first = name.unicodeScalars.first, first.properties.isAlphabetic else { return false }
            if Keyword.lookup(name) != nil { return false }
            for scalar in name.unicodeScalars {
                let properties = scalar.properties
                if properties.isAlphabetic || properties.numericType == .decimal || scalar == "_" || scalar == "-" {
                    continue
                }
                switch properties.generalCategory {
                case .nonspacingMark, .spacingMark, .enclosingMark: continue
                default: return false
                }
            }
            return true
        }

        /// A comma-separated list of one or more names.
        package mutating func list(_ names: [String]) -> String {
            var out = ""
            for (index, name) in names.enumerated() {
                if index > 0 { out += space(optional: true) + "," + space(optional: true) }
                out += written(name)
            }
            return out
        }

        package mutating func someOf(_ pool: [String], min low: Int, max high: Int) -> [String] {
            let count = low + random.below(high - low + 1)
            return (0..<count).map { _ in pick(pool) }
        }

        mutating func personName() -> String {
            if mixesNormalForms, random.chance(0.5) { return pick(RandomPlanGenerator.accentedNames) }
            switch random.below(10) {
            case 0...4: return pick(RandomPlanGenerator.bareNames)
            case 5...7: return pick(RandomPlanGenerator.quotedNames)
            default: return "\(pick(RandomPlanGenerator.bareNames)) \(random.below(100))"
            }
        }

        /// A name used in a reference: mostly declared, sometimes built in or unknown.
        mutating func referencedName() -> String {
            let roll = random.below(10)
            if roll < 6, !declared.isEmpty { return pick(declared) }
            if roll < 8 { return pick(RandomPlanGenerator.builtIn) }
            return pick(RandomPlanGenerator.unknownNames)
        }

        package mutating func competence() -> String {
            random.chance(0.9) ? pick(competences) : pick(RandomPlanGenerator.otherCompetences)
        }

        package mutating func date() -> String {
            let year = 2026 + random.below(3)
            let month = 1 + random.below(12)
            let day = 1 + random.below(28)
            return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        }

        package mutating func suppression() -> String {
            guard random.chance(0.12) else { return "" }
            let reasons = ["Anne er på kursus", "aftalt med \"referencelederen\"", "æøå \\ skråstreg", "x"]
            return space() + "allow" + space() + written(pick(RandomPlanGenerator.ruleNames)) + space()
                + RandomPlanGenerator.quoted(pick(reasons))
        }

        package mutating func add(_ code: String) {
            let comment = random.chance(0.15) ? pick(RandomPlanGenerator.commentTexts) : nil
            statements.append((code + suppression(), comment))
        }

        package mutating func build(maxDeclarations: Int, maxPhases: Int) {
            crlf = random.chance(0.2)
            if random.chance(0.7) {
                var code = "network" + space() + written(pick(["Mindre ensomhed", "Byhaver", "Sund aldring"] + RandomPlanGenerator.quotedNames))
                if random.chance(0.6) { code += space() + "kind" + space() + written(pick(RandomPlanGenerator.kinds)) }
                add(code)
            }
            for role in ["leader", "codriver", "reference"] where random.chance(0.6) {
                add(role + space() + written(personName()))
            }
            if mixesNormalForms, random.chance(0.4) {
                competences = ["idé", "indsigt", "café-tid", "handlekraft"]
                add("diamond" + space() + list(competences))
            } else if random.chance(0.2) {
                competences = random.chance(0.5) ? ["viden", "indsigt", "midler", "mod"] : ["faglighed", "Ærlighed", "tid og rum"]
                add("diamond" + space() + list(competences))
            }
            let declarations = random.below(maxDeclarations + 1)
            for _ in 0..<declarations {
                let kindRoll = random.below(10)
                let kind = kindRoll < 4 ? "core" : kindRoll < 8 ? "participant" : "group"
                let name = kind == "group" && random.chance(0.5) ? pick(RandomPlanGenerator.builtIn) : personName()
                var code = kind + space() + written(name)
                let competenceCount = random.below(5) - 1  // -1: no colon at all
                if competenceCount >= 0 {
                    code += space(optional: true) + ":"
                    if competenceCount > 0 {
                        code += space(optional: true) + list((0..<competenceCount).map { _ in competence() })
                    }
                }
                if random.chance(0.3) {
                    code += space() + "via" + space() + written(random.chance(0.85) ? referencedName() : name)
                }
                declared.append(name)
                add(code)
            }
            let phases = random.below(maxPhases + 1)
            var phaseNames: [String] = []
            for index in 0..<phases {
                let name = random.chance(0.1) && !phaseNames.isEmpty
                    ? pick(phaseNames)
                    : pick(["Opstart", "Idé", "Test", "Evaluering og spredning", "to", "Fase \(index)", "Afrunding"])
                phaseNames.append(name)
                var code = "phase" + space() + written(name)
                if random.chance(0.4) {
                    code += space() + "from" + space() + date() + space() + "to" + space() + date()
                }
                if random.chance(0.8) {
                    code += space(optional: true) + ":"
                    for _ in 0..<random.below(5) {
                        switch random.below(3) {
                        case 0: code += space() + "invite" + space() + list((0..<(1 + random.below(3))).map { _ in referencedName() })
                        case 1: code += space() + "needs" + space() + list((0..<(1 + random.below(2))).map { _ in competence() })
                        default: code += space() + "without" + space() + list((0..<(1 + random.below(2))).map { _ in referencedName() })
                        }
                    }
                }
                add(code)
            }
            for _ in 0..<random.below(3) {
                switch random.below(3) {
                case 0:
                    let low = 1 + random.below(5)
                    add("set" + space() + "core-team" + space() + "\(low)-\(low + random.below(5))")
                case 1:
                    add("set" + space() + written(pick(RandomPlanGenerator.ruleNames)) + space() + written(pick(RandomPlanGenerator.severities)))
                default:
                    add("set" + space() + "core-team" + space() + "3-7")
                }
            }
            // Settings and declarations may stand anywhere; phases keep their order among themselves.
            shuffleNonPhases()
        }

        /// Moves some non-phase statements to random places, keeping the phases in order.
        mutating func shuffleNonPhases() {
            guard statements.count > 1 else { return }
            for _ in 0..<random.below(statements.count) {
                let from = random.below(statements.count)
                guard !statements[from].code.hasPrefix("phase") else { continue }
                let statement = statements.remove(at: from)
                statements.insert(statement, at: random.below(statements.count + 1))
            }
        }

        /// The statements laid out into lines: own-line comments, blank lines, `;`, indentation.
        package mutating func text() -> String {
            let newline = crlf ? "\r\n" : "\n"
            var out = ""
            if random.chance(0.3) { out += "#" + space(optional: true) + pick(RandomPlanGenerator.commentTexts) + newline }
            var index = 0
            while index < statements.count {
                if random.chance(0.1) { out += newline }
                if random.chance(0.08) { out += space() + "#" + pick(RandomPlanGenerator.commentTexts) + newline }
                if random.chance(0.05) { out += ";" + space(optional: true) }
                if random.chance(0.15) { out += space() }
                // A line holds one statement, or several joined with `;` (only the last may have a comment).
                var line = statements[index].code
                var comment = statements[index].comment
                index += 1
                while comment == nil, index < statements.count, random.chance(0.15) {
                    line += space(optional: true) + ";" + (random.chance(0.1) ? ";" : "") + space(optional: true)
                    line += statements[index].code
                    comment = statements[index].comment
                    index += 1
                }
                if random.chance(0.05) { line += space(optional: true) + ";" }
                if random.chance(0.1) { line += space() }
                if let comment { line += space(optional: true) + "#" + comment }
                out += line
                if index < statements.count || random.chance(0.8) { out += newline }
            }
            if random.chance(0.1) { out += newline + newline }
            if random.chance(0.1) { out += "# slut" }
            return out
        }
    }
}
