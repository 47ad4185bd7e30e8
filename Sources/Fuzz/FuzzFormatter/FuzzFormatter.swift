import FuzzSupport
import NetplanBase
import NetplanSyntax
import NetplanLanguageServer

/// libFuzzer entry point: formatting is idempotent, keeps every comment,
/// and a formatted plan re-parses without new errors.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFormatter(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let source = SourceFile(path: "fuzz", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    let tree = Parser.parse(source)
    guard !tree.hasSyntaxErrors, let once = try? PlanFormatter.format(source) else { return 0 }
    let reparsed = Parser.parse(SourceFile(path: "fuzz", text: once))
    FuzzCheck.require(!reparsed.hasSyntaxErrors, "formatted plan has syntax errors")
    FuzzCheck.require(reparsed.comments.count == tree.comments.count, "formatter lost or added a comment")
    let twice = try? PlanFormatter.format(SourceFile(path: "fuzz", text: once))
    FuzzCheck.require(twice == once, "formatter is not idempotent")
    return 0
}
