import NetplanBase
import NetplanSyntax

/// The examples of the workspace checks (NP014-NP016) need several files:
/// each starts with a line `# file: NAME.netplan` (see `CrossPlanExample`).
/// The first file is checked, as `netplan check FIRST.netplan` would; the
/// others are there for its `use` lines, and a file the example does not
/// hold cannot be read.
extension Workspace {
    /// The codes whose examples run through a workspace.
    public static let codes = [WorkspaceMessages.cycleCode, WorkspaceMessages.missingCode, WorkspaceMessages.brokenRegisterCode]

    /// Checks the first file of an example with the others loadable from memory.
    public static func checkExample(_ files: [(path: String, text: String)], today: CalendarDate?) -> CheckResult? {
        guard let first = files.first else { return nil }
        var workspace = Workspace { path in
            guard let file = files.first(where: { WorkspacePath.normalise($0.path) == path }) else {
                return .failure(
                    LoadFailure(reason: Text(en: "there is no such file or folder", da: "der findes ingen fil eller mappe med det navn")))
            }
            return .success(SourceFile(path: file.path, text: file.text))
        }
        return workspace.check([SourceFile(path: first.path, text: first.text)], today: today).first
    }
}
