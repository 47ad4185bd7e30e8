import Testing

@testable import NetplanBase
@testable import NetplanSyntax
@testable import NetplanCheck
@testable import NetplanViews

@Suite struct PlanningMatrixTests {
    static let plan = """
        network "Ensomhed" kind velfærdsnetværk
        core Anne: faglighed, handlekraft
        core Bo: faglighed via Anne
        participant Erik: ressourcer via Bo
        group Borgere: indsigt
        phase Start from 2027-01-04 to 2027-01-29
        phase Idé: invite Borgere, Erik needs indsigt
        phase Test: invite Erik, Pårørende needs ressourcer, indsigt without Anne
        """

    static func resolved(_ text: String) -> ResolvedPlan {
        Checker.check(SourceFile(path: "plan.netplan", text: text)).plan
    }

    static func render(
        _ text: String, _ format: PlanningMatrix.Format, _ language: Language = .english, width: Int = 100
    )
        -> String
    {
        PlanningMatrix.render(resolved(text), format: format, language: language, width: width)
    }

    @Test func rowsComeCoreFirstThenAsNeededThenGroupsWithTheirMarks() {
        let grid = PlanningMatrix.grid(Self.resolved(Self.plan))
        #expect(grid.rows.map(\.name) == ["Anne", "Bo", "Erik", "Borgere", "Pårørende"])
        #expect(grid.rows.map(\.kind) == [.core, .core, .participant, .group, .group])
        #expect(grid.rows[0].marks == [.core, .core, .leftOut])
        #expect(grid.rows[1].marks == [.core, .core, .core])
        #expect(grid.rows[2].marks == [.absent, .invited, .invited])
        #expect(grid.rows[3].marks == [.absent, .invited, .absent])
        #expect(grid.rows[4].marks == [.absent, .absent, .invited])
    }

    @Test func declarationOrderWinsOverTheOrderOfInvitations() {
        let grid = PlanningMatrix.grid(
            Self.resolved(
                """
                group Zeta: indsigt
                participant Yrsa: ressourcer
                core Xenia: faglighed
                participant Adam: ressourcer
                group Alfa: indsigt
                core Bent: handlekraft
                phase P: invite Alfa, Adam, Borgere, Zeta, Yrsa
                """))
        #expect(grid.rows.map(\.name) == ["Xenia", "Bent", "Yrsa", "Adam", "Zeta", "Alfa", "Borgere"])
    }

