import NetplanBase
import NetplanSyntax

/// Someone in a phase that starts soon who has not yet confirmed.
public struct UnconfirmedBeforeStartRule: Rule {
    public init() {}

    public let description = RuleDescription(
        code: "NP216", identifier: "unconfirmed-before-start", severity: .warning,
        title: Text(
            en: "Not yet confirmed, and the phase starts soon",
            da: "Endnu ikke bekræftet, og fasen begynder snart"),
        rationale: Text(
            en: "The method asks you to contact each participant personally and explain why you need them, and to find someone else in time if they are not motivated. When a phase starts within `set confirm-before` days (14 unless the plan says otherwise; `off` turns it off) and someone in it has the status `foreslået` or `kontaktet`, there is little time left to ask, or to find someone else. netplan measures from today: the system date, or `--today YYYY-MM-DD`, or the environment variable `NETPLAN_TODAY` (for runs that must give the same answer every day). It looks at phases that start from today to that many days ahead, not at phases already under way, and only at people and groups with a status: a plan that does not track status gets nothing, and neither does a phase without dates. In these examples, today is 2027-01-04.",
            da: "Metoden beder dig kontakte hver deltager personligt og forklare, hvorfor du har brug for netop vedkommende, og finde en anden i tide, hvis vedkommende ikke er motiveret. Når en fase begynder inden for `set confirm-before` dage (14, medmindre planen siger andet; `off` slår det fra), og en i fasen har status `foreslået` eller `kontaktet`, er der ikke meget tid til at spørge eller finde en anden. netplan regner fra i dag: systemets dato, `--today ÅÅÅÅ-MM-DD` eller miljøvariablen `NETPLAN_TODAY` (til kørsler, der skal give samme svar hver dag). Reglen ser på faser, der begynder fra i dag og det antal dage frem, ikke på faser, der allerede er i gang, og kun på personer og grupper med en status: en plan, der ikke følger status, får intet, og det gør en fase uden datoer heller ikke. I eksemplerne er det i dag 2027-01-04."),
        triggering: [
            "core Anne: faglighed status bekræftet\nparticipant Erik: indsigt status kontaktet\nphase Opstart from 2027-01-11 to 2027-01-29: invite ↓Erik",
            "core Anne: faglighed status foreslået\nphase ↓Opstart from 2027-01-04 to 2027-01-29",
        ],
        nonTriggering: [
            "core Anne: faglighed status bekræftet\nparticipant Erik: indsigt status kontaktet\nphase Opstart from 2027-02-01 to 2027-02-26: invite Erik",
            "core Anne: faglighed\nparticipant Erik: indsigt\nphase Opstart from 2027-01-11 to 2027-01-29: invite Erik",
            "set confirm-before off\ncore Anne: faglighed status kontaktet\nphase Opstart from 2027-01-11 to 2027-01-29",
            "core Anne: faglighed status kontaktet\nphase Opstart from 2026-12-01 to 2027-01-29",
            "core Anne: faglighed status kontaktet\nphase Opstart",
        ])

    public func check(_ context: RuleContext) -> [Diagnostic] {
        guard let today = context.today, let window = context.confirmBefore else { return [] }
        let plan = context.plan
        var open: [(participant: Int, phase: Phase, start: CalendarDate, days: Int, range: SourceRange)] = []
        for phase in plan.phases {
            guard let start = phase.start else { continue }
            let days = start.dayNumber - today.dayNumber
            guard days >= 0, days <= window else { continue }
            // Where each invited person is first invited in the phase: one
            // pass, not a search per person.
            var invitedAt: [Int: SourceRange] = [:]
            for reference in phase.invited where invitedAt[reference.participant] == nil {
                invitedAt[reference.participant] = reference.range
            }
            for attendance in phase.present {
                guard plan.participants[attendance.participant].facts.status?.isOpen == true else { continue }
                let range = invitedAt[attendance.participant] ?? phase.nameRange
                open.append((attendance.participant, phase, start, days, range))
            }
        }
        return findings(open, in: context, at: \.range) { index, phase, start, days, range in
            let person = plan.participants[index]
            let status = person.facts.status?.word ?? Text(en: "", da: "")
            let when: Text
            switch days {
            case 0: when = Text(en: "today", da: "i dag")
            case 1: when = Text(en: "tomorrow, on \(start)", da: "i morgen, \(start)")
            default: when = Text(en: "on \(start), in \(days) days", da: "\(start), om \(days) dage")
            }
            let brings = person.competences.map { plan.diamond[$0].name }
            let replacement = brings.isEmpty
                ? Text(en: "find someone else", da: "så find en anden")
                : Text(en: "find someone else who brings ", da: "så find en anden, der bidrager med ") + Text.list(brings)
            return finding(
                Text(
                    en: "`\(person.name)` is not confirmed yet (\(status.en)), and `\(phase.name)` starts \(when.en)",
                    da: "`\(person.name)` er endnu ikke bekræftet (\(status.da)), og `\(phase.name)` begynder \(when.da)"),
                at: range,
                label: Text(en: "not confirmed", da: "ikke bekræftet"),
                help: Text(
                    en: "contact `\(person.name)` personally and explain why you need them in `\(phase.name)`; if they are not keen, \(replacement.en); once they have said yes, write `status bekræftet`",
                    da: "kontakt `\(person.name)` personligt, og forklar, hvorfor I har brug for vedkommende i `\(phase.name)`; er vedkommende ikke motiveret, \(replacement.da); når vedkommende har sagt ja, så skriv `status bekræftet`"),
                action: Text(
                    en: "Get a yes or no from \(person.name) before \(phase.name) starts on \(start)",
                    da: "Få et ja eller nej fra \(person.name), før \(phase.name) begynder \(start)"))
        }
    }
}
