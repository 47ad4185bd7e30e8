import NetplanSyntax

/// Every rule netplan knows, in code order.
public enum RuleRegistry {
    /// All rules.
    public static let all: [any Rule] = [
        UnknownNameRule(),
        DuplicateDeclarationRule(),
        ReferralRule(),
        GroupAsCoreRule(),
        CoreTeamSizeRule(),
        CoreLeftOutRule(),
        NeverInvolvedRule(),
        AlwaysInvitedRule(),
        CompetenceMissingRule(),
        NeedUncoveredRule(),
        MissingRoleRule(),
        NoCompetenceRule(),
        EmptyPhaseRule(),
        NoCitizenPerspectiveRule(),
        PhaseDateOrderRule(),
        OverlappingPhasesRule(),
        WithoutNonCoreRule(),
        UnknownNetworkKindRule(),
        PlaceholderNameRule(),
        UnknownStatusRule(),
        MeetingTimeBackwardsRule(),
        DeclinedStillInvolvedRule(),
        UnconfirmedBeforeStartRule(),
        MeetingOutsidePhaseRule(),
        MeetingWithoutPhaseRule(),
        OverlappingMeetingsRule(),
        SingleUnitCoreRule(),
        CitizensWithoutPurposeRule(),
    ].sorted { $0.description.code < $1.description.code }

    /// The rule with this code or identifier (case-insensitive).
    public static func rule(_ codeOrIdentifier: String) -> (any Rule)? {
        let key = codeOrIdentifier.lowercased()
        return all.first { $0.description.code.lowercased() == key || $0.description.identifier == key }
    }

    /// Codes and identifiers, for suggestions.
    public static var names: [String] { all.flatMap { [$0.description.code, $0.description.identifier] } }
}
