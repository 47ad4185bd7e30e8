/// The largest plan or register netplan reads: its offsets are kept as
/// `UInt32` (see `TokenBuffer`), so a file may have at most 4 GiB - 1 bytes.
/// Every reader refuses a larger file with a reason in words (`PlainFile`,
/// standard input in the CLI), and the lexer refuses one it is given anyway.
package enum PlanSize {
    package static let maximumBytes = Int(UInt32.max) - 1

    /// Why a file over `limit` bytes is not read.
    package static func tooLarge(_ limit: Int) -> Text {
        Text(en: "it is larger than \(limit >> 20) MB", da: "den er større end \(limit >> 20) MB")
    }
}
