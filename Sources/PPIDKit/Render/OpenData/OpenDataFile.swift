/// One data set of `/data/`: what it is, its downloads and its fields.
public struct OpenDataFile: Sendable {
    public struct Download: Sendable {
        public var path: String
        public var mediaType: String
        public var format: String
    }

    public var anchor: String
    public var title: String
    public var description: String
    public var downloads: [Download]
    public var fields: [OpenDataField]
    /// The CSV's columns, when they differ from the JSON keys.
    public var csvColumns: [String]?

    public static let reuseNote = "Data ini adalah informasi publik dan boleh digunakan kembali oleh siapa pun dengan menyebutkan sumbernya."

    static func pair(json: String, csv: String) -> [Download] {
        [Download(path: json, mediaType: "application/json", format: "JSON"),
         Download(path: csv, mediaType: "text/csv", format: "CSV")]
    }

    /// Every data set the site publishes, in the order `/data/` lists them.
    public static func catalogue(badanPublik: String) -> [OpenDataFile] {
        [
            OpenDataFile(
                anchor: "informasi-publik", title: "Daftar Informasi Publik \(badanPublik)",
                description: "Seluruh informasi dalam Daftar Informasi Publik (DIP) setiap OPD, dengan kolom Peraturan Komisi Informasi Nomor 1 Tahun 2021. Satu objek (JSON) atau satu baris (CSV) per informasi, urut per OPD.",
                downloads: pair(json: InformationOpenData.jsonPath, csv: InformationOpenData.csvPath),
                fields: InformationOpenData.fields, csvColumns: nil),
            OpenDataFile(
                anchor: "informasi-dikecualikan", title: "Daftar Informasi yang Dikecualikan \(badanPublik)",
                description: "Seluruh informasi yang masih dikecualikan setiap OPD beserta hasil uji konsekuensinya: dasar hukum, konsekuensi, kepentingan publik, jangka waktu dan keputusan penetapan. Informasi yang telah dibuka pindah ke Daftar Informasi Publik (kolom dari_dik).",
                downloads: pair(json: ExemptionOpenData.jsonPath, csv: ExemptionOpenData.csvPath),
                fields: ExemptionOpenData.fields, csvColumns: ExemptionOpenData.csvHeader),
            OpenDataFile(
                anchor: "pengaduan", title: "Statistik Pengaduan SP4N-LAPOR! \(badanPublik)",
                description: "Angka agregat pengaduan masyarakat per periode: jumlah, status, waktu tindak lanjut, per OPD, kanal, topik dan bulan. Isi laporan dan data pribadi pelapor tidak pernah diterbitkan.",
                downloads: pair(json: ComplaintOpenData.jsonPath, csv: ComplaintOpenData.csvPath),
                fields: complaintFields, csvColumns: ComplaintOpenData.csvHeader),
            OpenDataFile(
                anchor: "layanan-informasi", title: "Layanan Informasi Publik \(badanPublik)",
                description: "Angka layanan permohonan informasi per tahun dan semester (Pasal 12 UU 14/2008), dihitung dari register permohonan dan keberatan: permohonan diterima, diputus dan tertunda, keputusan, waktu jawab dalam hari kerja, alasan penolakan, keberatan dan sengketa. layanan-informasi-permohonan.csv memuat waktu jawab setiap permohonan yang diputus, hanya dengan nomor registrasinya. Identitas pemohon dan isi permohonan tidak pernah diterbitkan.",
                downloads: pair(json: ServiceOpenData.jsonPath, csv: ServiceOpenData.csvPath)
                    + [Download(path: ServiceOpenData.requestsPath, mediaType: "text/csv", format: "CSV")],
                fields: serviceFields, csvColumns: ServiceOpenData.csvHeader),
        ]
    }

