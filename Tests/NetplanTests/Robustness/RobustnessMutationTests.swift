import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanSyntax
@testable import NetplanCheck
@testable import NetplanViews
@testable import NetplanTesting

/// Random byte mutations of every sample: flipped, inserted and deleted bytes,
/// NUL, 0xFF, a lone UTF-8 lead byte 0xC3, quotes and line breaks. The checker,
/// the three renderers and the formatter must return for every one of them.
@Suite struct RobustnessMutationTests {
    /// Mutated files per sample (six samples: a few hundred in all).
    static let mutationsPerSample = 60
    static let interestingBytes: [UInt8] = [0x00, 0xFF, 0xC3, UInt8(ascii: "\""), 0x0A, 0x0D, UInt8(ascii: "\\"), UInt8(ascii: "#"), UInt8(ascii: ";"), UInt8(ascii: ":")]

    /// One mutated copy of `bytes`: 1 to 8 edits.
    static func mutate(_ bytes: [UInt8], random: inout SeededRandom) -> [UInt8] {
        var out = bytes
        for _ in 0..<(1 + random.below(8)) {
            let position = random.below(out.count + 1)
            let byte = random.chance(0.6) ? interestingBytes[random.below(interestingBytes.count)] : UInt8(truncatingIfNeeded: random.next())
            switch random.below(4) {
            case 0 where position < out.count: out[position] ^= UInt8(1 << random.below(8))
            case 1 where position < out.count: out.remove(at: position)
            case 2 where position < out.count: out[position] = byte
            default: out.insert(byte, at: position)
            }
        }
        return out
    }

    @Test func thereAreSamples() {
        #expect(Robustness.samples.count >= 6)
    }

    @Test(arguments: Robustness.samples)
    func mutatedSamplesAreCheckedRenderedAndFormattedWithoutTrapping(path: String) throws {
        let original = try Robustness.bytes(path)
        var random = SeededRandom(seed: UInt64(truncatingIfNeeded: path.utf8.reduce(5381) { ($0 &* 33) &+ Int($1) }))
        for index in 0..<Self.mutationsPerSample {
            let bytes = Self.mutate(original, random: &random)
            let rendered = Robustness.renderAll(SourceFile(path: path, bytes: bytes))
            let description = "mutation \(index) of \(path)"
            #expect(Robustness.isJSON(rendered.json), "\(description): the JSON findings do not parse")
            #expect(Robustness.isJSON(rendered.sarif), "\(description): the SARIF does not parse")
            #expect(Robustness.isJSON(PlanJSON.value(rendered.result).serialized()), "\(description): the plan JSON does not parse")
            // Every finding points inside the file.
            for diagnostic in rendered.result.diagnostics {
                #expect(diagnostic.primary.range.end <= bytes.count, "\(description): \(diagnostic.code) points past the end")
            }
            // When a mutation still parses, formatting is idempotent and keeps the plan.
            if let once = rendered.formatted {
                let formatted = SourceFile(path: path, text: once)
                let reparsed = Parser.parse(formatted)
                #expect(!reparsed.hasSyntaxErrors, "\(description): fmt output does not parse; input \(bytes)")
                if !reparsed.hasSyntaxErrors {
                    #expect((try? PlanFormatter.format(reparsed)) == once, "\(description): fmt is not idempotent; input \(bytes)")
                    #expect(
                        PlanSummary(Resolver.resolve(reparsed)) == PlanSummary(rendered.result.plan),
                        "\(description): fmt changed the plan; input \(bytes)")
                }
            }
        }
    }
}
