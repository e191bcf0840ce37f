/// Load, validate and model: everything `ppid check` does, and the first half of a build.
public struct Validation: Sendable {
    public var loaded: LoadedContent
    public var model: ContentModel
    public var markdown: MarkdownStore
    public var diagnostics: DiagnosticBag
    /// The complaint rows and ringkasan periods (our columns only); figures are in `model.complaintStatistics`.
    public var complaints: ComplaintData = .empty

    /// Whether a build must stop: any error, or any warning under `--strict`.
    public func fails(strict: Bool) -> Bool {
        diagnostics.hasErrors || (strict && !diagnostics.all.isEmpty)
    }

    /// - Parameters:
    ///   - cache: what `ppid serve` kept from the previous build (parsed files, rendered Markdown).
    ///   - forBuild: false for validation alone (`ppid check`): Markdown that cannot hold raw HTML
    ///     is not rendered, as no page is written.
    ///   - links: how internal links are written, once `alamat_situs` is known.
    public static func run(contentPath: String, today: CalendarDate, cache: RebuildCache? = nil, forBuild: Bool = true,
                           links: @Sendable (ContentModel) -> SiteURLs) async -> Validation {
        var diagnostics = DiagnosticBag()
        var timer = StageTimer()
        let loaded = await ContentLoader.load(contentPath: contentPath, cache: cache?.parsed, into: &diagnostics)
        timer.lap("muat")
        await StructureValidation.check(loaded, into: &diagnostics)
        timer.lap("skema")
        var model = await ModelBuilder.build(loaded)
        timer.lap("model")
        let renderer = MarkdownRenderer(basePath: links(model).basePath)
        let markdown = await MarkdownStore.render(model, with: renderer, cache: cache?.markdown, onlyRawHTML: !forBuild)
        timer.lap("markdown")
        await RuleBook.check(RuleContext(model: model, markdown: markdown, today: today), into: &diagnostics)
        timer.lap("aturan")
        let complaints = await ComplaintLoader.load(loaded, into: &diagnostics)
        timer.lap("pengaduan: baca")
        ComplaintRuleBook.check(complaints, model: model, today: today, into: &diagnostics)
        timer.lap("pengaduan: aturan")
        model.complaintStatistics = ComplaintStatistics(complaints, opds: model.opds, today: today)
        timer.lap("pengaduan: angka")
        model.applyOpenings(asOf: today)
        return Validation(loaded: loaded, model: model, markdown: markdown, diagnostics: diagnostics, complaints: complaints)
    }
}
