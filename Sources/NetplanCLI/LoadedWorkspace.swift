import NetplanBase
import NetplanCheck

/// The workspace of the command line: registers named by `use` are read
/// from disk through `PlainFile`, with its reasons when they cannot be.
enum LoadedWorkspace {
    /// `reading` is told each path just before it is read (`report --watch`
    /// notes the file's state then, so a save during the check is seen next round).
    static func make(reading: @escaping (String) -> Void = { _ in }) -> Workspace {
        Workspace { path in
            reading(path)
            // The `use` line names the file already: the reason alone follows it.
            return PlainFile.read(path).mapError { Workspace.LoadFailure(reason: $0.reason) }
        }
    }

    /// Checks one plan with the registers it uses (`json`, `report`, `matrix` and the other views).
    static func check(_ source: SourceFile, today: CalendarDate?, reading: @escaping (String) -> Void = { _ in })
        -> CheckResult
    {
        var workspace = make(reading: reading)
        return workspace.check([source], today: today).first ?? Checker.check(source, today: today)
    }

    /// Whether a file may hold `use` or `person` lines: only then must it be
    /// checked with the others (a quick look at the bytes, never wrong the other way).
    static func mayUseRegisters(_ source: SourceFile) -> Bool {
        let bytes = source.bytes
        for index in bytes.indices where bytes[index] == UInt8(ascii: "u") || bytes[index] == UInt8(ascii: "p") {
            for word in ["use", "person"] where bytes[index...].starts(with: word.utf8) { return true }
        }
        return false
    }
}
