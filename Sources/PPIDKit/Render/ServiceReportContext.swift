/// The Mustache context of one period of the information service (REQUESTS.md, "Pages"): the
/// headline figures with their definitions, charts with their data as tables, the refusal reasons
/// with each Pasal 17 huruf's text, objections, disputes and, for a year, the Pasal 12 table.
/// Every key is set explicitly (a missing key would be looked up in the enclosing context).
struct ServiceReportContext {
    typealias Context = [String: Any]

    let site: SiteContext
    var statistics: ServiceStatistics { site.model.serviceStatistics }

    static func number(_ value: Int) -> String { IndonesianNumber.format(value) }
    static func percent(_ value: Tenths?) -> String { value.map { "\($0.indonesian)%" } ?? "—" }
    static func days(_ value: Tenths?) -> String { value.map { "\($0.indonesian) hari kerja" } ?? "—" }

    /// "Laporan Layanan Informasi Publik Tahun 2025", "Ringkasan Laporan Akses Informasi Publik Semester I 2026".
    static func title(_ period: ServicePeriod) -> String {
        period.kind == .tahun ? "Laporan Layanan Informasi Publik Tahun \(period.year)"
            : "Ringkasan Laporan Akses Informasi Publik \(period.title)"
    }

    /// The one-sentence summary of a period (DIP `ringkasan`, the index).
    static func sentence(_ figures: ServicePeriodFigures) -> String {
        var text = "\(figures.period.title): \(number(figures.diterima)) permohonan informasi diterima, \(number(figures.diproses)) diputus"
        if let granted = figures.persenDipenuhi { text += ", \(granted.indonesian)% dipenuhi seluruhnya atau sebagian" }
        if let onTime = figures.persenTepatWaktu { text += ", \(onTime.indonesian)% dijawab tepat waktu" }
        return text + "."
    }

    func summaryRow(_ figures: ServicePeriodFigures) -> Context {
        [
            "label": figures.period.label,
            "judul": figures.period.title,
            "jenis": figures.period.kind == .tahun ? "Laporan tahunan" : "Ringkasan semester",
            "url": site.urls.link(SiteURLs.serviceReport(figures.period.label)),
            "diterima": Self.number(figures.diterima),
            "diproses": Self.number(figures.diproses),
            "dipenuhi": Self.percent(figures.persenDipenuhi),
            "tepat_waktu": Self.percent(figures.persenTepatWaktu),
            "tertunda": Self.number(figures.tertundaAkhir),
            "berjalan": !figures.period.lengkap,
        ]
    }

    func headline(_ figures: ServicePeriodFigures) -> [Context] {
        func figure(_ name: String, _ value: String, _ definition: String) -> Context {
            ["nama": name, "nilai": value, "definisi": definition, "kosong": false]
        }
        return [
            figure("Permohonan diterima", Self.number(figures.diterima), "permohonan informasi yang diterima dalam periode ini, menurut tanggal diterimanya."),
            figure("Tertunda di awal periode", Self.number(figures.tertundaAwal), "permohonan yang diterima sebelum periode ini dan belum diberi pemberitahuan tertulis pada hari pertamanya."),
            figure("Permohonan diputus", Self.number(figures.diproses), "permohonan yang pemberitahuan tertulisnya diberikan dalam periode ini, kapan pun diterimanya."),
            figure("Tertunda di akhir periode", Self.number(figures.tertundaAkhir), "permohonan yang sudah diterima tetapi belum diberi pemberitahuan tertulis pada akhir periode: tertunda di awal + diterima − diputus."),
            figure("Dipenuhi", Self.percent(figures.persenDipenuhi), "permohonan yang dipenuhi seluruhnya atau sebagian, dibagi permohonan yang diputus atas pokoknya (dipenuhi, dipenuhi sebagian, ditolak), dalam persen."),
            figure("Tepat waktu", Self.percent(figures.persenTepatWaktu), "permohonan yang dijawab paling lama 10 hari kerja (17 hari kerja bila diperpanjang; Pasal 22 UU 14/2008), dibagi permohonan yang diputus selain yang dicabut, dalam persen."),
            figure("Median waktu jawab", Self.days(figures.hariKerja.median), "nilai tengah hari kerja dari permohonan diterima sampai pemberitahuan tertulis: separuh permohonan dijawab lebih cepat dari ini. Hari diterimanya tidak dihitung; Sabtu, Minggu, libur nasional dan cuti bersama tidak dihitung."),
        ]
    }

