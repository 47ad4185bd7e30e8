import Testing
@testable import NetplanBase
@testable import NetplanSyntax
@testable import NetplanCheck

/// Plans and registers checked together through a workspace, from memory.
@Suite struct WorkspaceTests {
    /// A workspace over files held in memory; a path not there cannot be read.
    private func workspace(_ files: [String: String]) -> Workspace {
        Workspace { path in
            guard let text = files[path] else {
                return .failure(Workspace.LoadFailure(reason: Text(en: "no such file", da: "filen findes ikke")))
            }
            return .success(SourceFile(path: path, text: text))
        }
    }

    private func check(_ files: [String: String], _ paths: [String]) -> [CheckResult] {
        var workspace = workspace(files)
        return workspace.check(paths.compactMap { path in files[path].map { SourceFile(path: path, text: $0) } })
    }

    private func codes(_ result: CheckResult) -> [String] { result.diagnostics.map(\.code) }

    private func line(_ diagnostic: Diagnostic, _ result: CheckResult) -> Int {
        result.source.lineIndex(of: diagnostic.range.start) + 1
    }

    static let register = """
        person "Anne Krogh": faglighed, handlekraft unit "Ældre og Handicap" contact "ak@example.dk"
        person "Jonas Berg": indsigt unit "Sundhed" status kontaktet
        group "Ældresagen Nord": indsigt unit "Ældresagen"
        """

    @Test func aPlanTakesCompetencesAndAttributesFromTheRegister() throws {
        let plan = """
            network Ensomhed
            use "personer.netplan"
            core "Anne Krogh"
            core "Jonas Berg": handlekraft status bekræftet
            phase Opdagelse: invite "Ældresagen Nord" needs indsigt
            """
        let results = check(["kommune/plan.netplan": plan, "kommune/personer.netplan": Self.register], ["kommune/plan.netplan"])
        let result = try #require(results.first)
        #expect(!codes(result).contains("NP101"), "\(codes(result))")
        #expect(!codes(result).contains("NP015"), "\(codes(result))")
        let resolved = result.plan
        let anne = try #require(resolved.participant(named: "Anne Krogh"))
        #expect(resolved.participants[anne].competences.map { resolved.diamond[$0].name } == ["faglighed", "handlekraft"])
        #expect(resolved.participants[anne].facts.unit == "Ældre og Handicap")
        #expect(resolved.participants[anne].facts.contact == "ak@example.dk")
        // What the plan writes replaces the register: competences as a whole, each attribute alone.
        let jonas = try #require(resolved.participant(named: "Jonas Berg"))
        #expect(resolved.participants[jonas].competences.map { resolved.diamond[$0].name } == ["handlekraft"])
        #expect(resolved.participants[jonas].facts.status == .confirmed)
        #expect(resolved.participants[jonas].facts.unit == "Sundhed")
        // A register group invited without a declaration, bringing its competence.
        let group = try #require(resolved.participant(named: "Ældresagen Nord"))
        #expect(resolved.participants[group].isGroup)
        #expect(resolved.phases[0].needs.allSatisfy { $0.isCovered })
    }

    @Test func aNameInNoRegisterStaysUnknownWithASuggestionFromTheRegister() throws {
        let plan = "use \"personer.netplan\"\ncore \"Anne Krogh\"\nphase Idé: invite \"Jonas Bergh\"\n"
        let result = try #require(check(["plan.netplan": plan, "personer.netplan": Self.register], ["plan.netplan"]).first)
        let unknown = try #require(result.diagnostics.first { $0.code == "NP101" })
        #expect(unknown.help?.en.contains("Jonas Berg") == true)
    }

    @Test func namesMatchAcrossFilesWhateverTheirAccents() throws {
        let composed = "person \"Ren\u{E9}\": faglighed\n"
        let plan = "use \"personer.netplan\"\ncore \"Rene\u{301}\"\nphase Idé: needs faglighed\n"
        let result = try #require(check(["plan.netplan": plan, "personer.netplan": composed], ["plan.netplan"]).first)
        let index = try #require(result.plan.participant(named: "Ren\u{E9}"))
        #expect(result.plan.participants[index].competences == [0])
        #expect(result.plan.phases[0].needs[0].isCovered)
    }

