import NetplanBase

/// Messages of `use` lines: what the parser says when the path is missing.
/// (Loading messages live with the workspace, in NetplanCheck.)
extension SyntaxMessages {
    static let expectedUsePath = Text(
        en: "the register's file name in quotes after `use`",
        da: "registerets filnavn i anførselstegn efter `use`")

    static let useHelp = Text(
        en: "write the file name in quotes, relative to the plan's folder: `use \"personer.netplan\"`",
        da: "skriv filnavnet i anførselstegn, set fra planens mappe: `use \"personer.netplan\"`")
}
