import NetplanBase
import NetplanSyntax

extension RuleContext {
    /// Where a finding about the whole plan points: the `network` line, else
    /// the first statement, else the start of the file.
    public var planAnchor: SourceRange {
        if let keyword = plan.anchorKeyword { return keyword }
        let start = plan.source.contentStart
        return SourceRange(start, start)
    }

    /// Declared participants and groups who bring a competence, in
    /// declaration order; those who have declined bring nothing.
    public func holders(of competence: Int) -> [Int] {
        plan.participants.indices.filter {
            plan.participants[$0].counts && plan.participants[$0].competences.contains(competence)
        }
    }

    /// "`Anne` has declined and is not counted": why people the plan names
    /// are missing from a count (core team, what the network brings).
    func declinedNote(_ declined: [Int]) -> Text {
        let who = Text.list(declined.map { plan.participants[$0].name })
        return declined.count == 1
            ? Text(en: "\(who.en) has declined and is not counted", da: "\(who.da) har sagt nej og tælles ikke med")
            : Text(en: "\(who.en) have declined and are not counted", da: "\(who.da) har sagt nej og tælles ikke med")
    }

    /// "Fie (ressourcer)" for each candidate, at most `limit` of them.
    func candidateList(_ candidates: [Int], competence: Int, limit: Int = 4) -> String {
        let name = plan.diamond[competence].name
        var shown = candidates.prefix(limit).map { "`\(plan.participants[$0].name)` (\(name))" }
        if candidates.count > limit { shown.append("…") }
        return shown.joined(separator: ", ")
    }
}

extension RuleContext {
    /// Built-in groups among `participants`, invited without a `group` line
    /// and so bringing nothing, that could plausibly bring `competence`.
    func undeclaredGroups(among participants: [Int], couldBring competence: Int) -> [Int] {
        let name = plan.diamond[competence].name
        return participants.filter {
            plan.participants[$0].isBuiltIn && BuiltInGroups.couldBring(plan.participants[$0].name, competence: name)
        }
    }

    /// "`Borgere` is invited but, without a `group` line, brings no
    /// competence": why nobody brings a competence while built-in groups
    /// that could bring it are invited. NP205 and NP206 end their message
    /// with it, so the finding never says "nobody" alone about invited groups.
    func invitedWithoutGroupLine(_ groups: [Int]) -> Text {
        let who = Text.list(groups.map { plan.participants[$0].name })
        return groups.count == 1
            ? Text(
                en: "\(who.en) is invited but, without a `group` line, brings no competence",
                da: "\(who.da) er inviteret, men bidrager ikke med noget uden en `group`-linje")
            : Text(
                en: "\(who.en) are invited but, without a `group` line, bring no competence",
                da: "\(who.da) er inviteret, men bidrager ikke med noget uden en `group`-linje")
    }

    /// "if they bring `indsigt`, write `group Borgere: indsigt` in the plan":
    /// the line that makes invited built-in groups bring the competence.
    func declareGroupsHelp(_ groups: [Int], competence: Int) -> Text {
        let name = plan.diamond[competence].name
        let names = groups.map { plan.participants[$0].name }
        let lines = Text.alternatives(names.map { "group \(quotedIfNeeded($0)): \(quotedIfNeeded(name))" })
        return names.count == 1
            ? Text(
                en: "if they bring `\(name)`, write \(lines.en) in the plan",
                da: "bidrager gruppen med `\(name)`, så skriv \(lines.da) i planen")
            : Text(
                en: "if one of them brings `\(name)`, write \(lines.en) in the plan",
                da: "bidrager en af dem med `\(name)`, så skriv \(lines.da) i planen")
    }

    /// Names as "`Erik`, `Fie` or `Gitte`", at most `limit` of them and then
    /// how many more.
    package func someOf(_ participants: [Int], limit: Int = 8) -> Text {
        let names = participants.prefix(limit).map { plan.participants[$0].name }
        guard participants.count > limit else { return Text.alternatives(names) }
        let more = participants.count - limit
        return Text(
            en: names.map { "`\($0)`" }.joined(separator: ", ") + " or \(more) more",
            da: names.map { "`\($0)`" }.joined(separator: ", ") + " eller \(more) andre")
    }
}

/// Who typically brings each competence of the default diamond, for hints.
enum TypicalActors {
    static func forCompetence(_ name: String) -> Text {
        switch name {
        case "faglighed":
            return Text(
                en: "professionals and staff from the fields the theme touches",
                da: "fagpersoner og medarbejdere fra de områder, temaet berører")
        case "indsigt":
            return Text(
                en: "citizens, users, relatives and researchers",
                da: "borgere, brugere, pårørende og forskere")
        case "ressourcer":
            return Text(
                en: "managers, the reference leader, companies, funds and interest organisations",
                da: "ledere, referencelederen, virksomheder, fonde og interesseorganisationer")
        case "handlekraft":
            return Text(
                en: "managers and staff who can test ideas in their own unit and spread the work",
                da: "ledere og medarbejdere, der kan afprøve idéer i egen enhed og sprede arbejdet")
        default:
            return Text(
                en: "the actors your municipality's diamond names for it",
                da: "de aktører, jeres kompetencediamant nævner for den")
        }
    }
}