    @Test func aMissingRegisterIsAnErrorOnItsUseLineWithTheReason() throws {
        let plan = "network N\nuse \"personer.netplan\"\ncore Anne: faglighed\n"
        let result = try #require(check(["plan.netplan": plan], ["plan.netplan"]).first)
        let missing = try #require(result.diagnostics.first { $0.code == "NP015" })
        #expect(line(missing, result) == 2)
        #expect(missing.message.en.contains("no such file"))
        #expect(missing.message.da.contains("filen findes ikke"))
    }

    @Test func registersThatUseEachOtherAreACycleNamedOnce() throws {
        let files = [
            "plan.netplan": "use \"a.netplan\"\ncore Anne\n",
            "a.netplan": "use \"b.netplan\"\nperson Anne: faglighed\n",
            "b.netplan": "use \"a.netplan\"\nperson Bo: indsigt\n",
        ]
        let results = check(files, ["a.netplan", "b.netplan", "plan.netplan"])
        let cycles = results.flatMap { result in result.diagnostics.filter { $0.code == "NP014" } }
        #expect(cycles.count == 1)
        #expect(cycles.first?.message.en.contains("`a.netplan` → `b.netplan` → `a.netplan`") == true)
        // The plan still gets the people of both registers.
        let plan = results[2].plan
        #expect(plan.participant(named: "Anne") != nil)
        #expect(!codes(results[2]).contains("NP101"))
    }

    @Test func aRegisterThatUsesItselfIsACycle() throws {
        let files = ["a.netplan": "use \"./a.netplan\"\nperson Anne: faglighed\n"]
        let result = try #require(check(files, ["a.netplan"]).first)
        #expect(codes(result) == ["NP014"])
    }

    @Test func eachFileIsLoadedOnceAndRegistersGetNoPlanRules() throws {
        let files = [
            "kommune/personer.netplan": Self.register,
            "kommune/a.netplan": "network A\nuse \"personer.netplan\"\ncore \"Anne Krogh\"\nphase P: needs faglighed\n",
            "kommune/b.netplan": "network B\nuse \"./personer.netplan\"\ncore \"Jonas Berg\"\nphase P: needs indsigt\n",
        ]
        var workspace = workspace(files)
        let paths = ["kommune/a.netplan", "kommune/b.netplan", "kommune/personer.netplan"]
        let results = workspace.check(paths.map { SourceFile(path: $0, text: files[$0] ?? "") })
        #expect(workspace.loads.values.allSatisfy { $0 <= 1 })
        #expect(Workspace.isRegister(results[2].tree))
        #expect(!Workspace.isRegister(results[0].tree))
        // A plan with one core participant gets the core team warning; the register never does.
        #expect(results[0].diagnostics.contains { $0.severity != .error })
        #expect(results[2].diagnostics.isEmpty, "\(codes(results[2]))")
    }

    /// A register is checked as a register: a person written twice and a
    /// competence the diamond does not have are findings on their lines.
    @Test func aRegisterIsCheckedForDuplicatesAndUnknownCompetences() throws {
        let files = [
            "personer.netplan": Self.register + "\nperson \"Anne Krogh\": indsigt\nperson Lise: fagligheden\n"
        ]
        let result = try #require(check(files, ["personer.netplan"]).first)
        let duplicate = try #require(result.diagnostics.first { $0.code == "NP102" })
        #expect(line(duplicate, result) == 4)
        let unknown = try #require(result.diagnostics.first { $0.code == "NP101" })
        #expect(line(unknown, result) == 5)
        #expect(unknown.help?.en.contains("faglighed") == true, "did you mean")
        #expect(result.diagnostics.allSatisfy { $0.code == "NP101" || $0.code == "NP102" }, "\(codes(result))")
    }
}
