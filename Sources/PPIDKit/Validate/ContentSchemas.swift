/// The schemas of every content file (CONTENT.md), in the key order the spec gives.
public enum ContentSchemas {
    public static let badanPublikKinds = ["provinsi", "kabupaten", "kota", "instansi"]
    public static let opdKinds = ["sekretariat", "dinas", "badan", "inspektorat", "kecamatan", "kelurahan",
                                  "rsud", "puskesmas", "lainnya"]
    public static let categories = ["berkala", "serta-merta", "setiap-saat"]
    public static let forms = ["softcopy", "hardcopy", "rekam"]
    public static let sopKinds = ["permohonan-informasi", "keberatan", "sengketa", "penetapan-dip", "uji-konsekuensi",
                                  "pendokumentasian", "pendokumentasian-dikecualikan", "serta-merta", "disabilitas",
                                  "pengaduan", "lainnya"]
    public static let complaintStatuses = ["belum-terverifikasi", "belum-ditindaklanjuti", "proses", "selesai",
                                           "tertunda", "arsip", "bukan-wewenang", "dihapus"]
    public static let complaintChannels = ["situs", "sms", "whatsapp", "aplikasi", "media-sosial", "tatap-muka",
                                           "telepon", "surat", "email", "lainnya"]

    static let decision = Schema("penetapan", "Keputusan PPID yang menetapkan daftar atau pengecualian.", fields: [
        .required("nomor", .text, rule: .ppid207, "Nomor keputusan."),
        .required("tanggal", .date, rule: .ppid207, "Tanggal keputusan (YYYY-MM-DD)."),
        .required("oleh", .text, rule: .ppid207, "Pejabat yang menetapkan (PP 61/2010)."),
    ])

    /// `draf: true`: a draft (ONBOARDING.md), validated but never published.
    static func draft(_ what: String) -> Field {
        .optional("draf", .boolean, "true: \(what) masih draf; diperiksa, tetapi tidak diterbitkan sampai baris ini dihapus.")
    }

    static let listDecision = Schema("penetapan", "Keputusan PPID yang menetapkan daftar ini.", fields: [
        .optional("nomor", .text, "Nomor keputusan."),
        .optional("tanggal", .date, "Tanggal keputusan (YYYY-MM-DD)."),
        .optional("oleh", .text, "Pejabat yang menetapkan."),
        draft("keputusan ini"),
    ], placeholderWhenDraft: true)

    /// `ppid_pelaksana.sk`: the OPD head's decree that appoints its PPID Pelaksana.
    static let pelaksanaDecree = Schema("sk", "Surat keputusan Kepala OPD yang menunjuk PPID Pelaksana.", fields: [
        .required("nomor", .text, "Nomor SK."),
        .required("tanggal", .date, "Tanggal SK (YYYY-MM-DD)."),
        .optional("berkas", .text, "Salinan SK di bawah berkas/ OPD ini."),
        draft("SK ini"),
    ], placeholderWhenDraft: true)

    public static let ppid = Schema("ppid", "Badan Publik dan PPID Utama-nya (ppid.yml).", fields: [
        .required("nama", .text, "Nama Badan Publik, misalnya \"Pemerintah Kabupaten <nama daerah>\"."),
        .required("jenis", .word(badanPublikKinds, rule: .ppid004), "Jenis Badan Publik."),
        .required("alamat_situs", .text, "Alamat dasar situs, misalnya https://ppid.namadaerah.go.id."),
        .optional("logo", .text, "Berkas logo di bawah berkas/, diterbitkan bersama situs."),
        .required("ppid_utama", .mapping(Schema("ppid_utama", "PPID Utama.", fields: [
            .required("opd", .text, "Slug OPD yang menjadi tempat PPID Utama."),
            .optional("alamat", .text, "Alamat layanan PPID Utama."),
            .optional("telepon", .text, "Nomor telepon layanan."),
            .optional("email", .text, "Alamat surel layanan."),
            .optional("jam_layanan", .text, "Jam layanan, misalnya \"Senin–Jumat 08.00–16.00 WIB\"."),
            .required("sk", .mapping(Schema("sk", "Surat keputusan pengangkatan PPID.", fields: [
                .required("nomor", .text, rule: .ppid301, "Nomor SK."),
                .required("tanggal", .date, rule: .ppid301, "Tanggal SK (YYYY-MM-DD)."),
                .optional("berkas", .text, "Salinan SK di bawah berkas/, diterbitkan bersama situs."),
                draft("SK ini"),
            ], placeholderWhenDraft: true)), rule: .ppid301, "SK pengangkatan PPID."),
        ])), "PPID Utama: OPD tempatnya, kontak dan SK."),
        .optional("lapor", .mapping(Schema("lapor", "Kanal SP4N-LAPOR! instansi.", fields: [
            .optional("tautan", .text, "Tautan ke halaman SP4N-LAPOR!."),
            .optional("kanal_lain", .list(.text, nonEmpty: false), "Kanal pengaduan lain."),
        ])), "Kanal pengaduan SP4N-LAPOR!."),
    ])

