import NetplanSyntax

/// Whether a participant or group brings the citizens' or users' perspective
/// (rule NP210): a function of what the plan says about it, its name and its
/// `kind`, so a group from a register is judged the same way as one declared
/// in the plan.
public enum CitizenPerspective {
    /// The built-in groups that are citizens, users or relatives.
    public static let categories: Set<String> = BuiltInGroups.citizenPerspective

    /// Words that begin a word or a compound part naming citizens, users or
    /// relatives: "Ældre i Nordby", "Unge-panelet", "Ældresagen", "Borgerpanelet".
    static let stems = [
        "borger", "bruger", "pårørende", "beboer", "elev", "forældre", "patient", "unge", "ungdom", "børn",
        "famil", "ældre", "senior", "pensionist", "citizen", "user", "relatives", "resident", "pupil", "parent",
        "elderly",
    ]

    /// Words that end a compound naming them: "Fritidsbrugere", "Skolebørn",
    /// "Plejehjemsbeboere", "Seniorborgere", "Forbrugerne".
    static let endings = [
        "borger", "borgere", "borgerne", "bruger", "brugere", "brugerne", "beboer", "beboere", "beboerne",
        "forældre", "forældrene", "pårørende", "patienter", "patienterne", "elever", "eleverne", "ældre",
        "børn", "børnene", "familier", "familierne",
    ]

    /// Whether a name says that the group is citizens, users or relatives:
    /// one of its words (split at spaces, hyphens and other characters that
    /// are not letters) begins or ends with one of the words above. Case
    /// does not matter.
    public static func nameSaysCitizens(_ name: String) -> Bool {
        let words = name.lowercased().split { !$0.isLetter }
        return words.contains { word in
            stems.contains { word.hasPrefix($0) } || endings.contains { word.hasSuffix($0) }
        }
    }

    /// Whether a participant or group brings the perspective. An explicit
    /// `kind` decides: `kind Borgere` (or `Brugere`, `Pårørende`) says yes
    /// for any participant, any other kind says no. Without one, a built-in
    /// citizen group, or a group whose name says so, does.
    public static func brings(name: String, isGroup: Bool, category: String?) -> Bool {
        if let category { return categories.contains(category) }
        if categories.contains(name) { return true }
        return isGroup && nameSaysCitizens(name)
    }
}

extension Participant {
    /// Whether the participant or group brings the citizens' or users' perspective.
    public var bringsCitizenPerspective: Bool {
        CitizenPerspective.brings(name: name, isGroup: isGroup, category: category?.text)
    }
}
