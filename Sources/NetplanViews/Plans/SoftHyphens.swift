import NetplanSyntax

/// Where a long word may break across lines: soft hyphens (U+00AD) at
/// syllable boundaries, so a narrow column breaks "Netværks-design" with a
/// hyphen instead of "Netværksdesi gn" (CSS `hyphens: auto` needs a
/// dictionary the browser may lack; a soft hyphen works everywhere and is
/// invisible unless the line breaks there).
///
/// The rule is simple and made for Danish (and works for English): between
/// two vowels, a single consonant starts the next syllable (`de-sign`); of
/// several consonants, the break goes after a linking `s` that is followed by
/// another consonant (`værks-design`), else after the first (`kon-kret`,
/// `ud-vik-ling`). Adjacent vowels are not split. A word keeps at least three
/// letters before its first break and after its last, and words shorter than
/// eight letters are left whole.
enum SoftHyphens {
    package static let hyphen: Character = "\u{AD}"
    static let shortest = 8
    static let margin = 3

    static func isVowel(_ character: Character) -> Bool {
        "aeiouyæøåéèêáàâäöüíóú".contains(Character(character.lowercased()))
    }

    /// The text with soft hyphens in its long words.
    package static func insert(_ text: String) -> String {
        var out = ""
        var word: [Character] = []
        for character in text {
            if character.isLetter {
                word.append(character)
            } else {
                out += hyphenate(word)
                word = []
                out.append(character)
            }
        }
        return out + hyphenate(word)
    }

    /// The break positions of one word (indices a hyphen goes before).
    package static func breaks(_ word: [Character]) -> [Int] {
        guard word.count >= shortest else { return [] }
        var result: [Int] = []
        var index = 0
        // Find each vowel, the consonants after it, and the next vowel.
        while index < word.count {
            guard isVowel(word[index]) else {
                index += 1
                continue
            }
            var next = index + 1
            while next < word.count, !isVowel(word[next]) { next += 1 }
            guard next < word.count else { break }
            let cluster = Array(word[(index + 1)..<next])
            var position: Int?
            if cluster.count == 1 {
                position = index + 1
            } else if cluster.count > 1 {
                let linking = cluster.indices.dropLast().last { cluster[$0].lowercased() == "s" }
                position = index + 1 + (linking.map { $0 + 1 } ?? 1)
            }
            if let position, position >= margin, word.count - position >= margin {
                result.append(position)
            }
            index = next
        }
        return result
    }

    static func hyphenate(_ word: [Character]) -> String {
        let positions = Set(breaks(word))
        var out = ""
        for (index, character) in word.enumerated() {
            if positions.contains(index) { out.append(hyphen) }
            out.append(character)
        }
        return out
    }
}
