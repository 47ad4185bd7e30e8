import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanCheck
@testable import NetplanLanguageServer
@testable import NetplanCLI

/// Scripted editor sessions against the server, in-process over pipes.
@Suite struct LanguageServerTests {
    static let uri = "file:///tmp/netvaerk.netplan"

    /// A plan with one error (`Borgre`) on a line with `æ` and an emoji before it.
    static let plan = """
        network "Mindre ensomhed"
        leader "Mette Holm"
        codriver Jonas
        diamond faglighed, indsigt, ressourcer, handlekraft
        core Anne: faglighed, handlekraft
        core "Bo Nielsen": faglighed via Anne
        core Jonas: ressourcer, indsigt
        participant Erik: ressourcer via "Bo Nielsen"
        group Borgere: indsigt
        phase Opstart
        phase "Bæ 😀": invite Borgre
        phase Test: invite Erik needs ressourcer without Anne

        """

    /// A client that has initialized and opened `plan`, with its first diagnostics.
    static func session(
        _ text: String = plan, language: Language = .english, options: [String: Any] = [:]
    ) -> (LSPTestClient, JSON?) {
        let client = LSPTestClient(language: language)
        client.initialize(options)
        client.open(uri, text)
        return (client, client.diagnostics(for: uri))
    }

    static func finish(_ client: LSPTestClient) {
        _ = client.request("shutdown")
        client.notify("exit")
        #expect(client.waitForExit() == 0)
    }

    // MARK: - Life cycle

    @Test func initializeAdvertisesCapabilities() throws {
        let client = LSPTestClient()
        let response = try #require(client.initialize())
        let capabilities = try #require(response["result"]?["capabilities"])
        #expect(capabilities["textDocumentSync"]?["change"]?.int == 2)  // incremental
        #expect(capabilities["textDocumentSync"]?["openClose"]?.bool == true)
        #expect(capabilities["textDocumentSync"]?["save"] != nil)
        #expect(capabilities["hoverProvider"]?.bool == true)
        #expect(capabilities["definitionProvider"]?.bool == true)
        #expect(capabilities["referencesProvider"]?.bool == true)
        #expect(capabilities["documentSymbolProvider"]?.bool == true)
        #expect(capabilities["documentFormattingProvider"]?.bool == true)
        #expect(capabilities["renameProvider"]?["prepareProvider"]?.bool == true)
        #expect(capabilities["completionProvider"]?["triggerCharacters"]?.array?.compactMap(\.string) == [" ", ":", ","])
        #expect(response["result"]?["serverInfo"]?["name"]?.string == "netplan")
        Self.finish(client)
    }

    @Test func shutdownRefusesLaterRequestsAndExitReturnsZero() throws {
        let client = LSPTestClient()
        client.initialize()
        let shutdown = try #require(client.request("shutdown"))
        #expect(shutdown["result"]?.isNull == true)
        let refused = try #require(client.request("textDocument/hover", LSPTestClient.at(Self.uri, 0, 0)))
        #expect(refused["error"]?["code"]?.int == JSONRPCErrorCode.invalidRequest)
        client.notify("exit")
        #expect(client.waitForExit() == 0)
    }

    @Test func exitWithoutShutdownReturnsOne() {
        let client = LSPTestClient()
        client.initialize()
        client.notify("exit")
        #expect(client.waitForExit() == 1)
    }

    @Test func endOfInputWithoutExitReturnsOne() {
        let client = LSPTestClient()
        client.initialize()
        client.closeInput()
        #expect(client.waitForExit() == 1)
    }

    @Test func requestsBeforeInitializeAreRefused() throws {
        let client = LSPTestClient()
        let early = try #require(client.request("textDocument/hover", LSPTestClient.at(Self.uri, 0, 0)))
        #expect(early["error"]?["code"]?.int == JSONRPCErrorCode.serverNotInitialized)
        client.initialize()
        let again = try #require(client.request("initialize", ["capabilities": [String: Any]()]))
        #expect(again["error"]?["code"]?.int == JSONRPCErrorCode.invalidRequest)
        Self.finish(client)
    }

    // MARK: - Robustness

