/// Which list `ppid impor` writes: the DIP (`dip.yml`, items under `informasi:`) or the DIK
/// (`dik.yml`, items under `dikecualikan:`).
public enum ImportKind: String, Sendable, CaseIterable {
    case dip
    case dik

    public var fileName: String { "\(rawValue).yml" }
    public var listKey: String { self == .dip ? "informasi" : "dikecualikan" }
    public var title: String { self == .dip ? "Daftar Informasi Publik" : "Daftar Informasi yang Dikecualikan" }

    /// The fields a column can fill, in the order items are written.
    public var fields: [ImportField] {
        switch self {
        case .dip:
            return [.judul, .ringkasan, .kategori, .dasar, .penguasa, .penanggungJawab, .waktuPembuatan, .tempatPembuatan,
                    .bentuk, .retensi, .diperbarui, .tautan, .tag]
        case .dik:
            return [.judul, .dasarHukum, .peraturanLain, .konsekuensi, .kepentinganPublik, .jangkaWaktu,
                    .penetapanNomor, .penetapanTanggal, .penetapanOleh]
        }
    }
}

/// What one column of an imported table fills. The raw values are the names `--kolom` maps use.
public enum ImportField: String, Sendable, Hashable, CaseIterable {
    /// The `No` column: read, then ignored.
    case numbering = "no"
    /// A column that `--kolom` says to leave out.
    case ignored = "abaikan"
    case judul, ringkasan, kategori, dasar, penguasa
    case penanggungJawab = "penanggung_jawab"
    case waktuPembuatan = "waktu_pembuatan"
    case tempatPembuatan = "tempat_pembuatan"
    /// One column holding both (`Waktu dan Tempat Pembuatan`: "2025, Jombang").
    case waktuDanTempat = "waktu_dan_tempat"
    case bentuk, retensi, diperbarui, tautan, tag
    case dasarHukum = "dasar_hukum"
    case peraturanLain = "peraturan_lain"
    case konsekuensi
    case kepentinganPublik = "kepentingan_publik"
    case jangkaWaktu = "jangka_waktu"
    case penetapanNomor = "penetapan.nomor"
    case penetapanTanggal = "penetapan.tanggal"
    case penetapanOleh = "penetapan.oleh"

    /// How the field is named in messages: the key as written in the YAML file.
    public var name: String {
        self == .waktuDanTempat ? "waktu_pembuatan + tempat_pembuatan" : rawValue
    }

    /// Whether the field holds a date (or, for `waktu_pembuatan`, a year).
    var isDate: Bool {
        [.waktuPembuatan, .diperbarui, .penetapanTanggal, .waktuDanTempat].contains(self)
    }

    /// The fields a `--kolom` map may name for a list.
    static func mappable(for kind: ImportKind) -> [ImportField] {
        kind.fields + (kind == .dip ? [.waktuDanTempat] : []) + [.numbering, .ignored]
    }
}
