/// The site path of each planned page without building its context (the sitemap needs every
/// path, not every page). `PagePathTests` holds it equal to what `PageBuilder` produces.
extension PageSpec {
    /// The page's folder (`opd/dinkes/`), "" for the beranda, or `404.html`.
    public func sitePath(in model: ContentModel) -> String {
        switch self {
        case .home: return ""
        case .freePage(let index): return SiteURLs.page(model.pages[index])
        case .opdIndex: return SiteURLs.opdIndex
        case .opd(let index, let page): return SiteURLs.listPage(SiteURLs.opd(model.opds[index].slug), page)
        case .information(let o, let i): return SiteURLs.information(model.opds[o].informasi[i])
        case .exemption(let o, let i): return SiteURLs.exemption(model.opds[o].exemptions[i])
        case .sop(let o, let s): return SiteURLs.sop(model.opds[o].sops[s])
        case .dipList(let category, let page): return SiteURLs.listPage(category.map(SiteURLs.category) ?? SiteURLs.dipIndex, page)
        case .dikList(let page): return SiteURLs.listPage(SiteURLs.dikIndex, page)
        case .sopIndex: return SiteURLs.sopIndex
        case .notFound: return "404.html"
        case .complaintStatistics: return SiteURLs.complaintStatistics
        case .complaintPeriod(let index): return SiteURLs.complaintPeriod(model.complaintStatistics.periods[index].label)
        case .services: return SiteURLs.services
        case .search: return SiteURLs.search
        case .openData: return SiteURLs.openData
        case .accessibility: return SiteURLs.accessibility
        case .openedExemptions: return SiteURLs.openedExemptions
        case .serviceReports: return SiteURLs.serviceReports
        case .serviceReport(let index): return SiteURLs.serviceReport(model.serviceStatistics.periods[index].period.label)
        }
    }

    /// Whether the page belongs in the sitemap (every page but the 404 page).
    public var isListed: Bool { self != .notFound }
}
