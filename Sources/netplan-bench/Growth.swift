import Foundation
import NetplanBase
import NetplanCheck
import NetplanSyntax
import NetplanLanguageServer

/// Growth: plans built to stress one part of the checker, checked at 1x and at
/// 4x their size. Linear work gives a ratio near 4, quadratic work near 16.
/// Each case is a plan of `n` units (participants, phases, names, ...), so
/// the 4x plan has four times as many of each.
struct GrowthCase: Sendable {
    let name: String
    /// What grows.
    let what: String
    let plan: @Sendable (Int) -> String

    static let all: [GrowthCase] = [
        GrowthCase(name: "suggestions", what: "n participants, n phases each inviting one of them misspelt", plan: suggestions),
        GrowthCase(name: "suppressions", what: "n phases leaving a core participant out, each with `allow`", plan: suppressions),
        GrowthCase(name: "uncovered-needs", what: "n participants never invited, n phases needing what they bring", plan: uncoveredNeeds),
        GrowthCase(name: "long-lists", what: "a diamond of n competences, one phase needing, inviting and leaving out n", plan: longLists),
        GrowthCase(name: "capped-findings", what: "n findings of each of several codes, beyond the per-code cap", plan: cappedFindings),
        GrowthCase(name: "core-phases", what: "n core participants in n phases", plan: corePhases),
        GrowthCase(name: "referrals-duplicates", what: "a referral chain and circle of n, n names declared twice", plan: referralsAndDuplicates),
        GrowthCase(name: "overlapping-phases", what: "n dated phases, each overlapping the one before", plan: overlappingPhases),
    ]

    static func named(_ name: String) -> GrowthCase? { all.first { $0.name == name } }

    static let diamond = "core K1: faglighed\ncore K2: indsigt\ncore K3: ressourcer\ncore K4: handlekraft\n"

    static func suggestions(_ n: Int) -> String {
        var out = diamond
        for i in 0..<n { out += "participant \"Deltager nummer \(i)\": indsigt\n" }
        for i in 0..<n { out += "phase F\(i): invite \"Deltager nummer \(i)\", \"Deltagr nummer \(i)\"\n" }
        return out
    }

    static func suppressions(_ n: Int) -> String {
        var out = diamond
        for i in 0..<n { out += "phase F\(i): without K1 allow core-left-out \"K1 er på kursus\"\n" }
        return out
    }

    static func uncoveredNeeds(_ n: Int) -> String {
        var out = "core K1: faglighed\ncore K2: faglighed\ncore K3: faglighed\ncore K4: faglighed, indsigt, handlekraft\n"
        for i in 0..<n { out += "participant P\(i): ressourcer\n" }
        for i in 0..<n { out += "phase F\(i): needs ressourcer\n" }
        return out
    }

    static func longLists(_ n: Int) -> String {
        let competences = (0..<n).map { "k\($0)" }.joined(separator: ", ")
        var out = "diamond \(competences)\ncore K1: \(competences)\n"
        for i in 0..<n { out += "participant P\(i): k\(i)\nparticipant Q\(i): k\(i)\n" }
        out += "phase Stor: invite " + (0..<n).map { "P\($0)" }.joined(separator: ", ")
        out += " without " + (0..<n).map { "Q\($0)" }.joined(separator: ", ")
        out += " needs \(competences)\n"
        out += "phase Lille: invite " + (0..<n).map { "Q\($0)" }.joined(separator: ", ") + "\n"
        return out
    }

    static func cappedFindings(_ n: Int) -> String {
        // Unknown competences (NP101, with the diamond in a note), empty phases,
        // participants with no competence, never invited.
        var out = ""
        for i in 0..<n { out += "participant P\(i): resurser\(i % 10)\n" }
        for i in 0..<n { out += "phase F\(i)\n" }
        return out
    }

    static func corePhases(_ n: Int) -> String {
        var out = ""
        for i in 0..<n { out += "core K\(i): faglighed, indsigt, ressourcer, handlekraft\n" }
        for i in 0..<n { out += "phase F\(i): needs faglighed, indsigt\n" }
        return out
    }

    static func referralsAndDuplicates(_ n: Int) -> String {
        var out = diamond
        for i in 0..<n { out += "participant C\(i): indsigt via C\(i == 0 ? n - 1 : i - 1)\n" }
        for i in 0..<n { out += "participant L\(i): indsigt\(i == 0 ? "" : " via L\(i - 1)")\n" }
        for i in 0..<n { out += "participant L\(i): faglighed\n" }
        out += "phase Alle: invite " + (0..<n).flatMap { ["C\($0)", "L\($0)"] }.joined(separator: ", ") + "\n"
        return out
    }

    static func overlappingPhases(_ n: Int) -> String {
        var out = diamond
        for i in 0..<n {
            let month = 1 + i % 12
            let year = 2027 + i / 12
            let pad = month < 10 ? "0" : ""
            out += "phase F\(i) from \(year)-\(pad)\(month)-01 to \(year + 1)-\(pad)\(month)-28\n"
        }
        return out
    }
}

extension Benchmark {
    /// Times the check of each growth case at 1x and 4x and prints the ratio.
    func measureGrowth() {
        print("\nGrowth: time of `Checker.check` at 4x / at 1x, n = \(options.growthSize) (linear ~4, quadratic ~16)")
        print(pad("case", 22) + pad("1x", 12) + pad("4x", 12) + pad("4x/1x", 8) + "what grows")
        for growth in GrowthCase.all where options.growthCases.isEmpty || options.growthCases.contains(growth.name) {
            let small = Array(growth.plan(options.growthSize).utf8)
            let large = Array(growth.plan(options.growthSize * 4).utf8)
            let one = best { sink &+= Checker.check(SourceFile(path: "growth.netplan", bytes: small)).diagnostics.count }
            let four = best { sink &+= Checker.check(SourceFile(path: "growth.netplan", bytes: large)).diagnostics.count }
            let ratio = four / one
            print(
                pad(growth.name, 22) + pad(format(one * 1000, "ms"), 12) + pad(format(four * 1000, "ms"), 12)
                    + pad(String(format: "%.1f", ratio), 8) + growth.what + (ratio > 8 ? "  <- NOT linear" : ""))
        }
    }

    /// `--only growth:NAME:SCALE`: checks one growth plan once, for callgrind.
    /// Generating the plan is outside `Checker.check`, so
    /// `--toggle-collect='*Checker*check*'` counts the check alone.
    func runGrowthOnce(_ what: String) -> Int32 {
        let parts = what.split(separator: ":").map(String.init)
        guard parts.count == 3, let growth = GrowthCase.named(parts[1]), let scale = Int(parts[2]), scale > 0 else {
            let names = GrowthCase.all.map(\.name).joined(separator: ", ")
            FileHandle.standardError.write(Data("netplan-bench: --only growth:NAME:SCALE, with NAME one of \(names)\n".utf8))
            return 2
        }
        let bytes = Array(growth.plan(options.growthSize * scale).utf8)
        sink &+= Checker.check(SourceFile(path: "growth.netplan", bytes: bytes)).diagnostics.count
        return 0
    }
}
