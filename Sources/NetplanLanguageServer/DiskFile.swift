import NetplanBase
import NetplanSyntax
import NetplanCheck

/// Reads a register the client has not opened from disk, as the command line
/// reads it (`PlainFile`): only a plain file, opened without waiting (so a
/// FIFO cannot block the server), at most `maximumBytes`; every failure is a
/// reason in words for the `use` line (NP015), never a trap.
enum DiskFile {
    /// A register larger than this is refused (the largest message a client may send).
    static let maximumBytes = MessageFramer.maximumLength

    static func load(_ path: String) -> Result<SourceFile, Workspace.LoadFailure> {
        PlainFile.read(path, maximumBytes: maximumBytes).mapError { Workspace.LoadFailure(reason: $0.reason) }
    }
}