    /// The keys of each period in `layanan-informasi.json` (REQUESTS.md).
    static let serviceFields: [OpenDataField] = [
        OpenDataField("label", "Tahun (2025) atau semester (2025-s1, 2025-s2)."),
        OpenDataField("jenis", "tahun atau semester."),
        OpenDataField("dari, sampai", "Hari pertama dan terakhir periode (TTTT-BB-HH)."),
        OpenDataField("lengkap", "false selama tanggal acuan masih di dalam periode: angkanya masih dapat berubah."),
        OpenDataField("diterima", "Permohonan yang diterima dalam periode."),
        OpenDataField("tertunda_awal, tertunda_akhir", "Permohonan yang belum diberi pemberitahuan tertulis pada awal dan akhir periode."),
        OpenDataField("diproses", "Permohonan yang pemberitahuan tertulisnya diberikan dalam periode, kapan pun diterimanya."),
        OpenDataField("keputusan", "Jumlah permohonan yang diputus per keputusan."),
        OpenDataField("persen_dipenuhi", "(dipenuhi + dipenuhi sebagian) ÷ (dipenuhi + dipenuhi sebagian + ditolak) × 100."),
        OpenDataField("hari_kerja", "Rata-rata, median, minimum, maksimum dan sebaran hari kerja dari permohonan diterima sampai pemberitahuan (selain yang dicabut)."),
        OpenDataField("tepat_waktu, persen_tepat_waktu", "Permohonan yang dijawab paling lama 10 hari kerja (17 bila diperpanjang)."),
        OpenDataField("alasan_penolakan", "Jumlah permohonan yang ditolak atau dipenuhi sebagian per huruf Pasal 17."),
        OpenDataField("per_kategori_pemohon, per_cara, per_opd, per_bulan", "Rincian per kategori pemohon, cara pengajuan, OPD dan bulan."),
        OpenDataField("tertunda_terlama", "Sampai sepuluh permohonan tertunda terlama pada akhir periode (nomor registrasi, tanggal, hari kerja)."),
        OpenDataField("biaya_total", "Jumlah biaya yang dikenakan, rupiah."),
        OpenDataField("keberatan", "Keberatan yang diajukan: jumlah, per alasan Pasal 35 ayat (1), per putusan, tepat waktu (30 hari kerja), median hari kerja, dilanjutkan ke sengketa."),
        OpenDataField("sengketa", "Sengketa yang diregistrasi di Komisi Informasi, per hasil."),
    ]

    /// The keys of each period in `pengaduan.json` (STATISTICS.md).
    static let complaintFields: [OpenDataField] = [
        OpenDataField("label", "Nama periode: tahun (data rinci) atau <dari>_<sampai> (angka ringkasan)."),
        OpenDataField("dari", "Hari pertama periode (TTTT-BB-HH)."),
        OpenDataField("sampai", "Hari terakhir periode (TTTT-BB-HH)."),
        OpenDataField("sumber", "rincian (dihitung dari data per laporan) atau ringkasan (angka yang dinyatakan)."),
        OpenDataField("sumber_keterangan", "Asal angka ringkasan; null untuk data rinci."),
        OpenDataField("total", "Jumlah laporan dalam periode."),
        OpenDataField("status", "Jumlah laporan per status SP4N-LAPOR!; null bila tidak dinyatakan."),
        OpenDataField("tidak_terklasifikasi", "Selisih total dengan jumlah seluruh status yang dinyatakan."),
        OpenDataField("tingkat_penyelesaian", "selesai ÷ total × 100, persen."),
        OpenDataField("persen_tindak_lanjut", "(selesai + proses) ÷ (total − dihapus − bukan-wewenang) × 100, persen."),
        OpenDataField("rtl_hari", "Rata-rata hari kalender dari laporan masuk sampai tindak lanjut pertama."),
        OpenDataField("median_tindak_lanjut_hari", "Median hari kalender sampai tindak lanjut pertama."),
        OpenDataField("median_selesai_hari", "Median hari kalender dari laporan masuk sampai selesai."),
        OpenDataField("melewati_batas", "Laporan yang belum selesai dan telah berumur lebih dari 60 hari kalender."),
        OpenDataField("per_opd", "Angka yang sama per OPD (opd, nama, total, status, rtl_hari, median_selesai_hari, melewati_batas)."),
        OpenDataField("per_kanal", "Jumlah laporan per kanal pengaduan."),
        OpenDataField("per_kategori", "Jumlah laporan per topik."),
        OpenDataField("per_bulan", "Jumlah laporan per bulan, dengan rincian status."),
    ]
}
