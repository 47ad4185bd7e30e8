import Testing
@testable import NetplanBase
@testable import NetplanSyntax
@testable import NetplanCheck

/// Errors in a register reach the plans that use it (NP016), once, and only
/// when the register is not checked in the same run.
@Suite struct RegisterErrorsTests {
    private func check(_ files: [String: String], _ paths: [String]) -> [CheckResult] {
        var workspace = Workspace { path in
            guard let text = files[path] else {
                return .failure(Workspace.LoadFailure(reason: Text(en: "no such file", da: "filen findes ikke")))
            }
            return .success(SourceFile(path: path, text: text))
        }
        return workspace.check(paths.compactMap { path in files[path].map { SourceFile(path: path, text: $0) } })
    }

    private func lines(_ code: String, _ result: CheckResult) -> [Int] {
        result.diagnostics.filter { $0.code == code }.map { result.source.lineIndex(of: $0.range.start) + 1 }
    }

    static let brokenRegister = """
        person "Anne Krogh": faglighed unit "Ældre og Handicap"
        person "Jonas Berg": indsigt
        person Lise: ressourcer
        person "Anne Krogh": handlekraft
        person Bo: fagligheden
        """

    static let plan = """
        network Ensomhed
        use "personer.netplan"
        core "Anne Krogh"
        core "Jonas Berg"
        phase Idé: needs faglighed
        """

    @Test func aPlanCheckedAloneGetsOneErrorOnItsUseLine() throws {
        let files = ["kommune/plan.netplan": Self.plan, "kommune/personer.netplan": Self.brokenRegister]
        let result = try #require(check(files, ["kommune/plan.netplan"]).first)
        #expect(lines("NP016", result) == [2])
        let error = try #require(result.diagnostics.first { $0.code == "NP016" })
        #expect(error.severity == .error)
        #expect(error.message.en.hasPrefix("the register `personer.netplan` has 2 errors; the first is on line 4: "))
        #expect(error.message.da.hasPrefix("registeret `personer.netplan` har 2 fejl; den første er i linje 4: "))
        #expect(error.help?.en.contains("`netplan check kommune/personer.netplan`") == true)
        #expect(error.help?.da.contains("`netplan check kommune/personer.netplan`") == true)
        // The register's own findings stay in the register.
        #expect(!result.diagnostics.contains { $0.code == "NP102" })
    }

    @Test func aRegisterCheckedInTheSameRunShowsItsOwnErrorsAndThePlanNothingExtra() throws {
        let files = ["plan.netplan": Self.plan, "personer.netplan": Self.brokenRegister]
        let results = check(files, ["plan.netplan", "personer.netplan"])
        #expect(lines("NP016", results[0]).isEmpty)
        #expect(lines("NP102", results[1]) == [4])
        #expect(lines("NP101", results[1]) == [5])
        #expect(results.allSatisfy { !$0.diagnostics.contains { $0.code == "NP016" } })
    }

    @Test func anErrorInARegisterUsedThroughAnotherNamesBoth() throws {
        let files = [
            "plan.netplan": Self.plan,
            "personer.netplan": "use \"faelles/alle.netplan\"\nperson \"Anne Krogh\": faglighed\n",
            "faelles/alle.netplan": "person \"Jonas Berg\": indsigt\nperson Lise Dam: ressourcer\n",
        ]
        let result = try #require(check(files, ["plan.netplan"]).first)
        #expect(lines("NP016", result) == [2])
        let error = try #require(result.diagnostics.first { $0.code == "NP016" })
        #expect(error.message.en.hasPrefix("the register `personer.netplan` uses `faelles/alle.netplan`, which has an error on line 2: "))
        #expect(error.message.da.hasPrefix("registeret `personer.netplan` bruger `faelles/alle.netplan`, som har en fejl i linje 2: "))
    }

    /// A circle reached only through registers ends, and counts as the error of the register that closes it.
    @Test func aCircleOfRegistersBehindThePlanEndsAndIsReported() throws {
        let files = [
            "plan.netplan": "network N\nuse \"a.netplan\"\ncore Anne\ncore Bo\nphase P: needs faglighed\n",
            "a.netplan": "use \"b.netplan\"\nperson Anne: faglighed\n",
            "b.netplan": "use \"a.netplan\"\nperson Bo: indsigt\n",
        ]
        let result = try #require(check(files, ["plan.netplan"]).first)
        #expect(lines("NP016", result) == [2])
        #expect(result.diagnostics.first { $0.code == "NP016" }?.message.en.contains("circle") == true)
        #expect(!result.diagnostics.contains { $0.code == "NP101" })
    }

    @Test func aBrokenRegisterIsNamedOnceHoweverManyUseLinesReachIt() throws {
        let files = [
            "plan.netplan": "network N\nuse \"a.netplan\"\nuse \"b.netplan\"\ncore Anne\n",
            "a.netplan": "use \"personer.netplan\"\nperson Anne: faglighed\n",
            "b.netplan": "use \"personer.netplan\"\nperson Bo: indsigt\n",
            "personer.netplan": Self.brokenRegister,
        ]
        let result = try #require(check(files, ["plan.netplan"]).first)
        #expect(lines("NP016", result) == [2])
    }

    @Test func severalPlansShareOneLoadOfTheBrokenRegister() throws {
        let files = [
            "a.netplan": Self.plan, "b.netplan": Self.plan.replacingOccurrences(of: "Ensomhed", with: "Bevægelse"),
            "personer.netplan": Self.brokenRegister,
        ]
        var workspace = Workspace { path in
            files[path].map { .success(SourceFile(path: path, text: $0)) }
                ?? .failure(Workspace.LoadFailure(reason: Text(en: "no such file", da: "filen findes ikke")))
        }
        let results = workspace.check(["a.netplan", "b.netplan"].map { SourceFile(path: $0, text: files[$0] ?? "") })
        #expect(results.map { lines("NP016", $0) } == [[2], [2]])
        #expect(workspace.loads["personer.netplan"] == 1)
        #expect(workspace.registerResults.count == 1)
    }

    @Test func aCleanRegisterGivesNothing() throws {
        let files = ["plan.netplan": Self.plan, "personer.netplan": "person \"Anne Krogh\": faglighed\nperson \"Jonas Berg\": indsigt\n"]
        let result = try #require(check(files, ["plan.netplan"]).first)
        #expect(lines("NP016", result).isEmpty)
    }
}
