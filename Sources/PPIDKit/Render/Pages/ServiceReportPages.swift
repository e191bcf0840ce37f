extension SiteURLs {
    public static let serviceReports = "layanan/laporan/"
    public static func serviceReport(_ label: String) -> String { "\(serviceReports)\(label)/" }
}

/// `/layanan/laporan/` and the report of each year and semester (REQUESTS.md, "Pages").
extension PageBuilder {
    private var serviceContext: ServiceReportContext { ServiceReportContext(site: site) }

    private var serviceOpenData: Context {
        ["json": site.urls.link(ServiceOpenData.jsonPath), "csv": site.urls.link(ServiceOpenData.csvPath),
         "permohonan_csv": site.urls.link(ServiceOpenData.requestsPath)]
    }

    func serviceReports() -> (String, String, Context) {
        let statistics = site.model.serviceStatistics
        let builder = serviceContext
        let body: Context = [
            "tahun": SiteContext.group(statistics.periods.filter { $0.period.kind == .tahun }.map { year -> Context in
                var row = builder.summaryRow(year)
                row["semester"] = statistics.periods.filter { $0.period.kind == .semester && $0.period.year == year.period.year }
                    .map(builder.summaryRow)
                return row
            }) ?? false,
            "acuan": statistics.referenceDate.indonesian,
            "data": serviceOpenData,
        ]
        let title = "Laporan Layanan Informasi Publik"
        let chrome = site.chrome(title: title,
                                 description: "Laporan tahunan dan ringkasan semester layanan informasi publik \(site.badanNama): permohonan, waktu jawab, penolakan dan alasannya, keberatan dan sengketa (Pasal 12 UU 14/2008).",
                                 path: SiteURLs.serviceReports, breadcrumbs: [("Beranda", ""), ("Layanan Informasi", SiteURLs.services), (title, nil)])
        return (SiteURLs.serviceReports, "laporan-layanan-daftar", merge(chrome, body))
    }

    func serviceReport(_ index: Int) -> (String, String, Context) {
        let statistics = site.model.serviceStatistics
        let figures = statistics.periods[index]
        let period = figures.period
        let builder = serviceContext
        let path = SiteURLs.serviceReport(period.label)
        var report = builder.period(figures)
        if period.kind == .tahun {
            let narrative = site.model.serviceNarratives[period.year].flatMap { $0.isDraft ? nil : $0 }
            report["narasi"] = narrative.map { site.markdown.body($0)?.html ?? "" } ?? false
            report["ditetapkan"] = narrative?.ditetapkan?.indonesian ?? false
            report["ditetapkan_iso"] = narrative?.ditetapkan?.iso ?? ""
            report["oleh"] = narrative?.oleh ?? false
            report["permohonan"] = builder.requestTable(period)
        } else {
            report["narasi"] = false
            report["ditetapkan"] = false
            report["ditetapkan_iso"] = ""
            report["oleh"] = false
            report["permohonan"] = false
        }
        report["badan"] = site.badanNama
        let others: [Context] = statistics.periods.map { other in
            ["judul": other.period.title, "url": site.urls.link(SiteURLs.serviceReport(other.period.label)), "aktif": other.period.label == period.label]
        }
        let title = ServiceReportContext.title(period)
        let body: Context = [
            "laporan": report,
            "periode_lain": others,
            "indeks_url": site.urls.link(SiteURLs.serviceReports),
            "data": serviceOpenData,
        ]
        let chrome = site.chrome(title: title, description: "\(ServiceReportContext.sentence(figures)) \(site.badanNama).",
                                 path: path, breadcrumbs: [("Beranda", ""), ("Laporan Layanan Informasi", SiteURLs.serviceReports), (period.title, nil)])
        return (path, "laporan-layanan", merge(chrome, body))
    }

    /// The last full year's headline for the beranda, or false.
    func serviceHeadline() -> Any {
        guard let year = site.model.serviceStatistics.lastFullYear else { return false }
        return [
            "judul": year.period.title,
            "diterima": ServiceReportContext.number(year.diterima),
            "tepat_waktu": ServiceReportContext.percent(year.persenTepatWaktu),
            "dipenuhi": ServiceReportContext.percent(year.persenDipenuhi),
            "url": site.urls.link(SiteURLs.serviceReport(year.period.label)),
        ] as Context
    }
}
