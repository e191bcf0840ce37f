/// Renders every planned page with the theme, spread over every core, and hands each
/// finished page to the writer. Returns the number of pages.
public struct PageRenderer: Sendable {
    public let site: SiteContext
    public let templates: TemplateSet
    private let pieces: LayoutPieces

    public init(site: SiteContext, templates: TemplateSet) {
        self.site = site
        self.templates = templates
        pieces = LayoutPieces(site: site, templates: templates)
    }

    /// The file, template and full context of one page (the layout's shared pieces included).
    func page(_ spec: PageSpec) -> (file: String, template: String, context: [String: Any]) {
        var (path, template, context) = PageBuilder(site: site).build(spec)
        context["bersama"] = pieces.context(for: context)
        return (path.hasSuffix(".html") ? path : path + "index.html", template, context)
    }

    /// The HTML of one page and the file it goes to.
    public func render(_ spec: PageSpec) -> (file: String, html: String) {
        let (file, template, context) = page(spec)
        var html = templates.render(context, template: template)
        if site.urls.relativeLinks { html = LinkRelativizer.relativize(html, pagePath: file) }
        return (file, html)
    }

    /// How many pages the site has and how many of them were rendered (the others were unchanged).
    public struct Count: Sendable {
        public var pages: Int
        public var rendered: Int
    }

    /// - Parameters:
    ///   - progress: receives (pages rendered, pages in all) now and then.
    ///   - cache: with `versions`, skips pages whose inputs did not change since the last build
    ///     into the same `writer` (`ppid serve`, and `ppid build` into the site it made before):
    ///     the writer keeps the file it has, and the page is rendered when it cannot.
    public func renderAll(with writer: some SiteOutput, progress: (@Sendable (Int, Int) -> Void)? = nil,
                          cache: RenderCache? = nil, versions: RenderCache.Versions? = nil) async throws(SiteWriter.WriteError) -> Count {
        let specs = SitePlan.pages(for: site.model)
        let renderer = self
        let reporter = progress.map { BuildProgress(total: specs.count, report: $0) }
        let model = site.model
        // Many small chunks: list pages cost several item pages each, and they lie together in the plan.
        let outcomes = await ParallelMap.run(specs, chunks: ProcessInfoCores.count * 32) { spec -> Result<Bool, SiteWriter.WriteError> in
            defer { reporter?.pageDone() }
            var stored: (name: String, key: Int)?
            if let cache, let versions {
                let name = spec.storageName(in: model)
                let pageKey = RenderCache.key(spec, name: name, versions: versions, model: model)
                if let old = cache.unchangedFile(name, key: pageKey), writer.reuse(old.file, as: old.stamp) {
                    return .success(false)
                }
                stored = (name, pageKey)
            }
            let page = renderer.render(spec)
            do throws(SiteWriter.WriteError) { try writer.write(page.html, to: page.file) } catch { return .failure(error) }
            if let cache, let stored { cache.store(stored.name, key: stored.key, file: page.file) }
            return .success(true)
        }
        cache?.keepOnly(Set(specs.map { $0.storageName(in: model) }))
        var rendered = 0
        for outcome in outcomes {
            switch outcome {
            case .success(let wasRendered): rendered += wasRendered ? 1 : 0
            case .failure(let error): throw error
            }
        }
        return Count(pages: specs.count, rendered: rendered)
    }
}
