import Foundation
import NetplanBase
import NetplanSyntax

/// A core team whose members all come from one unit.
public struct SingleUnitCoreRule: Rule {
    public init() {}

    public let description = RuleDescription(
        code: "NP221", identifier: "single-unit-core", severity: .note,
        title: Text(
            en: "A core team from a single unit",
            da: "Et kernehold fra én enhed"),
        rationale: Text(
            en: "The method is about crossing departments: a network brings together people from the units, institutions and organisations a theme touches, so that ideas are tested and spread beyond one department. When every core participant comes from the same unit, the network risks becoming that unit's project. netplan says so only when every core participant who has not declined has a `unit`, and there are at least two of them.",
            da: "Metoden handler om at gå på tværs af afdelinger: et netværk samler folk fra de enheder, institutioner og organisationer, temaet berører, så idéerne bliver afprøvet og spredt ud over én afdeling. Når alle kernedeltagere kommer fra samme enhed, risikerer netværket at blive den enheds projekt. netplan siger det kun, når alle kernedeltagere, der ikke har sagt nej, har en `unit`, og der er mindst to af dem."),
        triggering: [
            "↓network Test\ncore Anne: faglighed unit Jobcentret\ncore Bo: indsigt unit Jobcentret\nphase Start"
        ],
        nonTriggering: [
            "network Test\ncore Anne: faglighed unit Jobcentret\ncore Bo: indsigt unit Sundhed\nphase Start",
            "network Test\ncore Anne: faglighed unit Jobcentret\ncore Bo: indsigt\nphase Start",
            "network Test\ncore Anne: faglighed unit \"<Enhed>\"\ncore Bo: indsigt unit \"<Enhed>\"\nphase Start",
            "network Test\ncore Anne: faglighed unit Jobcentret\ncore Bo: indsigt unit Sundhed status afslået\ncore Carl: ressourcer unit Sundhed\nphase Start",
        ])

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let plan = context.plan
        let core = plan.countedCore
        guard core.count >= 2 else { return [] }
        var unit: String?
        var key: String?
        for index in core {
            // A unit still to fill in (`"<Enhed>"` from `netplan init`) says nothing about where people come from.
            guard let written = plan.participants[index].facts.unit?.trimmingCharacters(in: .whitespaces),
                !written.isEmpty, !PlaceholderNameRule.isPlaceholder(written)
            else { return [] }
            let writtenKey = NameKey(written.lowercased()).text
            if key == nil {
                key = writtenKey
                unit = written
            } else if key != writtenKey {
                return []
            }
        }
        guard let unit else { return [] }
        return [
            finding(
                Text(
                    en: "all \(core.count) core participants come from `\(unit)`",
                    da: "alle \(core.count) kernedeltagere kommer fra `\(unit)`"),
                at: context.planAnchor,
                help: Text(
                    en: "the method is about crossing departments: consider a core participant from another unit or organisation the theme touches",
                    da: "metoden handler om at gå på tværs af afdelinger: overvej en kernedeltager fra en anden enhed eller organisation, som temaet berører"),
                action: Text(
                    en: "Find a core participant from outside \(unit)",
                    da: "Find en kernedeltager uden for \(unit)"))
        ]
    }
}
