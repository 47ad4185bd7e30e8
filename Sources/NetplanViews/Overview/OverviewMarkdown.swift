import NetplanBase
import NetplanSyntax
import NetplanCheck

/// The overview as GitHub Markdown: the same tables as the page (networks
/// with their period, phases, coverage and finding counts; the phases and
/// meetings by date; people × networks; units × networks). Every name is
/// escaped scalar by scalar, so none can split a cell or a row.
public enum OverviewMarkdown {
    public static func render(_ overview: Overview, language: Language) -> String {
        let page = OverviewPage(overview: overview, language: language)
        let say = { (text: Text) in text(language) }
        let cell = PlanningMatrix.escapeMarkdown
        func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
        func rule(_ count: Int) -> String { "|" + String(repeating: "---|", count: count) }
        var lines = ["# " + say(OverviewWords.title), ""]

        lines += ["## " + say(OverviewWords.networks), ""]
        let heads = ["#", say(OverviewWords.network), say(OverviewWords.period), say(OverviewWords.coverage)]
            + [Severity.error, .warning, .note].map { say(OverviewWords.severities($0)) } + [say(OverviewWords.report)]
        lines += [row(heads), rule(heads.count)]
        for (index, network) in overview.networks.enumerated() {
            let period = network.period.map { page.dateRange($0.first, $0.last) } ?? ""
            let coverage = network.coverage.map { "\($0.name) \($0.total)" }.joined(separator: ", ")
            let report = network.report.map { "[\(cell(Overview.fileName($0)))](\(OverviewWords.href($0)))" } ?? ""
            lines.append(
                row(
                    ["\(index + 1)", cell(Overview.title(network)), cell(period), cell(coverage),
                     "\(network.errors)", "\(network.warnings)", "\(network.notes)", report]))
        }
        lines.append("")

        lines += ["## " + say(OverviewWords.timeline), ""]
        for (index, network) in overview.networks.enumerated() {
            lines.append("- **\(index + 1) \(cell(Overview.title(network)))**")
            for phase in network.phases {
                let dates = (phase.start ?? phase.end).map { page.dateRange($0, phase.end ?? $0) }
                lines.append("  - " + cell(phase.name) + ": " + (dates ?? say(Text(en: "no dates", da: "ingen datoer"))))
            }
            for meeting in network.meetings {
                let date = meeting.date.map { page.dateRange($0, $0) } ?? say(Text(en: "no date", da: "ingen dato"))
                lines.append("  - " + cell(meeting.name) + " (" + say(OverviewWords.meeting) + "): " + date)
            }
        }
        lines.append("")

        let numbers = overview.networks.indices.map { "\($0 + 1) " + cell(Overview.title(overview.networks[$0])) }
        lines += ["## " + say(OverviewWords.people), "", say(OverviewWords.peopleLead), ""]
        let personHeads = [say(OverviewWords.person), say(OverviewWords.unit), say(OverviewWords.coreIn)]
        lines += [row(personHeads + numbers), rule(numbers.count + 3)]
        for person in overview.people {
            let cells = person.cells.map { $0.map { $0.word(language) }.joined(separator: ", ") }
            lines.append(row([cell(person.name), cell(person.unit ?? ""), "\(person.coreCount)"] + cells))
        }
        lines.append("")

        lines += ["## " + say(OverviewWords.units), "", say(OverviewWords.unitsLead), ""]
        lines += [row([say(OverviewWords.unit)] + numbers), rule(numbers.count + 1)]
        for unit in overview.units {
            let name = unit.name.map(cell) ?? "*\(say(OverviewWords.noUnit))*"
            lines.append(row([name] + unit.counts.map { $0 == 0 ? "–" : "\($0)" }))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
