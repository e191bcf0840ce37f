import PPIDKit

/// A fuzzer's bytes as the content scanner would hand them on, or nil where the scanner refuses the
/// file itself (not UTF-8, NUL bytes: PPID009) so the parsers behind it never see such text.
/// Mirrors `ContentScanner.read`: a UTF-8 BOM is dropped and CRLF becomes LF.
public enum FuzzInput {
    public static func sourceText(_ data: UnsafePointer<UInt8>?, _ size: Int, path: String) -> SourceText? {
        guard let text = text(data, size) else { return nil }
        return SourceText(displayPath: "Content/" + path, relativePath: path, text: text)
    }

    public static func text(_ data: UnsafePointer<UInt8>?, _ size: Int) -> String? {
        guard let data, size > 0 else { return "" }
        var bytes = UnsafeBufferPointer(start: data, count: size)[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard !bytes.contains(0), var text = String(validating: bytes, as: UTF8.self) else { return nil }
        if bytes.contains(13) { text = text.replacing("\r\n", with: "\n") }
        return text
    }
}

/// What every finding a parser makes must satisfy, whatever the input: a place users can go to
/// and a message. A breach traps, which libFuzzer reports as a crash with the input that caused it.
public enum FuzzCheck {
    public static func findings(_ diagnostics: [Diagnostic], in source: SourceText) {
        for finding in diagnostics {
            precondition(finding.location.line >= 1 && finding.location.column >= 1, "finding without a place: \(finding)")
            precondition(!finding.message.isEmpty, "finding without a message: \(finding)")
            precondition(finding.location.file == source.displayPath, "finding in another file: \(finding)")
        }
    }
}
