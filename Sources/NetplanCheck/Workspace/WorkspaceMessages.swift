import NetplanBase

/// The messages of loading registers through `use`, in English and Danish.
enum WorkspaceMessages {
    static let cycleCode = "NP014"
    static let missingCode = "NP015"

    /// `use` closes a circle of registers: `a.netplan → b.netplan → a.netplan`.
    static func cycle(_ chain: [String], at range: SourceRange) -> Diagnostic {
        let shown = chain.map { "`\($0)`" }.joined(separator: " → ")
        return Diagnostic(
            code: cycleCode, severity: .error,
            message: Text(
                en: "these registers use each other in a circle: \(shown)",
                da: "disse registre bruger hinanden i ring: \(shown)"),
            primary: Annotation(range, Text(en: "leads back to this file", da: "fører tilbage til denne fil")),
            help: Text(
                en: "remove this `use` line: a register needs to use another only when it does not already reach it",
                da: "slet denne `use`-linje: et register skal kun bruge et andet, når det ikke allerede når det"))
    }

    /// `use "x.netplan"` where the file cannot be read.
    static func missing(_ path: String, reason: Text, at range: SourceRange) -> Diagnostic {
        Diagnostic(
            code: missingCode, severity: .error,
            message: Text(
                en: "cannot use the register `\(path)`: \(reason.en)",
                da: "kan ikke bruge registeret `\(path)`: \(reason.da)"),
            primary: Annotation(range),
            help: Text(
                en: "write the file name relative to the plan's folder, such as `use \"personer.netplan\"`, and check that the file is there",
                da: "skriv filnavnet set fra planens mappe, fx `use \"personer.netplan\"`, og se efter, at filen findes"))
    }
}
