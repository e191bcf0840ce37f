/// Renders every planned page with the theme, spread over every core, and hands each
/// finished page to the writer. Returns the number of pages.
public struct PageRenderer: Sendable {
    public let site: SiteContext
    public let templates: TemplateSet

    public init(site: SiteContext, templates: TemplateSet) {
        self.site = site
        self.templates = templates
    }

    /// The HTML of one page and the file it goes to.
    public func render(_ spec: PageSpec) -> (file: String, html: String) {
        let (path, template, context) = PageBuilder(site: site).build(spec)
        let file = path.hasSuffix(".html") ? path : path + "index.html"
        var html = templates.render(context, template: template)
        if site.urls.relativeLinks { html = LinkRelativizer.relativize(html, pagePath: file) }
        return (file, html)
    }

    /// - Parameter progress: receives (pages rendered, pages in all) now and then.
    public func renderAll(with writer: some SiteOutput,
                          progress: (@Sendable (Int, Int) -> Void)? = nil) async throws(SiteWriter.WriteError) -> Int {
        let specs = SitePlan.pages(for: site.model)
        let renderer = self
        let reporter = progress.map { BuildProgress(total: specs.count, report: $0) }
        let failures = await ParallelMap.run(specs) { spec -> SiteWriter.WriteError? in
            let page = renderer.render(spec)
            defer { reporter?.pageDone() }
            do throws(SiteWriter.WriteError) { try writer.write(page.html, to: page.file) } catch { return error }
            return nil
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
        return specs.count
    }
}
