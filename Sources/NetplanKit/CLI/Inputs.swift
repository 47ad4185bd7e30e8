import Foundation

/// Turns the paths of a command line into source files: files as named,
/// directories searched for `*.netplan` (sorted, so output order is stable),
/// and `-` for standard input.
enum Inputs {
    static func collect(_ paths: [String], console: Console) throws -> [SourceFile] {
        var files: [SourceFile] = []
        for path in paths {
            if path == "-" {
                files.append(SourceFile(path: "<stdin>", bytes: console.readStandardInput()))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw UsageError(
                    message: Text(
                        en: "cannot read `\(path)`: there is no such file or folder",
                        da: "kan ikke læse `\(path)`: der findes ingen fil eller mappe med det navn"))
            }
            if isDirectory.boolValue {
                let found = try planFiles(in: path)
                if found.isEmpty {
                    throw UsageError(
                        message: Text(
                            en: "the folder `\(path)` holds no `.netplan` files",
                            da: "mappen `\(path)` indeholder ingen `.netplan`-filer"))
                }
                for file in found { files.append(try read(file)) }
            } else {
                files.append(try read(path))
            }
        }
        return files
    }

    static func read(_ path: String) throws -> SourceFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UsageError(
                message: Text(
                    en: "cannot read `\(path)`: permission denied or not a regular file",
                    da: "kan ikke læse `\(path)`: ingen adgang, eller det er ikke en almindelig fil"))
        }
        return SourceFile(path: path, bytes: [UInt8](data))
    }

    /// Every `*.netplan` below a folder, sorted by path.
    static func planFiles(in directory: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else {
            throw UsageError(
                message: Text(
                    en: "cannot read the folder `\(directory)`", da: "kan ikke læse mappen `\(directory)`"))
        }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(".netplan") {
                let separator = directory.hasSuffix("/") ? "" : "/"
                found.append(directory + separator + relative)
            }
        }
        return found.sorted()
    }
}
