import Testing
@testable import NetplanBase
@testable import NetplanSyntax

/// A meeting's date written the Danish way (`6/1-2027`, `6. januar 2027`) is
/// read as a phase's date is: one error that proposes the date, and the
/// meeting keeps it, its time and the rest of its line.
@Suite struct MeetingDateTests {
    static func meeting(_ line: String) -> (MeetingDecl?, [Diagnostic]) {
        let tree = Parser.parse(SourceFile(path: "m.netplan", text: "phase Opstart\n" + line + "\n"))
        let meeting = tree.statements.lazy.compactMap { statement -> MeetingDecl? in
            if case .meeting(let decl) = statement.kind { return decl }
            return nil
        }.first
        return (meeting, tree.diagnostics)
    }

    @Test func writtenDatesAfterOnAreReadAsMeant() throws {
        for (written, meant) in [("6/1-2027", "2027-01-06"), ("6. januar 2027", "2027-01-06"), ("06.01.2027", "2027-01-06")] {
            let (decl, diagnostics) = Self.meeting("meeting \"Kick-off\" on \(written) 14.00-16.00 in Opstart place Rådhuset")
            let meeting = try #require(decl, "\(written)")
            #expect(diagnostics.count == 1, "\(written): \(diagnostics.map(\.message.en))")
            #expect(diagnostics.first?.code == "NP011", "\(written)")
            #expect(diagnostics.first?.help?.en.contains("`\(meant)`") == true, "\(written)")
            #expect(meeting.date?.value?.description == meant, "\(written)")
            #expect(meeting.time?.start == 14 * 60, "\(written)")
            #expect(meeting.phase?.text == "Opstart", "\(written)")
            #expect(meeting.place?.text == "Rådhuset", "\(written)")
        }
        // The ISO date is still no slip.
        #expect(Self.meeting("meeting M on 2027-01-06 14.00-16.00").1.isEmpty)
    }
}
