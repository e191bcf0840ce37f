/// The files of the site that are not pages: the open data, the search index, the Atom feed,
/// the sitemap and robots.txt. Written after the pages, from the same site context, each file
/// on its own core (the large ones first, so that both cores stay busy to the end).
public struct SiteDataFiles: Sendable {
    public let site: SiteContext
    public let fragments: DataFragments

    public init(site: SiteContext, fragments: DataFragments = .fresh) {
        self.site = site
        self.fragments = fragments
    }

    enum File: CaseIterable {
        case informationJSON, informationCSV, searchIndex, exemptionJSON, exemptionCSV, sitemap, feed, complaints, service
    }

    public func write(with writer: some SiteOutput) async throws(SiteWriter.WriteError) {
        let files = self
        let failures = await ParallelMap.run(File.allCases, chunks: File.allCases.count) { file -> SiteWriter.WriteError? in
            do throws(SiteWriter.WriteError) { try files.write(file, with: writer) } catch { return error }
            return nil
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
    }

    func write(_ file: File, with writer: some SiteOutput) throws(SiteWriter.WriteError) {
        let model = site.model
        switch file {
        case .complaints:
            try ComplaintOpenData(statistics: model.complaintStatistics, badanPublik: model.badanPublik?.nama ?? "").write(with: writer)
        case .service:
            try ServiceOpenData(statistics: model.serviceStatistics, badanPublik: model.badanPublik?.nama ?? "").write(with: writer)
        case .informationJSON:
            try writer.write(InformationOpenData(model: model, urls: site.urls, fragments: fragments).json(), to: InformationOpenData.jsonPath)
        case .informationCSV:
            try writer.write(InformationOpenData(model: model, urls: site.urls, fragments: fragments).csv(), to: InformationOpenData.csvPath)
        case .exemptionJSON:
            try writer.write(ExemptionOpenData(model: model, urls: site.urls, fragments: fragments).json(), to: ExemptionOpenData.jsonPath)
        case .exemptionCSV:
            try writer.write(ExemptionOpenData(model: model, urls: site.urls, fragments: fragments).csv(), to: ExemptionOpenData.csvPath)
        case .searchIndex: try SearchIndex(site: site, fragments: fragments).write(with: writer)
        case .feed: try AtomFeed(site: site).write(with: writer)
        case .sitemap: try Sitemap(model: model, urls: site.urls).write(with: writer)
        }
    }
}
