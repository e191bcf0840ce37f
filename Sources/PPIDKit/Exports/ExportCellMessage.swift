/// The messages about one cell of an exported table that every kind of table shares: a date not in
/// the file's format, a word that is none of ours. Only the user's value of our own column is quoted.
public enum ExportCellMessage {
    /// A date that is not in the file's format, with the user's own value rewritten where it helps.
    public static func badDate(_ text: String, column: String, format: ExportDateFormat, kind: ExportTableKind) -> String {
        var message = "\"\(text)\" di \(column) bukan tanggal yang sah menurut format \(format.spelling)"
        if format == .iso, let iso = ExportDateFormat.isoHint(for: text) {
            message += "; tulis \(iso), atau bila semua tanggal ekspor ditulis hari dulu, tambahkan format_tanggal: DD/MM/YYYY di \(kind.mappingFile)."
        } else if format == .iso {
            message += "; tulis YYYY-MM-DD (boleh diikuti jam HH:MM), atau nyatakan format ekspor dengan format_tanggal di \(kind.mappingFile)."
        } else {
            message += " (format_tanggal di \(kind.mappingFile)); periksa tanggalnya."
        }
        return message
    }

    /// A word column whose cell is empty or none of `allowed`, with the nearest word and the mapping to write.
    public static func badWord(_ text: String, mapped: String, column: String, key: String, allowed: [String], kind: ExportTableKind) -> String {
        var message = text.isEmpty
            ? "\(column.capitalizedFirst) kosong; isi dengan salah satu dari: \(allowed.joined(separator: ", "))."
            : "\"\(text)\"\(mapped != text ? " (dipetakan menjadi \"\(mapped)\")" : "") di \(column) bukan \(key) yang dikenal; gunakan salah satu dari: \(allowed.joined(separator: ", "))."
        guard !text.isEmpty else { return message }
        let suggestion = mapped.closest(in: allowed)
        if let suggestion { message += " Maksud Anda \"\(suggestion)\"?" }
        message += " Kata dari ekspor lain dapat dipetakan di \(kind.mappingFile), misalnya \(key): {\"\(text)\": \(suggestion ?? "<kata ppid>")}."
        return message
    }
}

extension String {
    /// The text with its first letter upper-cased ("kolom" → "Kolom").
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
