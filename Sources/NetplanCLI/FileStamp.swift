import Foundation

/// What `report --watch` compares to see that a file changed: whether it is
/// there, its size, its modification and status-change times to the
/// nanosecond, and its device and inode. An editor that saves by writing a
/// new file and renaming it over the old one changes the inode even within
/// the same second and at the same size.
struct FileStamp: Hashable, Sendable {
    var exists: Bool
    var size: Int64 = 0
    var modified: [Int] = []
    var changed: [Int] = []
    var device: UInt64 = 0
    var inode: UInt64 = 0

    /// The stamp of `path` now (following links, as reading it does).
    static func of(_ path: String) -> FileStamp {
        var status = stat()
        guard stat(path, &status) == 0 else { return FileStamp(exists: false) }
        #if canImport(Darwin)
            let modified = [Int(status.st_mtimespec.tv_sec), Int(status.st_mtimespec.tv_nsec)]
            let changed = [Int(status.st_ctimespec.tv_sec), Int(status.st_ctimespec.tv_nsec)]
        #else
            let modified = [Int(status.st_mtim.tv_sec), Int(status.st_mtim.tv_nsec)]
            let changed = [Int(status.st_ctim.tv_sec), Int(status.st_ctim.tv_nsec)]
        #endif
        return FileStamp(
            exists: true, size: Int64(status.st_size), modified: modified, changed: changed,
            device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    }
}
