/// Names that look the same on screen but are not the same name: a space
/// at the end inside the quotes, two spaces in a row, or a character nobody
/// sees. "Did you mean `Bo Nielsen`?" about `Bo Nielsen` would only confuse,
/// so the help says what the difference is instead.
package enum LookalikeNames {
    /// Whether two different names cannot be told apart by a reader.
    static func lookAlike(_ a: String, _ b: String) -> Bool {
        a != b && InvisibleCharacters.visibleForm(a) == InvisibleCharacters.visibleForm(b)
    }

    /// What one name has that a look-alike lacks, if it can be said simply.
    static func difference(in name: String, comparedWith other: String) -> Text? {
        let scalars = Array(name.unicodeScalars)
        let otherScalars = Array(other.unicodeScalars)
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }
        if let last = scalars.last, isSpace(last), !(otherScalars.last.map(isSpace) ?? false) {
            return Text(en: "a space at the end", da: "et mellemrum til sidst")
        }
        if let first = scalars.first, isSpace(first), !(otherScalars.first.map(isSpace) ?? false) {
            return Text(en: "a space at the start", da: "et mellemrum først")
        }
        let otherSet = Set(otherScalars.map(\.value))
        if let hidden = scalars.first(where: {
            $0 != " " && InvisibleCharacters.isInvisible($0) && !otherSet.contains($0.value)
        }) {
            return InvisibleCharacters.described(hidden)
        }
        if zip(scalars, scalars.dropFirst()).contains(where: { isSpace($0) && isSpace($1) }),
            !zip(otherScalars, otherScalars.dropFirst()).contains(where: { isSpace($0) && isSpace($1) })
        {
            return Text(en: "two spaces in a row", da: "to mellemrum i træk")
        }
        return nil
    }

    /// The help for a reference `name` that looks like the declared `lookalike`.
    package static func help(for name: String, lookalike: String) -> Text {
        let shown = lookalike
        if let difference = difference(in: name, comparedWith: lookalike) {
            return Text(
                en: "this looks like `\(shown)`, but it has \(difference.en): remove it so the names are the same",
                da: "det ligner `\(shown)`, men det har \(difference.da): fjern det, så navnene er ens")
        }
        if let difference = difference(in: lookalike, comparedWith: name) {
            return Text(
                en: "this looks like `\(shown)`, but that name has \(difference.en): remove it there so the names are the same",
                da: "det ligner `\(shown)`, men det navn har \(difference.da): fjern det dér, så navnene er ens")
        }
        return Text(
            en: "this looks like `\(shown)`, but the two differ by a character you cannot see: write the name again in one of the places",
            da: "det ligner `\(shown)`, men de to navne er forskellige på et tegn, man ikke kan se: skriv navnet igen det ene sted")
    }
}
