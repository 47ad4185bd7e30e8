import Foundation
import Testing
@testable import NetplanBase
@testable import NetplanLanguageServer

/// The server checks open documents through the workspace: a plan that uses
/// a register knows its people, go-to-definition opens the register, and an
/// edit of the register republishes the open plans that use it.
@Suite struct LanguageServerRegisterTests {
    /// A folder that does not exist, so only open documents can be loaded.
    static let folder = "file:///netplan-lsp-test-absent/kommune/"
    static let registerURI = folder + "personer.netplan"
    static let planURI = folder + "aeldre.netplan"

    static let register = """
        person "Anne Krogh": faglighed unit "Lærkereden"
        person "Bo Nielsen": indsigt
        person "Karen Mølgaard": ressourcer unit "Social og Sundhed"
        group Frivillige: handlekraft

        """

    static let plan = """
        network "Ældre i fællesskab"
        use "personer.netplan"
        leader "Mette Holm"
        core "Anne Krogh"
        core "Bo Nielsen"
        core "Jonas Berg": handlekraft
        phase Opstart: invite Frivillige, "Karen Mølgaard"

        """

    static func open(_ uri: String, _ text: String) -> [UInt8] {
        InProcessServer.frame([
            "jsonrpc": "2.0", "method": "textDocument/didOpen",
            "params": ["textDocument": ["uri": uri, "languageId": "netplan", "version": 1, "text": text]],
        ])
    }

    /// The codes of the latest diagnostics published for `uri` among `messages`.
    static func codes(_ uri: String, in messages: [JSON]) -> [String]? {
        InProcessServer.published(messages).last { $0["params"]?["uri"]?.string == uri }.map { message in
            (message["params"]?["diagnostics"]?.array ?? []).compactMap { $0["code"]?.string }
        }
    }

    /// A server with the register and the plan open.
    static func started() -> (InProcessServer, [JSON]) {
        let client = InProcessServer()
        var messages = client.start(registerURI, register)
        client.server.receive(open(planURI, plan))
        messages += client.take()
        return (client, messages)
    }

    static func position(of needle: String, in text: String) -> [String: Int] {
        let lines = text.components(separatedBy: "\n")
        for (number, line) in lines.enumerated() {
            if let range = line.range(of: needle) {
                return ["line": number, "character": line.utf16.distance(from: line.startIndex, to: range.lowerBound) + 1]
            }
        }
        Issue.record("no `\(needle)`")
        return ["line": 0, "character": 0]
    }

    static func request(_ client: InProcessServer, _ method: String, at needle: String, extra: [String: Any] = [:]) -> JSON? {
        var params: [String: Any] = ["textDocument": ["uri": planURI], "position": position(of: needle, in: plan)]
        params.merge(extra) { $1 }
        client.server.receive(InProcessServer.request(7, method, params))
        return client.take().last { $0["id"]?.int == 7 }
    }

    @Test func aPlanUsingAnOpenRegisterKnowsItsPeople() throws {
        let (_, messages) = Self.started()
        let codes = try #require(Self.codes(Self.planURI, in: messages))
        #expect(!codes.contains("NP101"), "\(codes)")
        #expect(!codes.contains("NP015"), "\(codes)")
        #expect(Self.codes(Self.registerURI, in: messages) == [])
    }

    @Test func definitionOpensTheRegisterAtThePersonLine() throws {
        let (client, _) = Self.started()
        let invited = try #require(Self.request(client, "textDocument/definition", at: "\"Karen")?["result"]?[0])
        #expect(invited["uri"]?.string == Self.registerURI)
        #expect(invited["range"]?.rangeText == "2:7-2:23")
        let core = try #require(Self.request(client, "textDocument/definition", at: "Anne Krogh")?["result"]?[0])
        #expect(core["uri"]?.string == Self.registerURI)
        #expect(core["range"]?.rangeText == "0:7-0:19")
        let group = try #require(Self.request(client, "textDocument/definition", at: "Frivillige")?["result"]?[0])
        #expect(group["range"]?.rangeText == "3:6-3:16")
        // A name of the plan's own still goes to the plan.
        let own = try #require(Self.request(client, "textDocument/definition", at: "\"Jonas")?["result"]?[0])
        #expect(own["uri"]?.string == Self.planURI)
    }

    @Test func hoverSaysTheNameComesFromTheRegister() throws {
        let (client, _) = Self.started()
        let hover = Self.request(client, "textDocument/hover", at: "\"Karen")?["result"]?["contents"]?["value"]?.string
        #expect(hover?.contains("From the register `personer.netplan`") == true, "\(hover ?? "")")
        #expect(hover?.contains("Social og Sundhed") == true)
    }

    @Test func renamingARegisterNameIsRefused() throws {
        let (client, _) = Self.started()
        let answer = try #require(
            Self.request(client, "textDocument/rename", at: "\"Karen", extra: ["newName": "Karen Holm"]))
        #expect(answer["result"] == nil)
        #expect(answer["error"]?["message"]?.string?.contains("comes from the register `personer.netplan`") == true)
    }

    @Test func editingTheRegisterRepublishesThePlan() throws {
        let (client, _) = Self.started()
        let without = Self.register.replacingOccurrences(of: "person \"Karen Mølgaard\": ressourcer unit \"Social og Sundhed\"\n", with: "")
        client.server.receive(InProcessServer.change(Self.registerURI, without, version: 2))
        let codes = try #require(Self.codes(Self.planURI, in: client.take()))
        #expect(codes.contains("NP101"), "\(codes)")
        // A burst of register edits costs one check of the plan.
        let before = client.server.checkCount
        let burst = (3..<30).flatMap { InProcessServer.change(Self.registerURI, Self.register + "# \($0)\n", version: $0) }
        client.server.receive(burst)
        #expect(Self.codes(Self.planURI, in: client.take()).map { !$0.contains("NP101") } == true)
        #expect(client.server.checkCount - before == 2)
    }

    @Test func aMissingRegisterIsAnErrorOnTheUseLine() throws {
        let client = InProcessServer()
        let messages = client.start(Self.planURI, Self.plan)
        let diagnostics = InProcessServer.published(messages).last?["params"]?["diagnostics"]?.array ?? []
        let missing = try #require(diagnostics.first { $0["code"]?.string == "NP015" })
        #expect(missing["range"]?.rangeText == "1:4-1:22")
        #expect(missing["message"]?.string?.contains("there is no such file or folder") == true)
    }

    @Test func aCircleBetweenTwoOpenDocumentsIsShownInEach() throws {
        let client = InProcessServer()
        var messages = client.start(Self.folder + "a.netplan", "use \"b.netplan\"\nperson Anne: faglighed\n")
        client.server.receive(Self.open(Self.folder + "b.netplan", "use \"a.netplan\"\nperson Bo: indsigt\n"))
        messages += client.take()
        #expect(Self.codes(Self.folder + "a.netplan", in: messages) == ["NP014"])
        #expect(Self.codes(Self.folder + "b.netplan", in: messages) == ["NP014"])
    }
}
