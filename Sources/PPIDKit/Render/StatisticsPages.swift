extension SiteURLs {
    public static let complaintStatistics = "statistik/pengaduan/"
    public static func complaintPeriod(_ label: String) -> String { "\(complaintStatistics)\(label)/" }
}

/// The complaint statistics pages (`/statistik/pengaduan/` and one per period) and the
/// beranda's headline figures.
extension PageBuilder {
    private var statisticsContext: StatisticsContext { StatisticsContext(site: site) }

    private var openData: Context {
        ["json": site.urls.link(ComplaintOpenData.jsonPath), "csv": site.urls.link(ComplaintOpenData.csvPath)]
    }

    func complaintStatistics() -> (String, String, Context) {
        let statistics = site.model.complaintStatistics
        let builder = statisticsContext
        let newestFirst = statistics.periods.reversed()
        let body: Context = [
            "terbaru": statistics.latest.map(builder.period) ?? false,
            "semua": SiteContext.group(newestFirst.map(builder.summaryRow)) ?? false,
            "acuan": statistics.referenceDate.indonesian,
            "data": openData,
        ]
        let title = "Statistik Pengaduan Masyarakat"
        let chrome = site.chrome(title: title,
                                 description: "Angka pengaduan SP4N-LAPOR! \(site.badanNama) per periode: jumlah, status, waktu tindak lanjut, OPD, kanal dan topik.",
                                 path: SiteURLs.complaintStatistics, breadcrumbs: [("Beranda", ""), (title, nil)])
        return (SiteURLs.complaintStatistics, "statistik", chrome.merging(body) { _, new in new })
    }

    func complaintPeriod(_ index: Int) -> (String, String, Context) {
        let statistics = site.model.complaintStatistics
        let period = statistics.periods[index]
        let builder = statisticsContext
        let path = SiteURLs.complaintPeriod(period.label)
        let others: [Context] = statistics.periods.reversed().map { other in
            ["judul": StatisticsContext.title(other), "url": site.urls.link(SiteURLs.complaintPeriod(other.label)),
             "aktif": other.label == period.label]
        }
        let body: Context = [
            "periode": builder.period(period),
            "periode_lain": others,
            "indeks_url": site.urls.link(SiteURLs.complaintStatistics),
            "data": openData,
        ]
        let title = "Statistik Pengaduan \(StatisticsContext.title(period))"
        let chrome = site.chrome(title: title,
                                 description: "Angka pengaduan SP4N-LAPOR! \(site.badanNama), \(StatisticsContext.title(period)).",
                                 path: path, breadcrumbs: [("Beranda", ""), ("Statistik Pengaduan", SiteURLs.complaintStatistics),
                                                           (StatisticsContext.title(period), nil)])
        return (path, "statistik-periode", chrome.merging(body) { _, new in new })
    }

    /// The latest period's headline figures for the beranda, or false when there is no period.
    func complaintHeadline() -> Any {
        guard let latest = site.model.complaintStatistics.latest else { return false }
        let builder = statisticsContext
        return [
            "judul": StatisticsContext.title(latest),
            "angka": builder.headline(latest).filter { $0["utama"] as? Bool == true },
            "url": site.urls.link(SiteURLs.complaintStatistics),
            "acuan": site.model.complaintStatistics.referenceDate.indonesian,
        ] as Context
    }
}
