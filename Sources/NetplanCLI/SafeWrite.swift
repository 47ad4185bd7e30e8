import Foundation
import NetplanBase
import NetplanSyntax
import NetplanLanguageServer

/// The one routine every command uses to write a file (`fmt --write`,
/// `report -o`, and any later output option).
///
/// - Only plain files are replaced. A folder, FIFO, device or socket is
///   refused without being opened (opening a FIFO for writing would wait for
///   a reader), and is left as it was.
/// - A symbolic link is followed to the file it names; that file is written
///   and the link stays a link.
/// - The new bytes go to a temporary file beside the target
///   (`.NAME.tmp-PID`, with NAME shortened so the whole name fits the
///   system's 255-byte limit). It gets the original's owner and group (where
///   the process may set them) and mode bits, is flushed with `fsync`, and is
///   then renamed over the target: a reader sees the old file or the new one.
/// - A file with more than one hard link cannot be renamed over without
///   splitting the links. Its new text is first written completely to the
///   temporary file (which proves the disk has room for it), the temporary
///   file is removed, and the file is then rewritten in place and flushed.
///   The trade-off: this update is not atomic; a reader at that moment, or a
///   power cut, can see a mix. If the rewrite fails, the old bytes are written
///   back.
/// - On any failure the temporary file is removed, and the message says why
///   (for a full disk: that the disk is full).
enum SafeWrite {
    /// Why a file could not be written.
    package struct Failure: Error {
        package var path: String
        package var reason: Text
        /// Whether a file was there and is left as it was.
        var existed: Bool

        package var message: Text {
            let path = SystemError.shown(path)
            return existed
                ? Text(
                    en: "cannot write `\(path)`: \(reason.en); the file is unchanged",
                    da: "kan ikke skrive `\(path)`: \(reason.da); filen er uændret")
                : Text(
                    en: "cannot write `\(path)`: \(reason.en); nothing was written",
                    da: "kan ikke skrive `\(path)`: \(reason.da); der er ikke skrevet noget")
        }
    }

    /// The system calls that can fail part-way; tests replace them to
    /// simulate a full disk.
    struct Calls: @unchecked Sendable {
        package var write: Descriptor.WriteCall = { Foundation.write($0, $1, $2) }
        var fsync: (Int32) -> Int32 = { Foundation.fsync($0) }
        package var rename: (String, String) -> Int32 = { Foundation.rename($0, $1) }

        package static let system = Calls()
    }

    /// Whether the target may be created (`report -o`) or must already exist (`fmt --write`).
    enum Target {
        case existing
        case existingOrNew
    }

    /// The longest file name the system accepts, in bytes.
    static let nameLimit = 255

    /// Writes `bytes` to `path` as described above.
    package static func write(_ bytes: [UInt8], to path: String, _ target: Target, calls: Calls = .system) throws(Failure) {
        guard !path.isEmpty else {
            throw Failure(
                path: path, reason: Text(en: "no file name was given", da: "der er ikke angivet et filnavn"),
                existed: false)
        }
        let file = try resolve(path)
        var status = stat()
        let exists = lstat(file, &status) == 0
        if !exists, errno != ENOENT || target == .existing {
            throw Failure(path: path, reason: SystemError.reason(errno), existed: false)
        }
        if exists, status.st_mode & S_IFMT != S_IFREG {
            let kind = SystemError.kind(status.st_mode)
            throw Failure(
                path: path,
                reason: status.st_mode & S_IFMT == S_IFDIR
                    ? Text(en: "it is a folder; name a file in it", da: "det er en mappe; angiv en fil i den")
                    : Text(
                        en: "it is \(kind.en), not a plain file, and netplan only replaces plain files",
                        da: "det er \(kind.da), ikke en almindelig fil, og netplan erstatter kun almindelige filer"),
                existed: true)
        }
        let original = exists ? status : nil
        let temporary = temporaryPath(for: file)
        if let original, original.st_nlink > 1 {
            try rewriteInPlace(file, with: bytes, original: original, temporary: temporary, path: path, calls: calls)
        } else {
            try replace(file, with: bytes, original: original, temporary: temporary, path: path, calls: calls)
        }
    }

    /// The name of the temporary file used for the file `path` (after links are followed).
    static func temporaryPath(for path: String) -> String {
        let (folder, base) = split(path)
        let suffix = ".tmp-\(getpid())"
        var shortened = ""
        var used = 0
        let room = nameLimit - 1 - suffix.utf8.count
        for scalar in base.unicodeScalars {
            let size = String(scalar).utf8.count
            if used + size > room { break }
            shortened.unicodeScalars.append(scalar)
            used += size
        }
        return folder + "." + shortened + suffix
    }

    /// Writes the temporary file and renames it over `file`.
    private static func replace(
        _ file: String, with bytes: [UInt8], original: stat?, temporary: String, path: String, calls: Calls
    ) throws(Failure) {
        let descriptor = try createTemporary(temporary, path: path, existed: original != nil)
        var code = fill(descriptor, with: bytes, original: original, calls: calls)
        if close(descriptor) != 0, code == 0 { code = errno }
        if code == 0 {
            errno = 0
            if calls.rename(temporary, file) != 0 { code = errno == 0 ? EIO : errno }
        }
        if code != 0 {
            unlink(temporary)
            throw Failure(path: path, reason: SystemError.reason(code), existed: original != nil)
        }
        syncFolder(of: file)
    }

