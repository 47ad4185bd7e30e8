import Foundation

/// The reasons the system gives for a failed read or write (`errno`), said
/// in both languages. Common ones get their own words; the rest fall back to
/// the system's own text.
package enum SystemError {
    package static func reason(_ code: Int32) -> Text {
        switch code {
        case ENOSPC, EDQUOT:
            return Text(en: "the disk is full", da: "disken er fuld")
        case ENOENT:
            return Text(en: "there is no such file or folder", da: "der findes ingen fil eller mappe med det navn")
        case EACCES, EPERM:
            return Text(en: "permission denied", da: "ingen adgang")
        case EROFS:
            return Text(en: "the disk is read-only", da: "disken er skrivebeskyttet")
        case ENAMETOOLONG:
            return Text(
                en: "the name is longer than the system allows", da: "navnet er længere, end systemet tillader")
        case ELOOP:
            return Text(
                en: "there are too many symbolic links in a circle",
                da: "symbolske links peger rundt i ring")
        case EISDIR:
            return Text(en: "it is a folder", da: "det er en mappe")
        case ENOTDIR:
            return Text(en: "a part of the path is not a folder", da: "en del af stien er ikke en mappe")
        case EPIPE:
            return Text(en: "the receiving program has stopped reading", da: "modtageren er holdt op med at læse")
        case EBADF:
            return Text(en: "it is closed", da: "den er lukket")
        case EIO:
            return Text(en: "an input/output error", da: "en ind-/uddatafejl")
        default:
            return .verbatim(String(cString: strerror(code)))
        }
    }

    /// What kind of file a `stat` mode describes, when it is not a plain file or a folder.
    package static func kind(_ mode: mode_t) -> Text {
        switch mode & S_IFMT {
        case S_IFIFO: return Text(en: "a FIFO (named pipe)", da: "en FIFO (navngivet rør)")
        case S_IFCHR, S_IFBLK: return Text(en: "a device", da: "en enhedsfil")
        case S_IFSOCK: return Text(en: "a socket", da: "en socket")
        case S_IFDIR: return Text(en: "a folder", da: "en mappe")
        case S_IFLNK: return Text(en: "a symbolic link", da: "et symbolsk link")
        default: return Text(en: "not a plain file", da: "ikke en almindelig fil")
        }
    }

    /// A path as messages show it: whole, or its start and end around "…"
    /// when it is longer than 200 bytes (a path past the system's limit
    /// would otherwise fill the screen).
    package static func shown(_ path: String) -> String {
        guard path.utf8.count > 200 else { return path }
        return String(path.prefix(60)) + "…" + String(path.suffix(120))
    }
}
