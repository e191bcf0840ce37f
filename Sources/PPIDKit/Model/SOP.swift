/// A standard operating procedure of an OPD (`opd/<slug>/sop/<name>.md`).
public struct SOP: Sendable {
    public var opdSlug: String
    /// The file name without `.md`: the last URL segment.
    public var name: String
    public var judul: String
    public var jenis: String
    public var nomor: String?
    public var ditetapkan: CalendarDate?
    public var disahkanOleh: String?
    public var body: String
    public var bodyLine: Int
    public var sourcePath: String
    public var fields: FieldLocations
    /// `draf: true` in the front matter: in the model only under `DraftPolicy.shown`.
    public var isDraft = false

    public static let kindTitles: [String: String] = [
        "permohonan-informasi": "Permohonan Informasi Publik",
        "keberatan": "Pengajuan Keberatan",
        "sengketa": "Penyelesaian Sengketa Informasi",
        "penetapan-dip": "Penetapan dan Pemutakhiran DIP",
        "uji-konsekuensi": "Uji Konsekuensi",
        "pendokumentasian": "Pendokumentasian Informasi Publik",
        "pendokumentasian-dikecualikan": "Pendokumentasian Informasi yang Dikecualikan",
        "serta-merta": "Pengumuman Informasi Serta-merta",
        "disabilitas": "Layanan Informasi bagi Penyandang Disabilitas",
        "pengaduan": "Pengaduan Penyalahgunaan Wewenang",
        "lainnya": "Lainnya",
    ]

    public var kindTitle: String { SOP.kindTitles[jenis] ?? jenis }
}

/// A free page from `halaman/*.md`.
public struct FreePage: Sendable {
    public var slug: String
    public var judul: String
    public var urutan: Int?
    public var menu: Bool
    public var body: String
    public var bodyLine: Int
    public var sourcePath: String
    /// `draf: true` in the front matter: in the model only under `DraftPolicy.shown`.
    public var isDraft = false
}
