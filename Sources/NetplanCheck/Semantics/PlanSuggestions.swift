import NetplanBase
import NetplanSyntax

/// "Did you mean" for the unresolved names of one plan. The candidates of
/// each kind are indexed the first time they are needed, so suggestions cost
/// nothing when no finding needs one, and each further one looks only at
/// names of a fitting length.
public struct PlanSuggestions {
    private let plan: ResolvedPlan
    private var indexes: [Candidates: SuggestionIndex] = [:]

    /// Which names a reference could have meant.
    private enum Candidates: Hashable {
        /// The diamond's competences.
        case competences
        /// Declared participants and groups.
        case declared
        /// Declared participants and groups, and the built-in groups.
        case declaredAndBuiltIn
        /// The built-in groups alone.
        case builtIn
        /// The phases.
        case phases
    }

    public init(_ plan: ResolvedPlan) {
        self.plan = plan
    }

    /// The closest declared (or built-in) name to an unresolved reference, if close enough.
    public mutating func suggestion(for reference: UnresolvedReference) -> String? {
        let candidates = self.candidates(for: reference)
        if indexes[candidates] == nil { indexes[candidates] = SuggestionIndex(names(candidates)) }
        return indexes[candidates]?.closest(to: reference.name.text)
    }

    /// The help for an unresolved reference: "did you mean ...?", or, for a
    /// name that looks exactly like a declared one, what differs between them.
    public mutating func help(for reference: UnresolvedReference) -> Text? {
        let candidates = self.candidates(for: reference)
        if indexes[candidates] == nil { indexes[candidates] = SuggestionIndex(names(candidates)) }
        switch indexes[candidates]?.match(for: reference.name.text) {
        case .similar(let name): return Text(en: "did you mean `\(name)`?", da: "mente du `\(name)`?")
        case .lookalike(let name): return LookalikeNames.help(for: reference.name.text, lookalike: name)
        case nil: return nil
        }
    }

    private func candidates(for reference: UnresolvedReference) -> Candidates {
        switch reference.kind {
        case .competence: return .competences
        case .participant: return .declared
        case .invitee, .referrer: return .declaredAndBuiltIn
        case .category: return .builtIn
        case .phase: return .phases
        }
    }

    private func names(_ candidates: Candidates) -> [String] {
        switch candidates {
        case .competences:
            return plan.diamond.map(\.name)
        case .declared:
            return plan.participants.filter { !$0.isBuiltIn }.map(\.name) + plan.register.all.map(\.name)
        case .declaredAndBuiltIn:
            let roleHolders = plan.roles.filter { $0.participant == nil }.map(\.name.text)
            return plan.participants.filter { !$0.isBuiltIn && $0.roleHolder == nil }.map(\.name) + roleHolders
                + plan.register.all.map(\.name) + BuiltInGroups.names
        case .builtIn:
            return BuiltInGroups.names
        case .phases:
            return plan.phases.map(\.name)
        }
    }
}

extension ResolvedPlan {
    /// The closest known name to one unresolved reference. For many, use one `PlanSuggestions`.
    public func suggestion(for reference: UnresolvedReference) -> String? {
        var suggestions = PlanSuggestions(self)
        return suggestions.suggestion(for: reference)
    }
}
