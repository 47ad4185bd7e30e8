import Foundation
import NetplanBase
import NetplanSyntax
import NetplanLanguageServer

/// One search of a folder for `*.netplan` files, with every entry that
/// could not be read kept as a problem instead of being skipped.
/// See `Inputs` for what is followed and what is passed over.
struct Walk {
    /// The plan files found, in the order the folders listed them.
    package private(set) var plans: [String] = []
    /// What could not be read, each naming its path.
    package private(set) var problems: [Text] = []

    /// Searches `folder` and every folder below it.
    mutating func visit(_ folder: String) {
        guard let stream = opendir(folder) else {
            problems.append(Self.cannotReadFolder(folder, SystemError.reason(errno)))
            return
        }
        defer { closedir(stream) }
        while true {
            errno = 0
            guard let entry = readdir(stream) else {
                if errno != 0 { problems.append(Self.cannotReadFolder(folder, SystemError.reason(errno))) }
                return
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            visit(entry: name, in: folder)
        }
    }

    private mutating func visit(entry name: String, in folder: String) {
        let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
        var status = stat()
        guard lstat(path, &status) == 0 else {
            problems.append(Inputs.cannotRead(path, SystemError.reason(errno)))
            return
        }
        if status.st_mode & S_IFMT == S_IFDIR {
            visit(path)
            return
        }
        guard name.hasSuffix(".netplan"), !Self.isEditorLock(name) else { return }
        if status.st_mode & S_IFMT == S_IFLNK {
            guard stat(path, &status) == 0 else {
                let code = errno
                problems.append(
                    Inputs.cannotRead(
                        path,
                        code == ENOENT
                            ? Text(
                                en: "it is a symbolic link to something that does not exist",
                                da: "det er et symbolsk link til noget, der ikke findes")
                            : SystemError.reason(code)))
                return
            }
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            problems.append(Inputs.cannotRead(path, PlainFile.notAPlainFile(status.st_mode, named: false)))
            return
        }
        plans.append(path)
    }

    /// An editor's lock file, such as Emacs's `.#plan.netplan`: never a plan.
    static func isEditorLock(_ name: String) -> Bool {
        name.hasPrefix(".#")
    }

    static func cannotReadFolder(_ folder: String, _ reason: Text) -> Text {
        let folder = SystemError.shown(folder)
        return Text(en: "cannot read the folder `\(folder)`: \(reason.en)", da: "kan ikke læse mappen `\(folder)`: \(reason.da)")
    }

    /// All problems as one message, one line each (at most 20 named).
    package static func summary(of problems: [Text]) -> Text {
        let limit = 20
        var lines = Array(problems.sorted { $0.en < $1.en }.prefix(limit))
        if problems.count > limit {
            let more = problems.count - limit
            lines.append(
                Text(
                    en: "and \(more) more that cannot be read", da: "og \(more) til, som ikke kan læses"))
        }
        return Text(
            en: lines.map(\.en).joined(separator: "\nnetplan: "), da: lines.map(\.da).joined(separator: "\nnetplan: "))
    }
}
