import Foundation
import NetplanBase
import NetplanCheck
import NetplanViews
import NetplanSyntax
import NetplanLanguageServer

/// `netplan json FILE`: the resolved plan as one JSON object.
enum JSONCommand: Command {
    package static let name = "json"
    package static let summary = Text(
        en: "print the resolved plan as JSON (described by docs/netplan.schema.json)",
        da: "udskriv planen, som netplan forstår den, i JSON (beskrevet af docs/netplan.schema.json)")
    package static let help = Text(
        en: """
            Usage: netplan json FILE [--today DATE]

            Prints the resolved plan as one JSON object: network and roles, the diamond,
            participants and groups with their phases, unit, status, note and contact,
            phases with who is present and why, and which needs are covered, referrals, the
            role holders' facts, the meetings and the findings. FILE may be - for standard
            input. A status is written in English (suggested, contacted, confirmed,
            declined) whichever language the plan uses; meeting times as 14:00.
            The shape is described by docs/netplan.schema.json; keys come in a fixed order.

            Exit codes: 0 no errors; 1 the plan has errors (the JSON is still printed); 2 usage or file problem.

            """,
        da: """
            Brug: netplan json FIL [--today DATO]

            Udskriver planen, sådan som netplan forstår den, som ét JSON-objekt: netværk og
            roller, diamanten, deltagere og grupper med deres faser, enhed, status, note og
            kontakt, faser med hvem der er med og hvorfor, og hvilke behov der er dækket,
            henvisninger, oplysningerne om rollerne, møderne og det, netplan har fundet. FIL
            kan være - for standard input. En status skrives på engelsk (suggested,
            contacted, confirmed, declined), uanset hvilket sprog planen bruger;
            mødetidspunkter som 14:00.
            Formen er beskrevet i docs/netplan.schema.json; nøglerne står i fast rækkefølge.

            Afslutningskoder: 0 ingen fejl; 1 planen har fejl (JSON udskrives alligevel); 2 kommandoen er brugt
            forkert, eller en fil kan ikke læses.

            """)

    /// What `json` accepts: the parser and the completions read this list.
    package static let options = CommandOptions(
        [.text(Today.option)], operands: .plans)

    package static func run(_ arguments: [String], language: Language, console: Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, options)
        let source = try SingleInput.read(parsed, command: name, console: console)
        let result = LoadedWorkspace.check(source, today: try Today.read(parsed, console: console))
        var bytes = PlanJSON.bytes(result, language: language)
        bytes.append(0x0A)
        console.write(bytes: bytes)
        return result.hasErrors ? .findings : .success
    }
}

/// Reads the one file (or `-`) that commands such as `json` and `matrix` take.
enum SingleInput {
    package static func read(_ arguments: [String], command: String, console: Console) throws -> SourceFile {
        let parsed = try Arguments(arguments, flags: [], options: [])
        return try read(parsed, command: command, console: console)
    }

    package static func read(_ parsed: Arguments, command: String, console: Console) throws -> SourceFile {
        guard parsed.positional.count == 1, let path = parsed.positional.first else {
            throw UsageError(
                message: Text(
                    en: "`\(command)` needs exactly one plan file (or `-` for standard input)",
                    da: "`\(command)` skal have præcis én planfil (eller `-` for standard input)"))
        }
        var isDirectory: ObjCBool = false
        if path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw UsageError(
                message: Text(
                    en: "`\(path)` is a folder; `\(command)` takes one plan file",
                    da: "`\(path)` er en mappe; `\(command)` tager én planfil"))
        }
        guard let file = try Inputs.collect([path], console: console).first else {
            throw UsageError(message: Text(en: "cannot read `\(path)`", da: "kan ikke læse `\(path)`"))
        }
        return file
    }
}
