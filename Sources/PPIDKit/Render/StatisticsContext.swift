/// The Mustache context of one complaint period: headline figures each with its plain-Indonesian
/// definition, the status table, and the month, OPD, channel and topic sections with their charts.
/// Every key is set explicitly (a missing key would be looked up in the enclosing context).
struct StatisticsContext {
    typealias Context = [String: Any]

    let site: SiteContext
    var statistics: ComplaintStatistics { site.model.complaintStatistics }

    static let monthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]

    /// "Tahun 2025" or "1 Januari 2024 – 25 Mei 2024".
    static func title(_ period: ComplaintPeriodFigures) -> String {
        period.source == .rincian ? "Tahun \(period.dari.year)" : "\(period.dari.indonesian) – \(period.sampai.indonesian)"
    }

    static func number(_ value: Int?) -> String { value.map(IndonesianNumber.format) ?? "—" }
    static func percent(_ value: Tenths?) -> String { value.map { "\($0.indonesian)%" } ?? "—" }
    static func days(_ value: Tenths?) -> String { value.map { "\($0.indonesian) hari" } ?? "—" }

    /// The short row of a period in the list of all periods.
    func summaryRow(_ period: ComplaintPeriodFigures) -> Context {
        [
            "judul": Self.title(period),
            "url": site.urls.link(SiteURLs.complaintPeriod(period.label)),
            "sumber": period.source == .rincian ? "Rincian laporan" : "Ringkasan",
            "jumlah": Self.number(period.total),
            "tingkat": Self.percent(period.tingkatPenyelesaian),
            "rtl": Self.days(period.rtlHari),
            "melewati": Self.number(period.melewatiBatas),
        ]
    }

    func period(_ period: ComplaintPeriodFigures) -> Context {
        let rows = period.source == .rincian
        var context: Context = [
            "label": period.label,
            "judul": Self.title(period),
            "url": site.urls.link(SiteURLs.complaintPeriod(period.label)),
            "dari": period.dari.indonesian, "dari_iso": period.dari.iso,
            "sampai": period.sampai.indonesian, "sampai_iso": period.sampai.iso,
            "acuan": statistics.referenceDate.indonesian, "acuan_iso": statistics.referenceDate.iso,
            "rincian": rows,
            "sumber": rows
                ? "Dihitung dari rincian \(IndonesianNumber.format(period.total)) laporan SP4N-LAPOR! menurut tanggal masuknya."
                : "Angka ringkasan apa adanya dari sumber: \(period.sumberKeterangan ?? "—"). Rincian per laporan untuk periode ini tidak tersedia.",
            "angka": headline(period),
            "status": ["butir": ComplaintStatus.allCases.map { status -> Context in
                ["judul": status.title, "kode": status.rawValue,
                 "jumlah": period.count(status).map(IndonesianNumber.format) ?? "tidak disebutkan"]
            }] as Context,
            "tidak_terklasifikasi": period.source == .ringkasan && period.tidakTerklasifikasi != 0
                ? ["jumlah": IndonesianNumber.format(period.tidakTerklasifikasi)] as Context : false,
            "tanpa_durasi": period.rowsWithoutDurations > 0
                ? ["jumlah": IndonesianNumber.format(period.rowsWithoutDurations)] as Context : false,
        ]
        context["bulan"] = rows ? months(period) : false
        context["grafik_status"] = rows ? false : statusChart(period)
        context["opd"] = period.perOPD.isEmpty ? false : opdTable(period)
        context["kanal"] = period.perKanal.isEmpty ? false
            : namedCounts(period.perKanal, title: "kanal", caption: "Jumlah laporan per kanal pengaduan, \(Self.title(period))",
                          name: ComplaintChannel.title)
        context["kategori"] = period.perKategori.isEmpty ? false
            : namedCounts(period.perKategori, title: "topik", caption: "Jumlah laporan per topik (kategori), \(Self.title(period))",
                          name: { $0 })
        return context
    }

    /// The figures the beranda repeats.
    static let berandaFigures: Set<String> = ["Jumlah laporan", "Tingkat penyelesaian", "RTL (rata-rata tindak lanjut)", "Melewati 60 hari"]

    /// Headline figures, each with what it means.
    func headline(_ period: ComplaintPeriodFigures) -> [Context] {
        let rows = period.source == .rincian
        let missing = rows ? "tidak ada laporan yang dapat dihitung" : "tidak tersedia dalam ringkasan"
        func figure(_ name: String, _ value: String, _ definition: String, known: Bool = true) -> Context {
            ["nama": name, "nilai": value, "definisi": definition, "kosong": known ? false : missing,
             "utama": Self.berandaFigures.contains(name)]
        }
        var list: [Context] = [
            figure("Jumlah laporan", Self.number(period.total),
                   "laporan yang masuk dalam periode ini, menurut tanggal masuknya."),
            figure("Tingkat penyelesaian", Self.percent(period.tingkatPenyelesaian),
                   "laporan berstatus selesai dibagi jumlah laporan, dalam persen.", known: period.tingkatPenyelesaian != nil),
            figure("Persentase tindak lanjut", Self.percent(period.persenTindakLanjut),
                   "laporan berstatus selesai atau proses dibagi jumlah laporan di luar yang dihapus dan yang bukan wewenang, dalam persen (cara KemenPAN-RB menilai tindak lanjut).",
                   known: period.persenTindakLanjut != nil),
        ]
        guard rows else { return list }
        let asOf = period.overdueAsOf ?? statistics.referenceDate
        list += [
            figure("RTL (rata-rata tindak lanjut)", Self.days(period.rtlHari),
                   "RTL = rata-rata hari kalender dari laporan masuk sampai tindak lanjut pertama, atas laporan yang sudah ditindaklanjuti.",
                   known: period.rtlHari != nil),
            figure("Median tindak lanjut", Self.days(period.medianTindakLanjutHari),
                   "nilai tengah hari kalender dari laporan masuk sampai tindak lanjut pertama: separuh laporan ditindaklanjuti lebih cepat dari ini.",
                   known: period.medianTindakLanjutHari != nil),
            figure("Median penyelesaian", Self.days(period.medianSelesaiHari),
                   "nilai tengah hari kalender dari laporan masuk sampai selesai, atas laporan berstatus selesai yang mencantumkan tanggal selesai.",
                   known: period.medianSelesaiHari != nil),
            figure("Melewati 60 hari", Self.number(period.melewatiBatas),
                   "laporan berstatus belum terverifikasi, belum ditindaklanjuti, proses atau tertunda yang pada \(asOf.indonesian) (tanggal acuan, atau hari terakhir periode bila lebih awal) sudah berumur lebih dari 60 hari kalender. PermenPANRB 62/2018 memberi waktu paling lama 60 hari kerja untuk pengaduan yang paling sulit, jadi angka ini tanda awal yang hati-hati, bukan vonis."),
        ]
        return list
    }

    /// Statuses that occur in the period, in canonical order (the chart's series).
    private func presentStatuses(_ period: ComplaintPeriodFigures) -> [ComplaintStatus] {
        ComplaintStatus.allCases.filter { (period.count($0) ?? 0) > 0 }
    }

    func months(_ period: ComplaintPeriodFigures) -> Context {
        let statuses = presentStatuses(period)
        let title = Self.title(period)
        let described = period.perBulan.map { month -> String in
            let name = CalendarDate.monthNames[month.month - 1]
            let parts = statuses.compactMap { status -> String? in
                let count = month.status[status.index]
                return count > 0 ? "\(status.title.lowercased()) \(IndonesianNumber.format(count))" : nil
            }
            return "\(name) \(IndonesianNumber.format(month.total))" + (parts.isEmpty ? "" : " (\(parts.joined(separator: ", ")))")
        }
        let label = "Grafik batang bertumpuk jumlah laporan per bulan, \(title), menurut status: \(described.joined(separator: "; ")). Angka yang sama ada di tabel."
        let chart = StackedColumnChart(
            series: statuses.map { .init(name: $0.title, colour: StatusPalette.colour($0)) },
            columns: period.perBulan.map { month in
                .init(label: Self.monthAbbreviations[month.month - 1], values: statuses.map { month.status[$0.index] })
            },
            label: label)
        return [
            "grafik": chart.svg(),
            "judul_grafik": "Laporan per bulan menurut status, \(title)",
            "kolom": statuses.map(\.title),
            "baris": period.perBulan.map { month -> Context in
                ["bulan": "\(CalendarDate.monthNames[month.month - 1]) \(month.year)", "jumlah": IndonesianNumber.format(month.total),
                 "sel": statuses.map { IndonesianNumber.format(month.status[$0.index]) }]
            },
        ]
    }

    /// A period known only from `ringkasan.yml`: its stated status counts as a chart (the table
    /// beside it holds the same numbers, with "tidak disebutkan" for a status not stated).
    func statusChart(_ period: ComplaintPeriodFigures) -> Any {
        let stated = ComplaintStatus.allCases.compactMap { status in period.count(status).map { (status, $0) } }
        guard !stated.isEmpty else { return false }
        let described = stated.map { "\($0.0.title.lowercased()) \(IndonesianNumber.format($0.1))" }.joined(separator: "; ")
        let chart = BarListChart(bars: stated.map { .init(label: $0.0.title, value: $0.1) },
                                 label: "Grafik batang jumlah laporan per status menurut ringkasan, \(Self.title(period)): \(described). Angka yang sama ada di tabel.")
        return ["grafik": chart.svg(), "judul_grafik": "Jumlah laporan per status, \(Self.title(period))"] as Context
    }

    func opdTable(_ period: ComplaintPeriodFigures) -> Context {
        [
            "judul_tabel": "Laporan per OPD, \(Self.title(period))",
            "kolom": ComplaintStatus.allCases.map(\.title),
            "butir": period.perOPD.map { opd -> Context in
                let known = opd.opd.flatMap { site.model.opd($0) } != nil
                return [
                    "nama": opd.nama ?? opd.opd ?? "Belum didisposisikan ke OPD",
                    "url": known ? site.urls.link(SiteURLs.opd(opd.opd ?? "")) : false,
                    "jumlah": IndonesianNumber.format(opd.total),
                    "sel": opd.status.map(IndonesianNumber.format),
                    "rtl": Self.days(opd.rtlHari),
                    "median_selesai": Self.days(opd.medianSelesaiHari),
                    "melewati": IndonesianNumber.format(opd.melewatiBatas),
                ]
            },
        ]
    }

    func namedCounts(_ counts: [ComplaintPeriodFigures.NamedCount], title: String, caption: String,
                     name: (String) -> String) -> Context {
        let described = counts.map { "\(name($0.name)) \(IndonesianNumber.format($0.total))" }.joined(separator: "; ")
        let chart = BarListChart(bars: counts.map { .init(label: name($0.name), value: $0.total) },
                                 label: "Grafik batang jumlah laporan per \(title): \(described). Angka yang sama ada di tabel.")
        return [
            "grafik": chart.svg(),
            "judul_grafik": caption,
            "butir": counts.map { ["nama": name($0.name), "jumlah": IndonesianNumber.format($0.total)] as Context },
        ]
    }
}