    @Test func malformedMessagesGetErrorsAndTheServerGoesOn() throws {
        let client = LSPTestClient()
        client.initialize()

        // A header without a usable length.
        client.sendRaw("Content-Length: lots\r\n\r\n")
        #expect(client.next()?["error"]?["code"]?.int == JSONRPCErrorCode.parseError)
        // A body that is not JSON.
        client.sendBody("{\"jsonrpc\": \"2.0\", \"id\": 99, \"method\": ")
        let notJSON = try #require(client.next())
        #expect(notJSON["error"]?["code"]?.int == JSONRPCErrorCode.parseError)
        #expect(notJSON["id"]?.isNull == true)
        // JSON that is not a request object.
        client.sendBody("[1, 2, 3]")
        #expect(client.next()?["error"]?["code"]?.int == JSONRPCErrorCode.invalidRequest)
        client.sendBody("{\"jsonrpc\": \"2.0\", \"id\": 7}")
        let noMethod = try #require(client.next())
        #expect(noMethod["error"]?["code"]?.int == JSONRPCErrorCode.invalidRequest)
        #expect(noMethod["id"]?.int == 7)
        client.sendBody("{\"jsonrpc\": \"1.0\", \"id\": 8, \"method\": \"shutdown\"}")
        #expect(client.next()?["error"]?["code"]?.int == JSONRPCErrorCode.invalidRequest)
        client.sendBody("{\"jsonrpc\": \"2.0\", \"id\": true, \"method\": \"shutdown\"}")
        #expect(client.next()?["error"]?["code"]?.int == JSONRPCErrorCode.invalidRequest)
        client.sendBody("{\"jsonrpc\": \"2.0\", \"id\": 9, \"method\": \"textDocument/hover\", \"params\": 5}")
        #expect(client.next()?["error"]?["code"]?.int == JSONRPCErrorCode.invalidRequest)
        // A lone surrogate is replaced (U+FFFD), not a reason to drop the message: `x` is read, and unknown.
        client.sendBody("{\"jsonrpc\": \"2.0\", \"id\": 10, \"method\": \"x\", \"params\": {\"a\": \"\\ud800\"}}")
        let surrogate = try #require(client.next())
        #expect(surrogate["id"]?.int == 10)
        #expect(surrogate["error"]?["code"]?.int == JSONRPCErrorCode.methodNotFound)
        // Missing fields in a known request.
        let missing = try #require(client.request("textDocument/hover", ["textDocument": ["uri": Self.uri]]))
        #expect(missing["error"]?["code"]?.int == JSONRPCErrorCode.invalidParams)
        let wrongType = try #require(
            client.request(
                "textDocument/hover",
                ["textDocument": ["uri": Self.uri], "position": ["line": "one", "character": 0]]))
        #expect(wrongType["error"]?["code"]?.int == JSONRPCErrorCode.invalidParams)
        // A bad notification gets no reply, and breaks nothing.
        client.notify("textDocument/didOpen", ["textDocument": ["uri": 5]])

        // The tail of a broken message glued in front of the next header: the message after it still arrives.
        client.sendRaw("garbage\"}")
        let id = client.sendRequest("textDocument/documentSymbol", ["textDocument": ["uri": Self.uri]])
        let answer = try #require(client.next())
        #expect(answer["id"]?.int == id)
        #expect(answer["result"]?.array?.isEmpty == true)

