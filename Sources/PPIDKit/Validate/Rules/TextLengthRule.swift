/// PPID015: a text longer than its limit (RULES.md). A title is repeated on many pages, so an
/// unbounded one multiplies the site; every limit keeps the output proportional to the input.
/// Checked on the parsed files, before the model, Markdown or any other rule sees the text, and
/// while any is over its limit the later rules do not run (`Validation`): a megabyte title gives
/// this one finding at once.
public enum TextLengthRule {
    /// `judul` and `nama`.
    public static let titleLimit = 300
    /// Every other one-line field.
    public static let lineLimit = 1_000
    /// `ringkasan`, `konsekuensi`, `kepentingan_publik`, `catatan`.
    public static let paragraphLimit = 20_000
    /// The Markdown body of a page or an SOP.
    public static let bodyLimit = 500_000

    static let titleKeys: Set<String> = ["judul", "nama"]
    static let paragraphKeys: Set<String> = ["ringkasan", "konsekuensi", "kepentingan_publik", "catatan"]

    /// The limit of a scalar under `key` (nil for a value that is not under a key of its own).
    public static func limit(forKey key: String?) -> Int {
        guard let key else { return lineLimit }
        if titleKeys.contains(key) { return titleLimit }
        if paragraphKeys.contains(key) { return paragraphLimit }
        return lineLimit
    }

    /// The length in characters (Unicode scalars, as columns are counted) when it exceeds `limit`;
    /// nil otherwise, without counting when the UTF-8 length already fits.
    static func length(_ text: String, over limit: Int) -> Int? {
        guard text.utf8.count > limit else { return nil }
        let count = text.unicodeScalars.count
        return count > limit ? count : nil
    }

    /// Reports a scalar over its limit; returns whether it was, so that no other check looks at it.
    static func check(_ text: String, key: String?, path: @autoclosure () -> String, at location: SourceLocation,
                      into diagnostics: inout DiagnosticBag) -> Bool {
        // Nearly every value is shorter than the smallest limit: no key is looked up for it.
        guard text.utf8.count > min(titleLimit, lineLimit, paragraphLimit) else { return false }
        let limit = limit(forKey: key)
        guard let length = length(text, over: limit) else { return false }
        let advice: String
        switch limit {
        case titleLimit:
            advice = "Judul dan nama tampil di banyak halaman; pendekkan, dan pindahkan uraiannya ke ringkasan."
        case paragraphLimit:
            advice = "Pendekkan, dan terbitkan uraian selengkapnya sebagai dokumen (berkas)."
        default:
            advice = "Pendekkan; nilai ini ditulis dalam satu baris."
        }
        diagnostics.add(.ppid015, at: location,
            "\"\(path())\" terlalu panjang: \(IndonesianNumber.format(length)) karakter, batasnya \(IndonesianNumber.format(limit)) (\(text.quotedPrefix)). \(advice)")
        return true
    }

    /// Reports a Markdown body over its limit.
    static func checkBody(_ document: MarkdownDocument, into diagnostics: inout DiagnosticBag) {
        guard let length = length(document.body, over: bodyLimit) else { return }
        diagnostics.add(.ppid015, at: document.source.location(line: document.bodyLine),
            "Isi berkas ini terlalu panjang: \(IndonesianNumber.format(length)) karakter, batasnya \(IndonesianNumber.format(bodyLimit)). Bagi menjadi beberapa halaman, atau terbitkan sebagai dokumen PDF di berkas/ dan tautkan.")
    }
}
