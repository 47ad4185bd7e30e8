import NetplanBase
import NetplanSyntax

/// The messages of loading registers through `use`, in English and Danish.
enum WorkspaceMessages {
    static let cycleCode = "NP014"
    static let missingCode = "NP015"
    static let brokenRegisterCode = "NP016"

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
    static func missing(_ path: String, reason: Text, meant: String? = nil, at range: SourceRange) -> Diagnostic {
        if let meant {
            return Diagnostic(
                code: missingCode, severity: .error,
                message: Text(
                    en: "cannot use the register `\(path)`: \(reason.en)",
                    da: "kan ikke bruge registeret `\(path)`: \(reason.da)"),
                primary: Annotation(range, Text(en: "did you mean `\(meant)`?", da: "mente du `\(meant)`?")),
                help: Text(
                    en: "write the whole file name, with `.netplan`: `use \"\(meant)\"`",
                    da: "skriv hele filnavnet med `.netplan`: `use \"\(meant)\"`"))
        }
        return Diagnostic(
            code: missingCode, severity: .error,
            message: Text(
                en: "cannot use the register `\(path)`: \(reason.en)",
                da: "kan ikke bruge registeret `\(path)`: \(reason.da)"),
            primary: Annotation(range),
            help: Text(
                en: "write the file name relative to the plan's folder, such as `use \"personer.netplan\"`, and check that the file is there",
                da: "skriv filnavnet set fra planens mappe, fx `use \"personer.netplan\"`, og se efter, at filen findes"))
    }

    /// `use "personer.netplan"` where that register (or one it uses, `reached`)
    /// has errors and is not checked itself.
    static func brokenRegister(
        written: String, reached: String?, command: String, errors: Int, line: Int, first: Text, more: Int,
        at range: SourceRange
    ) -> Diagnostic {
        let subject = reached.map {
            Text(
                en: "the register `\(written)` uses `\($0)`, which has",
                da: "registeret `\(written)` bruger `\($0)`, som har")
        } ?? Text(en: "the register `\(written)` has", da: "registeret `\(written)` har")
        let count = errors == 1
            ? Text(en: "an error on line \(line)", da: "en fejl i linje \(line)")
            : {
                let counted = Vocabulary.count(errors, .error)
                return Text(
                    en: counted.en + "; the first is on line \(line)", da: counted.da + "; den første er i linje \(line)")
            }()
        let notes = more == 0 ? [] : [
            Text(
                en: more == 1
                    ? "1 more register that this `use` line reaches has errors too"
                    : "\(more) more registers that this `use` line reaches have errors too",
                da: more == 1
                    ? "1 register mere, som denne `use`-linje når, har også fejl"
                    : "\(more) registre mere, som denne `use`-linje når, har også fejl")
        ]
        return Diagnostic(
            code: brokenRegisterCode, severity: .error,
            message: Text(
                en: "\(subject.en) \(count.en): \(first.en)",
                da: "\(subject.da) \(count.da): \(first.da)"),
            primary: Annotation(range, Text(en: "the people on those lines are missing", da: "personerne i de linjer mangler")),
            notes: notes,
            help: Text(
                en: "fix the register: `netplan check \(command)` shows all its errors",
                da: "ret registeret: `netplan check \(command)` viser alle dets fejl"))
    }
}