    @Test func coveredListsCompetencesPresentAndMissingListsUncoveredNeeds() {
        let grid = PlanningMatrix.grid(Self.resolved(Self.plan))
        #expect(
            grid.columns.map(\.covered) == [
                ["faglighed", "handlekraft"],
                ["faglighed", "indsigt", "ressourcer", "handlekraft"],
                ["faglighed", "ressourcer"],
            ])
        #expect(grid.columns.map(\.missing) == [[], [], ["indsigt"]])
        #expect(grid.columns[0].start?.description == "2027-01-04")
        #expect(grid.columns[1].start == nil)
    }

    @Test func textShowsFullNamesDatesMarksAndALegendWhenItFits() {
        let expected = """
            Planning schema: Ensomhed (velfærdsnetværk)

                         Start        Idé          Test
                         2027-01-04
                         2027-01-29
            Core participants
              Anne       ●            ●            ✕
              Bo         ●            ●            ●
            Involved as needed
              Erik       ·            ○            ○
            Groups
              Borgere    ·            ○            ·
              Pårørende  ·            ·            ○

            Covered      faglighed    faglighed    faglighed
                         handlekraft  indsigt      ressourcer
                                      ressourcer
                                      handlekraft
            Missing                                indsigt

            ● core participant (present by default)   ○ invited   ✕ left out (`without`)   · not taking part
            Covered: competences brought by somebody present. Missing: needs of the phase that nobody present
            brings.

            """
        #expect(Self.render(Self.plan, .text) == expected)
    }

    @Test func textInDanishUsesDanishWords() {
        let text = Self.render(Self.plan, .text, .danish)
        #expect(text.hasPrefix("Planlægningsskema: Ensomhed (velfærdsnetværk)\n"))
        for word in ["Kernedeltagere\n", "Inddrages løbende\n", "Grupper\n", "\nDækket ", "\nMangler ", "holdt ude"] {
            #expect(text.contains(word), "missing \(word)")
        }
        #expect(!text.contains("Covered"))
    }

    @Test func narrowTextNumbersTheColumnsAndExplainsThemBelow() {
        let expected = """
            Planning schema: Ensomhed
            (velfærdsnetværk)

                         1  2  3
            Core participants
              Anne       ●  ●  ✕
              Bo         ●  ●  ●
            Involved as needed
              Erik       ·  ○  ○
            Groups
              Borgere    ·  ○  ·
              Pårørende  ·  ·  ○

            Covered      f  f  f
                         h  i  r
                            r
                            h
            Missing            i

            Phases:
              1  Start  2027-01-04 – 2027-01-29
              2  Idé
              3  Test
            Competences:
              f  faglighed
              i  indsigt
              r  ressourcer
              h  handlekraft

            ● core participant (present by default)
            ○ invited   ✕ left out (`without`)
            · not taking part
            Covered: competences brought by somebody
            present. Missing: needs of the phase
            that nobody present brings.

            """
        #expect(Self.render(Self.plan, .text, width: 40) == expected)
    }

    static let longPhases = """
        core Anne: faglighed
        core Bo: indsigt
        phase "Idéudvikling og prioritering"
        phase "Konkretisering og test"
        phase "Evaluering og spredning"
        phase Afrunding
        """

    @Test func mediumWidthShortensLongPhaseNamesWithAKey() {
        let text = Self.render(Self.longPhases, .text, width: 80)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[2].hasPrefix("         Idéudvikling og p…  Konkretisering og…  Evaluering og spr…  Afrunding"))
        #expect(text.contains("\nPhases:\n  Idéudvikling og p…  Idéudvikling og prioritering\n"))
        #expect(text.contains("\n  Evaluering og spr…  Evaluering og spredning\n"))
        #expect(!text.contains("\n  Afrunding  "), "a name that fits is not in the key")
        for line in lines { #expect(TextCells.width(String(line)) <= 80, "too wide: \(line)") }
    }

    @Test func everyLineFitsTheWidthWithManyPhasesSplitIntoBlocks() {
        let phases = (1...14).map {
            "phase \"Fase nummer \($0)\" from 2027-02-\(10 + $0) to 2027-03-\(10 + $0): needs faglighed"
        }
        .joined(separator: "\n")
        let plan = "core Åse: faglighed\ncore \"Ørjan Ærø\": indsigt\n" + phases
        for width in [30, 45, 60, 100] {
            let text = Self.render(plan, .text, width: width)
            for line in text.split(separator: "\n") {
                #expect(TextCells.width(String(line)) <= width, "width \(width): \(line)")
            }
            #expect(text.contains("14"))
        }
        let narrow = Self.render(plan, .text, width: 30)
        #expect(narrow.components(separatedBy: "\nCore participants\n").count > 2, "several blocks")
    }

    @Test func letterWidthsCountCellsNotBytes() {
        #expect(TextCells.width("æøåÆØÅ") == 6)
        #expect(TextCells.width("Idé") == 3)
        #expect(TextCells.width("e\u{301}") == 1)
        #expect(TextCells.width("日本") == 4)
        #expect(TextCells.truncate("Pårørendegruppen", to: 6) == "Pårør…")
        #expect(TextCells.pad("Idé", to: 5) == "Idé  ")
    }

    @Test func competenceCodesAreShortestUniquePrefixes() {
        #expect(
            PlanningMatrix.codes(DefaultDiamond.competences) == [
                "faglighed": "f", "indsigt": "i", "ressourcer": "r", "handlekraft": "h",
            ])
        #expect(
            PlanningMatrix.codes(["viden", "vilje", "mod", "modet"]) == [
                "viden": "vid", "vilje": "vil", "mod": "mod", "modet": "mode",
            ])
    }

    @Test func markdownIsAGitHubTable() {
        let expected = """
            ## Planning schema: Ensomhed (velfærdsnetværk)

            | Participant | Kind | Start<br>2027-01-04 – 2027-01-29 | Idé | Test |
            |---|---|:-:|:-:|:-:|
            | Anne | core | ● | ● | ✕ |
            | Bo | core | ● | ● | ● |
            | Erik | as needed |   | ○ | ○ |
            | Borgere | group |   | ○ |   |
            | Pårørende | group |   |   | ○ |
            | **Covered** |   | faglighed, handlekraft | faglighed, indsigt, ressourcer, handlekraft | faglighed, ressourcer |
            | **Missing** |   |   |   | indsigt |

            ● core participant (present by default) · ○ invited · ✕ left out (`without`)

            Covered: competences brought by somebody present. Missing: needs of the phase that nobody present brings.

            """
        #expect(Self.render(Self.plan, .markdown) == expected)
    }

    @Test func markdownEscapesPipesAndEmphasis() {
        let text = Self.render("core \"A|B *C*\": faglighed\nphase \"x_y\"", .markdown)
        #expect(text.contains("| A\\|B \\*C\\* | core | ● |"))
        #expect(text.contains("| Participant | Kind | x\\_y |"))
    }

    @Test func csvFollowsRFC4180WithCRLFAndQuoting() {
        let expected = [
            "Name,Kind,Competences,Start,Idé,Test",
            "Anne,core,\"faglighed, handlekraft\",core,core,left out",
            "Bo,core,faglighed,core,core,core",
            "Erik,as needed,ressourcer,,invited,invited",
            "Borgere,group,indsigt,,invited,",
            "Pårørende,group,,,,invited",
            "Start,,,2027-01-04,,",
            "End,,,2027-01-29,,",
            "Covered,,,\"faglighed, handlekraft\",\"faglighed, indsigt, ressourcer, handlekraft\",\"faglighed, ressourcer\"",
            "Missing,,,,,indsigt",
        ].map { $0 + "\r\n" }.joined()
        #expect(Self.render(Self.plan, .csv) == expected)
    }

    @Test func csvQuotesCommasAndDoublesQuotes() {
        #expect(PlanningMatrix.csvField("plain") == "plain")
        #expect(PlanningMatrix.csvField("a, b") == "\"a, b\"")
        #expect(PlanningMatrix.csvField("Bo \"Bob\"") == "\"Bo \"\"Bob\"\"\"")
        #expect(PlanningMatrix.csvField("two\nlines") == "\"two\nlines\"")
        let text = Self.render("core \"Nielsen, Bo \\\"Bob\\\"\": faglighed\nphase \"Start, igen\"", .csv)
        #expect(text.hasPrefix("Name,Kind,Competences,\"Start, igen\"\r\n\"Nielsen, Bo \"\"Bob\"\"\",core,faglighed,core\r\n"))
    }

    @Test func csvInDanish() {
        let text = Self.render(Self.plan, .csv, .danish)
        #expect(text.hasPrefix("Navn,Type,Kompetencer,Start,Idé,Test\r\nAnne,kerne,\"faglighed, handlekraft\",kerne,kerne,holdt ude\r\n"))
        #expect(text.contains("\r\nErik,løbende,ressourcer,,inviteret,inviteret\r\n"))
        #expect(text.contains("\r\nDækket,,,"))
        #expect(text.hasSuffix("\r\nMangler,,,,,indsigt\r\n"))
    }

    @Test func aPlanWithoutPhasesSaysSo() {
        let text = Self.render("core Anne: faglighed", .text)
        #expect(text.contains("no phases yet"))
        #expect(text.contains("  Anne"))
        #expect(
            Self.render("core Anne: faglighed", .csv)
                == "Name,Kind,Competences\r\nAnne,core,faglighed\r\nStart,,\r\nEnd,,\r\nCovered,,\r\nMissing,,\r\n")
    }

    @Test func everyFormatIsByteIdenticalAcrossRuns() {
        for format in PlanningMatrix.Format.allCases {
            for language in Language.allCases {
                #expect(Self.render(Self.plan, format, language) == Self.render(Self.plan, format, language))
            }
        }
    }
}
