import FuzzSupport
import NetplanBase
import NetplanSyntax
import NetplanLanguageServer

/// libFuzzer entry point: the lexer must accept any bytes, cover them with
/// tokens in order, and end with exactly one end-of-file token.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLexer(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let source = SourceFile(path: "fuzz", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    let stream = Lexer(source: source).tokenize()
    var previousEnd = 0
    for token in stream.tokens {
        FuzzCheck.require(token.range.start >= previousEnd, "tokens overlap or go backwards")
        FuzzCheck.require(token.range.end <= size, "token past the end")
        previousEnd = token.range.end
    }
    FuzzCheck.require(stream.tokens.last?.kind == .endOfFile, "no end-of-file token")
    for diagnostic in stream.diagnostics { _ = source.location(of: diagnostic.range.start) }
    return 0
}
