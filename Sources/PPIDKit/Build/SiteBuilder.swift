import Foundation

/// The whole build as a visible sequence of steps: validate → render → write, timing each.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions
    /// Receives (pages rendered, pages in all) during rendering, for a progress line.
    public var progress: (@Sendable (Int, Int) -> Void)?

    public init(options: BuildOptions, progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.options = options
        self.progress = progress
    }

    public struct Summary: Sendable {
        public var pages: Int
        /// Pages rendered by this build; fewer than `pages` when a `RebuildCache` kept the others.
        public var rendered: Int
        public var documents: Int
        public var seconds: Double
    }

    public enum Outcome: Sendable {
        /// The site was written.
        case built(Summary, Validation)
        /// Validation failed; nothing was written.
        case invalid(Validation)
        /// The theme or the output folder failed; nothing was written.
        case failed(String, Validation?)
        /// Nothing changed since the build that made the output in place (its stamp says so).
        case unchanged(BuildStamp)
    }

    /// Builds into a fresh staging folder and swaps it in place of the output — unless the
    /// output in place was built from exactly the same inputs, which makes a rebuild a no-op.
    ///
    /// The page keys saved beside the stamp tell which pages' inputs did not change, and the
    /// stamp (size, time, inode) each page's file had when that build left it: such a page, when
    /// its file is still the one recorded, is hard-linked from the old site into the staging
    /// folder instead of rendered and written; so is every other file whose bytes are the same.
    /// A file edited, replaced or removed by hand is simply written again.
    public func run() async -> Outcome {
        var timer = StageTimer()
        let inputs = BuildStamp.inputs(of: options)
        timer.lap("stempel: masukan")
        let stamp = BuildStamp.load(forOutput: options.outputPath, findings: false)
        if let stamp, stamp.inputs == inputs, stamp.output == BuildStamp.listing(ofOutput: options.outputPath),
           let whole = BuildStamp.load(forOutput: options.outputPath) {
            return .unchanged(whole)
        }
        timer.lap("stempel: dibandingkan")
        let keysFile = BuildStamp.pageKeysLocation(forOutput: options.outputPath)
        let piecesFile = BuildStamp.dataPiecesLocation(forOutput: options.outputPath)
        let site = OutputFolder.realPath(of: options.outputPath)
        let previousKeys = RenderCache.load(from: keysFile)
        let previousPieces = previousKeys == nil ? nil : FragmentCache.load(from: piecesFile, site: site)
        let parsesFile = BuildStamp.parsesLocation(forOutput: options.outputPath)
        let cache = RebuildCache(pages: previousKeys ?? RenderCache(), fragments: previousPieces ?? FragmentCache(site: site),
                                 parsed: ParseCache(storedAt: parsesFile))
        let writer = SiteWriter(outputPath: options.outputPath, reusingOutput: previousKeys != nil)
        timer.lap("kunci halaman dibaca")
        let outcome = await run(into: writer, cache: cache)
        timer.lap("pembangunan")
        if case .built(let summary, let validation) = outcome {
            // What the build wrote is the new output: its listing without walking it.
            let files = writer.writtenFiles, output = options.outputPath
            async let stampSaved: Void = BuildStamp(inputs: inputs, output: BuildStamp.listing(of: files), pages: summary.pages,
                                                    documents: summary.documents, findings: validation.diagnostics.sorted)
                .save(forOutput: output)
            async let keysSaved: Void = cache.pages.save(to: keysFile, files: files)
            cache.fragments.save(to: piecesFile)
            _ = await (stampSaved, keysSaved)
            timer.lap("stempel dan kunci disimpan")
        }
        return outcome
    }

    /// Builds into `writer`; `cache` keeps what can be reused between builds into the same writer
    /// (`ppid serve`).
    public func run(into writer: some SiteOutput, cache: RebuildCache? = nil) async -> Outcome {
        let clock = ContinuousClock()
        let start = clock.now
        let options = self.options
        // The output gets ready (the spare site listed) and the theme is read while the content is
        // validated.
        async let prepared: Void = writer.prepare()
        async let theme = Self.loadTheme(options.theme)
        let validation = await Validation.run(contentPath: options.contentPath, today: options.today, cache: cache,
                                              previewDrafts: options.includeDrafts) { model in
            SiteBuilder.urls(options, model)
        }
        await prepared
        let loadedTheme = await theme
        if validation.fails(strict: options.strict) {
            writer.abandon()
            return .invalid(validation)
        }

        var timer = StageTimer()
        // The parsed trees are final once the content passed: stored (`ppid build`) while the site
        // is written. They are keyed by the texts themselves, so they hold whatever happens next.
        let conforming = validation.schemaConforming
        async let treesStored: Void = { cache?.parsed.saveToStore(conforming: conforming) }()
        let templates: TemplateSet
        switch loadedTheme {
        case .success(let loaded): templates = loaded
        case .failure(let error):
            writer.abandon()
            return .failed(error.description, validation)
        }
        let site = SiteContext(model: validation.model, markdown: validation.markdown, urls: Self.urls(options, validation.model),
                               today: options.today, assets: [:], logoPath: nil)
        do {
            try writer.begin()
            let assets = try AssetPublisher(theme: templates.files).publish(with: writer)
            let documents = DocumentPublisher(validation: validation)
            var context = site
            context.assets = assets
            context.logoPath = documents.logoPath
            let versions = cache.map { _ in
                RenderCache.Versions.of(validation.loaded, extra: [String(describing: options), templates.files.fingerprint])
            }
            timer.lap("tema dan aset")
            let pages = try await PageRenderer(site: context, templates: templates)
                .renderAll(with: writer, progress: progress, cache: cache?.pages, versions: versions)
            timer.lap("halaman")
            try await SiteDataFiles(site: context, fragments: DataFragments(cache: cache?.fragments, versions: versions)).write(with: writer)
            timer.lap("data terbuka, indeks, umpan")
            let documentCount = try documents.publish(contentPath: options.contentPath, with: writer)
            try writer.commit()
            await treesStored
            timer.lap("dokumen dan penukaran")
            let elapsed = clock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            return .built(Summary(pages: pages.pages, rendered: pages.rendered, documents: documentCount, seconds: seconds), validation)
        } catch {
            writer.abandon()
            return .failed(error.description, validation)
        }
    }

    private static func loadTheme(_ source: ThemeSource) async -> Result<TemplateSet, TemplateSet.LoadError> {
        do {
            return .success(try await TemplateSet.load(source))
        } catch {
            return .failure(error)
        }
    }

    /// `--base-url`, else `alamat_situs`.
    static func urls(_ options: BuildOptions, _ model: ContentModel?) -> SiteURLs {
        let base = options.baseURL ?? model?.badanPublik?.alamatSitus ?? ""
        let urls = SiteURLs(baseURL: base, relativeLinks: options.relativeLinks)
        if options.relativeLinks {
            var relative = urls
            relative.basePath = ""
            return relative
        }
        return urls
    }
}