    /// Writes the whole new text to the temporary file first (so a full disk
    /// shows before the file is touched), removes it, then rewrites `file`
    /// in place so that every hard link sees the new text.
    private static func rewriteInPlace(
        _ file: String, with bytes: [UInt8], original: stat, temporary: String, path: String, calls: Calls
    ) throws(Failure) {
        let probe = try createTemporary(temporary, path: path, existed: true)
        var code = fill(probe, with: bytes, original: nil, calls: calls)
        close(probe)
        unlink(temporary)
        if code != 0 { throw Failure(path: path, reason: SystemError.reason(code), existed: true) }

        let descriptor = open(file, O_RDWR | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(path: path, reason: SystemError.reason(errno), existed: true) }
        defer { close(descriptor) }
        var opened = stat()
        guard fstat(descriptor, &opened) == 0, opened.st_dev == original.st_dev, opened.st_ino == original.st_ino
        else {
            throw Failure(
                path: path,
                reason: Text(en: "it changed while netplan was writing", da: "den ændrede sig, mens netplan skrev"),
                existed: true)
        }
        let old: [UInt8]
        switch Descriptor.readAll(from: descriptor) {
        case .success(let read): old = read
        case .failure(let failure): throw Failure(path: path, reason: SystemError.reason(failure.code), existed: true)
        }
        code = overwrite(descriptor, with: bytes, calls: calls)
        if code != 0 {
            // Put the old text back; it fitted before.
            _ = overwrite(descriptor, with: old, calls: .system)
            throw Failure(path: path, reason: SystemError.reason(code), existed: true)
        }
    }

    /// Creates the temporary file; only this process can read it until it is filled.
    private static func createTemporary(_ temporary: String, path: String, existed: Bool) throws(Failure) -> Int32 {
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let code = errno
            let reason = SystemError.reason(code)
            let folder = split(temporary).0
            throw Failure(
                path: path,
                reason: code == ENOSPC || code == EDQUOT
                    ? reason
                    : code == ENOENT
                    ? Text(
                        en: "the folder `\(folder)` does not exist", da: "mappen `\(folder)` findes ikke")
                    : Text(
                        en: "cannot create the temporary file `\(temporary)`: \(reason.en)",
                        da: "kan ikke oprette den midlertidige fil `\(temporary)`: \(reason.da)"),
                existed: existed)
        }
        return descriptor
    }

    /// Writes `bytes`, sets owner, group and mode, and flushes; 0 or an `errno` value.
    private static func fill(_ descriptor: Int32, with bytes: [UInt8], original: stat?, calls: Calls) -> Int32 {
        var code = Descriptor.writeAll(bytes, to: descriptor, using: calls.write)
        if code == 0, let original {
            // The owner first: changing it can clear the set-user-ID bits that fchmod then restores.
            if fchown(descriptor, original.st_uid, original.st_gid) != 0, errno != EPERM { code = errno }
            if code == 0, fchmod(descriptor, original.st_mode & 0o7777) != 0 { code = errno }
        } else if code == 0 {
            let mask = umask(0)
            umask(mask)
            if fchmod(descriptor, 0o666 & ~mask) != 0 { code = errno }
        }
        if code == 0, calls.fsync(descriptor) != 0 { code = errno }
        return code
    }

    /// Writes `bytes` from the start of the file, cuts it to their length and flushes.
    private static func overwrite(_ descriptor: Int32, with bytes: [UInt8], calls: Calls) -> Int32 {
        guard lseek(descriptor, 0, SEEK_SET) == 0 else { return errno }
        var code = Descriptor.writeAll(bytes, to: descriptor, using: calls.write)
        if code == 0, ftruncate(descriptor, off_t(bytes.count)) != 0 { code = errno }
        if code == 0, calls.fsync(descriptor) != 0 { code = errno }
        return code
    }

    /// Follows symbolic links from `path` to the file they name (which may not exist yet).
    private static func resolve(_ path: String) throws(Failure) -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, Int(PATH_MAX))
            guard count > 0 else { throw Failure(path: path, reason: SystemError.reason(errno), existed: true) }
            let link = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link : split(current).0 + link
        }
        throw Failure(path: path, reason: SystemError.reason(ELOOP), existed: true)
    }

    /// Flushes the folder entry of a renamed file; best effort.
    private static func syncFolder(of file: String) {
        let folder = split(file).0
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    /// The folder part (ending in `/`, or empty) and the last component of a path.
    /// Works on Unicode scalars: a `/` followed by a combining mark is one
    /// `Character`, but still a separator to the system.
    package static func split(_ path: String) -> (String, String) {
        let scalars = path.unicodeScalars
        guard let slash = scalars.lastIndex(of: "/") else { return ("", path) }
        return (String(scalars[...slash]), String(scalars[scalars.index(after: slash)...]))
    }
}
