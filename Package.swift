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
