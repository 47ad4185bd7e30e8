/// The Danish actor categories a plan may invite without declaring them.
public enum BuiltInGroups {
    /// The names, in the order the language sketch lists them.
    public static let names: [String] = [
        "Borgere", "Brugere", "Pårørende", "Forskere", "Politikere", "Virksomheder",
        "Interesseorganisationer", "Foreninger", "Frivillige", "Medarbejdere", "Ledere", "Faggrupper",
    ]

    static let set: Set<String> = Set(names)

    /// Whether `name` is one of the built-in groups.
    public static func contains(_ name: String) -> Bool { set.contains(name) }

    /// The groups that bring a citizen or user perspective.
    public static let citizenPerspective: Set<String> = ["Borgere", "Brugere", "Pårørende"]
}

/// The four competences assumed when a plan has no `diamond` line.
public enum DefaultDiamond {
    public static let competences = ["faglighed", "indsigt", "ressourcer", "handlekraft"]
}
