import Foundation
import Testing

/// The targets are layers (docs/architecture.md): a layer imports only the
/// layers below it, and the `netplan` executable never links the plan
/// generators. The compiler enforces what `Package.swift` declares; these
/// tests keep `Package.swift` and the sources' imports to the layer order.
@Suite struct ArchitectureTests {
    /// The layers, lowest first, with the layers each may import.
    static let allowed: [String: Set<String>] = [
        "NetplanBase": [],
        "NetplanSyntax": ["NetplanBase"],
        "NetplanCheck": ["NetplanBase", "NetplanSyntax"],
        "NetplanViews": ["NetplanBase", "NetplanSyntax", "NetplanCheck"],
        "NetplanLanguageServer": ["NetplanBase", "NetplanSyntax", "NetplanCheck", "NetplanViews"],
        "NetplanCLI": ["NetplanBase", "NetplanSyntax", "NetplanCheck", "NetplanViews", "NetplanLanguageServer"],
        "NetplanTesting": ["NetplanBase", "NetplanSyntax", "NetplanCheck"],
        "netplan": ["NetplanCLI"],
    ]

    /// The `Netplan…` modules a source text imports.
    static func imports(in text: String) -> Set<String> {
        var found: Set<String> = []
        for line in text.split(separator: "\n") {
            let words = line.split(separator: " ")
            guard let index = words.firstIndex(of: "import"), index + 1 < words.count else { continue }
            guard words[..<index].allSatisfy({ $0.hasPrefix("@") }) else { continue }
            let module = String(words[index + 1])
            if module.hasPrefix("Netplan") { found.insert(module) }
        }
        return found
    }

    /// Each target's dependencies as `Package.swift` writes them:
    /// `.target(name: "X", dependencies: ["A", "B"], ...)`.
    static func dependencies(inManifest text: String) -> [String: Set<String>] {
        let pattern = #"\.(?:executableTarget|target)\(\s*name:\s*"([A-Za-z-]+)"\s*,\s*dependencies:\s*\[([^\]]*)\]"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [:] }
        var result: [String: Set<String>] = [:]
        let whole = NSRange(text.startIndex..., in: text)
        for match in regex.matches(in: text, range: whole) {
            guard let name = Range(match.range(at: 1), in: text), let list = Range(match.range(at: 2), in: text)
            else { continue }
            let names = text[list].split(separator: ",").map {
                $0.trimmingCharacters(in: CharacterSet(charactersIn: " \n\"")) }.filter { !$0.isEmpty }
            result[String(text[name])] = Set(names)
        }
        return result
    }

    static func swiftFiles(under folder: URL) -> [URL] {
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        return (walker?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }
    }

    @Test(arguments: allowed.keys.sorted())
    func aLayerImportsOnlyTheLayersBelowIt(_ layer: String) throws {
        let folder = TestSupport.packageRoot.appendingPathComponent("Sources/\(layer)")
        let files = Self.swiftFiles(under: folder)
        #expect(!files.isEmpty, "Sources/\(layer) holds no Swift files")
        let permitted = try #require(Self.allowed[layer])
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let wrong = Self.imports(in: text).subtracting(permitted)
            #expect(wrong.isEmpty, "\(file.lastPathComponent) in \(layer) imports \(wrong.sorted()), a layer above it")
        }
    }

    /// The fuzzers are built only with NETPLAN_FUZZ=1, so no plain build sees
    /// their imports: FuzzSupport depends on nothing, and a fuzzer imports only
    /// what the manifest gives it.
    @Test func theFuzzersImportOnlyWhatTheirTargetsDependOn() throws {
        let folder = TestSupport.packageRoot.appendingPathComponent("Sources/Fuzz")
        let files = Self.swiftFiles(under: folder)
        #expect(files.count >= 6, "the fuzzers and their support are in Sources/Fuzz")
        let fuzzerDependencies: Set<String> = [
            "NetplanBase", "NetplanSyntax", "NetplanCheck", "NetplanViews", "NetplanLanguageServer", "NetplanCLI",
        ]
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let isSupport = file.deletingLastPathComponent().lastPathComponent == "FuzzSupport"
            let wrong = Self.imports(in: text).subtracting(isSupport ? [] : fuzzerDependencies)
            #expect(wrong.isEmpty, "\(file.lastPathComponent) imports \(wrong.sorted()), which its target does not depend on")
        }
    }

    @Test func theManifestDeclaresOnlyDependenciesOnLowerLayers() throws {
        let manifest = try String(
            contentsOf: TestSupport.packageRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
        let declared = Self.dependencies(inManifest: manifest)
        for (layer, permitted) in Self.allowed {
            let dependencies = try #require(declared[layer] ?? (layer == "NetplanBase" ? [] : nil), "\(layer)")
            let wrong = dependencies.subtracting(permitted)
            #expect(wrong.isEmpty, "Package.swift lets \(layer) depend on \(wrong.sorted())")
        }
    }

    @Test func theExecutableNeverLinksThePlanGenerators() throws {
        let manifest = try String(
            contentsOf: TestSupport.packageRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
        let declared = Self.dependencies(inManifest: manifest)
        var linked: Set<String> = []
        var queue = ["netplan"]
        while let next = queue.popLast() {
            for dependency in declared[next] ?? [] where linked.insert(dependency).inserted {
                queue.append(dependency)
            }
        }
        #expect(linked.contains("NetplanCLI"))
        #expect(!linked.contains("NetplanTesting"), "netplan links \(linked.sorted())")
    }

    @Test func theImportAndManifestReadersSeeWhatIsWritten() {
        #expect(Self.imports(in: "import Foundation\n@testable import NetplanCheck\nimport NetplanBase\n")
            == ["NetplanCheck", "NetplanBase"])
        let manifest = #".target(name: "NetplanViews", dependencies: ["NetplanBase", "NetplanCLI"], path: "x")"#
        #expect(Self.dependencies(inManifest: manifest) == ["NetplanViews": ["NetplanBase", "NetplanCLI"]])
    }

    /// docs/architecture.md describes every layer, and every path it names exists.
    @Test func theArchitectureDocumentNamesEveryLayerAndOnlyRealPaths() throws {
        let root = TestSupport.packageRoot
        let document = try String(contentsOf: root.appendingPathComponent("docs/architecture.md"), encoding: .utf8)
        for layer in Self.allowed.keys where layer != "netplan" {
            #expect(document.contains("`\(layer)`"), "docs/architecture.md does not describe \(layer)")
        }
        let regex = try NSRegularExpression(pattern: #"`((?:Sources|Tests|docs)/[A-Za-z./_-]+)`"#)
        let whole = NSRange(document.startIndex..., in: document)
        let paths = regex.matches(in: document, range: whole).compactMap { Range($0.range(at: 1), in: document) }
            .map { String(document[$0]) }
        #expect(paths.count >= 3)
        for path in paths {
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path),
                    "docs/architecture.md names \(path), which does not exist")
        }
    }
}
