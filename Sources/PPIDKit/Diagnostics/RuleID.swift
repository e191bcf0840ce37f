/// Every validation rule of `ppid`, with its fixed severity and a one-line Indonesian summary.
/// This table is the single source of the rule reference (`ppid aturan`, docs/ATURAN.md).
public enum RuleID: String, Sendable, Codable, CaseIterable, Hashable {
    // 0xx — files and structure
    case ppid001 = "PPID001", ppid002 = "PPID002", ppid003 = "PPID003", ppid004 = "PPID004"
    case ppid005 = "PPID005", ppid006 = "PPID006", ppid007 = "PPID007", ppid008 = "PPID008"
    case ppid009 = "PPID009", ppid010 = "PPID010", ppid011 = "PPID011", ppid012 = "PPID012"
    case ppid013 = "PPID013", ppid014 = "PPID014"
    case ppid015 = "PPID015", ppid016 = "PPID016"
    // 1xx — Daftar Informasi Publik
    case ppid101 = "PPID101", ppid102 = "PPID102", ppid103 = "PPID103", ppid104 = "PPID104"
    case ppid105 = "PPID105", ppid106 = "PPID106", ppid107 = "PPID107"
    // 2xx — Daftar Informasi yang Dikecualikan
    case ppid201 = "PPID201", ppid202 = "PPID202", ppid203 = "PPID203", ppid204 = "PPID204"
    case ppid205 = "PPID205", ppid206 = "PPID206", ppid207 = "PPID207", ppid208 = "PPID208"
    case ppid209 = "PPID209", ppid210 = "PPID210", ppid211 = "PPID211", ppid212 = "PPID212"
    case ppid213 = "PPID213", ppid214 = "PPID214"
    // 3xx — PPID organisation and SOPs
    case ppid301 = "PPID301", ppid302 = "PPID302", ppid303 = "PPID303", ppid304 = "PPID304"
    case ppid305 = "PPID305", ppid306 = "PPID306"
    // 4xx — complaints
    case ppid401 = "PPID401", ppid402 = "PPID402", ppid403 = "PPID403", ppid404 = "PPID404"
    case ppid405 = "PPID405", ppid406 = "PPID406", ppid407 = "PPID407", ppid408 = "PPID408"
    case ppid409 = "PPID409"
    // 5xx — information requests, objections, disputes and the annual report
    case ppid501 = "PPID501", ppid502 = "PPID502", ppid503 = "PPID503", ppid504 = "PPID504"
    case ppid505 = "PPID505", ppid506 = "PPID506", ppid507 = "PPID507", ppid508 = "PPID508"
    case ppid509 = "PPID509"

    public var severity: Severity {
        switch self {
        case .ppid013, .ppid014, .ppid103, .ppid105, .ppid107, .ppid205, .ppid209, .ppid211, .ppid212, .ppid213,
             .ppid303, .ppid305, .ppid306, .ppid402, .ppid403, .ppid404,
             .ppid504, .ppid505, .ppid506, .ppid507, .ppid508, .ppid509:
            return .warning
        default:
            return .error
        }
    }

