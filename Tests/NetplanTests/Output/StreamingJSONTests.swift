import Foundation
import Testing
import NetplanTesting
@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanViews

/// The streaming JSON writers (issue 16) against the tree-and-String writers
/// they replace (`LegacyPlanJSON`, `legacySerialized`): the same bytes.
@Suite struct StreamingJSONTests {
    /// Scalars that need escaping, sit next to ones that do in UTF-8, or are
    /// otherwise awkward: controls, DEL, C1 controls, U+00A0, quotes,
    /// backslashes, combining marks, U+2027-U+202A, emoji (with modifiers and
    /// joiners), Danish letters.
    static let awkward: [Unicode.Scalar] = [
        "\"", "\\", "/", "\n", "\r", "\t", "\u{0}", "\u{1}", "\u{8}", "\u{C}", "\u{1B}", "\u{1F}", "\u{7F}",
        "\u{80}", "\u{85}", "\u{9F}", "\u{A0}", "\u{C2}", "\u{E2}", "\u{301}", "\u{308}", "\u{2027}", "\u{2028}",
        "\u{2029}", "\u{202A}", "\u{20AC}", "\u{200B}", "\u{FEFF}", "\u{1F469}", "\u{1F3FD}", "\u{200D}",
        "\u{1F4BB}", "\u{10FFFF}", "æ", "ø", "å", "Å", "a", "Z", " ", "0",
    ]

    static func randomString(_ random: inout SeededRandom) -> String {
        var text = String.UnicodeScalarView()
        for _ in 0..<random.below(12) {
            if random.chance(0.8) {
                text.append(awkward[random.below(awkward.count)])
            } else if let scalar = Unicode.Scalar(UInt32(random.below(0x3000))) {
                text.append(scalar)
            }
        }
        return String(text)
    }

    @Test func escapingOnBytesMatchesTheOldEscaperForRandomStrings() {
        var random = SeededRandom(seed: 16)
        for round in 0..<5_000 {
            let text = Self.randomString(&random)
            var legacy = ""
            JSONValue.legacyWriteString(text, into: &legacy)
            var writer = ByteWriter(capacity: 8)
            writer.appendJSONString(text)
            #expect(writer.bytes == Array(legacy.utf8), "round \(round): \(text.debugDescription)")
        }
    }

    @Test func everyEscapeIsCovered() {
        var legacy = ""
        let text = "\"\\\n\r\t\u{0}\u{1F}\u{7F}\u{80}\u{9F}\u{A0}\u{2028}\u{2029}\u{202A}é\u{1F469}\u{200D}\u{1F4BB}"
        JSONValue.legacyWriteString(text, into: &legacy)
        var writer = ByteWriter()
        writer.appendJSONString(text)
        #expect(writer.text == legacy)
        #expect(writer.text == #""\"\\\n\r\t\u0000\u001f\u007f\u0080\u009f"# + "\u{A0}" + #"\u2028\u2029"# + "\u{202A}é\u{1F469}\u{200D}\u{1F4BB}\"")
    }

    static func randomValue(_ random: inout SeededRandom, depth: Int = 0) -> JSONValue {
        switch random.below(depth > 3 ? 4 : 6) {
        case 0: return .null
        case 1: return .bool(random.chance(0.5))
        case 2:
            let extremes = [0, -1, 9, 10, -10, Int.max, Int.min, 1_000_000]
            return .int(random.chance(0.3) ? extremes[random.below(extremes.count)] : random.below(100_000) - 50_000)
        case 3: return .string(randomString(&random))
        case 4: return .array((0..<random.below(4)).map { _ in randomValue(&random, depth: depth + 1) })
        default:
            return .object((0..<random.below(4)).map { _ in (randomString(&random), randomValue(&random, depth: depth + 1)) })
        }
    }