        // String ids are echoed.
        client.sendBody("{\"jsonrpc\": \"2.0\", \"id\": \"abc\", \"method\": \"no/such\"}")
        #expect(client.next()?["id"]?.string == "abc")
        Self.finish(client)
    }

    @Test func unknownMethodsAndNotifications() throws {
        let client = LSPTestClient()
        client.initialize()
        let unknown = try #require(client.request("textDocument/semanticTokens/full", ["textDocument": ["uri": Self.uri]]))
        #expect(unknown["error"]?["code"]?.int == JSONRPCErrorCode.methodNotFound)
        // Unknown notifications, `$/` ones included, get no answer at all.
        client.notify("$/cancelRequest", ["id": 1])
        client.notify("$/setTrace", ["value": "off"])
        client.notify("workspace/didChangeConfiguration", ["settings": [String: Any]()])
        client.notify("something/else")
        let id = client.sendRequest("shutdown")
        let next = try #require(client.next())
        #expect(next["id"]?.int == id)
        client.notify("exit")
        #expect(client.waitForExit() == 0)
    }

    // MARK: - Diagnostics

    @Test func diagnosticsHaveUTF16RangesCodesAndHelp() throws {
        let (client, published) = Self.session()
        let params = try #require(published?["params"])
        #expect(params["version"]?.int == 1)
        let diagnostics = try #require(params["diagnostics"]?.array)
        let unknown = try #require(diagnostics.first { $0["code"]?.string == "NP101" })
        // `phase "Bæ 😀": invite ` is 22 UTF-16 units (the emoji counts two; it is 28 bytes and 21 characters).
        #expect("phase \"Bæ 😀\": invite ".utf16.count == 22)
        #expect(unknown["range"]?.rangeText == "10:22-10:28")
        #expect(unknown["range"]?.rangeText == LSPText.range(of: "Borgre", in: Self.plan))
        #expect(unknown["severity"]?.int == 1)
        #expect(unknown["source"]?.string == "netplan")
        let message = try #require(unknown["message"]?.string)
        #expect(message.contains("Borgre"))
        #expect(message.contains("help: did you mean `Borgere`?"))
        // Warnings are severity 2.
        #expect(diagnostics.contains { $0["severity"]?.int == 2 })
        Self.finish(client)
    }

    @Test func diagnosticsFollowChangesAndClose() throws {
        let (client, _) = Self.session()
        let fixed = Self.plan.replacingOccurrences(of: "Borgre", with: "Borgere")
        client.change(Self.uri, fixed, version: 2)
        let after = try #require(client.diagnostics(for: Self.uri))
        #expect(after["params"]?["version"]?.int == 2)
        #expect(after["params"]?["diagnostics"]?.array?.contains { $0["severity"]?.int == 1 } == false)

        // A duplicate: the first declaration comes as related information.
        let duplicated = fixed + "participant Erik: indsigt\n"
        client.change(Self.uri, duplicated, version: 3)
        let third = try #require(client.diagnostics(for: Self.uri)?["params"]?["diagnostics"]?.array)
        let duplicate = try #require(third.first { $0["message"]?.string?.contains("Erik") == true && $0["severity"]?.int == 1 })
        let related = try #require(duplicate["relatedInformation"]?[0])
        #expect(related["location"]?["uri"]?.string == Self.uri)
        #expect(related["location"]?["range"]?.rangeText == LSPText.range(of: "Erik", in: duplicated))
        #expect(related["message"]?.string?.isEmpty == false)

        client.notify("textDocument/didClose", ["textDocument": ["uri": Self.uri]])
        let closed = try #require(client.diagnostics(for: Self.uri))
        #expect(closed["params"]?["diagnostics"]?.array?.isEmpty == true)
        Self.finish(client)
    }

    @Test func crlfAndAstralCharactersGiveClientPositions() throws {
        let text = "core Anne: faglighed\r\n# 𝄞𝄞 é\r\nphase \"𝄞 x\": invite Ukendt\r\n"
        let (client, published) = Self.session(text)
        let diagnostics = try #require(published?["params"]?["diagnostics"]?.array)
        let unknown = try #require(diagnostics.first { $0["code"]?.string == "NP101" })
        let column = "phase \"𝄞 x\": invite ".utf16.count
        #expect(column == 21)
        #expect(unknown["range"]?.rangeText == "2:\(column)-2:\(column + 6)")
        Self.finish(client)
    }

    @Test func incrementalChangesAreAppliedToo() throws {
        let (client, _) = Self.session()
        // Replace `Borgre` by `Borgere` with a range, though the server asks for full text.
        let start = LSPText.position(of: "Borgre", in: Self.plan)
        client.notify(
            "textDocument/didChange",
            [
                "textDocument": ["uri": Self.uri, "version": 2],
                "contentChanges": [
                    [
                        "range": [
                            "start": ["line": start.line, "character": start.character],
                            "end": ["line": start.line, "character": start.character + 6],
                        ],
                        "text": "Borgere",
                    ]
                ],
            ])
        let after = try #require(client.diagnostics(for: Self.uri)?["params"]?["diagnostics"]?.array)
        #expect(!after.contains { $0["code"]?.string == "NP101" })
        Self.finish(client)
    }

    @Test func danishFromInitializationOptionsOrLocale() throws {
        let (client, published) = Self.session(options: ["initializationOptions": ["language": "da"]])
        let diagnostics = try #require(published?["params"]?["diagnostics"]?.array)
        let unknown = try #require(diagnostics.first { $0["code"]?.string == "NP101" })
        #expect(unknown["message"]?.string?.contains("hjælp: mente du `Borgere`?") == true)
        Self.finish(client)

        let (second, fromLocale) = Self.session(options: ["locale": "da-DK"])
        #expect(fromLocale?["params"]?["diagnostics"]?.array?.contains { $0["message"]?.string?.contains("mente du") == true } == true)
        Self.finish(second)

        // The server's own language (from --lang or the environment) when the client says nothing.
        let (third, fromServer) = Self.session(language: .danish)
        #expect(fromServer?["params"]?["diagnostics"]?.array?.contains { $0["message"]?.string?.contains("mente du") == true } == true)
        Self.finish(third)
    }

    // MARK: - Completion

    static func labels(_ response: JSON?) -> [String] {
        let items = response?["result"]?.array ?? response?["result"]?["items"]?.array ?? []
        return items.compactMap { $0["label"]?.string }
    }

    static func completion(_ client: LSPTestClient, _ text: String, at needle: String) -> JSON? {
        client.change(uri, text, version: 9)
        _ = client.diagnostics(for: uri)
        let position = LSPText.position(of: needle, in: text)
        return client.request(
            "textDocument/completion", LSPTestClient.at(uri, position.line, position.character + needle.utf16.count))
    }

    @Test func completesNamesAfterInvite() throws {
        let (client, _) = Self.session()
        let text = Self.plan + "phase Ny: invite \n"
        let response = Self.completion(client, text, at: "phase Ny: invite ")
        let labels = Self.labels(response)
        #expect(labels.contains("Anne"))
        #expect(labels.contains("Erik"))
        #expect(labels.contains("Bo Nielsen"))
        #expect(labels.contains("Pårørende"))
        #expect(labels.filter { $0 == "Borgere" }.count == 1)
        let items = try #require(response?["result"]?.array)
        let bo = try #require(items.first { $0["label"]?.string == "Bo Nielsen" })
        #expect(bo["textEdit"]?["newText"]?.string == "\"Bo Nielsen\"")
        #expect(bo["detail"]?.string?.contains("core participant") == true)
        let position = LSPText.position(of: "phase Ny: invite ", in: text)
        #expect(bo["textEdit"]?["range"]?["start"]?.position?.character == position.character + 17)

        // After a comma, names already in the list are left out.
        let listed = Self.labels(Self.completion(client, Self.plan + "phase Ny: invite Erik, \n", at: "Ny: invite Erik, "))
        #expect(listed.contains("Anne"))
        #expect(!listed.contains("Erik"))

        // A partial name is replaced whole.
        let partialText = Self.plan + "phase Ny: invite Er\n"
        let partial = Self.completion(client, partialText, at: "Ny: invite Er")
        let erik = try #require(partial?["result"]?.array?.first { $0["label"]?.string == "Erik" })
        let erStart = LSPText.position(of: "Ny: invite Er", in: partialText)
        #expect(erStart.line == 12)
        #expect(erik["textEdit"]?["range"]?.rangeText == "12:\(erStart.character + 11)-12:\(erStart.character + 13)")
        Self.finish(client)
    }

    @Test func completesCompetencesKeywordsAndClauses() throws {
        let (client, _) = Self.session()
        let competences = Self.labels(Self.completion(client, Self.plan + "participant Ny: \n", at: "participant Ny: "))
        #expect(competences == ["faglighed", "indsigt", "ressourcer", "handlekraft"])
        let needs = Self.labels(Self.completion(client, Self.plan + "phase Ny: needs indsigt, \n", at: "needs indsigt, "))
        #expect(needs == ["faglighed", "ressourcer", "handlekraft"])
        let clauses = Self.labels(Self.completion(client, Self.plan + "phase Ny: \n", at: "phase Ny: "))
        #expect(clauses.starts(with: ["invite", "needs", "without"]))
        let afterName = Self.labels(Self.completion(client, Self.plan + "phase Ny: invite Erik \n", at: "Ny: invite Erik "))
        #expect(afterName.contains("needs"))
        client.change(Self.uri, Self.plan + "\n", version: 10)
        _ = client.diagnostics(for: Self.uri)
        let statement = Self.labels(client.request("textDocument/completion", LSPTestClient.at(Self.uri, 12, 0)))
        #expect(statement.contains("core"))
        #expect(statement.contains("phase"))
        #expect(statement.contains("diamond"))
        // Directly after a colon, a space is inserted first.
        let glued = Self.completion(client, Self.plan + "phase Ny:\n", at: "phase Ny:")
        let invite = try #require(glued?["result"]?.array?.first { $0["label"]?.string == "invite" })
        #expect(invite["textEdit"]?["newText"]?.string == " invite")
        // `without` offers core participants first; no built-in group it never met.
        let without = Self.completion(client, Self.plan + "phase Ny: without \n", at: "Ny: without ")
        let withoutLabels = Self.labels(without)
        #expect(withoutLabels.contains("Anne"))
        #expect(!withoutLabels.contains("Pårørende"))
        // Nothing inside a comment.
        #expect(Self.labels(Self.completion(client, Self.plan + "# invite \n", at: "# invite ")).isEmpty)
        Self.finish(client)
    }

    // MARK: - Hover

    @Test func hoverOnParticipantCompetenceAndPhase() throws {
        let (client, _) = Self.session()
        let bo = LSPText.position(of: "Bo Nielsen", in: Self.plan, occurrence: 2)  // the `via` in Erik's line
        let hover = try #require(client.request("textDocument/hover", LSPTestClient.at(Self.uri, bo.line, bo.character + 2)))
        let value = try #require(hover["result"]?["contents"]?["value"]?.string)
        #expect(hover["result"]?["contents"]?["kind"]?.string == "markdown")
        #expect(value.contains("core participant"))
        #expect(value.contains("`faglighed`"))
        #expect(value.contains("via"))
        #expect(value.contains("`Anne`"))
        #expect(value.contains("`Opstart`"))
        #expect(value.contains("`Erik`"))  // suggested Erik
        #expect(hover["result"]?["range"]?.rangeText == LSPText.range(of: "\"Bo Nielsen\"", in: Self.plan, occurrence: 2))

        let anne = LSPText.position(of: "Anne", in: Self.plan, occurrence: 3)  // `without Anne`
        let anneHover = try #require(client.request("textDocument/hover", LSPTestClient.at(Self.uri, anne.line, anne.character)))
        let anneText = try #require(anneHover["result"]?["contents"]?["value"]?.string)
        #expect(anneText.contains("left out of"))
        #expect(anneText.contains("`Test`"))

        let competence = LSPText.position(of: "ressourcer", in: Self.plan, occurrence: 4)  // `needs ressourcer`
        let competenceHover = try #require(
            client.request("textDocument/hover", LSPTestClient.at(Self.uri, competence.line, competence.character + 1)))
        let competenceText = try #require(competenceHover["result"]?["contents"]?["value"]?.string)
        #expect(competenceText.contains("competence"))
        #expect(competenceText.contains("core participants: `Jonas`"))
        #expect(competenceText.contains("involved as needed: `Erik`"))

        let phase = LSPText.position(of: "Test", in: Self.plan)
        let phaseHover = try #require(client.request("textDocument/hover", LSPTestClient.at(Self.uri, phase.line, phase.character)))
        let phaseText = try #require(phaseHover["result"]?["contents"]?["value"]?.string)
        #expect(phaseText.contains("invited: `Erik`"))
        #expect(phaseText.contains("`Jonas`"))
        #expect(phaseText.contains("left out: `Anne`"))
        #expect(phaseText.contains("needs covered: `ressourcer`"))

        let nothing = try #require(client.request("textDocument/hover", LSPTestClient.at(Self.uri, 9, 0)))
        #expect(nothing["result"]?.isNull == true)
        Self.finish(client)
    }

    // MARK: - Navigation

    @Test func definitionAndReferences() throws {
        let (client, _) = Self.session()
        let erik = LSPText.position(of: "Erik", in: Self.plan, occurrence: 2)  // `invite Erik`
        let definition = try #require(
            client.request("textDocument/definition", LSPTestClient.at(Self.uri, erik.line, erik.character + 1)))
        #expect(definition["result"]?[0]?["uri"]?.string == Self.uri)
        #expect(definition["result"]?[0]?["range"]?.rangeText == LSPText.range(of: "Erik", in: Self.plan))

        // A competence is declared on the `diamond` line.
        let needs = LSPText.position(of: "ressourcer", in: Self.plan, occurrence: 4)
        let competence = try #require(
            client.request("textDocument/definition", LSPTestClient.at(Self.uri, needs.line, needs.character)))
        #expect(competence["result"]?[0]?["range"]?.rangeText == LSPText.range(of: "ressourcer", in: Self.plan))

        let anne = LSPText.position(of: "Anne", in: Self.plan)
        var params = LSPTestClient.at(Self.uri, anne.line, anne.character)
        params["context"] = ["includeDeclaration": true]
        let references = try #require(client.request("textDocument/references", params)?["result"]?.array)
        #expect(references.compactMap { $0["range"]?.rangeText } == (1...3).map { LSPText.range(of: "Anne", in: Self.plan, occurrence: $0) })
        params["context"] = ["includeDeclaration": false]
        let withoutDeclaration = try #require(client.request("textDocument/references", params)?["result"]?.array)
        #expect(withoutDeclaration.count == 2)

        // Competence references: the diamond, `: ...` lists and `needs`.
        let ressourcer = try #require(
            client.request(
                "textDocument/references",
                LSPTestClient.at(Self.uri, needs.line, needs.character))?["result"]?.array)
        #expect(ressourcer.count == 4)
        Self.finish(client)
    }

    // MARK: - Symbols

    @Test func documentSymbolsOutlineThePlan() throws {
        let (client, _) = Self.session()
        let symbols = try #require(client.request("textDocument/documentSymbol", ["textDocument": ["uri": Self.uri]])?["result"]?.array)
        let names = symbols.compactMap { $0["name"]?.string }
        #expect(names.contains("Anne"))
        #expect(names.contains("Borgere"))
        #expect(names.contains("Bæ 😀"))
        let test = try #require(symbols.first { $0["name"]?.string == "Test" })
        #expect(test["kind"]?.int == 24)
        let present = test["children"]?.array?.compactMap { $0["name"]?.string } ?? []
        #expect(Set(present) == ["Bo Nielsen", "Jonas", "Erik"])
        Self.finish(client)
    }

    // MARK: - Formatting

    @Test func formattingReplacesTheDocumentOrNothingOnSyntaxErrors() throws {
        let messy = "core   Anne:faglighed ;core Bo: indsigt # c\n\n\n\nphase P: invite Borgere"
        let (client, _) = Self.session(messy)
        let response = try #require(
            client.request("textDocument/formatting", ["textDocument": ["uri": Self.uri], "options": ["tabSize": 4, "insertSpaces": true]]))
        let edits = try #require(response["result"]?.array)
        #expect(edits.count == 1)
        #expect(edits.first?["newText"]?.string == "core Anne: faglighed\ncore Bo: indsigt  # c\n\nphase P: invite Borgere\n")
        #expect(edits.first?["range"]?.rangeText == "0:0-4:23")

        client.change(Self.uri, "core Anne: faglighed\ncore Bo indsigt\n", version: 2)
        _ = client.diagnostics(for: Self.uri)
        let broken = try #require(client.request("textDocument/formatting", ["textDocument": ["uri": Self.uri], "options": [String: Any]()]))
        #expect(broken["result"]?.array?.isEmpty == true)

        client.change(Self.uri, "core Anne: faglighed\n", version: 3)
        _ = client.diagnostics(for: Self.uri)
        let canonical = try #require(client.request("textDocument/formatting", ["textDocument": ["uri": Self.uri], "options": [String: Any]()]))
        #expect(canonical["result"]?.array?.isEmpty == true)
        Self.finish(client)
    }

    // MARK: - Rename

    @Test func renameParticipantEverywhere() throws {
        let (client, _) = Self.session()
        let jonas = LSPText.position(of: "Jonas", in: Self.plan, occurrence: 2)  // `core Jonas`
        let prepare = try #require(
            client.request("textDocument/prepareRename", LSPTestClient.at(Self.uri, jonas.line, jonas.character)))
        #expect(prepare["result"]?["placeholder"]?.string == "Jonas")
        #expect(prepare["result"]?["range"]?.rangeText == LSPText.range(of: "Jonas", in: Self.plan, occurrence: 2))

        var params = LSPTestClient.at(Self.uri, jonas.line, jonas.character)
        params["newName"] = "Jonas Berg"
        let rename = try #require(client.request("textDocument/rename", params))
        let edits = try #require(rename["result"]?["changes"]?[Self.uri]?.array)
        // The role line and the declaration.
        #expect(edits.compactMap { $0["range"]?.rangeText } == [1, 2].map { LSPText.range(of: "Jonas", in: Self.plan, occurrence: $0) })
        #expect(edits.allSatisfy { $0["newText"]?.string == "\"Jonas Berg\"" })

        // Anne: the declaration, a `via` and a `without`.
        let anne = LSPText.position(of: "Anne", in: Self.plan, occurrence: 2)
        var anneParams = LSPTestClient.at(Self.uri, anne.line, anne.character)
        anneParams["newName"] = "Ann"
        let anneEdits = try #require(client.request("textDocument/rename", anneParams)?["result"]?["changes"]?[Self.uri]?.array)
        #expect(anneEdits.count == 3)
        #expect(anneEdits.allSatisfy { $0["newText"]?.string == "Ann" })

        // An invite of Erik, renamed to a keyword: quoted.
        let erik = LSPText.position(of: "Erik", in: Self.plan, occurrence: 2)
        var erikParams = LSPTestClient.at(Self.uri, erik.line, erik.character)
        erikParams["newName"] = "phase"
        let erikEdits = try #require(client.request("textDocument/rename", erikParams)?["result"]?["changes"]?[Self.uri]?.array)
        #expect(erikEdits.count == 2)
        #expect(erikEdits.allSatisfy { $0["newText"]?.string == "\"phase\"" })
        Self.finish(client)
    }

    @Test func invalidRenamesAreRefused() throws {
        let (client, _) = Self.session()
        let anne = LSPText.position(of: "Anne", in: Self.plan)
        for bad in ["", "  ", "Bo Nielsen", "Erik", "two\nlines", "Borgere"] {
            var params = LSPTestClient.at(Self.uri, anne.line, anne.character)
            params["newName"] = bad
            let response = try #require(client.request("textDocument/rename", params))
            #expect(response["error"]?["code"]?.int == JSONRPCErrorCode.requestFailed, "renaming to \(bad.debugDescription)")
            #expect(response["error"]?["message"]?.string?.isEmpty == false)
        }
        // A competence, a built-in group used without a declaration (phases can
        // be renamed since meetings name them: LanguageServerTrackingTests).
        let builtIn = "core Anne: faglighed\nphase P: invite Pårørende\n"
        client.change(Self.uri, builtIn, version: 2)
        _ = client.diagnostics(for: Self.uri)
        for (needle, occurrence) in [("faglighed", 1), ("Pårørende", 1)] {
            let position = LSPText.position(of: needle, in: builtIn, occurrence: occurrence)
            var params = LSPTestClient.at(Self.uri, position.line, position.character)
            params["newName"] = "Andet"
            let response = try #require(client.request("textDocument/rename", params))
            #expect(response["error"]?["code"]?.int == JSONRPCErrorCode.requestFailed, "renaming \(needle)")
        }
        // Nowhere near a name: prepareRename answers null.
        let prepare = try #require(client.request("textDocument/prepareRename", LSPTestClient.at(Self.uri, 5, 0)))
        #expect(prepare["result"]?.isNull == true)
        Self.finish(client)
    }

    // MARK: - In-process command line

    @Test func lspCommandRunsAScriptInProcess() {
        func frame(_ body: String) -> String { "Content-Length: \(body.utf8.count)\r\n\r\n\(body)" }
        let script =
            frame(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#)
            + frame(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#)
            + frame(#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///a.netplan","languageId":"netplan","version":1,"text":"phase P: invite Ukendt\n"}}}"#)
            + frame(#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#)
            + frame(#"{"jsonrpc":"2.0","method":"exit"}"#)
        let console = Console(arguments: ["lsp", "--stdio"], standardInput: Array(script.utf8))
        let code = Tool.run(console)
        #expect(code == .success)
        #expect(console.output.contains(#""method":"textDocument/publishDiagnostics""#))
        #expect(console.output.contains("NP101"))
        #expect(console.output.contains(#""id":2"#))

        let bad = Console(arguments: ["lsp", "plan.netplan"])
        #expect(Tool.run(bad) == .usage)
    }
}
