import NetplanBase
import NetplanSyntax
import NetplanCheck

/// The overview as JSON, with stable keys in a fixed order:
///
/// ```
/// { "networks": [ { "number", "name", "file", "kind", "start", "end",
///                   "phases": [ { "name", "start", "end" } ],
///                   "meetings": [ { "name", "date", "phase" } ],
///                   "coverage": [ { "competence", "core", "asNeeded", "groups" } ],
///                   "errors", "warnings", "notes", "report" } ],
///   "people": [ { "name", "unit", "coreNetworks", "networks": [ { "network", "involvement": [...] } ] } ],
///   "units": [ { "unit", "networks": [ { "network", "people" } ] } ] }
/// ```
///
/// `network` is the number of the network (from 1, as in `networks`);
/// involvement words are `leader`, `codriver`, `reference`, `core`,
/// `asNeeded`, `declined`; dates are `YYYY-MM-DD`; absent values are null.
/// The words are the same in both languages.
public enum OverviewJSON {
    public static func value(_ overview: Overview) -> JSONValue {
        let date = { (date: CalendarDate?) in JSONValue.optional(date?.description) }
        let networks = overview.networks.enumerated().map { index, network -> JSONValue in
            .object([
                ("number", .int(index + 1)),
                ("name", .optional(network.name)),
                ("file", .string(network.file)),
                ("kind", .optional(network.kind)),
                ("start", date(network.period?.first)),
                ("end", date(network.period?.last)),
                ("phases", .array(network.phases.map { .object([("name", .string($0.name)), ("start", date($0.start)), ("end", date($0.end))]) })),
                ("meetings", .array(network.meetings.map { meeting in
                    .object([
                        ("name", .string(meeting.name)), ("date", date(meeting.date)),
                        ("phase", .optional(meeting.phase.flatMap { $0 < network.phases.count ? network.phases[$0].name : nil })),
                    ])
                })),
                ("coverage", .array(network.coverage.map {
                    .object([("competence", .string($0.name)), ("core", .int($0.core)), ("asNeeded", .int($0.asNeeded)), ("groups", .int($0.groups))])
                })),
                ("errors", .int(network.errors)), ("warnings", .int(network.warnings)), ("notes", .int(network.notes)),
                ("report", .optional(network.report)),
            ])
        }
        let people = overview.people.map { person -> JSONValue in
            let cells = person.cells.enumerated().filter { !$0.element.isEmpty }.map { index, cell -> JSONValue in
                .object([("network", .int(index + 1)), ("involvement", .array(cell.map { .string($0.rawValue) }))])
            }
            return .object([
                ("name", .string(person.name)), ("unit", .optional(person.unit)), ("coreNetworks", .int(person.coreCount)),
                ("networks", .array(cells)),
            ])
        }
        let units = overview.units.map { unit -> JSONValue in
            let counts = unit.counts.enumerated().filter { $0.element > 0 }.map { index, count -> JSONValue in
                .object([("network", .int(index + 1)), ("people", .int(count))])
            }
            return .object([("unit", .optional(unit.name)), ("networks", .array(counts))])
        }
        return .object([("networks", .array(networks)), ("people", .array(people)), ("units", .array(units))])
    }

    public static func render(_ overview: Overview) -> String {
        value(overview).serialized() + "\n"
    }
}
