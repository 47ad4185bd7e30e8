import Foundation
import NetplanBase
import NetplanLanguageServer
import NetplanSyntax

/// `netplan lsp`: the language server, over standard input and output.
enum LSPCommand: Command {
    package static let name = "lsp"
    package static let summary = Text(
        en: "run the language server for editors (LSP over standard input and output)",
        da: "kør sprogserveren til editorer (LSP over standard input og output)")
    package static let help = Text(
        en: """
            Usage: netplan lsp [--stdio]

            Runs a Language Server Protocol server on standard input and output, for
            editors: diagnostics as you type, hover, go to definition, references,
            completion, an outline, formatting and renaming participants. An editor starts
            it; you do not run it by hand. See editors/vscode/README.md for VS Code, Neovim
            and Helix. --stdio is accepted and changes nothing (it is the only transport).

            Messages are in the language the editor asks for (initializationOptions.language
            "da" or "en", or its locale); otherwise --lang or the environment decides.
            The server logs to standard error only.

            Exit codes: 0 after shutdown and exit; 1 when the editor exits it without
            shutdown or the input ends; 2 usage problem.

            """,
        da: """
            Brug: netplan lsp [--stdio]

            Kører en Language Server Protocol-server på standard input og output til
            editorer: fejl og advarsler, mens du skriver, forklaring, når musen holdes over
            et navn, gå til den linje, hvor navnet står i planen, find alle steder, navnet
            bruges, forslag, mens du skriver, en oversigt, formatering og omdøbning af
            deltagere. En editor starter den; du skal ikke selv starte den. Se
            editors/vscode/README.md for VS Code, Neovim og Helix. --stdio er tilladt og
            ændrer intet (det er den eneste måde at forbinde på).

            Meddelelser er på det sprog, editoren beder om (initializationOptions.language
            "da" eller "en", eller editorens sprogindstilling); ellers afgør --lang eller
            miljøet det. Serveren skriver kun sin log til standard error.

            Afslutningskoder: 0 efter shutdown og exit; 1 når editoren afslutter den uden
            shutdown, eller input slutter; 2 kommandoen er brugt forkert.

            """)

    /// What `lsp` accepts: the parser and the completions read this list.
    package static let options = CommandOptions(
        [.flag("--stdio")], operands: .none)

    package static func run(_ arguments: [String], language: Language, console: Console) throws -> ExitCode {
        let parsed = try Arguments(arguments, options)
        if let extra = parsed.positional.first {
            throw UsageError(
                message: Text(en: "`lsp` takes no file (`\(extra)`)", da: "`lsp` tager ingen fil (`\(extra)`)"))
        }
        let code: Int32
        if console.passThrough {
            // A client that goes away must not kill the server with SIGPIPE mid-write.
            signal(SIGPIPE, SIG_IGN)
            let server = LanguageServer(language: language) { data in
                try? FileHandle.standardOutput.write(contentsOf: data)
            }
            code = server.run(inputDescriptor: STDIN_FILENO)
        } else {
            // In-process (tests): the whole input at once, the output into the console.
            let server = LanguageServer(
                language: language, log: { console.writeError("netplan lsp: \($0)\n") },
                write: { console.write(String(decoding: $0, as: UTF8.self)) })
            server.receive(try console.readStandardInput())
            server.finishInput()
            code = server.exitCode ?? 1
        }
        return code == 0 ? .success : .findings
    }
}
