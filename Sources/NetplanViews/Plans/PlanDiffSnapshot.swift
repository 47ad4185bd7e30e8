import NetplanBase
import NetplanCheck
import NetplanSyntax

extension PlanDiff {
    /// What `PlanDiff` compares of one plan: its meaning keyed by names, with
    /// every position, comment and the order of lines left behind. When a
    /// name is declared twice, the first declaration counts (as in the resolver).
    struct Snapshot {
        struct Person {
            var key: NameKey
            var name: String
            var kind: ParticipantKind
            var competences: [String]
            var facts: PersonFacts
            /// The status in its English word, or the word as written when it is unknown.
            var status: String?
        }

        struct PhaseFacts {
            var key: NameKey
            var name: String
            var dates: String?
            var invited: [String]
            var without: [String]
            var purposes: [(name: String, text: String)]
            var needs: [String]
            var note: String?
        }

        struct MeetingFacts {
            var key: NameKey
            var name: String
            /// `2027-09-04 15.00-17.00`, or nil when undated.
            var when: String?
            var phase: String?
            var place: String?
        }

        var networkName: String?
        var networkKind: String?
        var roles: [RoleKind: String] = [:]
        var people: [Person] = []
        var phases: [PhaseFacts] = []
        var meetings: [MeetingFacts] = []
        private var peopleIndex: [NameKey: Int] = [:]
        private var phaseIndex: [NameKey: Int] = [:]
        private var meetingIndex: [NameKey: Int] = [:]

        static let empty = Snapshot()

        private init() {}

        init(_ plan: ResolvedPlan) {
            networkName = plan.network?.name.text
            networkKind = plan.network?.kind?.text
            for role in plan.roles where roles[role.role] == nil { roles[role.role] = role.name.text }
            let names = plan.participants.map(\.name)
            for participant in plan.participants where !participant.isBuiltIn {
                let key = NameKey(participant.name)
                guard peopleIndex[key] == nil else { continue }
                peopleIndex[key] = people.count
                let status = participant.facts.status?.rawValue ?? participant.facts.statusWord?.text
                people.append(
                    Person(
                        key: key, name: participant.name, kind: participant.kind,
                        competences: participant.competences.compactMap { plan.diamond.indices.contains($0) ? plan.diamond[$0].name : nil },
                        facts: participant.facts, status: status))
            }
            func name(_ index: Int) -> String? { names.indices.contains(index) ? names[index] : nil }
            for phase in plan.phases {
                let key = NameKey(phase.name)
                guard phaseIndex[key] == nil else { continue }
                phaseIndex[key] = phases.count
                phases.append(
                    PhaseFacts(
                        key: key, name: phase.name, dates: Self.dates(phase.start, phase.end),
                        invited: phase.invited.compactMap { name($0.participant) },
                        without: phase.without.compactMap { name($0.participant) },
                        purposes: phase.purposes.compactMap { purpose in name(purpose.participant).map { ($0, purpose.text) } },
                        needs: phase.needs.compactMap {
                            plan.diamond.indices.contains($0.competence) ? plan.diamond[$0.competence].name : nil
                        },
                        note: phase.note))
            }
            for meeting in plan.meetings {
                let key = NameKey(meeting.name)
                guard meetingIndex[key] == nil else { continue }
                meetingIndex[key] = meetings.count
                let phase = meeting.phase.flatMap { plan.phases.indices.contains($0) ? plan.phases[$0].name : nil }
                meetings.append(
                    MeetingFacts(
                        key: key, name: meeting.name, when: Self.when(meeting.date, meeting.time), phase: phase,
                        place: meeting.place))
            }
        }

        func person(_ key: NameKey) -> Person? { peopleIndex[key].map { people[$0] } }
        func phase(_ key: NameKey) -> PhaseFacts? { phaseIndex[key].map { phases[$0] } }
        func meeting(_ key: NameKey) -> MeetingFacts? { meetingIndex[key].map { meetings[$0] } }

        /// `2027-06-01 – 2027-09-30`, an open end written with a dash, nil when undated.
        static func dates(_ start: CalendarDate?, _ end: CalendarDate?) -> String? {
            switch (start, end) {
            case (let start?, let end?): return "\(start) – \(end)"
            case (let start?, nil): return "\(start) –"
            case (nil, let end?): return "– \(end)"
            case (nil, nil): return nil
            }
        }

        /// A meeting's date and time, the time as `15.00-17.00` however it was written.
        static func when(_ date: CalendarDate?, _ time: TimeSpan?) -> String? {
            let clock: String?
            if let time {
                if let start = time.start, let end = time.end {
                    clock = "\(hours(start))-\(hours(end))"
                } else {
                    clock = time.text
                }
            } else {
                clock = nil
            }
            switch (date, clock) {
            case (let date?, let clock?): return "\(date) \(clock)"
            case (let date?, nil): return date.description
            case (nil, let clock?): return clock
            case (nil, nil): return nil
            }
        }

        static func hours(_ minutes: Int) -> String {
            let hour = minutes / 60, minute = minutes % 60
            return (hour < 10 ? "0" : "") + "\(hour)." + (minute < 10 ? "0" : "") + "\(minute)"
        }
    }
}
