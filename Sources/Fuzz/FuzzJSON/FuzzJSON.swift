import Foundation
import FuzzSupport
import NetplanBase
import NetplanCheck
import NetplanViews
import NetplanSyntax
import NetplanLanguageServer

/// libFuzzer entry point: `netplan json` output must always be valid JSON,
/// and the same on a second run.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let first = PlanJSON.value(Checker.check(SourceFile(path: "fuzz", bytes: bytes))).serialized()
    let second = PlanJSON.value(Checker.check(SourceFile(path: "fuzz", bytes: bytes))).serialized()
    FuzzCheck.require(first == second, "json output differs between runs")
    let parsed = try? JSONSerialization.jsonObject(with: Data(first.utf8))
    FuzzCheck.require(parsed is [String: Any], "json output does not parse as a JSON object")
    return 0
}
