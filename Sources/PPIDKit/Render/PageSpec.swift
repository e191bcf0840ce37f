/// One page of the site, named by what it shows. The plan is a plain list of these; each is
/// rendered on its own, so rendering spreads over every core.
public enum PageSpec: Sendable, Hashable {
    case home
    case freePage(Int)
    case opdIndex
    case opd(Int, page: Int)
    case information(opd: Int, item: Int)
    case exemption(opd: Int, item: Int)
    case sop(opd: Int, sop: Int)
    case dipList(InformationCategory?, page: Int)
    case dikList(page: Int)
    case sopIndex
    case notFound
    /// `/statistik/pengaduan/`: the latest period and links to every period.
    case complaintStatistics
    /// `/statistik/pengaduan/<label>/`: one period (index into `complaintStatistics.periods`).
    case complaintPeriod(Int)
    /// `/layanan/`: how to request information, object and go to dispute; printable forms.
    case services
    /// `/cari/`: the search page (its index is written beside it).
    case search
    /// `/data/`: the open-data files described.
    case openData
    /// `/aksesibilitas/`: the accessibility statement.
    case accessibility
    /// `/informasi-dikecualikan/dibuka/`: the announcements of exempted information opened.
    case openedExemptions
    /// `/layanan/laporan/`: every year and semester of the information service.
    case serviceReports
    /// `/layanan/laporan/<label>/`: one year's report or one semester's summary (index into `serviceStatistics.periods`).
    case serviceReport(Int)
}

/// The list of pages a content model produces, in a stable order.
public enum SitePlan {
    public static let rowsPerPage = 100

    public static func pageCount(_ rows: Int) -> Int { max(1, (rows + rowsPerPage - 1) / rowsPerPage) }

    public static func pages(for model: ContentModel) -> [PageSpec] {
        var specs: [PageSpec] = [.home, .opdIndex, .sopIndex, .notFound, .services, .search, .openData, .accessibility]
        specs += model.pages.indices.map(PageSpec.freePage)
        let all = model.allInformation
        specs += (1...pageCount(all.count)).map { PageSpec.dipList(nil, page: $0) }
        for category in InformationCategory.allCases {
            let count = model.informationByCategory[category]?.count ?? 0
            specs += (1...pageCount(count)).map { PageSpec.dipList(category, page: $0) }
        }
        specs += (1...pageCount(model.withheldExemptions.count)).map { PageSpec.dikList(page: $0) }
        specs.append(.openedExemptions)
        for (o, opd) in model.opds.enumerated() {
            specs += (1...pageCount(opd.informasi.count)).map { PageSpec.opd(o, page: $0) }
            specs += opd.informasi.indices.map { PageSpec.information(opd: o, item: $0) }
            specs += opd.exemptions.indices.map { PageSpec.exemption(opd: o, item: $0) }
            specs += opd.sops.indices.map { PageSpec.sop(opd: o, sop: $0) }
        }
        specs.append(.complaintStatistics)
        specs += model.complaintStatistics.periods.indices.map(PageSpec.complaintPeriod)
        if !model.serviceStatistics.isEmpty {
            specs.append(.serviceReports)
            specs += model.serviceStatistics.periods.indices.map(PageSpec.serviceReport)
        }
        return specs
    }
}
