// swift-tools-version:6.0
import PackageDescription

// The targets are the layers of netplan, lowest first. A layer may import only
// the layers above it in this list; `docs/architecture.md` explains each one.
let package = Package(
    name: "netplan",
    products: [
        .executable(name: "netplan", targets: ["netplan"]),
    ],
    targets: [
        // Source files and positions, text in two languages, diagnostics as
        // data, dates, name suggestions, JSON writing, the version.
        .target(name: "NetplanBase", path: "Sources/NetplanBase"),
        // Tokens, lexer, syntax tree, parser, syntax messages, quoting, the formatter.
        .target(name: "NetplanSyntax", dependencies: ["NetplanBase"], path: "Sources/NetplanSyntax"),
        // Resolver and resolved plan with its name record, rules, settings,
        // suppressions, the checking pipeline.
        .target(name: "NetplanCheck", dependencies: ["NetplanBase", "NetplanSyntax"], path: "Sources/NetplanCheck"),
        // Renderers of diagnostics (text, JSON, SARIF) and of plans (JSON,
        // matrix, graph, calendar, report).
        .target(
            name: "NetplanViews", dependencies: ["NetplanBase", "NetplanSyntax", "NetplanCheck"],
            path: "Sources/NetplanViews"),
        .target(
            name: "NetplanLanguageServer",
            dependencies: ["NetplanBase", "NetplanSyntax", "NetplanCheck", "NetplanViews"],
            path: "Sources/NetplanLanguageServer"),
        // The commands, as a library so that tests run them in-process.
        .target(
            name: "NetplanCLI",
            dependencies: ["NetplanBase", "NetplanSyntax", "NetplanCheck", "NetplanViews", "NetplanLanguageServer"],
            path: "Sources/NetplanCLI"),
        .executableTarget(name: "netplan", dependencies: ["NetplanCLI"], path: "Sources/netplan"),
        // Plan generators for the benchmark, the fuzzers and the tests; never linked into `netplan`.
        .target(
            name: "NetplanTesting", dependencies: ["NetplanBase", "NetplanSyntax", "NetplanCheck"],
            path: "Sources/NetplanTesting"),
        .executableTarget(
            name: "netplan-bench",
            dependencies: [
                "NetplanBase", "NetplanSyntax", "NetplanCheck", "NetplanViews", "NetplanLanguageServer",
                "NetplanCLI", "NetplanTesting",
            ],
            path: "Sources/netplan-bench"),
        .testTarget(
            name: "NetplanTests",
            dependencies: [
                "NetplanBase", "NetplanSyntax", "NetplanCheck", "NetplanViews", "NetplanLanguageServer",
                "NetplanCLI", "NetplanTesting",
            ],
            path: "Tests/NetplanTests",
            exclude: ["Fixtures", "Goldens"]
        ),
    ]
)

// The fuzzers are built only on request (NETPLAN_FUZZ=1, see scripts/fuzz.sh):
// each is linked against libFuzzer, which provides `main`, so a plain build
// of the package cannot link them.
if Context.environment["NETPLAN_FUZZ"] == "1" {
    package.targets.append(
        .target(name: "FuzzSupport", path: "Sources/Fuzz/FuzzSupport"))
    for name in ["FuzzLexer", "FuzzParser", "FuzzCheck", "FuzzJSON", "FuzzFormatter"] {
        package.targets.append(
            .executableTarget(
                name: name,
                dependencies: [
                    "NetplanBase", "NetplanSyntax", "NetplanCheck", "NetplanViews", "NetplanLanguageServer",
                    "NetplanCLI", "FuzzSupport",
                ],
                path: "Sources/Fuzz/\(name)"))
    }
}
