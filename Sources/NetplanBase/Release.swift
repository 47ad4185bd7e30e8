/// The release of netplan: printed by `--version`, written into SARIF logs,
/// reports and the language server's `initialize` answer.
public enum Release {
    public static let version = "0.1.0"

    /// What `netplan --version` prints. It says what netplan is, so that it
    /// cannot be taken for Ubuntu's network configuration tool of the same
    /// name (`/usr/sbin/netplan`): `scripts/install.sh` looks for this line
    /// before it replaces a `netplan`, and to tell which one is first on PATH.
    public static let versionLine = "netplan \(version) (plans who takes part in municipal networks)"
}
