import Testing
@testable import NetplanBase
@testable import NetplanCheck

/// The rules across networks with a register: people of a register no plan
/// names (NP233, only for a whole folder), and competences a register
/// settles (NP231).
@Suite struct RegisterAcrossPlansTests {
    /// The files checked together through a workspace serving them from memory.
    static func check(_ files: [(String, String)], wholeFolder: Bool) -> [[Diagnostic]] {
        let sources = files.map { SourceFile(path: $0.0, text: $0.1) }
        var workspace = Workspace { path in
            sources.first { $0.path == path }.map { .success($0) }
                ?? .failure(Workspace.LoadFailure(reason: Text(en: "missing", da: "mangler")))
        }
        return CrossPlanRules.merged(workspace.check(sources), wholeFolder: wholeFolder)
    }

    static let register = """
        person "Karen Mølgaard": ressourcer unit "Social og Sundhed"
        person "Jens Hald": faglighed unit "Ældreplejen"
        person "Bo Nielsen": indsigt
        person "Lise Dam": handlekraft
        group "Pårørenderådet"

        """

    static let plan = """
        use "personer.netplan"
        network "Ældre"
        leader "Lise Dam"
        core "Karen Mølgaard"
        phase Opstart: invite "Bo Nielsen"

        """

    @Test func aPersonNoPlanNamesGetsANoteOnTheRegisterLineWhenAFolderIsChecked() throws {
        let found = Self.check([("personer.netplan", Self.register), ("aeldre.netplan", Self.plan)], wholeFolder: true)
        let notes = found[0].filter { $0.code == "NP233" }
        #expect(notes.map(\.message.en) == [
            "`Jens Hald` is in the register but in no plan in this folder",
            "`Pårørenderådet` is in the register but in no plan in this folder",
        ])
        let first = try #require(notes.first)
        #expect(first.severity == .note)
        #expect(first.range == TestSupport.range(of: "\"Jens Hald\"", in: Self.register))
        #expect(first.message.da == "`Jens Hald` står i registeret, men er ikke med i nogen plan i denne mappe")
        #expect(first.help?.da.contains("slet `Jens Hald` fra registeret") == true)
        #expect(found[1].filter { $0.code == "NP233" }.isEmpty)
    }

    @Test func singleFilesGiveNoNoteAndTheirAllowIsNotCalledUnused() {
        let register = Self.register.replacingOccurrences(
            of: "person \"Jens Hald\": faglighed unit \"Ældreplejen\"",
            with: "person \"Jens Hald\": faglighed allow register-person-unused \"afløser for Karen\"")
        let found = Self.check([("personer.netplan", register), ("aeldre.netplan", Self.plan)], wholeFolder: false)
        #expect(found.flatMap { $0 }.filter { ["NP233", "NP302", "NP303"].contains($0.code) }.isEmpty)
    }

    @Test func anAllowOnThePersonLineKeepsThemOnPurpose() {
        let register = Self.register.replacingOccurrences(
            of: "person \"Jens Hald\": faglighed unit \"Ældreplejen\"",
            with: "person \"Jens Hald\": faglighed allow register-person-unused \"afløser for Karen\"")
        let found = Self.check([("personer.netplan", register), ("aeldre.netplan", Self.plan)], wholeFolder: true)
        #expect(found[0].filter { $0.code == "NP233" }.map(\.message.en) == [
            "`Pårørenderådet` is in the register but in no plan in this folder"
        ])
        #expect(found[0].filter { ["NP302", "NP303"].contains($0.code) }.isEmpty)
    }

    @Test func setOffInTheRegisterTurnsItOffThere() {
        let register = "set register-person-unused off\n" + Self.register
        let found = Self.check([("personer.netplan", register), ("aeldre.netplan", Self.plan)], wholeFolder: true)
        #expect(found.flatMap { $0 }.filter { $0.code == "NP233" }.isEmpty)
        #expect(found[0].filter { $0.severity == .error }.isEmpty)
    }

    @Test func competencesARegisterListsAreSettledByIt() {
        let register = "person \"Bo Nielsen\": indsigt unit \"Demensteamet\"\n"
        let files = [
            ("personer.netplan", register),
            ("aeldre.netplan", "use \"personer.netplan\"\ncore \"Bo Nielsen\"\n"),
            ("unge.netplan", "use \"personer.netplan\"\nparticipant \"Bo Nielsen\": faglighed, indsigt\n"),
        ]
        #expect(Self.check(files, wholeFolder: true).flatMap { $0 }.filter { $0.code == "NP231" }.isEmpty)
        // Without competences in the register, the plans' own still differ.
        var bare = files
        bare[0].1 = "person \"Bo Nielsen\" unit \"Demensteamet\"\n"
        bare[1].1 = "use \"personer.netplan\"\ncore \"Bo Nielsen\": indsigt\n"
        #expect(Self.check(bare, wholeFolder: true).flatMap { $0 }.filter { $0.code == "NP231" }.count == 2)
    }
}
