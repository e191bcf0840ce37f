/// `data/layanan-informasi.json`, `.csv` and `data/layanan-informasi-permohonan.csv`: the
/// information service's figures and the Pasal 12 per-request table (REQUESTS.md). Aggregates and
/// register numbers only: no register value beyond our own columns' words, dates and numbers.
public struct ServiceOpenData: Sendable {
    public static let jsonPath = "data/layanan-informasi.json"
    public static let csvPath = "data/layanan-informasi.csv"
    public static let requestsPath = "data/layanan-informasi-permohonan.csv"
    public static let csvHeader = ["label", "jenis", "dari", "sampai", "lengkap", "diterima", "tertunda_awal", "diproses", "tertunda_akhir"]
        + RequestDecision.decided.map { "keputusan.\($0.rawValue)" }
        + ["persen_dipenuhi", "hari_kerja.rata_rata", "hari_kerja.median", "hari_kerja.min", "hari_kerja.maks"]
        + ServicePeriodFigures.WorkingDays.bucketLabels.map { "hari_kerja.sebaran.\($0)" }
        + ["tepat_waktu", "persen_tepat_waktu", "biaya_total", "keberatan.masuk", "keberatan.tepat_waktu",
           "keberatan.hari_kerja_median", "keberatan.sengketa", "sengketa.terdaftar"]
    public static let requestsHeader = ["nomor_registrasi", "opd", "tanggal_permohonan", "tanggal_pemberitahuan", "hari_kerja", "tepat_waktu", "keputusan"]

    public let statistics: ServiceStatistics
    public let badanPublik: String

    public init(statistics: ServiceStatistics, badanPublik: String) {
        self.statistics = statistics
        self.badanPublik = badanPublik
    }

    public func write(with writer: some SiteOutput) throws(SiteWriter.WriteError) {
        try writer.write(json(), to: Self.jsonPath)
        try writer.write(csv(), to: Self.csvPath)
        try writer.write(requestsCSV(), to: Self.requestsPath)
    }

    // MARK: JSON

    public func json() -> String {
        OpenDataPeriods.document(badanPublik: badanPublik, referenceDate: statistics.referenceDate,
                                 periods: statistics.periods.map(Self.json))
    }

