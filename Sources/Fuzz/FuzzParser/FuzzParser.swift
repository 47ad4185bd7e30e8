import FuzzSupport
import NetplanBase
import NetplanSyntax
import NetplanViews
import NetplanLanguageServer

/// libFuzzer entry point: the parser must accept any bytes, report at most
/// one syntax error a line (a lexical warning such as typographic quotes may
/// stand beside it), and render every diagnostic.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let source = SourceFile(path: "fuzz", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    let tree = Parser.parse(source)
    var lines = Set<Int>()
    for diagnostic in tree.diagnostics where diagnostic.severity == .error {
        FuzzCheck.require(lines.insert(source.lineIndex(of: diagnostic.range.start)).inserted, "two syntax errors on one line")
        FuzzCheck.require(diagnostic.range.end <= size, "diagnostic past the end")
    }
    _ = TextRenderer().render(FileDiagnostics(source: source, diagnostics: tree.diagnostics))
    return 0
}
