/// `sitemap.xml`: every page of the plan but the 404 page, as absolute URLs from the base URL.
/// No `lastmod`: the build has no clock, and content dates do not cover every page.
///
/// The sitemap protocol allows 50,000 URLs per file. A larger site (a provinsi with many OPDs)
/// gets `sitemap-1.xml`, `sitemap-2.xml`, … and `sitemap.xml` becomes the index of those parts,
/// so robots.txt and search consoles keep one address.
public struct Sitemap: Sendable {
    public static let maxURLsPerFile = 50_000

    public let model: ContentModel
    public let urls: SiteURLs
    /// URLs per file (the protocol's limit; smaller in tests).
    public let limit: Int

    public init(model: ContentModel, urls: SiteURLs, limit: Int = Sitemap.maxURLsPerFile) {
        self.model = model
        self.urls = urls
        self.limit = max(1, limit)
    }

    /// Site path and text of each sitemap file; `sitemap.xml` first.
    public func files() -> [(path: String, xml: String)] {
        let locations = SitePlan.pages(for: model).filter(\.isListed).map { urls.absolute($0.sitePath(in: model)) }
        guard locations.count > limit else { return [(SiteURLs.sitemap, urlSet(locations[...]))] }
        let parts = stride(from: 0, to: locations.count, by: limit).enumerated().map { number, start in
            (path: Self.partPath(number + 1), xml: urlSet(locations[start..<min(start + limit, locations.count)]))
        }
        return [(SiteURLs.sitemap, index(parts.map(\.path)))] + parts
    }

    /// The text of `sitemap.xml`.
    public func xml() -> String { files()[0].xml }

    static func partPath(_ number: Int) -> String { "sitemap-\(number).xml" }

    private func urlSet(_ locations: ArraySlice<String>) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for location in locations { out += "<url><loc>\(XMLText.escape(location))</loc></url>\n" }
        return out + "</urlset>\n"
    }

    private func index(_ parts: [String]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for part in parts { out += "<sitemap><loc>\(XMLText.escape(urls.absolute(part)))</loc></sitemap>\n" }
        return out + "</sitemapindex>\n"
    }

    public func write(with writer: some SiteOutput) throws(SiteWriter.WriteError) {
        for file in files() { try writer.write(file.xml, to: file.path) }
        try writer.write(robots(), to: SiteURLs.robots)
    }

    /// `robots.txt`: every crawler may read every page; where the sitemap is.
    public func robots() -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(urls.absolute(SiteURLs.sitemap))\n"
    }
}