    static func json(_ figures: ServicePeriodFigures) -> JSONValue {
        let period = figures.period
        let days = figures.hariKerja
        return .object([
            ("label", .string(period.label)),
            ("jenis", .string(period.kind.rawValue)),
            ("dari", .string(period.dari.iso)),
            ("sampai", .string(period.sampai.iso)),
            ("lengkap", .bool(period.lengkap)),
            ("diterima", .int(figures.diterima)),
            ("tertunda_awal", .int(figures.tertundaAwal)),
            ("diproses", .int(figures.diproses)),
            ("tertunda_akhir", .int(figures.tertundaAkhir)),
            ("keputusan", .object(zip(RequestDecision.decided, figures.keputusan).map { ($0.rawValue, .int($1)) })),
            ("persen_dipenuhi", OpenDataPeriods.tenths(figures.persenDipenuhi)),
            ("hari_kerja", .object([
                ("rata_rata", OpenDataPeriods.tenths(days.mean)), ("median", OpenDataPeriods.tenths(days.median)),
                ("min", .optional(days.min)), ("maks", .optional(days.max)),
                ("sebaran", .object(zip(ServicePeriodFigures.WorkingDays.bucketLabels, days.buckets).map { ($0, .int($1)) })),
            ])),
            ("tepat_waktu", .int(figures.tepatWaktu)),
            ("persen_tepat_waktu", OpenDataPeriods.tenths(figures.persenTepatWaktu)),
            ("alasan_penolakan", .array(figures.alasanPenolakan.map { .object([("dasar", .string($0.dasar)), ("jumlah", .int($0.jumlah))]) })),
            ("per_kategori_pemohon", .object(zip(ServicePeriodFigures.applicantLabels, figures.perKategoriPemohon).map { ($0, .int($1)) })),
            ("biaya_total", .int(figures.biayaTotal)),
            ("per_opd", .array(figures.perOPD.map { row in
                .object([("opd", .string(row.opd)), ("nama", .optional(row.nama)), ("diterima", .int(row.diterima)),
                         ("diproses", .int(row.diproses)), ("tepat_waktu", .int(row.tepatWaktu)), ("tertunda_akhir", .int(row.tertundaAkhir))])
            })),
            ("per_cara", .array(figures.perCara.map { .object([("cara", .string($0.cara.rawValue)), ("diterima", .int($0.diterima))]) })),
            ("per_bulan", .array(figures.perBulan.map { .object([("bulan", .string($0.bulan)), ("diterima", .int($0.diterima)), ("diproses", .int($0.diproses))]) })),
            ("tertunda_terlama", .array(figures.tertundaTerlama.map {
                .object([("nomor_registrasi", .string($0.nomorRegistrasi)), ("tanggal_permohonan", .string($0.tanggalPermohonan.iso)),
                         ("hari_kerja", .int($0.hariKerja))])
            })),
            ("keberatan", .object([
                ("masuk", .int(figures.keberatan.masuk)),
                ("per_alasan", .object(zip(ObjectionGround.words, figures.keberatan.perAlasan).map { ($0, .int($1)) })),
                ("putusan", .object(zip(ObjectionRuling.words, figures.keberatan.putusan).map { ($0, .int($1)) })),
                ("tepat_waktu", .int(figures.keberatan.tepatWaktu)),
                ("hari_kerja_median", OpenDataPeriods.tenths(figures.keberatan.hariKerjaMedian)),
                ("sengketa", .int(figures.keberatan.sengketa)),
            ])),
            ("sengketa", .object([
                ("terdaftar", .int(figures.sengketa.terdaftar)),
                ("per_hasil", .object(zip(DisputeOutcome.words, figures.sengketa.perHasil).map { ($0, .int($1)) })),
            ])),
        ])
    }

    // MARK: CSV

    public func csv() -> String {
        var rows: [[String]] = [Self.csvHeader]
        for figures in statistics.periods {
            let period = figures.period, days = figures.hariKerja
            rows.append([OpenDataCSV.text(period.label), period.kind.rawValue, period.dari.iso, period.sampai.iso, period.lengkap ? "true" : "false",
                         String(figures.diterima), String(figures.tertundaAwal), String(figures.diproses), String(figures.tertundaAkhir)]
                + figures.keputusan.map(String.init)
                + [OpenDataCSV.cell(figures.persenDipenuhi), OpenDataCSV.cell(days.mean), OpenDataCSV.cell(days.median), OpenDataCSV.cell(days.min), OpenDataCSV.cell(days.max)]
                + days.buckets.map(String.init)
                + [String(figures.tepatWaktu), OpenDataCSV.cell(figures.persenTepatWaktu), String(figures.biayaTotal),
                   String(figures.keberatan.masuk), String(figures.keberatan.tepatWaktu), OpenDataCSV.cell(figures.keberatan.hariKerjaMedian),
                   String(figures.keberatan.sengketa), String(figures.sengketa.terdaftar)])
        }
        return OpenDataCSV.encode(rows)
    }

    /// Every processed request of every year: the time Pasal 12 asks for, register numbers only.
    public func requestsCSV() -> String {
        var rows: [[String]] = [Self.requestsHeader]
        for request in statistics.processed {
            rows.append([OpenDataCSV.text(request.nomorRegistrasi), OpenDataCSV.text(request.opd), request.tanggalPermohonan.iso,
                         request.tanggalPemberitahuan.iso, OpenDataCSV.cell(request.hariKerja),
                         request.tepatWaktu.map { $0 ? "true" : "false" } ?? "", request.keputusan.rawValue])
        }
        return OpenDataCSV.encode(rows)
    }

}
