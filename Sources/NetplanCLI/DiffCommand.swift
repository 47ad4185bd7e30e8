import Foundation
import NetplanBase
import NetplanCheck
import NetplanViews
import NetplanSyntax
import NetplanLanguageServer

/// `netplan diff OLD NEW`: what changed in a plan's meaning, as minutes or JSON.
/// `netplan diff --git PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE`
/// is the same comparison called by git as an external diff driver.
enum DiffCommand: Command {
    package static let name = "diff"
    /// The flag for git's external-diff arguments: `path old-file old-hex
    /// old-mode new-file new-hex new-mode`, plus the new path and a message
    /// for a rename; one argument alone is an unmerged path.
    package static let git = "--git"
    package static let summary = Text(
        en: "say what changed in a plan's meaning between two versions",
        da: "fortæl, hvad der er ændret i en plans indhold mellem to udgaver")
    package static let help = Text(
        en: """
            Usage: netplan diff OLD NEW [--format text|markdown|json] [-o FILE] [--force] [--today DATE]
                   netplan diff --git PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE

            Says what changed in the plan's meaning from OLD to NEW, like minutes: people
            added or removed, core or involved as needed, competences, unit, status, note
            and contact; phases added, removed, renamed (same dates and invitations) or
            re-dated, invitations, `without`, purposes, needs and notes; meetings added,
            moved or cancelled; and errors, warnings and notes that appeared or went away.
            Layout, comments, the order of lines and how a name's accents are saved are
            never a change. Either side may be - for standard input, or /dev/null for no plan.

            A plan's `use` lines are followed as `check` follows them, so people from a
            register keep their competences, unit and status. Each side reads its registers
            from its own folder (standard input from the current folder): the same plan in
            two folders with different registers shows the register's changes. With --git,
            OLD-FILE and NEW-FILE are git's temporary copies, so both sides read the
            registers beside PATH, as they are in the working tree now.

              --format text|markdown|json   minutes in text (default) or Markdown, or JSON
              -o, --output FILE             write to FILE instead of standard output
              --force                       compare plans that have errors anyway
              --git                         the seven (or nine) arguments git passes to an
                                            external diff: see the README on `diff.netplan.command`

            JSON: {"old", "new", "changes": [...]}, each change with the keys "change"
            (such as status-changed, phase-redated, meeting-moved, finding-appeared),
            "area" (network, people, phases, meetings, findings), "subject" (the person,
            phase, meeting, role or finding code), "phase", "old", "new" (status and kind
            as English words, dates as 2027-06-01), "severity", "message" and "text" (the
            line of minutes in the --lang language); null where a key does not apply.

            A plan with errors is not compared without --force: people or phases on the
            broken lines would show as removed. The errors are printed as `check` does.
            Exit codes: 0 compared (with or without changes); 1 a plan has errors (nothing
            compared, or with --force compared anyway); 2 usage or file problem. With
            --git the exit code is 0 whenever both files could be read, as git expects,
            and errors show among the changes.

            """,
        da: """
            Brug: netplan diff GAMMEL NY [--format text|markdown|json] [-o FIL] [--force] [--today DATO]
                  netplan diff --git STI GAMMEL-FIL GAMMEL-HEX GAMMEL-MODE NY-FIL NY-HEX NY-MODE

            Fortæller, hvad der er ændret i planens indhold fra GAMMEL til NY, som et
            referat: personer, der er kommet til eller taget ud, kernedeltager eller
            deltager, der inddrages løbende, kompetencer, enhed, status, note og kontakt;
            faser, der er kommet til, taget ud, har fået nyt navn (samme datoer og
            invitationer) eller er flyttet, invitationer, `without`, formål, behov og
            noter; møder, der er kommet til, flyttet eller aflyst; og fejl, advarsler og
            bemærkninger, der er kommet til eller væk. Opstilling, kommentarer,
            linjernes rækkefølge og hvordan et navns accenter er gemt, er aldrig en
            ændring. Begge sider kan være - for standard input eller /dev/null for ingen plan.

            En plans `use`-linjer følges, som `check` gør, så personer fra et register
            beholder deres kompetencer, enhed og status. Hver side læser sine registre fra
            sin egen mappe (standard input fra den aktuelle mappe): den samme plan i to
            mapper med forskellige registre viser ændringerne i registret. Med --git er
            GAMMEL-FIL og NY-FIL midlertidige kopier fra git, så begge sider læser
            registrene ved siden af STI, som de er i arbejdsmappen nu.

              --format text|markdown|json   referat i tekst (standard) eller Markdown, eller JSON
              -o, --output FIL              skriv til FIL i stedet for standard output
              --force                       sammenlign alligevel planer, der har fejl
              --git                         de syv (eller ni) argumenter, git giver et eksternt
                                            diff-program: se README om `diff.netplan.command`

            JSON: {"old", "new", "changes": [...]}, hver ændring med nøglerne "change"
            (fx status-changed, phase-redated, meeting-moved, finding-appeared), "area"
            (network, people, phases, meetings, findings), "subject" (personen, fasen,
            mødet, rollen eller koden), "phase", "old", "new" (status og type som engelske
            ord, datoer som 2027-06-01), "severity", "message" og "text" (linjen i
            referatet på --lang-sproget); null, hvor en nøgle ikke passer.

            En plan med fejl bliver ikke sammenlignet uden --force: personer eller faser
            på linjerne med fejl ville stå som taget ud. Fejlene udskrives, som `check` gør.
            Afslutningskoder: 0 sammenlignet (med eller uden ændringer); 1 en plan har
            fejl (intet sammenlignet, eller med --force sammenlignet alligevel); 2
            kommandoen er brugt forkert, eller en fil kan ikke læses. Med --git er
            afslutningskoden 0, når begge filer kan læses, som git forventer, og fejlene
            står blandt ændringerne.

            """)

