import NetplanBase
import NetplanCheck
import NetplanSyntax

extension PlanDiff {
    /// A change as a line of minutes, in both languages: "Karin Wulff er nu
    /// bekræftet (var kontaktet)". Names and values are given as written;
    /// the renderers escape them for their format.
    public static func sentence(_ change: PlanChange) -> Text {
        let s = change.subject
        let old = change.old, new = change.new
        switch change.kind {
        case .networkRenamed:
            return value(Text(en: "The network's name", da: "Netværkets navn"), old, new)
        case .networkKindChanged:
            return value(Text(en: "The kind of network", da: "Netværkstypen"), old, new)
        case .roleChanged:
            let role = RoleKind(rawValue: s).map { Vocabulary.role($0).capitalised } ?? .verbatim(s)
            return value(role, old, new)
        case .personAdded:
            return Text(en: "New \(kindWord(new).en): \(s)", da: "Ny \(kindWord(new).da): \(s)")
        case .personRemoved:
            return Text(
                en: "\(s) is no longer in the plan (was \(article(kindWord(old).en)))",
                da: "\(s) er ikke længere med i planen (var \(kindWord(old).da))")
        case .kindChanged:
            return Text(
                en: "\(s) is now \(article(kindWord(new).en)) (was \(article(kindWord(old).en)))",
                da: "\(s) er nu \(kindWord(new).da) (var \(kindWord(old).da))")
        case .competencesChanged:
            let now = list(new), was = list(old)
            return Text(
                en: "\(s) now contributes \(now.en) (was \(was.en))", da: "\(s) bidrager nu med \(now.da) (før: \(was.da))")
        case .unitChanged:
            guard let new else {
                return Text(en: "\(s) has no unit in the plan any more (was \(old ?? ""))",
                    da: "\(s) har ikke længere en enhed i planen (før: \(old ?? ""))")
            }
            return Text(en: "\(s) now comes from \(new)", da: "\(s) kommer nu fra \(new)") + before(old)
        case .statusChanged:
            let now = status(new), was = status(old)
            guard new != nil else {
                return Text(en: "\(s) has no status any more (was \(was.en))", da: "\(s) har ikke længere en status (var \(was.da))")
            }
            guard old != nil else { return Text(en: "\(s) is now \(now.en)", da: "\(s) er nu \(now.da)") }
            return Text(en: "\(s) is now \(now.en) (was \(was.en))", da: "\(s) er nu \(now.da) (var \(was.da))")
        case .noteChanged:
            return value(Text(en: "The note on \(s)", da: "Noten om \(s)"), quoted(old), quoted(new))
        case .contactChanged:
            return value(Text(en: "The contact for \(s)", da: "Kontakten til \(s)"), old, new)
        case .phaseAdded:
            return Text(en: "New phase: \(s)", da: "Ny fase: \(s)") + dates(new)
        case .phaseRemoved:
            return Text(en: "The phase \(s) is no longer in the plan", da: "Fasen \(s) er ikke længere med i planen")
        case .phaseRenamed:
            return Text(en: "The phase \(old ?? "") is now called \(s)", da: "Fasen \(old ?? "") hedder nu \(s)")
        case .phaseRedated:
            let now = new.map(Text.verbatim) ?? Text(en: "no dates", da: "ingen datoer")
            let was = old.map(Text.verbatim) ?? Text(en: "no dates", da: "ingen datoer")
            guard new != nil else {
                return Text(en: "The phase \(s) has no dates any more (was \(was.en))", da: "Fasen \(s) har ikke længere datoer (var \(was.da))")
            }
            return Text(en: "The phase \(s) has moved to \(now.en) (was \(was.en))", da: "Fasen \(s) er flyttet til \(now.da) (var \(was.da))")
        case .phaseNeedsChanged:
            let now = list(new), was = list(old)
            return Text(
                en: "The phase \(s) now needs \(now.en) (was \(was.en))", da: "Fasen \(s) har nu brug for \(now.da) (før: \(was.da))")
        case .phaseNoteChanged:
            return value(Text(en: "The note on the phase \(s)", da: "Noten om fasen \(s)"), quoted(old), quoted(new))
        case .invited:
            return Text(en: "\(s) is now invited to the phase \(p(change))", da: "\(s) er nu inviteret til fasen \(p(change))")
        case .uninvited:
            return Text(
                en: "\(s) is no longer invited to the phase \(p(change))", da: "\(s) er ikke længere inviteret til fasen \(p(change))")
        case .leftOut:
            return Text(en: "\(s) is now left out of the phase \(p(change))", da: "\(s) er nu holdt ude af fasen \(p(change))")
        case .takenBackIn:
            return Text(en: "\(s) takes part in the phase \(p(change)) again", da: "\(s) er med i fasen \(p(change)) igen")
        case .purposeChanged:
            guard let new = quoted(new) else {
                return Text(
                    en: "The purpose of \(s) in the phase \(p(change)) is removed (was \(quoted(old) ?? ""))",
                    da: "Formålet for \(s) i fasen \(p(change)) er fjernet (var \(quoted(old) ?? ""))")
            }
            return Text(
                en: "\(s) now takes part in the phase \(p(change)) for \(new)",
                da: "\(s) er nu med i fasen \(p(change)) for \(new)") + before(quoted(old))
        case .meetingAdded:
            let place = change.phase.map { Text(en: " in the phase \($0)", da: " i fasen \($0)") } ?? .verbatim("")
            return Text(en: "New meeting: \(s)", da: "Nyt møde: \(s)") + when(new) + place
        case .meetingCancelled:
            return Text(en: "The meeting \(s) is cancelled", da: "Mødet \(s) er aflyst") + when(old)
        case .meetingMoved:
            let now = old == nil && new == nil ? Text(en: "no date", da: "ingen dato") : .verbatim(new ?? "")
            return Text(en: "The meeting \(s) has moved to \(now.en)", da: "Mødet \(s) er flyttet til \(now.da)")
                + (old.map { Text(en: " (was \($0))", da: " (var \($0))") } ?? .verbatim(""))
        case .meetingPhaseChanged:
            guard let new else {
                return Text(en: "The meeting \(s) belongs to no phase any more", da: "Mødet \(s) hører ikke længere til en fase")
            }
            return Text(en: "The meeting \(s) now belongs to the phase \(new)", da: "Mødet \(s) hører nu til fasen \(new)")
                + (old.map { Text(en: " (was \($0))", da: " (var \($0))") } ?? .verbatim(""))
        case .meetingPlaceChanged:
            return value(Text(en: "The place of the meeting \(s)", da: "Stedet for mødet \(s)"), quoted(old), quoted(new))
        case .findingAppeared:
            let word = change.severity.map(Vocabulary.severity) ?? .verbatim("")
            let message = change.message ?? .verbatim("")
            return Text(en: "New \(word.en) \(s): \(message.en)", da: "Ny \(word.da) \(s): \(message.da)")
        case .findingResolved:
            let word = change.severity.map(Vocabulary.severity) ?? .verbatim("")
            let message = change.message ?? .verbatim("")
            return Text(en: "Gone: \(word.en) \(s): \(message.en)", da: "Væk: \(word.da) \(s): \(message.da)")
        }
    }

