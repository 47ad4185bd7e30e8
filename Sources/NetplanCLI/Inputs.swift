import Foundation
import NetplanBase
import NetplanSyntax
import NetplanLanguageServer

/// Turns the paths of a command line into source files: files as named,
/// folders searched for `*.netplan` (sorted, so output order is stable),
/// and `-` for standard input (at most once).
///
/// Nothing is skipped silently. A path on the command line is followed
/// through symbolic links, so a link to a folder is searched like the folder.
/// Inside a folder, every `*.netplan` that cannot be read (a link to nothing,
/// a FIFO, a device, a folder that cannot be opened, a path longer than the
/// system allows) is an error naming it, and the command stops with exit 2.
/// Only editor lock files (`.#NAME.netplan`, often links to nothing) are
/// passed over. Links inside folders are read when they name a plain file;
/// links to folders inside a folder are not followed (so a walk cannot go in
/// circles). Only plain files are ever opened, so a FIFO cannot make a walk wait.
enum Inputs {
    package static func collect(_ paths: [String], console: Console) throws -> [SourceFile] {
        if paths.filter({ $0 == "-" }).count > 1 {
            throw UsageError(
                message: Text(
                    en: "`-` (standard input) can be given only once",
                    da: "`-` (standard input) kan kun angives én gang"))
        }
        var files: [SourceFile] = []
        for path in paths {
            if path == "-" {
                files.append(try standardInput(console))
                continue
            }
            var status = stat()
            guard stat(path, &status) == 0 else {
                let code = errno
                throw UsageError(message: cannotRead(path, SystemError.reason(code)), showsHelp: code == ENOENT)
            }
            if status.st_mode & S_IFMT == S_IFDIR {
                var walk = Walk()
                walk.visit(path)
                if !walk.problems.isEmpty {
                    throw UsageError(message: Walk.summary(of: walk.problems), showsHelp: false)
                }
                if walk.plans.isEmpty {
                    throw UsageError(
                        message: Text(
                            en: "the folder `\(path)` holds no `.netplan` files",
                            da: "mappen `\(path)` indeholder ingen `.netplan`-filer"))
                }
                for file in walk.plans.sorted() { files.append(try read(file)) }
            } else {
                files.append(try read(path))
            }
        }
        return files
    }

    /// Whether one of the paths is a folder: then every plan in it is checked,
    /// and the rules across networks may say that no plan names someone
    /// (`CrossPlanContext.wholeFolder`). Files named one by one may leave out
    /// the plans that use a register.
    package static func namesFolder(_ paths: [String]) -> Bool {
        paths.contains { path in
            var status = stat()
            return path != "-" && stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
        }
    }

    /// Reads a plain file named on the command line (`PlainFile`, the one reader).
    package static func read(_ path: String) throws -> SourceFile {
        switch PlainFile.read(path, named: true) {
        case .success(let source): return source
        case .failure(let failure):
            throw UsageError(message: cannotRead(path, failure.reason), showsHelp: false)
        }
    }

    /// Standard input as a plan; one larger than a plan may be (`PlanSize`) is refused, like a file.
    package static func standardInput(_ console: Console, maximumBytes: Int = PlanSize.maximumBytes) throws -> SourceFile {
        let bytes = try console.readStandardInput()
        guard bytes.count <= maximumBytes else {
            throw UsageError(message: cannotRead("-", PlanSize.tooLarge(maximumBytes)), showsHelp: false)
        }
        return SourceFile(path: "<stdin>", bytes: bytes)
    }

    static func cannotRead(_ path: String, _ reason: Text) -> Text {
        let path = SystemError.shown(path)
        return Text(en: "cannot read `\(path)`: \(reason.en)", da: "kan ikke læse `\(path)`: \(reason.da)")
    }
}
