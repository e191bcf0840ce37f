/// Load, validate and model: everything `ppid check` does, and the first half of a build.
public struct Validation: Sendable {
    public var loaded: LoadedContent
    public var model: ContentModel
    public var markdown: MarkdownStore
    public var diagnostics: DiagnosticBag
    /// The complaint rows and ringkasan periods (our columns only); figures are in `model.complaintStatistics`.
    public var complaints: ComplaintData = .empty
    /// The request and objection registers, disputes and narratives (our columns only).
    public var service: ServiceRegisters = .empty
    /// The YAML files (paths inside the content folder) that drew no finding from their schema.
    public var schemaConforming: Set<String> = []

    /// Whether a build must stop: any error, or any warning under `--strict`.
    public func fails(strict: Bool) -> Bool {
        diagnostics.hasErrors || (strict && !diagnostics.all.isEmpty)
    }

    /// - Parameters:
    ///   - cache: what `ppid serve` kept from the previous build (parsed files, rendered Markdown).
    ///   - forBuild: false for validation alone (`ppid check`): Markdown that cannot hold raw HTML
    ///     is not rendered, as no page is written.
    ///   - links: how internal links are written, once `alamat_situs` is known.
    ///   - previewDrafts: the model to render holds the drafts, their titles marked "DRAF" (`ppid serve`);
    ///     otherwise it leaves them out. Findings are the same either way.
    public static func run(contentPath: String, today: CalendarDate, cache: RebuildCache? = nil, forBuild: Bool = true,
                           previewDrafts: Bool = false,
                           links: @Sendable (ContentModel) -> SiteURLs) async -> Validation {
        var diagnostics = DiagnosticBag()
        var timer = StageTimer()
        let loaded = await ContentLoader.load(contentPath: contentPath, cache: cache?.parsed, into: &diagnostics)
        timer.lap("muat")
        // The complaint exports need only the files: read while the stages below run, and their
        // findings joined at the same place as before.
        async let complaintsRead: (ComplaintData, DiagnosticBag) = {
            var found = DiagnosticBag()
            let data = await ComplaintLoader.load(loaded, into: &found)
            return (data, found)
        }()
        // Neither the draft listing nor the model depends on the structural checks: both are made
        // while those run, so that every core is busy.
        async let draftScan = DraftListing.scan(loaded)
        async let builtModel = ModelBuilder.build(loaded)
        let conforming = await StructureValidation.check(loaded, into: &diagnostics)
        timer.lap("skema (model dan draf dibuat bersamaan)")
        // A text over its limit (PPID015) stops the content rules and Markdown: the finding comes at
        // once, and no later check repeats or multiplies the huge value.
        let oversized = diagnostics.all.contains { $0.rule == .ppid015 }
        let drafts = await draftScan
        drafts.report(into: &diagnostics)
        let calendar = WorkingDayCalendar(local: LocalCalendarReader.read(loaded.calendars, into: &diagnostics))
        timer.lap("draf dan kalender")
        var model = await builtModel
        model.calendar = calendar
        timer.lap("model (sisa tunggu)")
        let narratives = ServiceRegisterLoader.narratives(loaded.serviceReports, into: &diagnostics)
        model.serviceNarratives = narratives
        // The registers before Markdown: the DIP entries of the reports carry a rendered summary.
        let service = await ServiceRegisterLoader.load(loaded, narratives: narratives, into: &diagnostics)
        timer.lap("layanan: baca")
        ServiceRuleBook.check(service, model: model, today: today, into: &diagnostics)
        timer.lap("layanan: aturan")
        model.serviceStatistics = ServiceStatistics(service, model: model, today: today)
        timer.lap("layanan: angka")
        let (complaints, complaintFindings) = await complaintsRead
        timer.lap("pengaduan: baca (sisa tunggu; dibaca bersamaan sejak muat)")
        // The complaint rules and figures read no Markdown: made while it is rendered and the rules
        // run, on the model as it is now (neither changes it); their findings join at the same place.
        let complaintModel = model
        async let complaintChecks: (DiagnosticBag, ComplaintStatistics) = {
            var found = DiagnosticBag()
            ComplaintRuleBook.check(complaints, model: complaintModel, today: today, into: &found)
            return (found, ComplaintStatistics(complaints, opds: complaintModel.opds, today: today))
        }()
        // Drafts are judged on their own in a second model that holds them (DraftListing.merge).
        var withDrafts = drafts.isEmpty ? nil : await ModelBuilder.build(drafts.scope(of: loaded), drafts: .shown)
        withDrafts?.calendar = calendar
        withDrafts?.serviceStatistics = model.serviceStatistics
        withDrafts?.serviceNarratives = narratives
        timer.lap("model dengan draf")
        var markdown = MarkdownStore.empty
        if !oversized {
            let renderer = MarkdownRenderer(basePath: links(model).basePath)
            if let withDrafts {
                markdown = await MarkdownStore.render(model, with: renderer, cache: cache?.markdown, onlyRawHTML: !forBuild)
                // Not cached: the cache keeps what the published model needs.
                markdown.add(await MarkdownStore.render(withDrafts, with: renderer, onlyRawHTML: !forBuild))
                timer.lap("markdown")
                var published = DiagnosticBag(), drafted = DiagnosticBag()
                await RuleBook.check(RuleContext(model: model, markdown: markdown, today: today), into: &published)
                await RuleBook.check(RuleContext(model: withDrafts, markdown: markdown, today: today), into: &drafted)
                diagnostics.append(contentsOf: drafts.merge(published: published.all, withDrafts: drafted.all, in: loaded))
                timer.lap("aturan")
            } else {
                // The rules that read no Markdown run while it is rendered.
                let published = model, markdownCache = cache?.markdown
                markdown = await RuleBook.check(model: model, today: today, renderingMarkdown: {
                    await MarkdownStore.render(published, with: renderer, cache: markdownCache, onlyRawHTML: !forBuild)
                }, into: &diagnostics)
                timer.lap("markdown dan aturan (bersamaan)")
            }
        }
        diagnostics.append(contentsOf: complaintFindings.all)
        let (complaintRuleFindings, complaintStatistics) = await complaintChecks
        diagnostics.append(contentsOf: complaintRuleFindings.all)
        model.complaintStatistics = complaintStatistics
        timer.lap("pengaduan: aturan dan angka (sisa tunggu; dibuat bersamaan dengan markdown dan aturan)")
        if previewDrafts, let withDrafts {
            model = DraftListing.preview(model, withDrafts: withDrafts)
        }
        model.applyOpenings(asOf: today)
        model.applyServiceReports()
        timer.lap("model: dibuka dan laporan layanan")
        return Validation(loaded: loaded, model: model, markdown: markdown, diagnostics: diagnostics, complaints: complaints, service: service,
                          schemaConforming: conforming)
    }
}
