/// Recognises headers of columns that may hold a person's data (RULES.md, second wave, PPID404):
/// a header is personal when one of its words — split on anything but letters and digits,
/// compared case-insensitively — is in one of the lists below. One list, shared by complaints
/// (PPID404) and the request registers (PPID504).
public enum PersonalDataColumns {
    /// Who the person is and how to reach them. Mapping such a header onto one of our columns is an error.
    public static let identityWords: Set<String> = [
        "nama", "name", "nik", "ktp", "identitas", "alamat", "address", "telepon", "telp", "phone", "hp", "wa",
        "whatsapp", "kontak", "email", "surel", "pelapor", "pemohon", "reporter", "pekerjaan",
    ]
    /// What the person wrote.
    public static let writtenWords: Set<String> = ["isi", "uraian", "deskripsi", "rincian", "tujuan", "judul", "informasi"]

    public enum Kind: Sendable, Hashable {
        /// Identity or contact (`nama`, `nik`, `hp` …).
        case identity
        /// What was written (`isi`, `uraian` …).
        case written
    }

    /// The header's words: lower case, split on every character that is not a letter or digit.
    public static func words(of header: String) -> [String] {
        header.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// The personal word of the header and its kind (identity first), or nil when it is not personal.
    /// Besides the words themselves, two neighbouring words written as one are tried, so that
    /// `E-mail` and `Tel-p` are read as `email` and `telp` (an addition to RULES.md's list rule).
    public static func match(_ header: String) -> (word: String, kind: Kind)? {
        let split = words(of: header)
        let words = split + zip(split, split.dropFirst()).map { $0 + $1 }
        if let word = words.first(where: identityWords.contains) { return (word, .identity) }
        if let word = words.first(where: writtenWords.contains) { return (word, .written) }
        return nil
    }

    /// What the word suggests the column holds, for the message.
    public static func describe(_ word: String) -> String {
        switch word {
        case "nama", "name", "pelapor", "pemohon", "reporter": return "nama"
        case "nik", "ktp", "identitas": return "nomor identitas"
        case "telepon", "telp", "phone", "hp", "wa", "whatsapp", "kontak": return "nomor telepon atau kontak"
        case "email", "surel": return "alamat surel"
        case "alamat", "address": return "alamat"
        case "pekerjaan": return "pekerjaan"
        default: return "isi tulisan pelapor"
        }
    }
}
