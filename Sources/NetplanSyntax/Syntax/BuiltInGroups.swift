/// The Danish actor categories a plan may invite without declaring them.
public enum BuiltInGroups {
    /// The names, in the order the language sketch lists them.
    public static let names: [String] = [
        "Borgere", "Brugere", "Pårørende", "Forskere", "Politikere", "Virksomheder",
        "Interesseorganisationer", "Foreninger", "Frivillige", "Medarbejdere", "Ledere", "Faggrupper",
    ]

    package static let set: Set<String> = Set(names)

    /// Whether `name` is one of the built-in groups.
    public static func contains(_ name: String) -> Bool { set.contains(name) }

    /// The groups that bring a citizen or user perspective.
    public static let citizenPerspective: Set<String> = ["Borgere", "Brugere", "Pårørende"]

    /// The competences of the default diamond each group typically brings,
    /// for advice such as "write `group Borgere: indsigt`".
    static let typicalCompetences: [String: [String]] = [
        "Borgere": ["indsigt"], "Brugere": ["indsigt"], "Pårørende": ["indsigt"],
        "Forskere": ["indsigt", "faglighed"], "Politikere": ["ressourcer"],
        "Virksomheder": ["ressourcer", "handlekraft"], "Interesseorganisationer": ["ressourcer", "indsigt"],
        "Foreninger": ["indsigt", "handlekraft"], "Frivillige": ["handlekraft"],
        "Medarbejdere": ["faglighed", "handlekraft"], "Ledere": ["ressourcer", "handlekraft"],
        "Faggrupper": ["faglighed"],
    ]

    /// Whether a built-in group could plausibly bring a competence: for the
    /// default diamond's competences, when the group typically brings it; for
    /// a competence of a plan's own diamond, netplan cannot tell, so any group could.
    package static func couldBring(_ group: String, competence: String) -> Bool {
        guard DefaultDiamond.competences.contains(competence) else { return true }
        return typicalCompetences[group]?.contains(competence) ?? false
    }
}

/// The four competences assumed when a plan has no `diamond` line.
public enum DefaultDiamond {
    public static let competences = ["faglighed", "indsigt", "ressourcer", "handlekraft"]
}