    /// "X is now A (was B)", "X is now A", "X is removed (was B)".
    static func value(_ what: Text, _ old: String?, _ new: String?) -> Text {
        guard let new else {
            return Text(en: "\(what.en) is removed (was \(old ?? ""))", da: "\(what.da) er fjernet (var \(old ?? ""))")
        }
        return Text(en: "\(what.en) is now \(new)", da: "\(what.da) er nu \(new)") + before(old)
    }

    static func before(_ old: String?) -> Text {
        old.map { Text(en: " (was \($0))", da: " (før: \($0))") } ?? .verbatim("")
    }

    static func quoted(_ text: String?) -> String? { text.map { "\"\($0)\"" } }

    static func p(_ change: PlanChange) -> String { change.phase ?? "" }

    static func dates(_ dates: String?) -> Text { dates.map { .verbatim(" (\($0))") } ?? .verbatim("") }

    static func when(_ when: String?) -> Text {
        when.map { Text(en: " on \($0)", da: " den \($0)") } ?? .verbatim("")
    }

    static func kindWord(_ raw: String?) -> Text {
        raw.flatMap(ParticipantKind.init(rawValue:)).map(Vocabulary.kind) ?? .verbatim(raw ?? "")
    }

    static func article(_ noun: String) -> String {
        guard let first = noun.first else { return noun }
        return ("aeiou".contains(first) ? "an " : "a ") + noun
    }

    static func status(_ raw: String?) -> Text {
        guard let raw else { return Text(en: "no status", da: "ingen status") }
        return RecruitmentStatus(rawValue: raw)?.word ?? .verbatim(raw)
    }

    static func list(_ joined: String?) -> Text {
        guard let joined, !joined.isEmpty else { return Text(en: "nothing", da: "ingenting") }
        return .verbatim(joined)
    }
}