    func period(_ figures: ServicePeriodFigures) -> Context {
        let period = figures.period
        let annual = period.kind == .tahun
        var context: Context = [
            "label": period.label,
            "judul": Self.title(period),
            "periode": period.title,
            "tahunan": annual,
            "dari": period.dari.indonesian, "dari_iso": period.dari.iso,
            "sampai": period.end.indonesian, "sampai_iso": period.end.iso,
            "berjalan": !period.lengkap,
            "acuan": statistics.referenceDate.indonesian, "acuan_iso": statistics.referenceDate.iso,
            "angka": headline(figures),
            "ringkasan": Self.sentence(figures),
        ]
        context["keputusan"] = decisions(figures)
        context["bulan"] = months(figures)
        context["waktu"] = workingDays(figures)
        context["cara"] = channels(figures)
        context["pemohon"] = applicants(figures)
        context["alasan"] = refusals(figures)
        context["opd"] = figures.perOPD.isEmpty ? false : opdTable(figures)
        context["tertunda"] = pending(figures)
        context["keberatan"] = objections(figures)
        context["sengketa"] = disputes(figures)
        context["biaya"] = Self.number(figures.biayaTotal)
        return context
    }

    private func bars(_ rows: [(String, Int)], noun: String, caption: String) -> Context {
        let described = rows.map { "\($0.0) \(Self.number($0.1))" }.joined(separator: "; ")
        let chart = BarListChart(bars: rows.map { .init(label: $0.0, value: $0.1) },
                                 label: "Grafik batang \(noun): \(described). Angka yang sama ada di tabel.")
        return ["grafik": chart.svg(), "judul_grafik": caption,
                "butir": rows.map { ["nama": $0.0, "jumlah": Self.number($0.1)] as Context }]
    }

    func decisions(_ figures: ServicePeriodFigures) -> Context {
        bars(RequestDecision.decided.map { ($0.label, figures.count($0)) }, noun: "permohonan yang diputus menurut keputusannya",
             caption: "Permohonan yang diputus menurut keputusan, \(figures.period.title)")
    }

    func channels(_ figures: ServicePeriodFigures) -> Context {
        bars(figures.perCara.map { (Self.channelName($0.cara), $0.diterima) }, noun: "permohonan yang diterima menurut cara pengajuannya",
             caption: "Permohonan yang diterima menurut cara pengajuan, \(figures.period.title)")
    }

    func applicants(_ figures: ServicePeriodFigures) -> Context {
        let names = ["Perorangan", "Kelompok orang", "Badan hukum", "Tidak diisi"]
        return ["butir": zip(names, figures.perKategoriPemohon).map { ["nama": $0, "jumlah": Self.number($1)] as Context }]
    }

    func workingDays(_ figures: ServicePeriodFigures) -> Context {
        let names = ["0–10 hari kerja", "11–17 hari kerja", "Lebih dari 17 hari kerja"]
        var context = bars(Array(zip(names, figures.hariKerja.buckets)), noun: "permohonan menurut lama waktu jawabnya",
                           caption: "Lama waktu jawab permohonan yang diputus (selain dicabut), \(figures.period.title)")
        context["rata_rata"] = Self.days(figures.hariKerja.mean)
        context["median"] = Self.days(figures.hariKerja.median)
        context["min"] = figures.hariKerja.min.map { "\($0) hari kerja" } ?? "—"
        context["maks"] = figures.hariKerja.max.map { "\($0) hari kerja" } ?? "—"
        context["tepat_waktu"] = Self.number(figures.tepatWaktu)
        return context
    }

    func months(_ figures: ServicePeriodFigures) -> Context {
        let title = figures.period.title
        let described = figures.perBulan.map { month -> String in
            let name = Self.monthName(month.bulan)
            return "\(name) diterima \(Self.number(month.diterima)), diputus \(Self.number(month.diproses))"
        }
        let chart = StackedColumnChart(
            series: [.init(name: "Diterima", colour: "#0b4f8a")],
            columns: figures.perBulan.map { .init(label: Self.monthAbbreviation($0.bulan), values: [$0.diterima]) },
            label: "Grafik kolom permohonan diterima per bulan, \(title): \(described.joined(separator: "; ")). Angka yang sama ada di tabel.")
        return [
            "grafik": chart.svg(),
            "judul_grafik": "Permohonan per bulan, \(title)",
            "baris": figures.perBulan.map { month -> Context in
                ["bulan": Self.monthName(month.bulan), "diterima": Self.number(month.diterima), "diproses": Self.number(month.diproses)]
            },
        ]
    }

