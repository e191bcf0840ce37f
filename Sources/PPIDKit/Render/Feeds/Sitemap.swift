/// `sitemap.xml`: every page of the plan but the 404 page, as absolute URLs from the base URL.
/// No `lastmod`: the build has no clock, and content dates do not cover every page.
public struct Sitemap: Sendable {
    public let model: ContentModel
    public let urls: SiteURLs

    public init(model: ContentModel, urls: SiteURLs) {
        self.model = model
        self.urls = urls
    }

    public func xml() -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for spec in SitePlan.pages(for: model) where spec.isListed {
            out += "<url><loc>\(XMLText.escape(urls.absolute(spec.sitePath(in: model))))</loc></url>\n"
        }
        return out + "</urlset>\n"
    }

    public func write(with writer: some SiteOutput) throws(SiteWriter.WriteError) {
        try writer.write(xml(), to: SiteURLs.sitemap)
        try writer.write(robots(), to: SiteURLs.robots)
    }

    /// `robots.txt`: every crawler may read every page; where the sitemap is.
    public func robots() -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(urls.absolute(SiteURLs.sitemap))\n"
    }
}
