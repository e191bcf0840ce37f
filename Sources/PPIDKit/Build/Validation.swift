/// Load, validate and model: everything `ppid check` does, and the first half of a build.
public struct Validation: Sendable {
    public var loaded: LoadedContent
    public var model: ContentModel
    public var markdown: MarkdownStore
    public var diagnostics: DiagnosticBag

    /// Whether a build must stop: any error, or any warning under `--strict`.
    public func fails(strict: Bool) -> Bool {
        diagnostics.hasErrors || (strict && !diagnostics.all.isEmpty)
    }

    /// - Parameter links: how internal links are written, once `alamat_situs` is known.
    public static func run(contentPath: String, today: CalendarDate,
                           links: @Sendable (ContentModel) -> SiteURLs) async -> Validation {
        var diagnostics = DiagnosticBag()
        var timer = StageTimer()
        let loaded = await ContentLoader.load(contentPath: contentPath, into: &diagnostics)
        timer.lap("muat")
        StructureValidation.check(loaded, into: &diagnostics)
        timer.lap("skema")
        let model = ModelBuilder.build(loaded)
        timer.lap("model")
        let renderer = MarkdownRenderer(basePath: links(model).basePath)
        let markdown = await MarkdownStore.render(model, with: renderer)
        timer.lap("markdown")
        RuleBook.check(RuleContext(model: model, markdown: markdown, today: today), into: &diagnostics)
        timer.lap("aturan")
        return Validation(loaded: loaded, model: model, markdown: markdown, diagnostics: diagnostics)
    }
}