    func refusals(_ figures: ServicePeriodFigures) -> Any {
        guard !figures.alasanPenolakan.isEmpty else { return false }
        return ["butir": figures.alasanPenolakan.map { basis -> Context in
            ["dasar": basis.dasar, "teks": LegalArticles.exemptionTexts[basis.huruf] ?? "", "jumlah": Self.number(basis.jumlah)]
        }] as Context
    }

    func opdTable(_ figures: ServicePeriodFigures) -> Context {
        ["butir": figures.perOPD.map { row -> Context in
            ["nama": row.nama ?? row.opd,
             "url": site.model.opd(row.opd) != nil ? site.urls.link(SiteURLs.opd(row.opd)) : false,
             "diterima": Self.number(row.diterima), "diproses": Self.number(row.diproses),
             "tepat_waktu": Self.number(row.tepatWaktu), "tertunda": Self.number(row.tertundaAkhir)]
        }]
    }

    func pending(_ figures: ServicePeriodFigures) -> Any {
        guard !figures.tertundaTerlama.isEmpty else { return false }
        return ["butir": figures.tertundaTerlama.map { row -> Context in
            ["nomor": row.nomorRegistrasi, "tanggal": row.tanggalPermohonan.indonesian, "tanggal_iso": row.tanggalPermohonan.iso,
             "hari_kerja": Self.number(row.hariKerja)]
        }] as Context
    }

    func objections(_ figures: ServicePeriodFigures) -> Context {
        let objections = figures.keberatan
        return [
            "masuk": Self.number(objections.masuk),
            "ada": objections.masuk > 0,
            "alasan": zip(ObjectionGround.allCases, objections.perAlasan).map { ground, count -> Context in
                ["huruf": ground.rawValue, "nama": ground.label, "jumlah": Self.number(count)]
            },
            "putusan": zip(ObjectionRuling.allCases, objections.putusan).map { ["nama": $0.label, "jumlah": Self.number($1)] as Context },
            "dijawab": Self.number(objections.dijawab),
            "tepat_waktu": Self.number(objections.tepatWaktu),
            "median": Self.days(objections.hariKerjaMedian),
            "sengketa": Self.number(objections.sengketa),
        ]
    }

    func disputes(_ figures: ServicePeriodFigures) -> Context {
        [
            "terdaftar": Self.number(figures.sengketa.terdaftar),
            "hasil": zip(DisputeOutcome.allCases, figures.sengketa.perHasil).map { ["nama": $0.label, "jumlah": Self.number($1)] as Context },
        ]
    }

    /// The Pasal 12 table of a year: every request processed in it, register numbers only.
    func requestTable(_ period: ServicePeriod) -> Context {
        let rows = statistics.processed(in: period)
        return [
            "jumlah": Self.number(rows.count),
            "baris": rows.map { row -> Context in
                ["nomor": row.nomorRegistrasi, "opd": site.model.opd(row.opd)?.nama ?? row.opd,
                 "diterima": row.tanggalPermohonan.iso, "diberitahu": row.tanggalPemberitahuan.iso,
                 "hari_kerja": row.hariKerja.map(String.init) ?? "—",
                 "tepat_waktu": row.tepatWaktu.map { $0 ? "Ya" : "Tidak" } ?? "—",
                 "keputusan": row.keputusan.label]
            },
        ]
    }

    static func channelName(_ channel: RequestChannel) -> String {
        switch channel {
        case .langsung: return "Datang langsung"
        case .surat: return "Surat"
        case .email: return "Surel"
        case .situs: return "Situs web"
        case .telepon: return "Telepon"
        case .mediaSosial: return "Media sosial"
        case .lainnya: return "Lainnya"
        }
    }

    static func monthName(_ key: String) -> String {
        let parts = key.split(separator: "-")
        guard parts.count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return key }
        return "\(CalendarDate.monthNames[month - 1]) \(parts[0])"
    }

    static func monthAbbreviation(_ key: String) -> String {
        let parts = key.split(separator: "-")
        guard parts.count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return key }
        return StatisticsContext.monthAbbreviations[month - 1]
    }
}