    @Test func serialisedValuesMatchTheOldSerialiser() {
        var random = SeededRandom(seed: 1616)
        for round in 0..<2_000 {
            let value = Self.randomValue(&random)
            #expect(value.serialized() == value.legacySerialized(), "round \(round): \(value)")
            #expect(value.serialized(indent: nil) == value.legacySerialized(indent: nil), "round \(round): \(value)")
            var builder = JSONTreeBuilder()
            builder.value(value)
            #expect(builder.result == value)
        }
    }

    @Test(arguments: [0..<100, 100..<200, 200..<300] as [Range<UInt64>])
    func planJSONBytesMatchTheOldTreeOnRandomPlans(seeds: Range<UInt64>) throws {
        for seed in seeds {
            let text = RandomPlanGenerator(seed: seed, mixesNormalForms: seed % 2 == 0).plan()
            let result = Checker.check(SourceFile(path: "plan.netplan", text: text))
            for language in [Language.english, .danish] {
                let legacyValue = LegacyPlanJSON.value(result, language: language)
                let legacy = legacyValue.legacySerialized()
                let bytes = PlanJSON.bytes(result, language: language)
                #expect(bytes == Array(legacy.utf8), "seed \(seed): the bytes differ from the old JSON")
                #expect(PlanJSON.value(result, language: language) == legacyValue, "seed \(seed): the value differs")
                let parsedNew = try JSONSerialization.jsonObject(with: Data(bytes)) as? NSDictionary
                let parsedOld = try JSONSerialization.jsonObject(with: Data(legacy.utf8)) as? NSDictionary
                #expect(parsedNew != nil && parsedNew == parsedOld, "seed \(seed): parsed JSON differs")
            }
        }
    }

    @Test func healthyPlanJSONMatchesTheOldTree() {
        let text = PlanGenerator(seed: 7).healthyPlan(lines: 600).text
        let result = Checker.check(SourceFile(path: "plan.netplan", text: text))
        #expect(PlanJSON.bytes(result) == Array(LegacyPlanJSON.value(result).legacySerialized().utf8))
    }
}

@Suite struct ByteWriterTests {
    @Test func integersAreWrittenAsStringWritesThem() {
        var random = SeededRandom(seed: 3)
        var values = [0, 1, 9, 10, 99, 100, -1, -9, -10, Int.max, Int.min, Int.max - 1, Int.min + 1]
        for _ in 0..<1_000 { values.append(Int(bitPattern: UInt(random.next())) >> random.below(64)) }
        for value in values {
            var writer = ByteWriter(capacity: 1)
            writer.append(decimal: value)
            #expect(writer.text == String(value))
        }
    }

    @Test func chunksReachTheSinkInOrderAndWhole() {
        final class Collected: @unchecked Sendable { var bytes: [UInt8] = []; var chunks = 0 }
        let collected = Collected()
        var writer = ByteWriter(chunkSize: 10) { chunk in
            collected.bytes += chunk
            collected.chunks += 1
        }
        var expected: [UInt8] = []
        for index in 0..<200 {
            writer.append("x")
            writer.append(decimal: index)
            writer.append(utf8: "é")
            writer.flushIfFull()
            expected += Array("x\(index)é".utf8)
        }
        writer.flush()
        #expect(collected.bytes == expected)
        #expect(collected.chunks > 10)
        #expect(writer.isEmpty)
    }

    @Test func aChunkedJSONWriterWritesTheSameBytes() {
        let text = PlanGenerator(seed: 11).healthyPlan(lines: 300).text
        let result = Checker.check(SourceFile(path: "plan.netplan", text: text))
        final class Collected: @unchecked Sendable { var bytes: [UInt8] = [] }
        let collected = Collected()
        var writer = JSONWriter(into: ByteWriter(chunkSize: 256) { collected.bytes += $0 })
        PlanJSON.write(result, language: .english, to: &writer)
        writer.out.flush()
        #expect(collected.bytes == PlanJSON.bytes(result))
    }
}
