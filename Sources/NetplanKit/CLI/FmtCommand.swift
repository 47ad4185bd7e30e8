import Foundation

/// `netplan fmt FILE`, `netplan fmt --check PATH...`, `netplan fmt --write PATH...`
enum FmtCommand: Command {
    static let name = "fmt"
    static let summary = Text(
        en: "print plans in the canonical layout, or check or rewrite files (--check, --write)",
        da: "udskriv planer i det faste layout, eller tjek eller omskriv filer (--check, --write)")
    static let help = Text(
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
                        then replaces the file in one step, keeping its permissions

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

            Udskriver en plan i det faste layout. Der er ingen valg for layoutet:
            én sætning pr. linje (sætninger adskilt med ; deles op), enkelte mellemrum,
            navne kun i anførselstegn, hvor det er nødvendigt, hver kommentar bevaret ved
            sin sætning (en kommentar efter kode kommer efter to mellemrum), højst én tom
            linje, LF-linjeskift og præcis ét linjeskift til sidst.

            Uden --check eller --write tager fmt præcis én FIL og udskriver den; - læser
            standard input. Med --check eller --write tager den filer og mapper (alle
            *.netplan under dem); --check tager også - for standard input.

              --check   skriv navnet på hver fil, der ikke er i det faste layout;
                        intet ændres
              --write   omskriv hver fil, der ikke er i det faste layout, og skriv dens
                        navn; den nye tekst skrives til en midlertidig fil ved siden af,
                        som derefter erstatter filen i ét trin og beholder dens rettigheder

            En fil med en syntaksfejl bliver aldrig formateret eller omskrevet: fmt nævner
            den med linje og kolonne for den første fejl og lader den være, som den er. Før
            noget udskrives eller skrives, læser fmt sit eget resultat igen: ville det ændre,
            hvad planen siger (en fejl i netplan), udskrives og skrives intet.

            Afslutningskoder: 0 alle filer er i det faste layout (eller er omskrevet); 1 en fil
            er ikke i det faste layout (--check) eller har en syntaksfejl; 2 brugs- eller
            filproblem, eller fmt fangede sin egen fejl.

            """)

    static func run(_ arguments: [String], language: Language, console: Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, flags: ["--check", "--write"], options: [])
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
                formatted = try Formatter.verifiedFormat(source)
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
                try AtomicFile.replaceContents(of: source.path, with: Array(formatted.utf8))
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
            console.write(try Formatter.verifiedFormat(source))
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

/// Replaces a file's contents all at once: the new bytes go to a temporary
/// file in the same folder (`.NAME.tmp-PID`), which gets the original's
/// permissions and is then renamed over it. A reader sees the old file or the
/// new one, never half of either; on any failure the temporary file is
/// removed and the original is untouched. A symbolic link is followed, so the
/// file it points to is replaced and the link stays.
enum AtomicFile {
    /// Why a file could not be written; the original is unchanged.
    struct Failure: Error {
        var path: String
        var reason: Text

        var message: Text {
            Text(
                en: "cannot write `\(path)`: \(reason.en); the file is unchanged",
                da: "kan ikke skrive `\(path)`: \(reason.da); filen er uændret")
        }
    }

    /// The name of the temporary file used for `path`.
    static func temporaryPath(for path: String) -> String {
        let (directory, base) = split(path)
        return directory + "." + base + ".tmp-\(getpid())"
    }

    /// Writes `bytes` to `path` atomically. `renameFile` is `rename(2)`; tests replace it.
    static func replaceContents(
        of path: String, with bytes: [UInt8],
        renameFile: (String, String) -> Int32 = { rename($0, $1) }
    ) throws(Failure) {
        let target = resolvedPath(path)
        func failure(_ code: Int32) -> Failure {
            Failure(path: path, reason: .verbatim(String(cString: strerror(code))))
        }
        var status = stat()
        guard stat(target, &status) == 0 else { throw failure(errno) }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw Failure(
                path: path, reason: Text(en: "it is not a regular file", da: "det er ikke en almindelig fil"))
        }
        let permissions = status.st_mode & 0o7777
        let temporary = temporaryPath(for: target)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions)
        guard descriptor >= 0 else {
            let error = String(cString: strerror(errno))
            throw Failure(
                path: path,
                reason: Text(
                    en: "cannot create the temporary file `\(temporary)`: \(error)",
                    da: "kan ikke oprette den midlertidige fil `\(temporary)`: \(error)"))
        }

        var code: Int32 = 0
        var isOpen = true
        defer {
            if isOpen { close(descriptor) }
            if code != 0 { unlink(temporary) }
        }
        code = writeAll(bytes, to: descriptor)
        if code == 0, fchmod(descriptor, permissions) != 0 { code = errno }
        if code == 0, fsync(descriptor) != 0 { code = errno }
        if code == 0 {
            isOpen = false
            if close(descriptor) != 0 { code = errno }
        }
        if code == 0, renameFile(temporary, target) != 0 { code = errno == 0 ? EIO : errno }
        if code != 0 { throw failure(code) }
    }

    /// Writes every byte, retrying short writes and interruptions; returns 0 or an `errno` value.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
        bytes.withUnsafeBytes { buffer -> Int32 in
            var offset = 0
            while offset < buffer.count {
                guard let base = buffer.baseAddress else { return 0 }
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                if written == 0 { return EIO }
                offset += written
            }
            return 0
        }
    }

    /// The file a path names, with symbolic links followed; the path itself if that fails.
    private static func resolvedPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The folder part (ending in `/`, or empty) and the last component of a path.
    private static func split(_ path: String) -> (String, String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[...slash]), String(path[path.index(after: slash)...]))
    }
}