    /// What `diff` accepts: the parser and the completions read this list.
    package static let options = CommandOptions(
        [.choice("--format", ["text", "markdown", "json"]), .file("-o"), .file("--output"), .flag(ViewInput.force), .flag(git), .text(Today.option)], operands: .plans)

    package static func run(_ arguments: [String], language: Language, console: Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, options)
        let format = try parsed.choice("--format", default: "text")
        let outputFile = try parsed.output()
        let today = try Today.read(parsed, console: console)
        let isGit = parsed.flags.contains(git)
        let oldPath: String, newPath: String, oldName: String, newName: String
        if isGit {
            let given = parsed.positional
            if given.count == 1 {
                console.write("* Unmerged path \(given[0])\n")
                return .success
            }
            guard given.count == 7 || given.count == 9 else {
                throw UsageError(
                    message: Text(
                        en: "`diff --git` takes the 7 arguments git passes to an external diff (or 9 for a rename), not \(given.count)",
                        da: "`diff --git` tager de 7 argumenter, git giver et eksternt diff-program (eller 9 ved omdøbning), ikke \(given.count)"))
            }
            oldPath = given[1]
            newPath = given[4]
            oldName = "a/" + given[0]
            newName = "b/" + (given.count == 9 ? given[7] : given[0])
            console.write("diff --netplan \(oldName) \(newName)\n")
        } else {
            guard parsed.positional.count == 2 else {
                throw UsageError(
                    message: Text(
                        en: "`diff` needs two plan files, the old and the new (`-` for standard input, /dev/null for no plan)",
                        da: "`diff` skal have to planfiler, den gamle og den nye (`-` for standard input, /dev/null for ingen plan)"))
            }
            oldPath = parsed.positional[0]
            newPath = parsed.positional[1]
            oldName = oldPath == "-" ? "<stdin>" : oldPath
            newName = newPath == "-" ? "<stdin>" : newPath
        }
        if oldPath == "-", newPath == "-" {
            throw UsageError(
                message: Text(
                    en: "`-` (standard input) can be given only once",
                    da: "`-` (standard input) kan kun angives én gang"))
        }
        // git's files are temporary copies elsewhere: both are placed at the real path.
        let placed = isGit ? parsed.positional.first : nil
        let old = try read(oldPath, console: console).map { check($0, placedAt: placed, today: today) }
        let new = try read(newPath, console: console).map { check($0, placedAt: placed, today: today) }
        let broken = [old, new].compactMap { $0 }.filter { IncompleteMark($0) != nil }
        if !broken.isEmpty, !isGit {
            guard parsed.flags.contains(ViewInput.force) else {
                for result in broken { ViewInput.refuse(result, command: name, console: console, language: language) }
                return .findings
            }
            for result in broken {
                if let mark = IncompleteMark(result) {
                    let message = Text(
                        en: "\(mark.reason.en) The comparison may show people or phases as removed that are only on broken lines.",
                        da: "\(mark.reason.da) Sammenligningen kan vise personer eller faser som taget ud, selv om de kun står på linjer med fejl.")
                    console.writeError("netplan: \(message(language))\n")
                }
            }
        }
        let absent = Text(en: "(no plan)", da: "(ingen plan)")(language)
        let shownOld = old == nil ? absent : oldName
        let shownNew = new == nil ? absent : newName
        let changes = PlanDiff.changes(from: old, to: new)
        let output: String
        switch format {
        case "markdown": output = PlanDiff.markdown(changes, old: shownOld, new: shownNew, language: language)
        case "json":
            output = PlanDiff.json(changes, old: shownOld, new: shownNew, language: language).serialized() + "\n"
        default: output = PlanDiff.text(changes, old: shownOld, new: shownNew, language: language)
        }
        if let file = outputFile, file != "-" {
            do {
                try SafeWrite.write(Array(output.utf8), to: file, .existingOrNew, calls: console.fileCalls)
            } catch {
                throw UsageError(message: error.message, showsHelp: false)
            }
        } else {
            console.write(output)
        }
        return broken.isEmpty || isGit ? .success : .findings
    }

    /// Checks one side through the workspace, so that a `use` brings the
    /// register's people with their competences, unit and status. A side
    /// placed at another path (git's temporary copy, at the real path) reads
    /// its registers beside that path, as they are in the working tree.
    static func check(_ source: SourceFile, placedAt path: String?, today: CalendarDate?) -> CheckResult {
        let side = path.map { SourceFile(path: $0, bytes: source.bytes) } ?? source
        return LoadedWorkspace.check(side, today: today)
    }

    /// One side: nil for /dev/null (a plan added or deleted), standard input
    /// for `-`, else one plain file (a folder is refused).
    static func read(_ path: String, console: Console) throws -> SourceFile? {
        if path == "/dev/null" { return nil }
        var isDirectory: ObjCBool = false
        if path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw UsageError(
                message: Text(
                    en: "`\(path)` is a folder; `diff` compares two plan files",
                    da: "`\(path)` er en mappe; `diff` sammenligner to planfiler"))
        }
        return try Inputs.collect([path], console: console).first
    }
}
