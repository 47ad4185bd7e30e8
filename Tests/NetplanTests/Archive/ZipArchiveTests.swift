import Testing

@testable import NetplanBase

@Suite struct ZipArchiveTests {
    @Test func crc32MatchesTheKnownVectors() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([UInt8]()) == 0)
        #expect(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339)
        #expect(CRC32.checksum([0]) == 0xD202_EF8D)
    }

    @Test func crc32AgreesWithTheBitwiseOneOnRandomBytes() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for length in [1, 7, 64, 1000] {
            let bytes = (0..<length).map { _ -> UInt8 in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return UInt8(truncatingIfNeeded: state >> 33)
            }
            #expect(CRC32.checksum(bytes) == ZipReader.crc(bytes))
        }
    }

    @Test func entriesComeBackWithTheirBytesNamesAndFixedTime() throws {
        var archive = ZipArchive()
        archive.add("a.txt", text: "hej")
        archive.add("mappe/æøå 👩‍👩‍👧.xml", text: "<x/>")
        archive.add("tom", [])
        let bytes = try archive.bytes()
        let entries = try ZipReader.entries(bytes)
        #expect(entries.map(\.name) == ["a.txt", "mappe/æøå 👩‍👩‍👧.xml", "tom"])
        #expect(entries.map { String(decoding: $0.bytes, as: UTF8.self) } == ["hej", "<x/>", ""])
        #expect(entries.allSatisfy { $0.flags & 0x0800 != 0 }, "names are marked as UTF-8")
        #expect(entries.allSatisfy { $0.date == 0x0021 && $0.time == 0 }, "1980-01-01 00:00")
        #expect(try archive.bytes() == bytes, "the same entries give the same bytes")
    }

    @Test func anEmptyArchiveIsJustTheEndRecord() throws {
        let bytes = try ZipArchive().bytes()
        #expect(bytes.count == 22)
        #expect(try ZipReader.entries(bytes).isEmpty)
    }

    @Test func anArchivePastTheLimitsIsRefusedNotTrappedOrWrittenWrong() {
        var many = ZipArchive(sizeLimit: ZipArchive.maxSize, entryLimit: 2)
        for index in 0..<3 { many.add("\(index)", []) }
        #expect(throws: ZipArchive.Failure.tooManyEntries(3)) { try many.bytes() }

        var large = ZipArchive(sizeLimit: 100, entryLimit: ZipArchive.maxEntries)
        large.add("small", [1, 2, 3])
        large.add("big", Array(repeating: 7, count: 101))
        #expect(throws: ZipArchive.Failure.tooLarge(entry: "big")) { try large.bytes() }

        // Entries that each fit but together pass the limit: the offset is guarded too.
        var together = ZipArchive(sizeLimit: 100, entryLimit: ZipArchive.maxEntries)
        together.add("a", Array(repeating: 1, count: 60))
        together.add("b", Array(repeating: 2, count: 60))
        #expect(throws: ZipArchive.Failure.tooLarge(entry: "b")) { try together.bytes() }

        var named = ZipArchive()
        named.add(String(repeating: "x", count: 0x10000), [])
        #expect(throws: ZipArchive.Failure.self) { try named.bytes() }
        #expect(ZipArchive().entryLimit == 65535 && ZipArchive().sizeLimit == 0xFFFF_FFFF)
    }
}
