import Foundation
import NetplanBase
import NetplanSyntax
import NetplanLanguageServer

/// `netplan fmt FILE`, `netplan fmt --check PATH...`, `netplan fmt --write PATH...`
enum FmtCommand: Command {
    package static let name = "fmt"
    package static let summary = Text(
        en: "print plans in the canonical layout, or check or rewrite files (--check, --write)",
        da: "udskriv planer i det faste layout, eller tjek eller omskriv filer (--check, --write)")
    package static let help = Text(
        en: """
            Usage: netplan fmt FILE
                   netplan fmt --check PATH...
                   netplan fmt --write PATH...

            Prints a plan in the canonical layout. There are no layout options:
            one statement per line (statements joined with ; are split), single spaces,
            names in quotes only where they must be, every comment kept at its statement
            (a comment after code follows two spaces), at most one blank line, LF line ends,
            and exactly one line break at the end.

            Without --check or --write, fmt takes exactly one FILE and prints it; - reads
            standard input. With --check or --write it takes files and folders (every
            *.netplan below them); --check also takes - for standard input.

              --check   print the name of each file that is not in the canonical layout;
                        change nothing
              --write   rewrite each file that is not in the canonical layout, and print
                        its name; the new text goes to a temporary file beside it, which
                        then replaces the file in one step, keeping its permissions,
                        owner and group; a symbolic link stays a link, and a file with
                        several hard links is rewritten in place, so all of them see
                        the new text

            A file with a syntax error is never formatted or rewritten: fmt names it with
            the line and column of the first error and leaves it exactly as it is. Before
            anything is printed or written, fmt reads its own result again: if it would
            change what the plan says (a bug in netplan), nothing is printed or written.

            Exit codes: 0 every file is canonical (or has been rewritten); 1 a file is not
            canonical (--check) or has a syntax error; 2 usage or file problem, or fmt
            caught its own mistake.

            """,
        da: """
            Brug: netplan fmt FIL
                  netplan fmt --check STI...
                  netplan fmt --write STI...

            Udskriver en plan i det faste layout. Layoutet kan ikke indstilles:
            én ting pr. linje (linjer, der er sat sammen med ;, deles op), enkelte
            mellemrum, anførselstegn kun om navne, der skal have dem, hver kommentar
            bliver ved sin linje (en kommentar efter kode kommer efter to mellemrum),
            højst én tom linje, LF-linjeskift og præcis ét linjeskift til sidst.

            Uden --check eller --write tager fmt præcis én FIL og udskriver den; - læser
            standard input. Med --check eller --write tager den filer og mapper (alle
            *.netplan under dem); --check tager også - for standard input.

              --check   skriv navnet på hver fil, der ikke er i det faste layout;
                        intet ændres
              --write   omskriv hver fil, der ikke er i det faste layout, og skriv dens
                        navn; den nye tekst skrives til en midlertidig fil ved siden af,
                        som derefter erstatter filen i ét trin og beholder dens rettigheder,
                        ejer og gruppe; et symbolsk link forbliver et link, og en fil med
                        flere hårde links omskrives på stedet, så de alle viser den nye
                        tekst

            En fil med en syntaksfejl bliver aldrig formateret eller omskrevet: fmt skriver
            filens navn med linje og kolonne for den første fejl og lader filen være, som
            den er. Før noget udskrives eller skrives, læser fmt sit eget resultat igen:
            ville det ændre, hvad planen siger (en fejl i netplan), udskrives og skrives
            intet.

            Afslutningskoder: 0 alle filer er i det faste layout (eller er omskrevet); 1 en fil
            er ikke i det faste layout (--check) eller har en syntaksfejl; 2 kommandoen er
            brugt forkert, en fil kan ikke læses eller skrives, eller fmt fangede sin egen fejl.

            """)

    /// What `fmt` accepts: the parser and the completions read this list.
    package static let options = CommandOptions(
        [.flag("--check"), .flag("--write")], operands: .plans)

    package static func run(_ arguments: [String], language: Language, console: Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, options)
        let check = parsed.flags.contains("--check")
        let write = parsed.flags.contains("--write")
        if check, write {
            throw UsageError(
                message: Text(
                    en: "`--check` and `--write` cannot be used together: check first, then write",
                    da: "`--check` og `--write` kan ikke bruges sammen: tjek først, og skriv derefter"))
        }
        if !check, !write {
            if parsed.positional.count > 1 {
                throw UsageError(
                    message: Text(
                        en: "`fmt` prints one file; to check or rewrite several, add `--check` or `--write`",
                        da: "`fmt` udskriver én fil; tilføj `--check` eller `--write` for at tjekke eller omskrive flere"))
            }
            return printFormatted(try SingleInput.read(parsed, command: name, console: console), language, console)
        }
        guard !parsed.positional.isEmpty else {
            throw UsageError(
                message: Text(
                    en: "`fmt \(check ? "--check" : "--write")` needs at least one file or folder",
                    da: "`fmt \(check ? "--check" : "--write")` skal have mindst én fil eller mappe"))
        }
        if write, parsed.positional.contains("-") {
            throw UsageError(
                message: Text(
                    en: "`fmt --write` cannot rewrite standard input: use `netplan fmt -` to print the result",
                    da: "`fmt --write` kan ikke omskrive standard input: brug `netplan fmt -` for at udskrive resultatet"
                ))
        }
        let sources = try Inputs.collect(parsed.positional, console: console)
        var exitCode = ExitCode.success
        for source in sources {
            let formatted: String
            do {
                formatted = try PlanFormatter.verifiedFormat(source)
            } catch {
                console.writeError("netplan: \(error.message(language))\n")
                exitCode = worse(exitCode, failureCode(for: error))
                continue
            }
            if source.bytes.elementsEqual(formatted.utf8) { continue }
            if check {
                console.write(ControlCharacters.visible(source.path) + "\n")
                exitCode = worse(exitCode, .findings)
                continue
            }
            do {
                try SafeWrite.write(Array(formatted.utf8), to: source.path, .existing, calls: console.fileCalls)
                console.write(ControlCharacters.visible(source.path) + "\n")
            } catch {
                console.writeError("netplan: \(error.message(language))\n")
                exitCode = worse(exitCode, .usage)
            }
        }
        return exitCode
    }

    private static func printFormatted(_ source: SourceFile, _ language: Language, _ console: Console) -> ExitCode {
        do {
            console.write(try PlanFormatter.verifiedFormat(source))
            return .success
        } catch {
            console.writeError("netplan: \(error.message(language))\n")
            return failureCode(for: error)
        }
    }

    /// 1 for a plan with a syntax error; 2 when the formatter caught its own mistake.
    private static func failureCode(for refusal: FormatRefusal) -> ExitCode {
        switch refusal {
        case .syntaxError: return .findings
        case .changedMeaning: return .usage
        }
    }

    private static func worse(_ a: ExitCode, _ b: ExitCode) -> ExitCode { a.rawValue >= b.rawValue ? a : b }
}
