import NetplanBase
import NetplanSyntax

/// A name still in angle brackets (`"<Netværkslederens navn>"`): a
/// placeholder from `netplan init` (or written the same way) that nobody has
/// replaced yet. The theme, the roles, participants and groups are checked;
/// each placeholder is flagged once, where it first appears.
public struct PlaceholderNameRule: Rule {
    public init() {}

    public let description = RuleDescription(
        code: "NP220", identifier: "placeholder-name", severity: .warning,
        title: Text(en: "A placeholder not yet replaced", da: "En pladsholder, der ikke er erstattet endnu"),
        rationale: Text(
            en: "`netplan init` writes a starter plan in which every name to fill in stands in angle brackets, such as `\"<Name of the network leader>\"`. A plan that still holds one is not finished: the report, the schema and the calendar would show the placeholder instead of a real person. Write the real name instead, in quotes if it has a space.",
            da: "`netplan init` skriver en startplan, hvor alle navne, der skal udfyldes, står i vinkelparenteser, fx `\"<Netværkslederens navn>\"`. En plan, der stadig har en af dem, er ikke færdig: rapporten, skemaet og kalenderen ville vise pladsholderen i stedet for en rigtig person. Skriv det rigtige navn i stedet, i anførselstegn, hvis det har et mellemrum."),
        triggering: [
            "leader ↓\"<Netværkslederens navn>\"\ncore Anne: faglighed\nphase Start",
            "network ↓\"<Netværkets tema>\"\ncore ↓\"<Kernedeltager 2>\": faglighed\nphase Start: invite \"<Kernedeltager 2>\"",
            "codriver ↓\"<Co-driverens navn>\"\ncore \"<Co-driverens navn>\": faglighed\nphase Start",
            "core Anne: faglighed unit ↓\"<Enhed>\"\nphase Start from 2027-01-04 to 2027-01-29\nmeeting Opstartsmøde on 2027-01-05 in Start place ↓\"<Mødested>\"",
        ],
        nonTriggering: [
            "leader \"Mette Holm\"\ncore Anne: faglighed\nphase Start",
            "core \"Anne <formand>\": faglighed\nphase \"<Fase>\"",
        ])

    /// Whether a name is a placeholder: it starts with `<` and ends with `>`
    /// (spaces around are ignored) and has something between them.
    public static func isPlaceholder(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        return scalars.count > 2 && scalars.first == "<" && scalars.last == ">"
    }

    /// What a placeholder stands for, to say what should replace it.
    enum Slot {
        case theme, person, group
        /// A unit, contact, note or meeting place to fill in.
        case detail(String)
    }

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let plan = context.plan
        var slots: [(name: String, range: SourceRange, slot: Slot)] = []
        if let theme = plan.network?.name, Self.isPlaceholder(theme.text) {
            slots.append((theme.text, theme.range, .theme))
        }
        for role in plan.roles where Self.isPlaceholder(role.name.text) {
            slots.append((role.name.text, role.name.range, .person))
        }
        for participant in plan.participants where !participant.isBuiltIn && Self.isPlaceholder(participant.name) {
            guard let range = participant.nameRange else { continue }
            slots.append((participant.name, range, participant.isGroup ? .group : .person))
        }
        // What the starter plan asks to fill in about people and meetings.
        let people = plan.roles.flatMap(\.facts.attributes) + plan.participants.flatMap(\.facts.attributes)
        for attribute in people where Self.isPlaceholder(attribute.value.text) {
            slots.append((attribute.value.text, attribute.value.range, .detail(attribute.kind.rawValue)))
        }
        for meeting in plan.meetings {
            if let place = meeting.place, let range = meeting.placeRange, Self.isPlaceholder(place) {
                slots.append((place, range, .detail("place")))
            }
            if let note = meeting.note, let range = meeting.noteRange, Self.isPlaceholder(note) {
                slots.append((note, range, .detail("note")))
            }
        }
        // Once per placeholder, where it first appears.
        var seen: Set<String> = []
        let first = slots.sorted { $0.range.start < $1.range.start }.filter { seen.insert($0.name).inserted }
        return findings(first, in: context, at: \.range) { item in
            let help: Text
            let action: Text
            switch item.slot {
            case .theme:
                action = Text(en: "Write the network's theme instead of \(item.name)", da: "Skriv netværkets tema i stedet for \(item.name)")
            case .person:
                action = Text(en: "Replace \(item.name) with a real person", da: "Erstat \(item.name) med en rigtig person")
            case .group:
                action = Text(en: "Replace \(item.name) with a real group", da: "Erstat \(item.name) med en rigtig gruppe")
            case .detail(let keyword):
                action = Text(en: "Fill in `\(keyword)` instead of \(item.name)", da: "Udfyld `\(keyword)` i stedet for \(item.name)")
            }
            switch item.slot {
            case .theme:
                help = Text(
                    en: "replace this with the network's theme, such as `network \"Mindre ensomhed blandt ældre\"`",
                    da: "erstat den med netværkets tema, fx `network \"Mindre ensomhed blandt ældre\"`")
            case .person:
                help = Text(
                    en: "replace this with a real person, everywhere it stands (in quotes if the name has a space)",
                    da: "erstat den med en rigtig person, alle steder den står (i anførselstegn, hvis navnet har et mellemrum)")
            case .group:
                help = Text(
                    en: "replace this with a real group, everywhere it stands, such as `Pårørende`",
                    da: "erstat den med en rigtig gruppe, alle steder den står, fx `Pårørende`")
            case .detail(let keyword):
                help = Text(
                    en: "write the real \(keyword) in the quotes, or remove `\(keyword)` until you know it",
                    da: "skriv det rigtige i anførselstegnene, eller fjern `\(keyword)`, indtil I ved det")
            }
            return finding(
                Text(
                    en: "`\(item.name)` is a placeholder from the starter plan",
                    da: "`\(item.name)` er en pladsholder fra startplanen"),
                at: item.range, label: Text(en: "placeholder", da: "pladsholder"), help: help, action: action)
        }
    }
}
