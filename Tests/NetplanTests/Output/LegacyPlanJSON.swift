import NetplanBase
import NetplanSyntax
import NetplanCheck
@testable import NetplanViews

// The JSON writers as they were before issue 16 (a tree of `JSONValue`s,
// serialised into a String scalar by scalar), kept unchanged as the oracle
// the streaming writers are compared with (StreamingJSONTests).

enum LegacyPlanJSON {
    /// The JSON value of a checked plan.
    static func value(_ result: CheckResult, language: Language = .english) -> JSONValue {
        let plan = result.plan
        let names = plan.participants.map(\.name)
        let phaseNames = plan.phases.map(\.name)
        func competenceNames(_ indices: [Int]) -> JSONValue { .array(indices.map { .string(plan.diamond[$0].name) }) }
        func line(_ range: SourceRange?) -> JSONValue {
            range.map { .int(plan.source.location(of: $0.start).line) } ?? .null
        }

        let network: JSONValue = plan.network.map { network in
            .object([("name", .string(network.name.text)), ("kind", .optional(network.kind?.text))])
        } ?? .null
        let roles: JSONValue = .object(
            RoleKind.allCases.map { role in
                (role.rawValue, .optional(plan.role(role)?.name.text))
            })
        let roleHolders: JSONValue = .object(
            RoleKind.allCases.map { role in
                guard let holder = plan.role(role) else { return (role.rawValue, .null) }
                return (
                    role.rawValue,
                    .object(
                        [("name", .string(holder.name.text))] + facts(holder.facts)
                            + [("declared", .bool(holder.participant != nil)), ("line", line(holder.statementRange))])
                )
            })
        let diamond: JSONValue = .object([
            ("competences", .array(plan.diamond.map { .string($0.name) })),
            ("isDefault", .bool(plan.diamondIsDefault)),
        ])
        let severities = result.configuration.severities.keys.sorted().map { code -> (String, JSONValue) in
            let severity = result.configuration.severities[code] ?? nil
            return (code, .string(severity?.rawValue ?? "off"))
        }
        let settings: JSONValue = .object([
            (
                "coreTeam",
                .object([
                    ("min", .int(result.configuration.coreTeam.lowerBound)),
                    ("max", .int(result.configuration.coreTeam.upperBound)),
                ])
            ),
            ("rules", .object(severities)),
        ])

        func member(_ participant: Participant) -> JSONValue {
            .object([
                ("name", .string(participant.name)),
                ("kind", .string(participant.kind.rawValue)),
                ("builtIn", .bool(participant.isBuiltIn)),
                ("competences", competenceNames(Array(participant.competences))),
                ("via", .optional(participant.via?.text)),
                ("phases", .array(participant.phases.map { .string(phaseNames[$0]) })),
                ("line", line(participant.nameRange)),
            ] + facts(participant.facts) + [("roleHolder", .optional(participant.roleHolder?.rawValue))])
        }
        let people = plan.participants.filter { !$0.isGroup }.map(member)
        let groups = plan.participants.filter(\.isGroup).map(member)

        let phases: [JSONValue] = plan.phases.enumerated().map { index, phase in
            .object([
                ("name", .string(phase.name)),
                ("index", .int(index + 1)),
                ("start", .optional(phase.start?.description)),
                ("end", .optional(phase.end?.description)),
                (
                    "present",
                    .array(
                        phase.present.map {
                            .object([
                                ("name", .string(names[$0.participant])), ("presence", .string($0.presence.rawValue)),
                                ("purpose", .optional(phase.purpose(of: $0.participant)?.text)),
                            ])
                        })
                ),
                ("without", .array(phase.without.map { .string(names[$0.participant]) })),
                (
                    "needs",
                    .array(
                        phase.needs.map { need in
                            .object([
                                ("competence", .string(plan.diamond[need.competence].name)),
                                ("coveredBy", .array(need.coveredBy.map { .string(names[$0]) })),
                            ])
                        })
                ),
                ("covered", competenceNames(phase.needs.filter(\.isCovered).map(\.competence))),
                ("missing", competenceNames(phase.missing)),
                ("line", line(phase.nameRange)),
                ("note", .optional(phase.note)),
            ])
        }
        let referrals: [JSONValue] = plan.participants.compactMap { participant in
            guard let from = ReferralGraph.referrerName(of: participant, in: plan) else { return nil }
            return .object([("from", .string(from)), ("to", .string(participant.name))])
        }
        let file = FileDiagnostics(source: result.source, diagnostics: result.diagnostics)
        let findings = JSONRenderer(language: language).values(file)
        return .object([
            ("schemaVersion", .int(PlanJSON.schemaVersion)),
            ("file", .string(result.source.path)),
            ("network", network),
            ("roles", roles),
            ("diamond", diamond),
            ("settings", settings),
            ("participants", .array(people)),
            ("groups", .array(groups)),
            ("phases", .array(phases)),
            ("referrals", .array(referrals)),
            ("roleHolders", roleHolders),
            ("meetings", .array(plan.meetings.map { meeting($0, phaseNames: phaseNames, line: line) })),
            (
                "summary",
                .object([
                    ("errors", .int(file.count(.error))),
                    ("warnings", .int(file.count(.warning))),
                    ("notes", .int(file.count(.note))),
                ])
            ),
            ("findings", .array(findings)),
        ])
    }