    /// What the rule checks, in plain Indonesian.
    public var summary: String {
        switch self {
        case .ppid001: return "Berkas bukan YAML yang sah, atau front matter Markdown rusak."
        case .ppid002: return "Kunci yang tidak dikenal (disertai saran kunci terdekat)."
        case .ppid003: return "Kunci wajib tidak ada."
        case .ppid004: return "Nilai bertipe salah atau bukan salah satu kata yang diizinkan."
        case .ppid005: return "Tanggal bukan YYYY-MM-DD yang sah (atau tahun, bila tahun diizinkan)."
        case .ppid006: return "Dua item dalam satu OPD memakai `id` yang sama, atau dua folder OPD ber-slug sama."
        case .ppid007: return "Rujukan ke slug OPD yang tidak punya folder."
        case .ppid008: return "Slug atau `id` tidak sesuai pola, atau nama halaman memakai segmen URL yang dicadangkan."
        case .ppid009: return "Berkas bukan UTF-8, atau jalur di folder konten berupa tautan simbolik/bukan berkas biasa, atau namanya memuat baris baru/karakter kendali."
        case .ppid010: return "`berkas` menunjuk berkas yang tidak ada."
        case .ppid011: return "Jalur dokumen keluar dari folder yang diizinkan."
        case .ppid012: return "`tautan` bukan URL http/https."
        case .ppid013: return "Folder OPD tidak memiliki `dip.yml`."
        case .ppid014: return "HTML mentah di Markdown dibuang (tidak pernah diterbitkan)."
        case .ppid015: return "Teks melebihi batas panjangnya: `judul` dan `nama` 300 karakter; nilai satu baris lain 1 000; `ringkasan`, `konsekuensi`, `kepentingan_publik`, `catatan` 20 000; isi Markdown halaman atau SOP 500 000. Selama ada temuan ini, aturan isi lainnya belum dijalankan."
        case .ppid016: return "Dokumen aktif di `berkas/` yang akan diterbitkan: SVG/SVGZ berisi skrip, atribut `on…=`, tautan `javascript:` atau `<foreignObject>`, atau berkas HTML (`.html`, `.htm`, `.xhtml`, `.xht`, `.shtml`; juga XML berisi XHTML, SVG atau XSLT). Ekspor SVG tanpa skrip; terbitkan HTML sebagai PDF."
        case .ppid101: return "`kategori` bukan berkala, serta-merta, atau setiap-saat."
        case .ppid102: return "`dasar` bukan rujukan yang sah atau tidak cocok dengan kategorinya."
        case .ppid103: return "Informasi berkala belum diperbarui dalam 6 bulan terakhir (Pasal 9 ayat (3))."
        case .ppid104: return "Informasi berkala tidak memiliki `diperbarui`."
        case .ppid105: return "Informasi berkala/serta-merta tanpa `berkas` maupun `tautan`."
        case .ppid106: return "`diperbarui` atau `waktu_pembuatan` melewati tanggal hari ini."
        case .ppid107: return "DIP tidak memuat informasi berkala Pasal 9 ayat (2) huruf a, b, atau c."
        case .ppid201: return "`dasar_hukum` bukan rujukan Pasal 17 yang sah."
        case .ppid202: return "Uji konsekuensi (`konsekuensi`, `kepentingan_publik`) tidak ada atau terlalu pendek."
        case .ppid203: return "Judul menyebut jenis informasi yang menurut Pasal 18/9/11 tidak boleh dikecualikan."
        case .ppid204: return "Pengecualian Pasal 17 huruf a–f dinyatakan permanen (dilarang Pasal 20)."
        case .ppid205: return "Jangka waktu pengecualian telah berakhir."
        case .ppid206: return "Informasi yang sama ada di DIP dan DIK."
        case .ppid207: return "`penetapan` tidak ada/tidak lengkap, atau tanggalnya melewati hari ini."
        case .ppid208: return "Pasal 17 huruf j tanpa `peraturan_lain`."
        case .ppid209: return "Pengecualian Pasal 17 huruf a lebih dari 30 tahun (PP 61/2010)."
        case .ppid210: return "Item DIK memiliki `berkas` atau `tautan`."
        case .ppid211: return "Pasal 17 huruf j hanya bersandar pada peraturan di bawah undang-undang."
        case .ppid212: return "Pengecualian rahasia pribadi atas informasi jabatan publik (Pasal 18 ayat (2))."
        case .ppid213: return "Jangka waktu pengecualian berakhir dalam 30 hari kerja ke depan: siapkan pengumuman pembukaannya."
        case .ppid214: return "`dibuka` tidak lengkap atau bertanggal sebelum penetapan, atau `dari_dik` tidak menunjuk item DIK OPD-nya."
        case .ppid301: return "`ppid.yml` tidak memuat SK PPID Utama atau kontak."
        case .ppid302: return "OPD tidak memiliki kontak PPID Pelaksana."
        case .ppid303: return "OPD PPID Utama belum memiliki SOP standar."
        case .ppid304: return "SOP tanpa `judul`, `jenis`, `ditetapkan`, atau isi."
        case .ppid305: return "Alamat surel atau nomor telepon tidak wajar."
        case .ppid306: return "Draf (`draf: true`): diperiksa, tetapi tidak diterbitkan, tidak dihitung dan tidak dilihat aturan lain; menggagalkan `--strict`."
        case .ppid401: return "`status` atau `kanal` pengaduan bukan kata yang diizinkan."
        case .ppid402: return "Tanggal pengaduan mustahil."
        case .ppid403: return "Jumlah status ringkasan kurang dari `total`."
        case .ppid404: return "Kolom berisi data pribadi pelapor; dibuang dan tidak diterbitkan."
        case .ppid405: return "`opd` pengaduan tidak punya folder OPD."
        case .ppid406: return "Dua baris pengaduan memakai `nomor_tiket` yang sama."
        case .ppid407: return "Periode ringkasan tumpang tindih dengan periode lain atau tahun yang punya rincian."
        case .ppid408: return "Jumlah kolom baris CSV berbeda dari header, atau kolom wajib tidak ada."
        case .ppid409: return "Jumlah status ringkasan melebihi `total`, atau `dari` setelah `sampai`."
        case .ppid501: return "Register permohonan atau keberatan tidak terbaca: kolom wajib tidak ada, sel wajib kosong, kata yang tidak dikenal, tanggal tidak sah, `tanggal_pemberitahuan` pada permohonan `proses`, nomor ganda, atau jumlah kolom baris salah."
        case .ppid502: return "Tanggal register tidak berurutan (galat), atau melewati tanggal acuan (peringatan: baris itu tidak dihitung)."
        case .ppid503: return "Permohonan `ditolak` atau `dipenuhi-sebagian` tanpa `alasan_penolakan` Pasal 17 yang sah."
        case .ppid504: return "Kolom register yang dapat berisi data pribadi pemohon dibuang dan tidak diterbitkan."
        case .ppid505: return "Permohonan masih `proses` padahal batas waktunya telah lewat pada tanggal acuan."
        case .ppid506: return "Penolakan menyebut huruf Pasal 17 yang tidak ada di DIK OPD-nya: tambahkan hasil uji konsekuensinya ke DIK."
        case .ppid507: return "Keberatan menyebut `nomor_registrasi` yang tidak ada di register permohonan, atau sengketa menyebut `nomor_keberatan` yang tidak dikenal."
        case .ppid508: return "Batas waktu jatuh pada tahun yang belum punya kalender hari libur: hanya Sabtu dan Minggu yang dihitung libur."
        case .ppid509: return "Laporan layanan informasi tahunan (`layanan/laporan/<tahun>.md`) belum ada atau masih draf setelah 31 Maret tahun berikutnya."
        }
    }
}
