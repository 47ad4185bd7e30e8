import NetplanBase
import NetplanSyntax

/// Who is who across plans: every declared person (not a group, not a
/// built-in) of every plan, matched by their name the way the resolver
/// compares names (`NameKey`).
public struct CrossPlanPeople: Sendable {
    /// One person's declaration in one plan.
    public struct Appearance: Sendable {
        /// Index into the inputs.
        public var plan: Int
        /// Index into that plan's participants.
        public var participant: Int
    }

    /// The appearances of each person, in input order, keyed by name.
    private var byName: [NameKey: [Appearance]] = [:]
    /// The names in the order first met, so findings come in a fixed order.
    private var order: [NameKey] = []

    init(_ inputs: [CrossPlanInput]) {
        for (planIndex, input) in inputs.enumerated() {
            var seen: Set<NameKey> = []
            for (index, participant) in input.plan.participants.enumerated()
            where !participant.isGroup && !participant.isBuiltIn && participant.nameRange != nil {
                let key = NameKey(participant.name)
                // A name declared twice in one plan is that plan's own error
                // (NP102); across plans, its first declaration stands.
                guard seen.insert(key).inserted else { continue }
                if byName[key] == nil { order.append(key) }
                byName[key, default: []].append(Appearance(plan: planIndex, participant: index))
            }
        }
    }

    /// Every person declared in more than one plan, with their appearances.
    public var shared: [[Appearance]] {
        order.compactMap { key in
            guard let appearances = byName[key], Set(appearances.map(\.plan)).count > 1 else { return nil }
            return appearances
        }
    }
}

extension CrossPlanInput {
    /// The declaration of a participant as a related place for a finding in another plan.
    func place(of participant: Int, _ label: Text? = nil) -> Annotation? {
        guard let range = plan.participants[participant].nameRange else { return nil }
        return Annotation(range, label, file: path)
    }

    /// Whether the participant is proposed here: core, or invited to a
    /// phase, and not declined.
    func proposes(_ participant: Int) -> Bool {
        let person = plan.participants[participant]
        guard person.counts else { return false }
        return person.isCore || plan.phases.contains { phase in phase.invited.contains { $0.participant == participant } }
    }
}
