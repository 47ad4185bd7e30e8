// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "netplan",
    products: [
        .library(name: "NetplanKit", targets: ["NetplanKit"]),
        .executable(name: "netplan", targets: ["netplan"]),
    ],
    targets: [
        .target(name: "NetplanKit", path: "Sources/NetplanKit"),
        .executableTarget(name: "netplan", dependencies: ["NetplanKit"], path: "Sources/netplan"),
        .executableTarget(name: "netplan-bench", dependencies: ["NetplanKit"], path: "Sources/netplan-bench"),
        .testTarget(
            name: "NetplanKitTests",
            dependencies: ["NetplanKit"],
            path: "Tests/NetplanKitTests",
            exclude: ["Fixtures", "Goldens"]
        ),
    ]
)

// The fuzzers are built only on request (NETPLAN_FUZZ=1, see scripts/fuzz.sh):
// each is linked against libFuzzer, which provides `main`, so a plain build
// of the package cannot link them.
if Context.environment["NETPLAN_FUZZ"] == "1" {
    package.targets.append(.target(name: "FuzzSupport", path: "Sources/Fuzz/FuzzSupport"))
    for name in ["FuzzLexer", "FuzzParser", "FuzzCheck", "FuzzJSON", "FuzzFormatter"] {
        package.targets.append(
            .executableTarget(name: name, dependencies: ["NetplanKit", "FuzzSupport"], path: "Sources/Fuzz/\(name)"))
    }
}