    /// `unit`, `status`, `note`, `contact` of a person, group or role holder.
    /// `status` is the English word (`suggested`, `contacted`, `confirmed`,
    /// `declined`) whichever language the plan wrote it in, or null when there
    /// is none or it is not a status word; `statusWritten` is the word as
    /// written (null when there is no status). `email` is the address found
    /// in `contact`, if any.
    static func facts(_ facts: PersonFacts) -> [(String, JSONValue)] {
        [
            ("unit", .optional(facts.unit)),
            ("status", .optional(facts.status?.rawValue)),
            ("statusWritten", .optional(facts.statusWord?.text)),
            ("note", .optional(facts.note)),
            ("contact", .optional(facts.contact)),
            ("email", .optional(facts.email)),
        ]
    }

    /// `14:00`: a meeting time for machines (ISO 8601 hours and minutes;
    /// `24:00` is the end of the day), where the plan writes `14.00`.
    static func isoTime(_ minutes: Int?) -> JSONValue {
        guard let minutes else { return .null }
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return .string(pad(minutes / 60) + ":" + pad(minutes % 60))
    }

    /// A meeting: its date, times, phase (from `in`, or from the phase dates
    /// that hold it: `phaseFromDates`), place and note.
    static func meeting(
        _ meeting: Meeting, phaseNames: [String], line: (SourceRange?) -> JSONValue
    ) -> JSONValue {
        let phase = meeting.phase.flatMap { phaseNames.indices.contains($0) ? phaseNames[$0] : nil }
        return .object([
            ("name", .string(meeting.name)),
            ("date", .optional(meeting.date?.description)),
            ("start", isoTime(meeting.time?.start)),
            ("end", isoTime(meeting.time?.end)),
            ("phase", .optional(phase)),
            ("phaseFromDates", .bool(meeting.phaseIsFromDates)),
            ("place", .optional(meeting.place)),
            ("note", .optional(meeting.note)),
            ("line", line(meeting.statementRange)),
        ])
    }
}

extension JSONValue {
    /// Serialises the value; `indent` nil gives one line.
    func legacySerialized(indent: Int? = 2) -> String {
        var out = ""
        legacyWrite(into: &out, indent: indent, level: 0)
        return out
    }

    fileprivate func legacyWrite(into out: inout String, indent: Int?, level: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .string(let value): JSONValue.legacyWriteString(value, into: &out)
        case .array(let values):
            if values.isEmpty { out += "[]"; return }
            out += "["
            for (index, value) in values.enumerated() {
                if index > 0 { out += "," }
                newline(&out, indent, level + 1)
                value.legacyWrite(into: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent, level)
            out += "]"
        case .object(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            out += "{"
            for (index, (key, value)) in pairs.enumerated() {
                if index > 0 { out += "," }
                newline(&out, indent, level + 1)
                JSONValue.legacyWriteString(key, into: &out)
                out += indent == nil ? ":" : ": "
                value.legacyWrite(into: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent, level)
            out += "}"
        }
    }

    fileprivate func newline(_ out: inout String, _ indent: Int?, _ level: Int) {
        guard let indent else { return }
        out += "\n"
        out += String(repeating: " ", count: indent * level)
    }

    /// Writes a JSON string literal with the escapes RFC 8259 requires, and
    /// `\u` escapes for DEL and the C1 controls too, so no control character
    /// reaches a terminal raw.
    static func legacyWriteString(_ value: String, into out: inout String) {
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if ControlCharacters.isControl(scalar) || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