    public static let opd = Schema("opd", "Profil OPD dan PPID Pelaksana-nya (opd/<slug>/opd.yml).", fields: [
        .required("nama", .text, "Nama OPD, misalnya \"Dinas Perhubungan\"."),
        .optional("singkatan", .text, "Singkatan, misalnya \"Dishub\"."),
        .required("jenis", .word(opdKinds, rule: .ppid004), "Jenis perangkat daerah."),
        .optional("urutan", .integer, "Urutan dalam daftar (lalu menurut nama)."),
        .optional("alamat", .text, "Alamat kantor."),
        .optional("situs", .text, "Situs OPD."),
        .required("ppid_pelaksana", .mapping(Schema("ppid_pelaksana", "PPID Pelaksana.", fields: [
            .required("jabatan", .text, rule: .ppid302, "Jabatan PPID Pelaksana, misalnya \"Sekretaris Dinas Perhubungan\"."),
            .optional("email", .text, "Alamat surel."),
            .optional("telepon", .text, "Nomor telepon."),
            .optional("sk", .mapping(pelaksanaDecree), "SK penunjukan PPID Pelaksana oleh Kepala OPD."),
        ])), rule: .ppid302, "PPID Pelaksana OPD dan kontaknya."),
    ])

    public static let informationItem = Schema("informasi", "Satu informasi publik dalam DIP.", fields: [
        .optional("id", .text, "Pengenal unik dalam OPD; bila kosong diturunkan dari judul."),
        .required("judul", .text, "Ringkasan isi informasi (judul)."),
        .required("ringkasan", .text, "Ringkasan isi; boleh Markdown."),
        .required("kategori", .word(categories, rule: .ppid101), "Kategori menurut UU 14/2008."),
        .optional("dasar", .text, "Dasar di UU 14/2008, misalnya \"Pasal 9 ayat (2) huruf c\"."),
        .required("penguasa", .text, "Pejabat atau unit yang menguasai informasi."),
        .required("penanggung_jawab", .text, "Penanggung jawab pembuatan/penerbitan informasi."),
        .required("waktu_pembuatan", .dateOrYear, "Waktu pembuatan: tanggal atau tahun."),
        .optional("tempat_pembuatan", .text, "Tempat pembuatan."),
        .required("bentuk", .list(.word(forms, rule: .ppid004), nonEmpty: true), "Bentuk informasi yang tersedia."),
        .required("retensi", .text, "Jangka waktu penyimpanan/retensi arsip."),
        .optional("diperbarui", .date, "Tanggal pembaruan terakhir (wajib untuk informasi berkala)."),
        .optional("berkas", .text, "Dokumen di bawah folder berkas/ OPD ini."),
        .optional("tautan", .text, "Tautan luar (http/https)."),
        .optional("tag", .list(.text, nonEmpty: false), "Kata kunci."),
        draft("informasi ini"),
        .optional("dari_dik", .text, "id informasi dikecualikan OPD ini yang telah dibuka dan kini diumumkan sebagai entri ini."),
    ])

    public static let dip = Schema("dip", "Daftar Informasi Publik OPD (opd/<slug>/dip.yml).", fields: [
        .optional("penetapan", .mapping(listDecision), "Keputusan PPID yang menetapkan DIP."),
        .required("informasi", .list(.mapping(informationItem), nonEmpty: false), "Daftar informasi publik."),
    ])

    public static let openingReasons = OpeningReason.allCases.map(\.rawValue)

    /// `dibuka` of a DIK item (LIFECYCLE.md); every problem inside it is PPID214 (most specific rule).
    static let opening = Schema("dibuka", "Pembukaan informasi yang sebelumnya dikecualikan (PP 61/2010).", fields: [
        .required("tanggal", .date, rule: .ppid214, "Sejak tanggal berapa informasi ini terbuka (YYYY-MM-DD)."),
        .required("nomor", .text, rule: .ppid214, "Nomor keputusan PPID, putusan Komisi Informasi atau putusan pengadilan yang membukanya."),
        .required("alasan", .word(openingReasons, rule: .ppid214), rule: .ppid214, "Alasan pembukaan."),
        .optional("catatan", .text, "Keterangan bagi pemohon; boleh Markdown."),
        .optional("berkas", .text, "Dokumen yang kini terbuka, di bawah folder berkas/ OPD ini."),
    ], shapeRule: .ppid214)

