/// Words of an export (`status`, `kanal`, `keputusan` …) matched against ours: case-insensitive,
/// with spaces, `_` and `-` alike (`Belum Terverifikasi`, `bukan_wewenang` → `bukan-wewenang`).
public enum ExportWord {
    /// The lower-case word with every run of spaces, `_` and `-` turned into `joiner`.
    public static func normalized(_ text: String, joiner: Character = "-") -> String {
        var out = ""
        var pendingJoin = false
        for character in text.lowercased() {
            if character == " " || character == "_" || character == "-" || character.isWhitespace {
                pendingJoin = !out.isEmpty
                continue
            }
            if pendingJoin { out.append(joiner); pendingJoin = false }
            out.append(character)
        }
        return out
    }

    /// The one of `words` that `text` spells, or nil.
    public static func match(_ text: String, in words: [String]) -> String? {
        if words.contains(text) { return text }
        let key = normalized(text)
        return words.first { normalized($0) == key }
    }
}
