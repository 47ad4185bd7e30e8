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
                files.append(SourceFile(path: "<stdin>", bytes: try console.readStandardInput()))
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

    /// Reads a plain file. It is opened without waiting, so a FIFO put in its
    /// place after it was listed cannot block, and then refused.
    package static func read(_ path: String) throws -> SourceFile {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw UsageError(message: cannotRead(path, SystemError.reason(errno)), showsHelp: false)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw UsageError(message: cannotRead(path, SystemError.reason(errno)), showsHelp: false)
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw UsageError(message: cannotRead(path, notAPlainFile(status.st_mode)), showsHelp: false)
        }
        switch Descriptor.readAll(from: descriptor) {
        case .success(let bytes): return SourceFile(path: path, bytes: bytes)
        case .failure(let failure):
            throw UsageError(message: cannotRead(path, SystemError.reason(failure.code)), showsHelp: false)
        }
    }

    static func cannotRead(_ path: String, _ reason: Text) -> Text {
        let path = SystemError.shown(path)
        return Text(en: "cannot read `\(path)`: \(reason.en)", da: "kan ikke læse `\(path)`: \(reason.da)")
    }

    /// Why a FIFO, device or socket is not read; named on the command line, `-` is the way to pipe a plan in.
    static func notAPlainFile(_ mode: mode_t, named: Bool = true) -> Text {
        let kind = SystemError.kind(mode)
        let hint = named ? Text(en: " (use - for standard input)", da: " (brug - for standard input)") : .verbatim("")
        return Text(en: "it is \(kind.en), not a plain file", da: "det er \(kind.da), ikke en almindelig fil") + hint
    }
}
