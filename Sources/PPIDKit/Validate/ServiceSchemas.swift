/// The shapes of the request service's YAML files and front matter (REQUESTS.md): checked like
/// any content file (PPID002–005) and published by `ppid schema`.
extension ContentSchemas {
    static let dispute = Schema("sengketa", "Satu sengketa informasi di Komisi Informasi.", fields: [
        .required("nomor_perkara", .text, "Nomor register perkara di Komisi Informasi."),
        .required("tanggal_registrasi", .date, "Tanggal sengketa diregistrasi (YYYY-MM-DD)."),
        .optional("nomor_keberatan", .text, "Nomor keberatan yang menjadi dasar sengketa (register keberatan)."),
        .optional("tahap", .word(DisputeStage.words, rule: .ppid004), "Tahap: mediasi, ajudikasi, pengadilan atau selesai."),
        .optional("hasil", .word(DisputeOutcome.words, rule: .ppid004), "Hasil sengketa."),
        .optional("tanggal_putusan", .date, "Tanggal putusan atau kesepakatan mediasi (YYYY-MM-DD)."),
        .optional("tindak_lanjut", .text, "Tindak lanjut putusan."),
    ])

    public static let disputes = Schema("sengketa.yml", "Sengketa informasi di Komisi Informasi (layanan/sengketa.yml).", fields: [
        .required("sengketa", .list(.mapping(dispute), nonEmpty: false), "Daftar sengketa."),
    ])

    public static let serviceReport = Schema("laporan-layanan", "Front matter laporan layanan informasi tahunan (layanan/laporan/<tahun>.md).", fields: [
        .required("judul", .text, "Judul laporan, misalnya \"Laporan Layanan Informasi Publik Tahun 2025\"."),
        .required("ditetapkan", .date, "Tanggal laporan ditetapkan (YYYY-MM-DD); paling lambat 31 Maret tahun berikutnya."),
        .required("oleh", .text, "Yang menandatangani: PPID Utama."),
        draft("laporan ini"),
    ])

    static let calendarDay = Schema("libur", "Satu hari libur.", fields: [
        .required("tanggal", .date, "Tanggal (YYYY-MM-DD), di tahun berkas ini."),
        .required("nama", .text, "Nama hari libur."),
        .optional("jenis", .word(Holiday.Kind.allCases.map(\.rawValue), rule: .ppid004), "libur (bawaan) atau cuti-bersama."),
    ])

    public static let calendar = Schema("kalender", "Hari libur satu tahun (kalender/<tahun>.yml).", fields: [
        .required("tahun", .integer, "Tahun kalender ini."),
        .optional("libur", .list(.mapping(calendarDay), nonEmpty: false), "Hari libur yang ditambahkan pada hari libur bawaan tahun ini."),
        .optional("ganti_bawaan", .boolean, "true: berkas ini menggantikan hari libur bawaan tahun ini (bawaan false)."),
        .optional("cuti_bersama", .word(["libur", "kerja"], rule: .ppid004), "libur (bawaan) atau kerja: apakah cuti bersama dihitung hari libur di sini."),
    ])

    static func registerColumns(_ section: String, _ maps: [(String, String)]) -> Schema {
        Schema(section, "Pemetaan kolom register \(section).", fields:
            [.optional("kolom", .dictionary(.text), "Judul kolom ekspor → kolom ppid.")]
            + maps.map { .optional($0.0, .dictionary(.text), $0.1) }
            + [.optional("format_tanggal", .text, "Format tanggal ekspor: DD/MM/YYYY, DD-MM-YYYY, MM/DD/YYYY atau YYYY/MM/DD (bawaan: YYYY-MM-DD, atau dikenali dari isinya).")])
    }

    public static let serviceColumns = Schema("kolom.yml", "Pemetaan kolom register lain (layanan/kolom.yml).", fields: [
        .optional("permohonan", .mapping(registerColumns("permohonan", [
            ("cara", "Kata cara ekspor → cara ppid."), ("kategori_pemohon", "Kata kategori ekspor → kategori_pemohon ppid."),
            ("keputusan", "Kata keputusan ekspor → keputusan ppid."), ("perpanjangan", "Kata ekspor → ya atau tidak."),
            ("opd", "Nama OPD ekspor → slug OPD."),
        ])), "Register permohonan."),
        .optional("keberatan", .mapping(registerColumns("keberatan", [
            ("putusan", "Kata putusan ekspor → putusan ppid."), ("sengketa", "Kata ekspor → ya atau tidak."),
        ])), "Register keberatan."),
    ])
}
