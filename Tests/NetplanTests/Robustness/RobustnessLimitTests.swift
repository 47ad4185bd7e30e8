import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanViews
@testable import NetplanCLI
@testable import NetplanTesting

/// Very large and very odd inputs: each must be checked, rendered (text, JSON,
/// SARIF) and formatted in bounded time and with bounded output, without a
/// stack overflow. The sizes are constants so they can be tuned; each test
/// prints its time (`swift test --filter RobustnessLimitTests` shows it), but
/// asserts no time: speed is the benchmark's job (`netplan-bench`, its growth
/// cases), and a shared machine makes any time limit flaky. The suite's time
/// limit only turns a hang into a failure.
@Suite(.timeLimit(.minutes(3)))
struct RobustnessLimitTests {
    /// Participants in the referral chain and the referral cycle.
    static let referralCount = 100_000
    /// Unknown names in one invite list.
    static let unknownNameCount = 20_000
    /// The length of the very long name, and of the very long line.
    static let longNameBytes = 1 << 20
    static let longLineBytes = 2 << 20
    /// The size of the file of random bytes.
    static let randomFileBytes = 1 << 20
    /// Rendered output may be at most this many times the input plus a fixed allowance.
    static let outputFactor = 4
    static let outputAllowance = 1 << 20

    /// Checks, renders and formats `text`, records the time, and checks the size of the output.
    static func measure(_ label: String, _ source: SourceFile, format: Bool = true) -> Robustness.Rendered {
        let (rendered, elapsed) = Robustness.timed { Robustness.renderAll(source, format: format) }
        print(
            "[limit] \(label): \(String(format: "%.2f", Robustness.seconds(elapsed))) s, \(source.bytes.count) bytes in, "
                + "\(rendered.result.diagnostics.count) findings, text \(rendered.text.utf8.count) bytes, "
                + "json \(rendered.json.utf8.count), sarif \(rendered.sarif.utf8.count)")
        let bound = outputFactor * source.bytes.count + outputAllowance
        #expect(rendered.text.utf8.count <= bound, "\(label): \(rendered.text.utf8.count) bytes of text output")
        #expect(rendered.json.utf8.count <= bound, "\(label): \(rendered.json.utf8.count) bytes of JSON output")
        #expect(rendered.sarif.utf8.count <= bound, "\(label): \(rendered.sarif.utf8.count) bytes of SARIF output")
        // At most `findingsPerCode` of any one code (plus nothing unbounded).
        var perCode: [String: Int] = [:]
        for diagnostic in rendered.result.diagnostics { perCode[diagnostic.code, default: 0] += 1 }
        for (code, count) in perCode {
            #expect(count <= Checker.findingsPerCode, "\(label): \(count) findings of \(code)")
        }
        return rendered
    }

    static func count(_ code: String, in rendered: Robustness.Rendered) -> Int {
        rendered.result.diagnostics.reduce(0) { $0 + ($1.code == code ? 1 : 0) }
    }

    @Test func aLongReferralChain() {
        var text = "core P0: faglighed\n"
        text.reserveCapacity(Self.referralCount * 40)
        for index in 1..<Self.referralCount {
            text += "participant P\(index): faglighed via P\(index - 1)\n"
        }
        text += "phase Opstart: invite P1, P\(Self.referralCount - 1)\n"
        let rendered = Self.measure("referral chain of \(Self.referralCount)", SourceFile(path: "chain.netplan", text: text))
        #expect(Self.count("NP103", in: rendered) == 0)
        #expect(!rendered.result.hasErrors)
        #expect(rendered.result.plan.participants.count >= Self.referralCount)
        #expect(rendered.formatted == text, "the chain is already canonical")
        #expect(Robustness.isJSON(rendered.json))
    }

    @Test func aLongReferralCycle() {
        var text = "participant P0: faglighed via P\(Self.referralCount - 1)\n"
        text.reserveCapacity(Self.referralCount * 40)
        for index in 1..<Self.referralCount {
            text += "participant P\(index): faglighed via P\(index - 1)\n"
        }
        let rendered = Self.measure("referral cycle of \(Self.referralCount)", SourceFile(path: "cycle.netplan", text: text))
        #expect(Self.count("NP103", in: rendered) == 1, "one finding for the one cycle")
        #expect(rendered.result.hasErrors)
        #expect(rendered.text.contains("NP103"))
    }

