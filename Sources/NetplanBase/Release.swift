/// The release of netplan: printed by `--version`, written into SARIF logs,
/// reports and the language server's `initialize` answer.
public enum Release {
    public static let version = "0.1.0"
}
