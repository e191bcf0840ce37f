/// The checks a criteria file may name in `periksa` (MONEV.md, "Checks the program provides").
public enum MonevCheck: String, Sendable, CaseIterable {
    case dipAda = "dip-ada"
    case dipDitetapkanTahunIni = "dip-ditetapkan-tahun-ini"
    case dikAda = "dik-ada"
    case dikDitetapkanTahunIni = "dik-ditetapkan-tahun-ini"
    case berkalaMutakhir = "berkala-mutakhir"
    case berkalaBerkas = "berkala-berkas"
    case dikUjiKonsekuensi = "dik-uji-konsekuensi"
    case dikJangkaWaktu = "dik-jangka-waktu"
    case dikKedaluwarsaDibuka = "dik-kedaluwarsa-dibuka"
    case sopStandar = "sop-standar"
    case kontakPelaksana = "kontak-pelaksana"
    case skPelaksana = "sk-pelaksana"
    case kategoriLengkap = "kategori-lengkap"
    case berkalaPasal92 = "berkala-pasal-9-2"
    case setiapSaatPasal11 = "setiap-saat-pasal-11"
    case maklumat = "maklumat"
    case laporanLayanan = "laporan-layanan"
    case ringkasanAkses = "ringkasan-akses"
    case tepatWaktu = "tepat-waktu"
    case skPPID = "sk-ppid"
    case aksesibilitas = "aksesibilitas"
    case kanalPengaduan = "kanal-pengaduan"
    case statistikPengaduan = "statistik-pengaduan"
    case dataTerbuka = "data-terbuka"
    case tidakDapatDiperiksa = "tidak-dapat-diperiksa"

    public enum Level: Sendable {
        /// Scored per OPD as well (`tingkat: opd` allowed).
        case opd
        /// Only for the Badan Publik.
        case badan
        /// `tidak-dapat-diperiksa`: either.
        case either
    }

    public var level: Level {
        switch self {
        case .dipAda, .dipDitetapkanTahunIni, .dikAda, .dikDitetapkanTahunIni, .berkalaMutakhir, .berkalaBerkas,
             .dikUjiKonsekuensi, .dikJangkaWaktu, .dikKedaluwarsaDibuka, .sopStandar, .kontakPelaksana, .skPelaksana:
            return .opd
        case .tidakDapatDiperiksa:
            return .either
        default:
            return .badan
        }
    }

    /// Whether `tingkat: opd` may be written on an item with this check.
    public var allowsOPDLevel: Bool { level != .badan }

    /// What the check looks at, in plain Indonesian (reports and the JSON Schema).
    public var summary: String {
        switch self {
        case .dipAda: return "OPD memiliki dip.yml dengan sedikitnya satu informasi yang bukan draf"
        case .dipDitetapkanTahunIni: return "penetapan.tanggal DIP berada di tahun yang dinilai"
        case .dikAda: return "OPD memiliki dik.yml berisi informasi, atau dikecualikan: [] dengan penetapan"
        case .dikDitetapkanTahunIni: return "penetapan.tanggal DIK berada di tahun yang dinilai"
        case .berkalaMutakhir: return "informasi berkala diperbarui dalam enam bulan terakhir (tanpa PPID103)"
        case .berkalaBerkas: return "informasi berkala dan serta-merta memiliki berkas atau tautan (tanpa PPID105)"
        case .dikUjiKonsekuensi: return "uji konsekuensi DIK lengkap (tanpa PPID201, 202, 203, 207)"
        case .dikJangkaWaktu: return "jangka waktu pengecualian sah (tanpa PPID004 pada jangka_waktu, PPID204, PPID209)"
        case .dikKedaluwarsaDibuka: return "tidak ada pengecualian yang jangka waktunya berakhir tetapi masih ditutup (tanpa PPID205)"
        case .sopStandar: return "SOP standar tersedia, bukan draf, tanpa PPID304"
        case .kontakPelaksana: return "kontak PPID Pelaksana (surel atau telepon) tanpa PPID302/305"
        case .skPelaksana: return "ppid_pelaksana.sk diisi dan bukan draf"
        case .kategoriLengkap: return "ketiga kategori (berkala, serta-merta, setiap-saat) ada di DIP Badan Publik"
        case .berkalaPasal92: return "Pasal 9 ayat (2) huruf a, b, c, d masing-masing dirujuk informasi berkala"
        case .setiapSaatPasal11: return "Pasal 11 ayat (1) huruf a–h masing-masing dirujuk sebuah informasi"
        case .maklumat: return "halaman maklumat-pelayanan ada dan bukan draf"
        case .laporanLayanan: return "laporan layanan informasi tahun lalu ditetapkan paling lambat 31 Maret"
        case .ringkasanAkses: return "kedua semester tahun lalu tercatat dalam register permohonan"
        case .tepatWaktu: return "persentase permohonan tahun lalu yang dijawab tepat waktu"
        case .skPPID: return "SK PPID Utama diisi, bukan draf, dengan berkasnya"
        case .aksesibilitas: return "pernyataan aksesibilitas situs terbit (selalu dengan tema bawaan)"
        case .kanalPengaduan: return "kanal pengaduan lapor diisi di ppid.yml"
        case .statistikPengaduan: return "angka pengaduan untuk periode di tahun yang dinilai atau tahun sebelumnya"
        case .dataTerbuka: return "data terbuka diterbitkan (selalu)"
        case .tidakDapatDiperiksa: return "tidak dapat diperiksa dari konten; dihitung 0 untuk batas bawah dan penuh untuk batas atas"
        }
    }
}
