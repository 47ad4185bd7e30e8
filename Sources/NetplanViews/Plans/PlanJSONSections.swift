import NetplanBase
import NetplanSyntax
import NetplanCheck

/// The sections of `PlanJSON`'s object, each written to a `JSONOutput`.
struct PlanJSONSections {
    let plan: ResolvedPlan
    let phaseNames: [String]

    init(result: CheckResult) {
        plan = result.plan
        phaseNames = plan.phases.map(\.name)
    }

    private func name(_ participant: Int) -> String { plan.participants[participant].name }

    private func line(_ range: SourceRange?) -> Int? { range.map { plan.source.location(of: $0.start).line } }

    private func competences<Output: JSONOutput, Indices: Sequence>(_ indices: Indices, to out: inout Output)
    where Indices.Element == Int {
        out.beginArray()
        for index in indices { out.string(plan.diamond[index].name) }
        out.endArray()
    }

    func network<Output: JSONOutput>(to out: inout Output) {
        guard let network = plan.network else { return out.null() }
        out.beginObject()
        out.field("name", network.name.text)
        out.field("kind", network.kind?.text)
        out.endObject()
    }

    func roles<Output: JSONOutput>(to out: inout Output) {
        out.beginObject()
        for role in RoleKind.allCases {
            out.key(role.rawValue)
            out.optional(plan.role(role)?.name.text)
        }
        out.endObject()
    }

    func roleHolders<Output: JSONOutput>(to out: inout Output) {
        out.beginObject()
        for role in RoleKind.allCases {
            out.key(role.rawValue)
            guard let holder = plan.role(role) else {
                out.null()
                continue
            }
            out.beginObject()
            out.field("name", holder.name.text)
            PlanJSON.facts(holder.facts, to: &out)
            out.field("declared", holder.participant != nil)
            out.field("line", line(holder.statementRange))
            out.endObject()
        }
        out.endObject()
    }

    func diamond<Output: JSONOutput>(to out: inout Output) {
        out.beginObject()
        out.key("competences")
        out.strings(plan.diamond.lazy.map(\.name))
        out.field("isDefault", plan.diamondIsDefault)
        out.endObject()
    }

    func settings<Output: JSONOutput>(_ configuration: Configuration, to out: inout Output) {
        out.beginObject()
        out.key("coreTeam")
        out.beginObject()
        out.field("min", configuration.coreTeam.lowerBound)
        out.field("max", configuration.coreTeam.upperBound)
        out.endObject()
        out.key("rules")
        out.beginObject()
        for code in configuration.severities.keys.sorted() {
            let severity = configuration.severities[code] ?? nil
            out.key(code)
            out.string(severity?.rawValue ?? "off")
        }
        out.endObject()
        out.endObject()
    }

    func members<Output: JSONOutput, Members: Sequence>(_ members: Members, to out: inout Output)
    where Members.Element == Participant {
        out.beginArray()
        for participant in members {
            out.beginObject()
            out.field("name", participant.name)
            out.field("kind", participant.kind.rawValue)
            out.field("builtIn", participant.isBuiltIn)
            out.key("competences")
            competences(participant.competences, to: &out)
            out.field("via", participant.via?.text)
            out.key("phases")
            out.strings(participant.phases.lazy.map { phaseNames[$0] })
            out.field("line", line(participant.nameRange))
            PlanJSON.facts(participant.facts, to: &out)
            out.field("roleHolder", participant.roleHolder?.rawValue)
            out.endObject()
        }
        out.endArray()
    }

    func phases<Output: JSONOutput>(to out: inout Output) {
        out.beginArray()
        for (index, phase) in plan.phases.enumerated() {
            out.beginObject()
            out.field("name", phase.name)
            out.field("index", index + 1)
            out.field("start", phase.start?.description)
            out.field("end", phase.end?.description)
            out.key("present")
            out.beginArray()
            for presence in phase.present {
                out.beginObject()
                out.field("name", name(presence.participant))
                out.field("presence", presence.presence.rawValue)
                out.field("purpose", phase.purpose(of: presence.participant)?.text)
                out.endObject()
            }
            out.endArray()
            out.key("without")
            out.strings(phase.without.lazy.map { name($0.participant) })
            out.key("needs")
            out.beginArray()
            for need in phase.needs {
                out.beginObject()
                out.field("competence", plan.diamond[need.competence].name)
                out.key("coveredBy")
                out.strings(need.coveredBy.lazy.map(name))
                out.endObject()
            }
            out.endArray()
            out.key("covered")
            competences(phase.needs.lazy.filter(\.isCovered).map(\.competence), to: &out)
            out.key("missing")
            competences(phase.missing, to: &out)
            out.field("line", line(phase.nameRange))
            out.field("note", phase.note)
            out.endObject()
        }
        out.endArray()
    }

    func referrals<Output: JSONOutput>(to out: inout Output) {
        out.beginArray()
        for participant in plan.participants {
            guard let from = ReferralGraph.referrerName(of: participant, in: plan) else { continue }
            out.beginObject()
            out.field("from", from)
            out.field("to", participant.name)
            out.endObject()
        }
        out.endArray()
    }

    /// A meeting: its date, times, phase (from `in`, or from the phase dates
    /// that hold it: `phaseFromDates`), place and note.
    func meeting<Output: JSONOutput>(_ meeting: Meeting, to out: inout Output) {
        let phase = meeting.phase.flatMap { phaseNames.indices.contains($0) ? phaseNames[$0] : nil }
        out.beginObject()
        out.field("name", meeting.name)
        out.field("date", meeting.date?.description)
        out.field("start", PlanJSON.isoTime(meeting.time?.start))
        out.field("end", PlanJSON.isoTime(meeting.time?.end))
        out.field("phase", phase)
        out.field("phaseFromDates", meeting.phaseIsFromDates)
        out.field("place", meeting.place)
        out.field("note", meeting.note)
        out.field("line", line(meeting.statementRange))
        out.endObject()
    }
}