    public static let exemption = Schema("dikecualikan", "Satu informasi yang dikecualikan (hasil uji konsekuensi).", fields: [
        .optional("id", .text, "Pengenal unik dalam OPD; bila kosong diturunkan dari judul."),
        .required("judul", .text, "Judul informasi yang dikecualikan."),
        .required("dasar_hukum", .oneOrList(.text), "Rujukan Pasal 17 UU 14/2008, misalnya \"Pasal 17 huruf h angka 2\"."),
        .optional("peraturan_lain", .list(.text, nonEmpty: false), "Peraturan lain yang menjadi dasar."),
        .required("konsekuensi", .text, rule: .ppid202, "Akibat yang timbul bila informasi dibuka (uji konsekuensi)."),
        .required("kepentingan_publik", .text, rule: .ppid202, "Mengapa menutup informasi melindungi kepentingan yang lebih besar."),
        .required("jangka_waktu", .text, "permanen, \"N tahun\", tanggal YYYY-MM-DD, atau \"sampai <peristiwa>\"."),
        .required("penetapan", .mapping(decision), rule: .ppid207, "Keputusan yang menetapkan pengecualian."),
        draft("pengecualian ini"),
        .optional("dibuka", .mapping(opening), "Pengecualian telah dicabut: sejak kapan informasi ini terbuka dan berdasarkan keputusan apa."),
    ], forbidden: [
        ForbiddenKey(key: "berkas", rule: .ppid210,
                     message: "Informasi yang dikecualikan tidak boleh memiliki \"berkas\": dokumen yang dikecualikan tidak pernah diterbitkan. Hapus kunci ini."),
        ForbiddenKey(key: "tautan", rule: .ppid210,
                     message: "Informasi yang dikecualikan tidak boleh memiliki \"tautan\": dokumen yang dikecualikan tidak pernah diterbitkan. Hapus kunci ini."),
    ])

    public static let dik = Schema("dik", "Daftar Informasi yang Dikecualikan OPD (opd/<slug>/dik.yml).", fields: [
        .optional("penetapan", .mapping(listDecision), "Keputusan PPID yang menetapkan DIK."),
        .required("dikecualikan", .list(.mapping(exemption), nonEmpty: false), "Daftar informasi yang dikecualikan."),
    ])

    public static let sop = Schema("sop", "Front matter SOP (opd/<slug>/sop/*.md).", fields: [
        .required("judul", .text, rule: .ppid304, "Judul SOP."),
        .required("jenis", .word(sopKinds, rule: .ppid004), rule: .ppid304, "Jenis SOP."),
        .optional("nomor", .text, "Nomor SOP."),
        .required("ditetapkan", .date, rule: .ppid304, "Tanggal penetapan (YYYY-MM-DD)."),
        .optional("disahkan_oleh", .text, "Pejabat yang mengesahkan."),
        draft("SOP ini"),
    ])

    public static let page = Schema("halaman", "Front matter halaman bebas (halaman/*.md).", fields: [
        .required("judul", .text, "Judul halaman."),
        .optional("urutan", .integer, "Urutan di menu."),
        .optional("menu", .boolean, "Tampil di menu (bawaan true)."),
        draft("halaman ini"),
    ])

    static let period = Schema("periode", "Periode ringkasan.", fields: [
        .required("dari", .date, "Tanggal awal."),
        .required("sampai", .date, "Tanggal akhir."),
    ])

    public static let summaryEntry = Schema("ringkasan", "Angka pengaduan satu periode.", fields:
        [.required("periode", .mapping(period), "Periode {dari, sampai}."),
         .required("total", .integer, "Jumlah seluruh pengaduan.")]
        + complaintStatuses.map { .optional($0, .integer, "Jumlah pengaduan berstatus \($0).") }
        + [.required("sumber", .text, "Sumber angka.")])

    public static let complaintSummary = Schema("ringkasan.yml", "Angka pengaduan per periode (pengaduan/ringkasan.yml).", fields: [
        .required("ringkasan", .list(.mapping(summaryEntry), nonEmpty: false), "Daftar periode."),
    ])

    public static let complaintColumns = Schema("kolom.yml", "Pemetaan kolom ekspor lain (pengaduan/kolom.yml).", fields: [
        .optional("kolom", .dictionary(.text), "Judul kolom ekspor → kolom ppid."),
        .optional("status", .dictionary(.text), "Kata status ekspor → status ppid."),
        .optional("kanal", .dictionary(.text), "Kata kanal ekspor → kanal ppid."),
        .optional("opd", .dictionary(.text), "Nama OPD ekspor → slug OPD."),
        .optional("format_tanggal", .text, "Format tanggal ekspor: DD/MM/YYYY, DD-MM-YYYY, MM/DD/YYYY atau YYYY/MM/DD (bawaan: YYYY-MM-DD, atau dikenali dari isinya)."),
    ])
}
