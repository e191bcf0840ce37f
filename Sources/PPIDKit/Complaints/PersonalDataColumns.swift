/// Recognises headers of dropped columns that may hold a reporter's personal data (PPID404).
public enum PersonalDataColumns {
    /// Fragments from CONTENT.md, matched case-insensitively anywhere in the header.
    public static let fragments = ["nama", "nik", "telepon", "telp", "hp", "email", "surel", "alamat", "isi",
                                   "judul", "uraian", "deskripsi"]

    /// The first fragment the header contains, if any.
    public static func match(_ header: String) -> String? {
        let lower = header.lowercased()
        return fragments.first { lower.contains($0) }
    }

    /// What the fragment suggests the column holds, for the message.
    static func kind(_ fragment: String) -> String {
        switch fragment {
        case "nama": return "nama"
        case "nik": return "NIK"
        case "telepon", "telp", "hp": return "nomor telepon"
        case "email", "surel": return "alamat surel"
        case "alamat": return "alamat"
        default: return "isi pengaduan"
        }
    }
}