    @Test func twentyThousandUnknownNamesInOneInviteList() {
        let names = (0..<Self.unknownNameCount).map { "Ukendt\($0)" }
        let text = "core Anne: faglighed\nphase Opstart: invite " + names.joined(separator: ", ") + "\n"
        let rendered = Self.measure("\(Self.unknownNameCount) unknown names", SourceFile(path: "unknown.netplan", text: text))
        #expect(rendered.result.hasErrors)
        #expect(Self.count("NP101", in: rendered) >= 1)
        #expect(rendered.text.contains("Ukendt0"), "the first unknown name is reported")
        #expect(rendered.text.contains("error[NP101]"))
        #expect(Robustness.isJSON(rendered.json))
        #expect(Robustness.isJSON(rendered.sarif))
    }

    @Test func aQuotedNameOfOneMegabyte() {
        let name = String(repeating: "æ b", count: Self.longNameBytes / 4)
        let text = "core \"\(name)\": faglighed\nphase Opstart: invite \"\(name)\"\n"
        let rendered = Self.measure("quoted name of \(name.utf8.count) bytes", SourceFile(path: "long-name.netplan", text: text))
        #expect(!rendered.result.tree.hasSyntaxErrors)
        #expect(rendered.result.plan.participants.contains { $0.name == name })
        #expect(rendered.formatted == text)
        #expect(Self.count("NP101", in: rendered) == 0)
    }

    @Test func anUnknownBareNameOfOneMegabyte() {
        let name = "A" + String(repeating: "b", count: Self.longNameBytes - 1)
        let text = "core Anne: faglighed\nphase Opstart: invite \(name)\n"
        let rendered = Self.measure("unknown bare name of \(name.utf8.count) bytes", SourceFile(path: "long-unknown.netplan", text: text))
        #expect(Self.count("NP101", in: rendered) == 1)
        #expect(rendered.text.contains("error[NP101]"))
        #expect(rendered.text.contains("Abbbbbbbbb"))
    }

    @Test func aLineOfTwoMegabytes() {
        // A statement with a trailing comment of 2 MB, and a line of 2 MB of words (a syntax error).
        let comment = "core Anne: faglighed  # " + String(repeating: "x", count: Self.longLineBytes) + "\n"
        let commented = Self.measure("2 MB comment", SourceFile(path: "long-comment.netplan", text: comment))
        #expect(!commented.result.tree.hasSyntaxErrors)
        #expect(commented.formatted == comment)

        let words = "core Anne: faglighed\n" + String(repeating: "ord ", count: Self.longLineBytes / 4) + "\nphase P\n"
        let rendered = Self.measure("2 MB line of words", SourceFile(path: "long-line.netplan", text: words))
        #expect(rendered.result.tree.hasSyntaxErrors)
        #expect(rendered.formatted == nil, "a file with a syntax error is not formatted")
        #expect(rendered.text.contains("long-line.netplan:2:1"))
    }

    @Test func nulBytesAndInvalidUTF8SprinkledInAPlan() throws {
        let original = try Robustness.bytes("samples/velfaerdsnetvaerk.netplan")
        let sprinkles: [[UInt8]] = [[0x00], [0xFF], [0xC3], [0xE2, 0x82], [0xF0, 0x9F], [0xED, 0xA0, 0x80], [0xC0, 0xAF]]
        var bytes: [UInt8] = []
        for (index, byte) in original.enumerated() {
            if index % 37 == 11 { bytes += sprinkles[(index / 37) % sprinkles.count] }
            bytes.append(byte)
        }
        let rendered = Self.measure("NUL and invalid UTF-8", SourceFile(path: "sprinkled.netplan", bytes: bytes))
        #expect(rendered.result.hasErrors)
        #expect(rendered.result.diagnostics.contains { $0.code == "NP001" }, "invalid UTF-8 is reported")
        #expect(Robustness.isJSON(rendered.json))
        #expect(Robustness.isJSON(rendered.sarif))
        #expect(Robustness.isJSON(PlanJSON.value(rendered.result).serialized()))
        #expect(!rendered.text.contains("\u{0}"), "no raw NUL in the text output")
        let cli = Robustness.run(["check", "-"], stdin: bytes)
        #expect(cli.code == ExitCode.findings.rawValue)
    }

    @Test func aFileOfRandomBytes() {
        var random = SeededRandom(seed: 1234)
        var bytes = [UInt8](repeating: 0, count: Self.randomFileBytes)
        for index in bytes.indices { bytes[index] = UInt8(truncatingIfNeeded: random.next()) }
        let rendered = Self.measure("\(Self.randomFileBytes) random bytes", SourceFile(path: "random.bin", bytes: bytes))
        #expect(rendered.result.hasErrors)
        #expect(rendered.formatted == nil)
        #expect(Robustness.isJSON(rendered.json))
        #expect(Robustness.isJSON(rendered.sarif))
    }
}
