import FuzzSupport
import NetplanBase
import NetplanCheck
import NetplanViews
import NetplanSyntax
import NetplanLanguageServer

/// libFuzzer entry point: resolver and every rule together, on any bytes,
/// with all three renderers.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCheck(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let source = SourceFile(path: "fuzz", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    let result = Checker.check(source)
    let file = FileDiagnostics(source: source, diagnostics: result.diagnostics)
    _ = TextRenderer(language: .danish).render(file)
    _ = JSONRenderer().render([file])
    _ = SARIFRenderer().render([file])
    return 0
}
