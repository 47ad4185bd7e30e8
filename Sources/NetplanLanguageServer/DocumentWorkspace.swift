import NetplanBase
import NetplanSyntax
import NetplanCheck

/// How an open document is checked: through a `Workspace`, as `netplan check`
/// checks a file, so a plan that writes `use "personer.netplan"` knows the
/// register's people and a register is checked as a register.
///
/// The workspace's loader serves the text of documents the client has open
/// (unsaved edits win over the disk) and reads every other file from disk
/// (`DiskFile`). Every path the workspace asked for is kept with the result:
/// when one of them is edited, opened, saved or closed, the document is
/// checked again (`DocumentStore`).
struct DocumentWorkspace {
    /// The text of an open document by its normalised path, if open.
    var openText: (String) -> [UInt8]?
    /// Reads a file that is not open.
    var readDisk: (String) -> Result<SourceFile, Workspace.LoadFailure> = DiskFile.load

    /// The checked document, and the normalised paths its workspace loaded (registers, directly or not).
    func check(_ source: SourceFile) -> (result: CheckResult, loaded: Set<String>) {
        let openText = self.openText
        let readDisk = self.readDisk
        var workspace = Workspace { path in
            if let bytes = openText(path) { return .success(SourceFile(path: path, bytes: bytes)) }
            return readDisk(path)
        }
        let result = workspace.check([source]).first ?? Checker.check(source)
        return (result, Set(workspace.loads.keys))
    }

    /// A path as the workspace keys it.
    static func key(_ path: String) -> String { WorkspacePath.normalise(path) }
}
